"""What the sync and async lock sessions share: the lock's state, its rules and the protocols.

Flavour-free: the lock's id and expiry and the decisions about them (``_LockState``), how a
failed unlock or keep-alive is reported at exit, and what a session needs of the API. The
sessions themselves are written once in ``_async/_locks.py``; the sync one is generated from
it. See :mod:`scenario_assets.locks` for how a session behaves.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypedDict

import httpx
from dateutil.parser import isoparse
from scenario_assets_api.models import Asset, AssetLockResponse
from scenario_assets_api.types import Unset

from ._retry import Deadline
from .errors import LockRenewTimeoutError, ScenarioError, ValidationError
from .uploads import Source, thumbnail_bytes


class CanvasChanges(TypedDict, total=False):
    """The keywords of :meth:`LockSession.update`: what to change (an absent key: unchanged).

    The update operation's fields, with ``thumbnail`` as a path, bytes or binary file (checked
    to be an image) and ``canvas`` as a dict or a JSON string; then the per-call options.
    """

    canvas: Mapping[str, Any] | str | None
    name: str | None
    description: str | None
    thumbnail: Source | None
    disable_snapshot: bool | None
    original_assets: bool | None
    timeout: httpx.Timeout | float | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    extra_body: Mapping[str, Any] | None


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


logger: logging.Logger = logging.getLogger("scenario_assets")

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


def _records(params: Sequence[Mapping[str, Any]]) -> tuple[dict[str, Any], ...]:
    """The forwarded query parameters of lock, unlock and update (none by default)."""
    records = tuple(dict(p) for p in params) or ({}, {}, {})
    if len(records) != 3:
        raise ValidationError("params: one record each for lock, unlock and update")
    return records


def _changes(changes: CanvasChanges) -> dict[str, Any]:
    """Session updates take a thumbnail as a path, bytes or file (checked to be an image)."""
    thumbnail = changes.get("thumbnail")
    if thumbnail is not None:
        return {**changes, "thumbnail": thumbnail_bytes(thumbnail)}
    return dict(changes)


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
