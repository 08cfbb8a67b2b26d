"""Lock sessions: the expiry the session believes, re-locking, the default keep-alive path,
cancellations around the unlock, and what the session logs.

Companion to test_locks.py; these pin what ``make mutation`` found unpinned. The API is a
small fake (``Canvas``) whose reported expiries the test chooses; the clock is injected.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import scenario_assets as sa
from scenario_assets.locks import AsyncLockSession, LockSession
from tests.support.mock import FakeSleep, Recorder, asset_body, ok
from tests.support.spec import ROOT

BASE = "https://api.test/v1"
ASSET = "asset_canvas1"
NOW = datetime(2030, 1, 1, 12, 0, 0, tzinfo=UTC)
TTL = timedelta(minutes=5)

# What the fake reports as lockExpiresAt, given the expiry the client asked for.
Report = Callable[[datetime], str | None]


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def one_minute_less(asked: datetime) -> str:
    return iso(asked - timedelta(minutes=1))


class Clock:
    """An injectable ``now`` that only moves when told to."""

    def __init__(self) -> None:
        self.current = NOW

    def __call__(self) -> datetime:
        return self.current


class Canvas:
    """Answers lock, update and unlock of one canvas; records (operation, body) of each."""

    def __init__(
        self,
        report: Report = one_minute_less,
        *,
        lock_id: str | None = "auto",
        unlock_status: int = 200,
    ) -> None:
        self.report = report
        self.lock_id = lock_id
        self.unlock_status = unlock_status
        self.update_status = 200
        self.locks = 0
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.rec = Recorder(handler=self.handle)

    def _asset(self, asked: str | None) -> dict[str, Any]:
        asset = asset_body(ASSET)
        del asset["metadata"]["lockExpiresAt"]
        reported = self.report(datetime.fromisoformat(asked)) if asked else None
        if reported is not None:
            asset["metadata"]["lockExpiresAt"] = reported
        return asset

    def handle(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        op = request.url.path.rsplit("/", 1)[-1]
        op = {"lock": "lock", "unlock": "unlock"}.get(op, "update")
        self.calls.append((op, body))
        if op == "lock":
            self.locks += 1
            answer: dict[str, Any] = {"asset": self._asset(body["lockExpiresAt"])}
            if self.lock_id == "auto":
                answer["lockId"] = f"lock-{self.locks}"
            elif self.lock_id is not None:
                answer["lockId"] = self.lock_id
            return ok(answer)
        if op == "unlock":
            if self.unlock_status != 200:
                return ok({"message": "unlock failed"}, self.unlock_status)
            return ok({"asset": self._asset(None)})
        if self.update_status != 200:
            return ok({"message": "update failed"}, self.update_status)
        return ok({"asset": self._asset(body.get("lockExpiresAt"))})

    def ops(self) -> list[str]:
        return [op for op, _ in self.calls]


def client(canvas: Canvas, clock: Clock) -> sa.Client:
    return sa.Client(
        "k", "s", base_url=BASE, transport=canvas.rec.transport(), now=clock, max_retries=0
    )


def aclient(canvas: Canvas, clock: Clock, sleep: Any = None) -> sa.AsyncClient:
    return sa.AsyncClient(
        "k",
        "s",
        base_url=BASE,
        transport=canvas.rec.async_transport(),
        now=clock,
        sleep=sleep or FakeSleep().asleep,
        max_retries=0,
    )


# --------------------------------------------------------------------------------------
# The expiry the session believes: the API's when it says one, else the one asked for
# --------------------------------------------------------------------------------------


def test_a_session_not_entered_holds_nothing() -> None:
    canvas, clock = Canvas(), Clock()
    with client(canvas, clock) as c:
        session = c.assets.lock_session(ASSET)
        assert (session.asset_id, session.lock_id, session.expires_at) == (ASSET, None, None)
    assert canvas.calls == []


@pytest.mark.parametrize(
    ("reported", "believed"),
    [
        ("2030-01-01T12:03:00.000Z", NOW + timedelta(minutes=3)),
        ("2030-01-01T13:03:00+01:00", NOW + timedelta(minutes=3)),  # an offset is kept
        ("2030-01-01T12:03:00", NOW + timedelta(minutes=3)),  # no offset: read as UTC
        ("soon", NOW + TTL),  # unreadable: the expiry asked for
        (None, NOW + TTL),  # not reported: the expiry asked for
    ],
)
def test_the_lock_expiry_is_the_reported_one_else_the_requested_one(
    reported: str | None, believed: datetime
) -> None:
    canvas, clock = Canvas(lambda _: reported), Clock()
    with client(canvas, clock) as c, c.assets.lock_session(ASSET, ttl=TTL) as lock:
        assert lock.expires_at == believed
        assert lock.expires_at is not None and lock.expires_at.tzinfo is not None


def test_update_and_renew_keep_the_reported_expiry() -> None:
    canvas, clock = Canvas(), Clock()
    with client(canvas, clock) as c, c.assets.lock_session(ASSET, ttl=TTL) as lock:
        clock.current = NOW + timedelta(minutes=2)
        lock.update(name="v2")
        assert lock.expires_at == NOW + timedelta(minutes=2) + TTL - timedelta(minutes=1)
        clock.current = NOW + timedelta(minutes=3)
        lock.renew()
        assert lock.expires_at == NOW + timedelta(minutes=3) + TTL - timedelta(minutes=1)


@pytest.mark.anyio
async def test_async_update_and_renew_keep_the_reported_expiry() -> None:
    canvas, clock = Canvas(), Clock()
    async with aclient(canvas, clock) as c, c.assets.lock_session(ASSET, ttl=TTL) as lock:
        assert lock.expires_at == NOW + TTL - timedelta(minutes=1)
        clock.current = NOW + timedelta(minutes=2)
        await lock.update(name="v2")
        assert lock.expires_at == NOW + timedelta(minutes=2) + TTL - timedelta(minutes=1)
        clock.current = NOW + timedelta(minutes=3)
        await lock.renew()
        assert lock.expires_at == NOW + timedelta(minutes=3) + TTL - timedelta(minutes=1)


@pytest.mark.anyio
async def test_async_without_a_reported_expiry_the_requested_one_is_kept() -> None:
    canvas, clock = Canvas(lambda _: None), Clock()
    async with aclient(canvas, clock) as c, c.assets.lock_session(ASSET, ttl=TTL) as lock:
        assert lock.expires_at == NOW + TTL
        clock.current = NOW + timedelta(seconds=30)
        await lock.update(description="d")
        assert lock.expires_at == NOW + timedelta(seconds=30) + TTL
        await lock.renew()
        assert lock.expires_at == NOW + timedelta(seconds=30) + TTL


def test_renew_after_the_lock_lapsed_locks_again_instead_of_updating() -> None:
    canvas, clock = Canvas(lambda _: None), Clock()
    with client(canvas, clock) as c, c.assets.lock_session(ASSET, ttl=TTL) as lock:
        clock.current = NOW + TTL
        lock.renew()
        assert (lock.lock_id, lock.expires_at) == ("lock-2", NOW + 2 * TTL)
    assert canvas.calls == [
        ("lock", {"lockExpiresAt": iso(NOW + TTL)}),
        ("lock", {"lockExpiresAt": iso(NOW + 2 * TTL)}),
        ("unlock", {"lockId": "lock-2"}),
    ]


@pytest.mark.anyio
async def test_async_renew_after_the_lock_lapsed_locks_again_instead_of_updating() -> None:
    canvas, clock = Canvas(lambda _: None), Clock()
    async with aclient(canvas, clock) as c, c.assets.lock_session(ASSET, ttl=TTL) as lock:
        clock.current = NOW + TTL + timedelta(seconds=1)
        await lock.renew()
        assert lock.lock_id == "lock-2"
    assert canvas.ops() == ["lock", "lock", "unlock"]
    assert canvas.calls[-1] == ("unlock", {"lockId": "lock-2"})


@pytest.mark.parametrize("lock_id", [None, ""])
def test_a_lock_answer_without_a_lock_id_is_an_error_naming_it(lock_id: str | None) -> None:
    canvas, clock = Canvas(lock_id=lock_id), Clock()
    with (
        client(canvas, clock) as c,
        pytest.raises(sa.ScenarioError, match="returned no lockId"),
        c.assets.lock_session(ASSET),
    ):
        pass
    assert canvas.ops() == ["lock"]


# --------------------------------------------------------------------------------------
# The keep-alive on its default path (a real thread waiting on a real event)
# --------------------------------------------------------------------------------------


def test_the_default_keepalive_stops_at_exit_without_waiting_for_its_interval() -> None:
    canvas, clock = Canvas(), Clock()
    errors: list[BaseException] = []

    threads: list[tuple[str, bool]] = []

    def run() -> None:
        try:
            with (
                client(canvas, clock) as c,
                c.assets.lock_session(ASSET, ttl=TTL * 24, keepalive=timedelta(hours=1)),
            ):
                # named after the canvas, so a thread dump says what it is; a daemon, so a
                # session never left cannot keep the process alive (see the next test)
                threads.extend((t.name, t.daemon) for t in threading.enumerate())
        except BaseException as exc:
            errors.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)  # a guard against a hang, far below the one-hour interval
    assert not worker.is_alive(), "the session's exit waited for the keep-alive interval"
    assert errors == []
    assert canvas.ops() == ["lock", "unlock"]
    assert (f"lock-keepalive-{ASSET}", True) in threads
    assert not [t for t in threading.enumerate() if t.name.startswith("lock-keepalive-")]


FORGOTTEN_SESSION = """
import httpx, json, sys
from datetime import timedelta
import scenario_assets as sa
from tests.support.mock import asset_body

