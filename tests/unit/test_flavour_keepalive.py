"""The per-flavour pieces of a lock session: ``KeepAlive`` (a thread, a task), ``shielded``.

The session is written once (``_async/_locks.py``); these pieces are what differs, so both
flavours must stop their loop at ``stop`` and the async exit must survive a cancellation.
"""

from __future__ import annotations

import threading
import time

import anyio
import pytest

from scenario_assets._async import _flavour as async_flavour
from scenario_assets._sync import _flavour as sync_flavour


def test_the_thread_loop_runs_as_a_named_daemon_and_stop_wakes_its_pause_at_once() -> None:
    keepalive = sync_flavour.KeepAlive()
    seen: list[tuple[str, bool]] = []

    def loop() -> None:
        current = threading.current_thread()
        seen.append((current.name, current.daemon))
        while not keepalive.pause(60):
            pass

    keepalive.start(loop, "lock-keepalive-a1")
    started = time.monotonic()
    assert keepalive.stop() is None
    assert time.monotonic() - started < 5  # the 60 s pause ended at the stop
    assert seen == [("lock-keepalive-a1", True)]


def test_an_injected_sleep_runs_whole_then_the_stop_is_checked() -> None:
    slept: list[float] = []
    keepalive = sync_flavour.KeepAlive(slept.append)
    assert keepalive.pause(2.5) is False
    keepalive.stop()
    assert keepalive.pause(1.0) is True
    assert slept == [2.5, 1.0]


def test_time_sleep_is_the_default_wait() -> None:
    # time.sleep would block past the stop: the stop event is waited on instead
    keepalive = sync_flavour.KeepAlive(time.sleep)
    keepalive.stop()
    started = time.monotonic()
    assert keepalive.pause(60) is True
    assert time.monotonic() - started < 5


@pytest.mark.anyio
async def test_the_task_loop_is_cancelled_at_stop() -> None:
    turns: list[float] = []
    keepalive = async_flavour.KeepAlive()

    async def loop() -> None:
        while not await keepalive.pause(60):
            turns.append(time.monotonic())

    with anyio.fail_after(5):  # start and stop in one scope, as a session's enter and exit
        await keepalive.start(loop, "lock-keepalive-a1")
        await anyio.sleep(0)
        assert await keepalive.stop() is None
    assert turns == []


@pytest.mark.anyio
async def test_a_stop_without_start_does_nothing() -> None:
    assert await async_flavour.KeepAlive().stop() is None
    assert sync_flavour.KeepAlive().stop() is None


@pytest.mark.anyio
async def test_shielded_work_finishes_under_cancellation() -> None:
    done: list[str] = []
    with anyio.CancelScope() as scope:
        scope.cancel()
        with async_flavour.shielded():
            await anyio.sleep(0.01)
            done.append("released")
    assert done == ["released"]
    with sync_flavour.shielded():
        done.append("sync")
    assert done == ["released", "sync"]
