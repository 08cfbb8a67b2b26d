"""The per-flavour helpers: ``each`` (a thread pool, a task group) and ``request_hook``.

Both flavours must behave alike for the code written once under ``_async/``: at most ``limit``
calls at once, items drawn lazily, the first failure raised as itself and no item drawn after it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator

import anyio
import httpx
import pytest

from scenario_assets._async import _flavour as async_flavour
from scenario_assets._sync import _flavour as sync_flavour


class Boom(Exception):
    pass


class Probe:
    """Counts concurrent calls and the items drawn."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.fail_on = fail_on
        self.active = 0
        self.peak = 0
        self.drawn: list[int] = []
        self.done: list[int] = []
        self._lock = threading.Lock()

    def items(self, count: int) -> Iterator[int]:
        for item in range(count):
            self.drawn.append(item)
            yield item

    def enter(self) -> None:
        with self._lock:
            self.active += 1
            self.peak = max(self.peak, self.active)

    def leave(self, item: int) -> None:
        with self._lock:
            self.active -= 1
            self.done.append(item)
        if item == self.fail_on:
            raise Boom(item)


def run_sync(probe: Probe, count: int, limit: int) -> None:
    def fn(item: int) -> None:
        probe.enter()
        time.sleep(0.005)
        probe.leave(item)

    sync_flavour.each(fn, probe.items(count), limit)


def run_async(probe: Probe, count: int, limit: int) -> None:
    async def fn(item: int) -> None:
        probe.enter()
        await anyio.sleep(0.005)
        probe.leave(item)

    anyio.run(async_flavour.each, fn, probe.items(count), limit)


RUNNERS = [pytest.param(run_sync, id="sync"), pytest.param(run_async, id="async")]


@pytest.mark.parametrize("run", RUNNERS)
def test_each_runs_every_item_at_most_limit_at_once(run: Callable[[Probe, int, int], None]) -> None:
    probe = Probe()
    run(probe, 20, 3)
    assert sorted(probe.done) == list(range(20))
    assert 1 < probe.peak <= 3


@pytest.mark.parametrize("run", RUNNERS)
def test_each_raises_the_first_failure_as_itself_and_draws_no_more(
    run: Callable[[Probe, int, int], None],
) -> None:
    probe = Probe(fail_on=2)
    with pytest.raises(Boom):
        run(probe, 1000, 2)
    assert len(probe.drawn) < 10  # stopped soon after the failure, not all 1,000 items


def test_request_hooks_observe_each_request_in_both_flavours() -> None:
    seen: list[str] = []
    handler = httpx.MockTransport(lambda request: httpx.Response(204))
    with httpx.Client(
        transport=handler,
        event_hooks={"request": [sync_flavour.request_hook(lambda r: seen.append(r.url.path))]},
    ) as client:
        client.get("https://example.test/a")

    async def main() -> None:
        async with httpx.AsyncClient(
            transport=handler,
            event_hooks={
                "request": [async_flavour.request_hook(lambda r: seen.append(r.url.path))]
            },
        ) as client:
            await client.get("https://example.test/b")

    anyio.run(main)
    assert seen == ["/a", "/b"]


def test_async_each_draws_from_an_async_iterable_while_calls_run() -> None:
    """The mirror's listing yields batches page by page: calls start before it ends."""
    events: list[str] = []

    async def listing() -> AsyncIterator[int]:
        for item in range(3):
            await anyio.sleep(0.02)  # the next page
            events.append(f"drawn {item}")
            yield item
        events.append("listing ended")

    async def fn(item: int) -> None:
        events.append(f"call {item}")

    anyio.run(async_flavour.each, fn, listing(), 2)
    assert events.index("call 0") < events.index("drawn 1")
    assert events.index("call 1") < events.index("listing ended")
    assert [e for e in events if e.startswith("call")] == ["call 0", "call 1", "call 2"]


def _failing_source(drawn: list[int]) -> Iterator[int]:
    for item in range(3):
        drawn.append(item)
        yield item
    raise Boom("the listing failed")


def _failing_async_source(drawn: list[int]) -> AsyncIterator[int]:
    async def source() -> AsyncIterator[int]:
        for item in _failing_source(drawn):
            yield item

    return source()


@pytest.mark.parametrize("flavour", ["sync", "async", "async-iterable"])
def test_a_failing_source_lets_running_calls_finish_then_raises_its_error(flavour: str) -> None:
    """Work already handed out is not lost when the listing behind it fails."""
    drawn: list[int] = []
    finished: list[int] = []
    if flavour == "sync":

        def call(item: int) -> None:
            time.sleep(0.05)
            finished.append(item)

        with pytest.raises(Boom, match="the listing failed"):
            sync_flavour.each(call, _failing_source(drawn), 4)
    else:

        async def acall(item: int) -> None:
            await anyio.sleep(0.05)
            finished.append(item)

        source = _failing_source(drawn) if flavour == "async" else _failing_async_source(drawn)
        with pytest.raises(Boom, match="the listing failed"):
            anyio.run(async_flavour.each, acall, source, 4)
    assert sorted(finished) == drawn == [0, 1, 2]
