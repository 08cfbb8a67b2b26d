"""Canvas lock sessions (see :mod:`scenario_assets.locks` for how they behave).

Written once, async; the sync twin (``_sync/_locks.py``) is generated from it by
``tools/unasync.py``. What differs for real between the flavours, the keep-alive (a task
against a thread), the mutex and the shielded exit, comes from ``_flavour``; what both share
from ``scenario_assets._lock_parts``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, Self, Unpack

from scenario_assets_api.models import Asset

from .._call import deadline
from .._lock_parts import (
    DEFAULT_TTL,
    AsyncCanvasLocks,
    CanvasChanges,
    _attach,
    _changes,
    _LockState,
    _records,
    _report_keepalive,
    _SessionView,
    logger,
)
from ..errors import APIConnectionError, APIStatusError
from ._flavour import KeepAlive, KeepAliveOptions, Lock, Sleep, shielded

__all__ = ["AsyncLockSession"]


class AsyncLockSession(_SessionView):
    """A held canvas lock; create with :meth:`AsyncAssets.lock_session`.

    The keep-alive, when asked for, renews the lock in the background until the block ends.

    Attributes:
        asset_id: the canvas.
        lock_id: the API's lock id (threaded into every :meth:`update`).
        expires_at: when the lock expires (aware datetime), kept current as it is renewed.
    """

    def __init__(
        self,
        assets: AsyncCanvasLocks,
        asset_id: str,
        *,
        ttl: timedelta = DEFAULT_TTL,
        force: bool = False,
        keepalive: timedelta | None = None,
        now: Callable[[], datetime],
        sleep: Sleep | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        params: Sequence[Mapping[str, Any]] = (),
        **flavour: Unpack[KeepAliveOptions],
    ) -> None:
        self._assets = assets
        self._lock_params, self._unlock_params, self._update_params = _records(params)
        self._state = _LockState(asset_id, ttl, now, keepalive, monotonic)
        self._force = force
        self._background = KeepAlive(sleep, **flavour)
        self._mutex = Lock()
        self.keepalive_error: Exception | None = None

    async def _acquire(self) -> None:
        expiry = self._state.new_expiry()
        response = await self._assets.lock(self.asset_id, expires_at=expiry, **self._lock_params)
        self._state.acquired(response, expiry)

    async def __aenter__(self) -> Self:
        if self._force:
            await self._assets.unlock(self.asset_id, force=True, **self._unlock_params)
        await self._acquire()
        if self._state.keepalive is not None:
            await self._background.start(self._keepalive, f"lock-keepalive-{self.asset_id}")
        return self

    async def update(self, **changes: Unpack[CanvasChanges]) -> Asset:
        """Update the canvas under this lock (canvas, name, description, thumbnail as a path,
        bytes or binary file, disable_snapshot), extending the lock to ``now + ttl``.

        Raises:
            LockConflictError: the lock expired and someone else took the canvas.
            ScenarioError: the session is not active.
        """
        async with self._mutex:
            self._state.check_open()
            if self._state.expired():
                logger.info("lock on %s expired; locking again", self.asset_id)
                await self._acquire()
            expiry = self._state.new_expiry()
            asset = await self._assets.update(
                self.asset_id,
                lock_id=self._state.lock_id,
                lock_expires_at=expiry,
                **self._update_params,
                **_changes(changes),
            )
            self._state.renewed(asset, expiry)
            return asset

    async def renew(self) -> None:
        """Extend the lock to ``now + ttl`` now (no content change, no snapshot)."""
        async with self._mutex:
            self._state.check_open()
            if self._state.expired():
                await self._acquire()
                return
            expiry = self._state.new_expiry()
            asset = await self._assets.update(
                self.asset_id,
                lock_id=self._state.lock_id,
                lock_expires_at=expiry,
                **self._update_params,
                disable_snapshot=True,
            )
            self._state.renewed(asset, expiry)

    async def _renew_in_time(self) -> None:
        budget = self._state.renewal_budget()
        if budget is None:
            await self.renew()
            return
        with deadline(budget):
            try:
                await self.renew()
            except (APIConnectionError, APIStatusError) as exc:
                self._state.lapsed(budget, exc)
                raise

    async def _keepalive(self) -> None:
        assert self._state.keepalive is not None
        interval = self._state.keepalive.total_seconds()
        while not await self._background.pause(interval):
            try:
                await self._renew_in_time()
            except Exception as exc:  # kept for the caller; the block keeps its own errors
                self.keepalive_error = exc
                logger.warning("lock keep-alive for %s failed: %s", self.asset_id, exc)
                return

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # The keep-alive stops first; an interruption arriving while it stops (a cancellation
        # of the task) is kept and raised after the unlock.
        pending = await self._background.stop()
        # Shielded: a cancelled block (timeout, task group) must still release the lock.
        with shielded():
            async with self._mutex:
                self._state.closed = True
                try:
                    await self._assets.unlock(
                        self.asset_id, lock_id=self._state.lock_id, **self._unlock_params
                    )
                    logger.debug("unlocked %s", self.asset_id)
                except BaseException as unlock_error:
                    primary = exc if exc is not None else pending
                    if primary is None:
                        raise
                    _attach(primary, unlock_error)
        if exc is None and pending is not None:
            raise pending
        _report_keepalive(self.keepalive_error, exc)