def answer(request):
    body = {"asset": asset_body("asset_canvas1"), "lockId": "lock-1"}
    return httpx.Response(200, json=body)

client = sa.Client("k", "s", base_url="https://api.test/v1", transport=httpx.MockTransport(answer))
session = client.assets.lock_session("asset_canvas1", keepalive=timedelta(minutes=1))
session.__enter__()  # never left: the program ends with the session open
print("ending")
"""


def test_the_keepalive_thread_is_a_daemon_whoever_starts_it() -> None:
    canvas, clock, release = Canvas(), Clock(), threading.Event()
    with client(canvas, clock) as c:
        session = LockSession(
            c.assets,
            ASSET,
            ttl=TTL,
            keepalive=timedelta(minutes=1),
            now=clock,
            wait=lambda _: release.wait(10),  # parks until the block is done looking
        )
        with session:  # entered from this (non-daemon) thread
            found = [t.daemon for t in threading.enumerate() if t.name == f"lock-keepalive-{ASSET}"]
            release.set()
    assert found == [True]


def test_a_session_never_left_does_not_keep_the_process_alive(tmp_path: Path) -> None:
    script = tmp_path / "forgotten.py"
    script.write_text(FORGOTTEN_SESSION, encoding="utf-8")
    # the child imports the very package (and test support) this test run imported
    package_root = Path(sa.__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(package_root), str(ROOT)])}
    result = subprocess.run(
        [sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=20
    )
    assert (result.returncode, result.stdout) == (0, "ending\n"), result.stderr


@pytest.mark.anyio
async def test_async_default_keepalive_is_cancelled_at_exit() -> None:
    canvas, clock = Canvas(), Clock()
    # The client's sleep reaches lock sessions: the default one, a real sleep, here.
    async with aclient(canvas, clock, sleep=anyio.sleep) as c:
        with anyio.fail_after(10):  # a guard against a hang, far below the interval
            async with c.assets.lock_session(ASSET, ttl=TTL * 24, keepalive=timedelta(hours=1)):
                await anyio.sleep(0)
    assert canvas.ops() == ["lock", "unlock"]


@pytest.mark.anyio
async def test_the_clients_clocks_reach_an_async_lock_session() -> None:
    """One clock injection: the sleep and monotonic clock given to the client are the ones
    the session's keep-alive waits with and bounds its renewals by."""
    canvas, clock, slept = Canvas(), Clock(), FakeSleep()
    ticks: list[float] = []

    def monotonic() -> float:
        ticks.append(1.0)
        return 1000.0

    async def sleep(seconds: float) -> None:
        await slept.asleep(seconds)
        if len(slept.waits) > 1:
            await anyio.sleep_forever()  # one renewal is enough; cancelled at exit

    c = sa.AsyncClient(
        "k", "s", base_url=BASE, transport=canvas.rec.async_transport(), now=clock,
        sleep=sleep, monotonic=monotonic, max_retries=0,
    )  # fmt: skip
    async with c, c.assets.lock_session(ASSET, ttl=TTL, keepalive=timedelta(minutes=1)):
        with anyio.fail_after(10):
            while "update" not in canvas.ops():
                await anyio.sleep(0)
    assert 60.0 in slept.waits  # the keep-alive's interval, slept with the client's sleep
    assert ticks  # the renewal's deadline read the client's monotonic clock


