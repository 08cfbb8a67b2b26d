"""A keep-alive renewal is bounded by the lock's expiry.

The session's ``now`` is injected and does not move; the server reports a lock that expires a
second after it was granted, so every renewal has about a second left. The mock server
answers at once (it times out or refuses instead of hanging), so nothing waits for real.
"""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import anyio
import httpx
import pytest

import scenario_assets as sa
from scenario_assets._lock_parts import _LockState
from scenario_assets._retry import Deadline
from scenario_assets.locks import AsyncLockSession, LockSession
from tests.client.test_locks import (
    ASSET,
    BASE,
    NOW,
    TTL,
    Clock,
    FakeWait,
    LockServer,
    ParkingSleep,
    iso,
)
from tests.support.mock import FakeSleep

SOON = NOW + timedelta(seconds=1)
KEEPALIVE = timedelta(seconds=30)


class Ticker:
    """A monotonic clock for a :class:`Deadline`, moved by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def state(clock: Clock) -> _LockState:
    return _LockState(ASSET, TTL, clock, KEEPALIVE)


# --------------------------------------------------------------------------------------
# The renewal's budget
# --------------------------------------------------------------------------------------


def test_a_lock_not_yet_held_gives_a_renewal_no_budget() -> None:
    assert state(Clock()).renewal_budget() is None


@pytest.mark.parametrize("left", [timedelta(0), timedelta(seconds=-5)])
def test_a_lock_at_or_past_its_expiry_gives_a_renewal_no_budget(left: timedelta) -> None:
    lock = state(Clock())
    lock.expires_at = NOW + left
    assert lock.renewal_budget() is None


def test_a_renewal_budget_is_the_time_left_before_the_expiry() -> None:
    lock = state(Clock())
    lock.expires_at = NOW + timedelta(minutes=10)
    before = time.monotonic()
    budget = lock.renewal_budget()
    assert budget is not None
    assert before + 600 <= budget.at <= time.monotonic() + 600
    assert budget.hit is False


# --------------------------------------------------------------------------------------
# When a failed renewal is a LockRenewTimeoutError
# --------------------------------------------------------------------------------------


def _lapsed(lock: _LockState, budget: Deadline | None) -> sa.LockRenewTimeoutError | None:
    cause = sa.APIConnectionError("reset")
    try:
        lock.lapsed(budget, cause)
    except sa.LockRenewTimeoutError as exc:
        assert exc.__cause__ is cause
        return exc
    return None


def test_a_renewal_failing_with_time_left_is_not_a_lapse() -> None:
    lock = state(Clock())
    lock.expires_at = SOON
    assert _lapsed(lock, None) is None
    assert _lapsed(lock, Deadline(101.0, Ticker())) is None


def test_a_renewal_that_hit_its_deadline_is_a_lapse_even_with_time_left() -> None:
    lock = state(Clock())
    lock.expires_at = SOON
    budget = Deadline(101.0, Ticker())
    budget.hit = True
    error = _lapsed(lock, budget)
    assert error is not None
    assert error.asset_id == ASSET
    assert ASSET in str(error)
    assert error.expires_at == SOON.isoformat()


@pytest.mark.parametrize("at", [100.0, 99.0])
def test_a_renewal_failing_when_no_time_is_left_is_a_lapse(at: float) -> None:
    lock = state(Clock())
    lock.expires_at = SOON
    error = _lapsed(lock, Deadline(at, Ticker()))
    assert error is not None
    assert error.expires_at == SOON.isoformat()


def test_a_lapse_of_a_lock_without_a_known_expiry_names_none() -> None:
    error = _lapsed(state(Clock()), Deadline(0.0, Ticker()))
    assert error is not None
    assert error.expires_at == ""


# --------------------------------------------------------------------------------------
# Through a session: a renewal that could not end before the expiry
# --------------------------------------------------------------------------------------


class ShortLocks(LockServer):
    """Grants every lock for one second; updates time out or answer ``update_status``."""

    def __init__(self, *, hang: bool = False, retry_after: str | None = None, **kw: Any) -> None:
        super().__init__(clamp=TTL - timedelta(seconds=1), **kw)
        self.hang = hang
        self.retry_after = retry_after
        self.update_timeouts: list[dict[str, float]] = []

    def handle(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == f"/v1/assets/{ASSET}":
            self.update_timeouts.append(dict(request.extensions["timeout"]))
            if self.hang:
                raise httpx.ReadTimeout("no answer", request=request)
        response = super().handle(request)
        if self.retry_after is not None and response.status_code == 429:
            response.headers["retry-after"] = self.retry_after
        return response


def client(server: LockServer, clock: Clock, retries: int = 0) -> sa.Client:
    return sa.Client(
        "k", "s", base_url=BASE, transport=server.rec.transport(), now=clock,
        sleep=FakeSleep(), max_retries=retries, timeout=60,
    )  # fmt: skip


def aclient(server: LockServer, clock: Clock, retries: int = 0) -> sa.AsyncClient:
    return sa.AsyncClient(
        "k", "s", base_url=BASE, transport=server.rec.async_transport(), now=clock,
        sleep=FakeSleep().asleep, max_retries=retries, timeout=60,
    )  # fmt: skip


def _kept(server: ShortLocks, retries: int = 0) -> LockSession:
    clock = Clock()
    with client(server, clock, retries) as c:
        session = LockSession(
            c.assets, ASSET, ttl=TTL, keepalive=KEEPALIVE, now=clock, wait=FakeWait(1)
        )
        with pytest.raises(sa.ScenarioError) as info, session:
            pass
    assert info.value is session.keepalive_error
    return session


def test_a_renewal_that_times_out_at_the_expiry_is_a_lock_renew_timeout() -> None:
    server = ShortLocks(hang=True)
    session = _kept(server)
    error = session.keepalive_error
    assert isinstance(error, sa.LockRenewTimeoutError)
    assert isinstance(error.__cause__, sa.APITimeoutError)
    assert error.asset_id == ASSET
    assert error.expires_at == SOON.isoformat()
    # the renewal's timeouts were cut to the second the lock had left
    assert server.update_timeouts and all(
        0 < value <= 1 for value in server.update_timeouts[0].values()
    )
    assert [op for op, _ in server.calls()] == ["lock", "update", "unlock"]


def test_a_renewal_refused_until_the_expiry_is_a_lock_renew_timeout() -> None:
    # too many requests, come back in 5 s: a retry could not end before the lock expires
    server = ShortLocks(update_status=429, retry_after="5")
    session = _kept(server, retries=2)
    error = session.keepalive_error
    assert isinstance(error, sa.LockRenewTimeoutError)
    assert isinstance(error.__cause__, sa.APIStatusError)
    assert error.__cause__.status_code == 429
    assert [op for op, _ in server.calls()] == ["lock", "update", "unlock"]


def test_a_renewal_refused_with_time_left_is_raised_as_is() -> None:
    server = ShortLocks(update_status=409)
    session = _kept(server)
    assert isinstance(session.keepalive_error, sa.APIStatusError)
    assert not isinstance(session.keepalive_error, sa.LockRenewTimeoutError)


def test_a_keepalive_after_the_expiry_locks_again_once() -> None:
    server, clock = LockServer(clamp=None), Clock()
    with client(server, clock) as c:
        waits: list[float] = []

        def wait(seconds: float) -> bool:
            clock.advance(TTL)  # the lock lapsed while the keep-alive waited
            waits.append(seconds)
            return len(waits) > 1

        session = LockSession(c.assets, ASSET, ttl=TTL, keepalive=KEEPALIVE, now=clock, wait=wait)
        with session:
            pass
    assert session.keepalive_error is None
    assert [op for op, _ in server.calls()] == ["lock", "lock", "unlock"]
    assert server.calls()[1][1] == {"lockExpiresAt": iso(NOW + 2 * TTL)}


@pytest.mark.anyio
async def test_async_a_renewal_that_times_out_at_the_expiry_is_a_lock_renew_timeout() -> None:
    server, clock = ShortLocks(hang=True), Clock()
    async with aclient(server, clock) as c:
        session = AsyncLockSession(
            c.assets, ASSET, ttl=TTL, keepalive=KEEPALIVE, now=clock, sleep=ParkingSleep(1)
        )
        with pytest.raises(sa.LockRenewTimeoutError) as info:
            async with session:
                with anyio.fail_after(5):
                    while session.keepalive_error is None:
                        await anyio.sleep(0)
    assert info.value is session.keepalive_error
    assert isinstance(info.value.__cause__, sa.APITimeoutError)
    assert info.value.expires_at == SOON.isoformat()
    assert [op for op, _ in server.calls()] == ["lock", "update", "unlock"]


@pytest.mark.anyio
async def test_async_a_renewal_refused_with_time_left_is_raised_as_is() -> None:
    server, clock = ShortLocks(update_status=409), Clock()
    async with aclient(server, clock) as c:
        session = AsyncLockSession(
            c.assets, ASSET, ttl=TTL, keepalive=KEEPALIVE, now=clock, sleep=ParkingSleep(1)
        )
        with pytest.raises(sa.APIStatusError) as info:
            async with session:
                with anyio.fail_after(5):
                    while session.keepalive_error is None:
                        await anyio.sleep(0)
    assert not isinstance(info.value, sa.LockRenewTimeoutError)


@pytest.mark.anyio
async def test_async_a_keepalive_after_the_expiry_locks_again_once() -> None:
    server, clock = LockServer(clamp=None), Clock()
    sleeps = ParkingSleep(1)

    async def sleep(seconds: float) -> None:
        clock.advance(TTL)
        await sleeps(seconds)

    async with aclient(server, clock) as c:
        session = AsyncLockSession(
            c.assets, ASSET, ttl=TTL, keepalive=KEEPALIVE, now=clock, sleep=sleep
        )
        async with session:
            with anyio.fail_after(5):
                await sleeps.parked.wait()
    assert session.keepalive_error is None
    assert [op for op, _ in server.calls()] == ["lock", "lock", "unlock"]
