"""What differs for real between the async code and its sync twin: the async side.

Handwritten twice (this file and ``scenario_assets/_sync/_flavour.py``), small, and checked by
``tests/client/test_twin_parity.py`` to define the same names. Everything else under ``_async/``
imports from here and is rewritten to sync by ``tools/unasync.py``.
"""

from __future__ import annotations

import contextlib
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    Awaitable,
    Callable,
    Coroutine,
    Iterable,
)
from typing import Any, TypedDict, TypeVar

import anyio
import anyio.abc
import httpx

T = TypeVar("T")
R = TypeVar("R")

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


async def each_done(
    fn: Callable[[T], Awaitable[R]], items: Iterable[T], limit: int, done: Callable[[R], None]
) -> None:
    """``fn`` on every item, at most ``limit`` at once; ``done(result)`` as each one finishes.

    ``done`` runs in the event loop's thread, as the thread-pool twin runs it in the caller's
    thread, one call at a time. An exception of ``fn`` or ``done`` stops the rest and is raised
    as itself (see :func:`each`).
    """

    async def one(item: T) -> None:
        done(await fn(item))

    await each(one, items, limit)


async def each(
    fn: Callable[[T], Awaitable[None]], items: Iterable[T] | AsyncIterable[T], limit: int
) -> None:
    """``fn`` on every item, at most ``limit`` at once in a task group; items drawn lazily.

    Items may come from an async iterable that is still producing them (a listing page by page):
    calls start while it goes on. An exception of the iterable stops the drawing; the calls
    already running finish, then it is raised, as the thread-pool twin does. The first
    exception of a call stops the rest and is raised as itself (not as an exception group).
    """
    slots = anyio.Semaphore(limit)
    failures: list[Exception] = []
    drawing: Exception | None = None

    async with anyio.create_task_group() as group:

        async def one(item: T) -> None:
            try:
                await fn(item)
            except Exception as exc:
                failures.append(exc)
                group.cancel_scope.cancel()
            finally:
                slots.release()

        try:
            async with contextlib.aclosing(_draw(items)) as drawn:
                async for item in drawn:
                    await slots.acquire()
                    if failures:
                        break
                    group.start_soon(one, item)
        except Exception as exc:
            drawing = exc
    if drawing is not None:
        raise drawing
    if failures:
        raise failures[0]


async def _draw(items: Iterable[T] | AsyncIterable[T]) -> AsyncGenerator[T, None]:
    """The items of a plain or an async iterable, one by one (closing an async generator)."""
    if not isinstance(items, AsyncIterable):
        for item in items:
            yield item
        return
    iterator = aiter(items)
    try:
        async for item in iterator:
            yield item
    finally:
        close = getattr(iterator, "aclose", None)
        if close is not None:
            await close()


Lock = anyio.Lock
"""The mutex of twin code that tasks share (``async with``)."""


def shielded() -> anyio.CancelScope:
    """A scope no cancellation interrupts: what must run at exit (releasing a lock) runs."""
    return anyio.CancelScope(shield=True)


class KeepAliveOptions(TypedDict, total=False):
    """The keywords only the sync lock session takes: none here."""


class KeepAlive:
    """A lock session's background loop: a task, in a task group entered at ``start`` and left
    at ``stop`` (the session's enter and exit).

    Args:
        sleep: how ``pause`` waits (default :func:`anyio.sleep`); a ``stop`` cancels the wait.
    """

    def __init__(self, sleep: Sleep | None = None) -> None:
        self._sleep: Sleep = sleep or anyio.sleep
        self._group: anyio.abc.TaskGroup | None = None

    async def start(self, loop: Callable[[], Coroutine[Any, Any, None]], name: str) -> None:
        """Run ``loop`` in a new task named ``name``."""
        self._group = anyio.create_task_group()
        await self._group.__aenter__()
        self._group.start_soon(loop, name=name)

    async def pause(self, seconds: float) -> bool:
        """Wait between two turns of the loop; True once it must end (never: a stop cancels
        the task while it waits)."""
        await self._sleep(seconds)
        return False

    async def stop(self) -> BaseException | None:
        """Stop the loop and wait for its end. A cancellation that arrives meanwhile is
        returned, not raised, for the caller to raise once its own exit work is done."""
        if self._group is None:
            return None
        self._group.cancel_scope.cancel()
        try:
            await self._group.__aexit__(None, None, None)
        except BaseException as interrupted:
            return interrupted
        return None