def test_the_clients_clocks_reach_a_lock_session() -> None:
    canvas, clock, slept = Canvas(), Clock(), FakeSleep()
    ticks: list[float] = []

    def monotonic() -> float:
        ticks.append(1.0)
        return 1000.0

    def sleep(seconds: float) -> None:
        slept(seconds)
        time.sleep(0.01)  # renewals, slowly, until the block is left

    c = sa.Client(
        "k", "s", base_url=BASE, transport=canvas.rec.transport(), now=clock,
        sleep=sleep, monotonic=monotonic, max_retries=0,
    )  # fmt: skip
    with c, c.assets.lock_session(ASSET, ttl=TTL, keepalive=timedelta(minutes=1)):
        for _ in range(1000):
            if "update" in canvas.ops():
                break
            time.sleep(0.01)
    assert 60.0 in slept.waits
    assert ticks


# --------------------------------------------------------------------------------------
# Async: a cancellation that arrives while the session leaves
# --------------------------------------------------------------------------------------


async def _park(_: float) -> None:
    await anyio.sleep_forever()


def _parked_session(c: sa.AsyncClient, clock: Clock) -> AsyncLockSession:
    """A session whose keep-alive task parks (so leaving it has a task group to wait for)."""
    return AsyncLockSession(
        c.assets, ASSET, ttl=TTL, keepalive=timedelta(minutes=1), now=clock, sleep=_park
    )


