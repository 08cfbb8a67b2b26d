"""What differs for real between the async code and its sync twin: the sync side.

Handwritten twice (this file and ``scenario_assets/_async/_flavour.py``); see there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from typing import TypeVar

import httpx

T = TypeVar("T")
R = TypeVar("R")

Sleep = Callable[[float], None]
"""How the code waits: blocking the thread."""

sleep: Sleep = time.sleep

RequestHook = Callable[[httpx.Request], None]
"""An httpx ``request`` event hook of an :class:`httpx.Client`: called."""


def request_hook(observe: Callable[[httpx.Request], None]) -> RequestHook:
    """``observe`` as a request hook of the blocking client (it is one already)."""
    return observe


def each_done(
    fn: Callable[[T], R], items: Iterable[T], limit: int, done: Callable[[R], None]
) -> None:
    """``fn`` on every item, at most ``limit`` at once in threads; ``done(result)`` as each
    one finishes, in the calling thread (one call at a time).

    An exception of ``fn`` or ``done`` cancels the calls not started yet, waits for those
    running, and is raised as itself.
    """
    with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="scenario-each") as pool:
        futures = [pool.submit(fn, item) for item in items]
        try:
            for future in as_completed(futures):
                done(future.result())
        finally:
            for future in futures:
                future.cancel()


def each(fn: Callable[[T], None], items: Iterable[T], limit: int) -> None:
    """``fn`` on every item, at most ``limit`` at once in threads; items are drawn lazily.

    The first exception stops the rest (queued calls are cancelled) and is raised as itself.
    """
    with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="scenario-each") as pool:
        running: set[Future[None]] = set()
        try:
            for item in items:
                if len(running) >= limit:
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        future.result()
                running.add(pool.submit(fn, item))
            for future in running:
                future.result()
        finally:
            for future in running:
                future.cancel()
