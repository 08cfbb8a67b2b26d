"""The per-flavour ``each_done`` (a thread pool, a task group), behind ``upload_many``.

Both flavours must behave alike for the code written once under ``_async/``: every item run, at
most ``limit`` at once, ``done`` called with each result as it finishes, one call at a time, in
the caller's thread, and the first exception (of ``fn`` or of ``done``) raised as itself, with
the items not started yet left alone.
"""

from __future__ import annotations

import inspect
import threading
import time
from collections.abc import Callable

import anyio
import pytest

from scenario_assets._async import _flavour as async_flavour
from scenario_assets._sync import _flavour as sync_flavour


class Boom(Exception):
    pass


class Probe:
    """Counts concurrent calls, the items started and the results handed to ``done``."""

    def __init__(self, fail_on: int | None = None, done_fails_on: int | None = None) -> None:
        self.fail_on = fail_on
        self.done_fails_on = done_fails_on
        self.active = 0
        self.peak = 0
        self.started: list[int] = []
        self.results: list[int] = []
        self.done_threads: set[int] = set()
        self.done_overlaps = 0
        self._in_done = False
        self._lock = threading.Lock()

    def enter(self, item: int) -> None:
        with self._lock:
            self.started.append(item)
            self.active += 1
            self.peak = max(self.peak, self.active)

    def leave(self, item: int) -> int:
        with self._lock:
            self.active -= 1
        if item == self.fail_on:
            raise Boom(item)
        return item * 10

    def done(self, result: int) -> None:
        if self._in_done:
            self.done_overlaps += 1
        self._in_done = True
        self.done_threads.add(threading.get_ident())
        time.sleep(0.001)  # a second caller, if any, would arrive meanwhile
        self.results.append(result)
        self._in_done = False
        if result == self.done_fails_on:
            raise Boom(result)


def run_sync(probe: Probe, count: int, limit: int) -> None:
    def fn(item: int) -> int:
        probe.enter(item)
        time.sleep(0.005)
        return probe.leave(item)

    sync_flavour.each_done(fn, range(count), limit, probe.done)


def run_async(probe: Probe, count: int, limit: int) -> None:
    async def fn(item: int) -> int:
        probe.enter(item)
        await anyio.sleep(0.005)
        return probe.leave(item)

    anyio.run(async_flavour.each_done, fn, range(count), limit, probe.done)


RUNNERS = [pytest.param(run_sync, id="sync"), pytest.param(run_async, id="async")]


@pytest.mark.parametrize("run", RUNNERS)
def test_every_result_reaches_done_in_the_callers_thread_at_most_limit_at_once(
    run: Callable[[Probe, int, int], None],
) -> None:
    probe = Probe()
    run(probe, 20, 3)
    assert sorted(probe.results) == [item * 10 for item in range(20)]
    assert 1 < probe.peak <= 3
    assert probe.done_threads == {threading.get_ident()}
    assert probe.done_overlaps == 0


@pytest.mark.parametrize("run", RUNNERS)
def test_a_failure_of_fn_is_raised_as_itself_and_stops_the_rest(
    run: Callable[[Probe, int, int], None],
) -> None:
    probe = Probe(fail_on=1)
    with pytest.raises(Boom):
        run(probe, 200, 2)
    assert len(probe.started) < 20


@pytest.mark.parametrize("run", RUNNERS)
def test_a_failure_of_done_is_raised_as_itself_and_stops_the_rest(
    run: Callable[[Probe, int, int], None],
) -> None:
    probe = Probe(done_fails_on=0)
    with pytest.raises(Boom):
        run(probe, 200, 1)
    assert len(probe.started) < 20


def test_both_flavours_take_the_same_parameters() -> None:
    ours = inspect.signature(sync_flavour.each_done).parameters
    theirs = inspect.signature(async_flavour.each_done).parameters
    assert [(p.name, p.kind, p.default) for p in ours.values()] == [
        (p.name, p.kind, p.default) for p in theirs.values()
    ]