@pytest.mark.anyio
async def test_async_a_cancellation_during_exit_is_raised_after_the_unlock() -> None:
    canvas, clock = Canvas(), Clock()
    after_block = False
    async with aclient(canvas, clock) as c:
        with anyio.CancelScope() as scope:
            async with _parked_session(c, clock):
                scope.cancel()  # no checkpoint left in the block: delivered on exit
            after_block = True
    assert scope.cancelled_caught
    assert not after_block
    assert canvas.ops() == ["lock", "unlock"]


@pytest.mark.anyio
async def test_async_the_blocks_error_wins_over_a_cancellation_during_exit() -> None:
    canvas, clock = Canvas(), Clock()
    async with aclient(canvas, clock) as c:
        with pytest.raises(ValueError, match="edit failed"), anyio.CancelScope() as scope:
            async with _parked_session(c, clock):
                scope.cancel()
                raise ValueError("edit failed")
    assert canvas.ops() == ["lock", "unlock"]


@pytest.mark.anyio
async def test_async_a_failed_unlock_is_noted_on_a_cancellation_during_exit() -> None:
    canvas, clock = Canvas(unlock_status=500), Clock()
    caught: list[BaseException] = []
    async with aclient(canvas, clock) as c:
        with anyio.CancelScope() as scope:
            try:
                async with _parked_session(c, clock):
                    scope.cancel()
            except BaseException as exc:
                caught.append(exc)
                raise
    assert scope.cancelled_caught  # the cancellation went on; the unlock error rode along
    (cancelled,) = caught
    assert isinstance(cancelled, anyio.get_cancelled_exc_class())
    notes = getattr(cancelled, "__notes__", [])
    assert any("unlocking the canvas failed" in n and "InternalServerError" in n for n in notes)
    assert canvas.ops() == ["lock", "unlock"]


@pytest.mark.anyio
async def test_async_keepalive_failure_is_noted_on_the_block_error() -> None:
    canvas, clock = Canvas(), Clock()
    rounds: list[float] = []

    async def sleep(seconds: float) -> None:
        rounds.append(seconds)
        if len(rounds) > 1:
            await anyio.sleep_forever()
        canvas.update_status = 500

    async with aclient(canvas, clock) as c:
        session = AsyncLockSession(
            c.assets, ASSET, ttl=TTL, keepalive=timedelta(seconds=30), now=clock, sleep=sleep
        )
        with pytest.raises(ValueError, match="edit failed") as info:
            async with session:
                for _ in range(1000):
                    if session.keepalive_error is not None:
                        break
                    await anyio.sleep(0)
                raise ValueError("edit failed")
    assert isinstance(session.keepalive_error, sa.InternalServerError)
    notes = getattr(info.value, "__notes__", [])
    assert any("keep-alive failed" in n and "InternalServerError" in n for n in notes)
    assert canvas.ops() == ["lock", "update", "unlock"]


