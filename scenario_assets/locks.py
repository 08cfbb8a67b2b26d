"""Canvas lock sessions: lock, edit, renew, and always unlock.

::

    with client.assets.lock_session(canvas_id, ttl=timedelta(minutes=5)) as lock:
        lock.update(canvas=new_canvas)          # the lockId is threaded in for you
        lock.update(name="final", disable_snapshot=True)
    # unlocked here, even if the block raised

How renewal works: the API extends a lock when an update carries the ``lockId`` and a new
``lockExpiresAt``. Every :meth:`LockSession.update` therefore extends the lock to ``now + ttl``
at no extra cost. When the lock is already past its expiry (the block idled too long), the
session re-acquires it before updating; if someone else took it meanwhile, that is a
:class:`~scenario_assets.errors.LockConflictError`. An optional keep-alive renews in the
background for long blocks that do not call ``update``.

A conflict on entry (someone else holds the lock) raises ``LockConflictError`` with the
holder's expiry when the API gives it. Breaking someone else's lock is explicit:
``lock_session(..., force=True)`` force-unlocks first, never implicitly.

If the block raises, that exception propagates even when the unlock also fails; the unlock
failure is attached to it as a note and as ``__context__``. If a background keep-alive
failed (the lock may have lapsed), its error is raised at exit, after the unlock, or noted on
the block's own exception. Each keep-alive renewal is bounded by the lock's expiry: its
timeouts and retries stop there, and a renewal that could not finish in time is a
:class:`~scenario_assets.errors.LockRenewTimeoutError` (a hung server cannot hold the keep-alive,
or the exit that waits for it, past the expiry). An ``async with`` block that is cancelled still unlocks (the
unlock is shielded from the cancellation).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import Any, Protocol

import anyio
from dateutil.parser import isoparse
from scenario_assets_api.models import Asset, AssetLockResponse
from scenario_assets_api.types import Unset

from ._call import deadline
from ._deprecated import warn_once
from ._retry import Deadline
from .errors import (
    APIConnectionError,
    APIStatusError,
    LockRenewTimeoutError,
    ScenarioError,
    ValidationError,
)
from .uploads import thumbnail_bytes

__all__ = ["AsyncCanvasLocks", "AsyncLockSession", "CanvasLocks", "LockSession"]


class CanvasLocks(Protocol):
    """What a lock session needs of the API (``client.assets`` provides it): no more."""

    def lock(self, asset_id: str, *, expires_at: datetime | str) -> AssetLockResponse: ...

    def unlock(self, asset_id: str, *, lock_id: str | None = ..., force: bool = ...) -> Asset: ...

    @property
    def update(self) -> Callable[..., Asset]:
        """``update(asset_id, lock_id=..., lock_expires_at=..., **changes)``."""
        ...


class AsyncCanvasLocks(Protocol):
    """The async twin of :class:`CanvasLocks` (``AsyncClient.assets``)."""

    async def lock(self, asset_id: str, *, expires_at: datetime | str) -> AssetLockResponse: ...

    async def unlock(
        self, asset_id: str, *, lock_id: str | None = ..., force: bool = ...
    ) -> Asset: ...

    @property
    def update(self) -> Callable[..., Awaitable[Asset]]:
        """``await update(asset_id, lock_id=..., lock_expires_at=..., **changes)``."""
        ...


logger = logging.getLogger("scenario_assets")

DEFAULT_TTL = timedelta(minutes=5)


class _LockState:
    """The lock's id and expiry, and the decisions shared by the sync and async sessions."""

    def __init__(
        self,
        asset_id: str,
        ttl: timedelta,
        now: Callable[[], datetime],
        keepalive: timedelta | None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(ttl, timedelta) or ttl <= timedelta(0):
            raise ValidationError("ttl must be a positive timedelta")
        if keepalive is not None and (
            not isinstance(keepalive, timedelta) or not timedelta(0) < keepalive < ttl
        ):
            raise ValidationError("keepalive must be a positive timedelta shorter than ttl")
        self.asset_id = asset_id
        self.ttl = ttl
        self.now = now
        self.monotonic = monotonic
        self.keepalive = keepalive
        self.lock_id: str | None = None
        self.expires_at: datetime | None = None
        self.closed = False

    def acquired(self, response: AssetLockResponse, requested: datetime) -> None:
        if not isinstance(response.lock_id, str) or not response.lock_id:
            raise ScenarioError("the API locked the canvas but returned no lockId")
        self.lock_id = response.lock_id
        self.expires_at = _expiry(response.asset, requested)
        logger.debug("locked %s until %s", self.asset_id, self.expires_at.isoformat())

    def renewed(self, asset: Asset, requested: datetime) -> None:
        self.expires_at = _expiry(asset, requested)

    def check_open(self) -> None:
        if self.closed or self.lock_id is None:
            raise ScenarioError("this lock session is not active (use it inside its with-block)")

    def expired(self) -> bool:
        return self.expires_at is None or self.now() >= self.expires_at

    def new_expiry(self) -> datetime:
        return self.now() + self.ttl

    def renewal_budget(self) -> Deadline | None:
        """A keep-alive renewal must end before the lock expires (none once it has: the
        renewal then locks again, unbounded like any other call)."""
        if self.expires_at is None:
            return None
        left = (self.expires_at - self.now()).total_seconds()
        return Deadline(self.monotonic() + left, self.monotonic) if left > 0 else None

    def lapsed(self, budget: Deadline | None, error: Exception) -> None:
        """A renewal failed: past its budget that is a :class:`LockRenewTimeoutError`."""
        if budget is not None and (budget.hit or budget.remaining() <= 0):
            expiry = self.expires_at.isoformat() if self.expires_at else ""
            raise LockRenewTimeoutError(
                f"the keep-alive could not renew the lock on {self.asset_id} before it "
                f"expired ({expiry})",
                asset_id=self.asset_id,
                expires_at=expiry,
            ) from error


def _expiry(asset: Asset, requested: datetime) -> datetime:
    reported = asset.metadata.lock_expires_at if asset is not None else None
    if isinstance(reported, str) and not isinstance(reported, Unset):
        try:
            parsed = isoparse(reported)
        except (ValueError, OverflowError):
            return requested
        # The API speaks UTC; a timestamp without an offset is read as UTC.
        return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    return requested


def _changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Session updates take a thumbnail as a path, bytes or file (checked to be an image)."""
    if changes.get("thumbnail") is not None:
        return {**changes, "thumbnail": thumbnail_bytes(changes["thumbnail"])}
    return changes


def _attach(primary: BaseException, secondary: BaseException) -> None:
    primary.add_note(f"also, unlocking the canvas failed: {type(secondary).__name__}: {secondary}")
    if primary.__context__ is None:
        primary.__context__ = secondary


def _report_keepalive(error: Exception | None, body_error: BaseException | None) -> None:
    """A failed keep-alive means the lock may have lapsed: say so at exit."""
    if error is None:
        return
    if body_error is not None:
        body_error.add_note(f"also, the lock keep-alive failed: {type(error).__name__}: {error}")
        return
    raise error


class _SessionView:
    """What both lock sessions expose about the lock they hold."""

    _state: _LockState
    keepalive_error: Exception | None

    @property
    def asset_id(self) -> str:
        """The locked canvas."""
        return self._state.asset_id

    @property
    def lock_id(self) -> str | None:
        """The API's lock id while the session holds the lock."""
        return self._state.lock_id

    @property
    def expires_at(self) -> datetime | None:
        """When the lock expires (aware), kept current as the session renews it."""
        return self._state.expires_at


class LockSession(_SessionView):
    """A held canvas lock (sync); create with :meth:`Assets.lock_session`.

    Attributes:
        asset_id: the canvas.
        lock_id: the API's lock id (threaded into every :meth:`update`).
        expires_at: when the lock expires (aware datetime), kept current as it is renewed.
    """

    def __init__(
        self,
        assets: CanvasLocks,
        asset_id: str,
        *,
        ttl: timedelta = DEFAULT_TTL,
        force: bool = False,
        keepalive: timedelta | None = None,
        now: Callable[[], datetime],
        sleep: Callable[[float], None] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wait: Callable[[float], bool] | None = None,
    ) -> None:
        self._assets = assets
        self._state = _LockState(asset_id, ttl, now, keepalive, monotonic)
        self._force = force
        self._stop = threading.Event()
        if wait is not None:
            warn_once("LockSession(wait=...)", "LockSession(sleep=...)")
        elif sleep is not None and sleep is not time.sleep:
            wait = self._sleep_then_check(sleep)
        # By default the keep-alive waits on the stop event: leaving the block wakes it at once.
        self._wait = wait or self._stop.wait
        self._mutex = threading.Lock()
        self._thread: threading.Thread | None = None
        self.keepalive_error: Exception | None = None

    def _sleep_then_check(self, sleep: Callable[[float], None]) -> Callable[[float], bool]:
        """An injected sleep as the keep-alive's wait (True once the session is leaving)."""

        def wait(seconds: float) -> bool:
            sleep(seconds)
            return self._stop.is_set()

        return wait

    def _acquire(self) -> None:
        expiry = self._state.new_expiry()
        response = self._assets.lock(self.asset_id, expires_at=expiry)
        self._state.acquired(response, expiry)

    def __enter__(self) -> LockSession:
        if self._force:
            self._assets.unlock(self.asset_id, force=True)
        self._acquire()
        if self._state.keepalive is not None:
            self._thread = threading.Thread(
                target=self._keepalive, name=f"lock-keepalive-{self.asset_id}", daemon=True
            )
            self._thread.start()
        return self

    def update(self, **changes: Any) -> Asset:
        """Update the canvas under this lock (canvas, name, description, thumbnail as a path,
        bytes or binary file, disable_snapshot), extending the lock to ``now + ttl``.

        Raises:
            LockConflictError: the lock expired and someone else took the canvas.
            ScenarioError: the session is not active.
        """
        with self._mutex:
            self._state.check_open()
            if self._state.expired():
                logger.info("lock on %s expired; locking again", self.asset_id)
                self._acquire()
            expiry = self._state.new_expiry()
            asset = self._assets.update(
                self.asset_id,
                lock_id=self._state.lock_id,
                lock_expires_at=expiry,
                **_changes(changes),
            )
            self._state.renewed(asset, expiry)
            return asset

    def renew(self) -> None:
        """Extend the lock to ``now + ttl`` now (no content change, no snapshot)."""
        with self._mutex:
            self._state.check_open()
            if self._state.expired():
                self._acquire()
                return
            expiry = self._state.new_expiry()
            asset = self._assets.update(
                self.asset_id,
                lock_id=self._state.lock_id,
                lock_expires_at=expiry,
                disable_snapshot=True,
            )
            self._state.renewed(asset, expiry)

    def _renew_in_time(self) -> None:
        budget = self._state.renewal_budget()
        if budget is None:
            self.renew()
            return
        with deadline(budget):
            try:
                self.renew()
            except (APIConnectionError, APIStatusError) as exc:
                self._state.lapsed(budget, exc)
                raise

    def _keepalive(self) -> None:
        assert self._state.keepalive is not None
        interval = self._state.keepalive.total_seconds()
        while not self._wait(interval):
            try:
                self._renew_in_time()
            except Exception as exc:  # kept for the caller; the block keeps its own errors
                self.keepalive_error = exc
                logger.warning("lock keep-alive for %s failed: %s", self.asset_id, exc)
                return

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._mutex:
            self._state.closed = True
            try:
                self._assets.unlock(self.asset_id, lock_id=self._state.lock_id)
            except BaseException as unlock_error:
                if exc is not None:
                    _attach(exc, unlock_error)
                    return
                raise
        logger.debug("unlocked %s", self.asset_id)
        _report_keepalive(self.keepalive_error, exc)


class AsyncLockSession(_SessionView):
    """A held canvas lock (async); create with :meth:`AsyncAssets.lock_session`.

    Same behaviour as :class:`LockSession`; the keep-alive runs as a background task.
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
        sleep: Callable[[float], Any] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._assets = assets
        self._state = _LockState(asset_id, ttl, now, keepalive, monotonic)
        self._force = force
        self._sleep = sleep or anyio.sleep
        self._mutex = anyio.Lock()
        self._group: Any = None
        self.keepalive_error: Exception | None = None

    async def _acquire(self) -> None:
        expiry = self._state.new_expiry()
        response = await self._assets.lock(self.asset_id, expires_at=expiry)
        self._state.acquired(response, expiry)

    async def __aenter__(self) -> AsyncLockSession:
        if self._force:
            await self._assets.unlock(self.asset_id, force=True)
        await self._acquire()
        if self._state.keepalive is not None:
            self._group = anyio.create_task_group()
            await self._group.__aenter__()
            self._group.start_soon(self._keepalive)
        return self

    async def update(self, **changes: Any) -> Asset:
        """Update the canvas under this lock; see :meth:`LockSession.update`."""
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
                **_changes(changes),
            )
            self._state.renewed(asset, expiry)
            return asset

    async def renew(self) -> None:
        """Extend the lock to ``now + ttl`` now; see :meth:`LockSession.renew`."""
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
        while True:
            await self._sleep(interval)
            try:
                await self._renew_in_time()
            except Exception as exc:  # kept for the caller (cancellation still propagates)
                self.keepalive_error = exc
                logger.warning("lock keep-alive for %s failed: %s", self.asset_id, exc)
                return

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # The keep-alive task group was entered in __aenter__ and must be left in the same
        # scope; a cancellation arriving here is kept and re-raised after the unlock.
        pending: BaseException | None = None
        if self._group is not None:
            self._group.cancel_scope.cancel()
            try:
                await self._group.__aexit__(None, None, None)
            except BaseException as group_exit:
                pending = group_exit
        # Shielded: a cancelled block (timeout, task group) must still release the lock.
        with anyio.CancelScope(shield=True):
            async with self._mutex:
                self._state.closed = True
                try:
                    await self._assets.unlock(self.asset_id, lock_id=self._state.lock_id)
                    logger.debug("unlocked %s", self.asset_id)
                except BaseException as unlock_error:
                    primary = exc if exc is not None else pending
                    if primary is None:
                        raise
                    _attach(primary, unlock_error)
        if exc is None and pending is not None:
            raise pending
        _report_keepalive(self.keepalive_error, exc)
