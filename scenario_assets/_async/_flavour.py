"""What differs for real between the async code and its sync twin: the async side.

Handwritten twice (this file and ``scenario_assets/_sync/_flavour.py``), small, and checked by
``tests/client/test_twin_parity.py`` to define the same names. Everything else under ``_async/``
imports from here and is rewritten to sync by ``tools/unasync.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

import anyio
import httpx

T = TypeVar("T")

Sleep = Callable[[float], Awaitable[None]]
"""How the code waits: awaited."""

sleep: Sleep = anyio.sleep

RequestHook = Callable[[httpx.Request], Awaitable[None]]
"""An httpx ``request`` event hook of an :class:`httpx.AsyncClient`: awaited."""


def request_hook(observe: Callable[[httpx.Request], None]) -> RequestHook:
    """``observe`` (a plain function) as a request hook the async client can await."""

    async def hook(request: httpx.Request) -> None:
        observe(request)

    return hook


async def each(fn: Callable[[T], Awaitable[None]], items: Iterable[T], limit: int) -> None:
    """``fn`` on every item, at most ``limit`` at once in a task group; items drawn lazily.

    The first exception stops the rest and is raised as itself (not as an exception group),
    as the thread-pool twin raises it.
    """
    slots = anyio.Semaphore(limit)
    failures: list[Exception] = []

    async with anyio.create_task_group() as group:

        async def one(item: T) -> None:
            try:
                await fn(item)
            except Exception as exc:
                failures.append(exc)
                group.cancel_scope.cancel()
            finally:
                slots.release()

        for item in items:
            await slots.acquire()
            if failures:
                break
            group.start_soon(one, item)
    if failures:
        raise failures[0]