# --------------------------------------------------------------------------------------
# What the session logs (the canvas, the expiry, re-locks, keep-alive failures)
# --------------------------------------------------------------------------------------


def _messages(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    """The lock session's own records (not the HTTP layer's)."""
    own = {"_locks", "_lock_parts"}  # the session (either flavour) and the lock state
    return [(r.levelname, r.getMessage()) for r in caplog.records if r.module in own]


def _expected_log(keepalive_error: str) -> list[tuple[str, str]]:
    return [
        ("DEBUG", f"locked {ASSET} until {(NOW + TTL).isoformat()}"),
        ("INFO", f"lock on {ASSET} expired; locking again"),
        ("DEBUG", f"locked {ASSET} until {(NOW + 2 * TTL).isoformat()}"),
        ("WARNING", f"lock keep-alive for {ASSET} failed: {keepalive_error}"),
        ("DEBUG", f"unlocked {ASSET}"),
    ]


def test_the_session_logs_its_lifecycle(caplog: pytest.LogCaptureFixture) -> None:
    canvas, clock = Canvas(lambda _: None), Clock()
    go, rounds = threading.Event(), []

    def wait(seconds: float) -> bool:
        rounds.append(seconds)
        go.wait(timeout=30)  # the first renewal runs when the block says so
        return len(rounds) > 1

    caplog.set_level(logging.DEBUG, logger="scenario_assets")
    with client(canvas, clock) as c:
        session = LockSession(
            c.assets, ASSET, ttl=TTL, keepalive=timedelta(minutes=1), now=clock, wait=wait
        )
        with pytest.raises(sa.InternalServerError) as info, session:
            clock.current = NOW + TTL
            session.update(name="late")
            canvas.update_status = 500
            go.set()
    assert _messages(caplog) == _expected_log(str(info.value))
    assert canvas.ops() == ["lock", "lock", "update", "update", "unlock"]


@pytest.mark.anyio
async def test_async_the_session_logs_its_lifecycle(caplog: pytest.LogCaptureFixture) -> None:
    canvas, clock = Canvas(lambda _: None), Clock()
    go, rounds = anyio.Event(), []

    async def sleep(seconds: float) -> None:
        rounds.append(seconds)
        await go.wait()
        if len(rounds) > 1:
            await anyio.sleep_forever()

    caplog.set_level(logging.DEBUG, logger="scenario_assets")
    async with aclient(canvas, clock) as c:
        session = AsyncLockSession(
            c.assets, ASSET, ttl=TTL, keepalive=timedelta(minutes=1), now=clock, sleep=sleep
        )
        with pytest.raises(sa.InternalServerError) as info:
            async with session:
                clock.current = NOW + TTL
                await session.update(name="late")
                canvas.update_status = 500
                go.set()
                for _ in range(1000):
                    if session.keepalive_error is not None:
                        break
                    await anyio.sleep(0)
    assert _messages(caplog) == _expected_log(str(info.value))
    assert canvas.ops() == ["lock", "lock", "update", "update", "unlock"]


# --------------------------------------------------------------------------------------
# A lost answer to the lock request: not repeated, and nothing to unlock with
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lost", [httpx.ReadTimeout("no answer"), httpx.ReadError("reset")])
def test_a_lost_lock_answer_is_not_repeated_and_sends_no_unlock(lost: Exception) -> None:
    rec = Recorder(lost)
    with (
        sa.Client("k", "s", base_url=BASE, transport=rec.transport(), sleep=FakeSleep()) as c,
        pytest.raises(sa.APIConnectionError),
        c.assets.lock_session(ASSET),
    ):
        pass
    assert [r.url.path for r in rec.requests] == [f"/v1/assets/{ASSET}/lock"]
