"""What differs for real between the async code and its sync twin: the sync side.

Handwritten twice (this file and ``scenario_assets/_async/_flavour.py``); see there.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, as_completed, wait
from typing import TypedDict, TypeVar

import httpx

from .._deprecated import warn_once

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


Lock = threading.Lock
"""The mutex of twin code that threads share (``with``)."""


def shielded() -> contextlib.nullcontext[None]:
    """What the async side shields from cancellation: threads are not cancelled, so nothing."""
    return contextlib.nullcontext()


class KeepAliveOptions(TypedDict, total=False):
    """The keywords only the sync lock session takes."""

    wait: Callable[[float], bool] | None
    """Deprecated name of a keep-alive wait (``wait(seconds)`` returns True to stop): use
    ``sleep``."""


class KeepAlive:
    """A lock session's background loop: a daemon thread started at ``start`` and joined at
    ``stop`` (the session's enter and exit).

    Args:
        sleep: how ``pause`` waits; by default a wait on the stop event, which ``stop`` ends
            at once. An injected sleep runs whole, then the stop is checked.
        wait: the deprecated ``wait(seconds) -> stop?`` (warns once).
    """

    def __init__(
        self, sleep: Sleep | None = None, *, wait: Callable[[float], bool] | None = None
    ) -> None:
        self._stop = threading.Event()
        if wait is not None:
            # points at the code creating the session, two frames out
            warn_once("LockSession(wait=...)", "LockSession(sleep=...)", depth=2)
        elif sleep is not None and sleep is not time.sleep:
            wait = self._sleep_then_check(sleep)
        self._wait: Callable[[float], bool] = wait or self._stop.wait
        self._thread: threading.Thread | None = None

    def _sleep_then_check(self, sleep: Sleep) -> Callable[[float], bool]:
        def sleep_then_check(seconds: float) -> bool:
            sleep(seconds)
            return self._stop.is_set()

        return sleep_then_check

    def start(self, loop: Callable[[], None], name: str) -> None:
        """Run ``loop`` in a new daemon thread named ``name``."""
        self._thread = threading.Thread(target=loop, name=name, daemon=True)
        self._thread.start()

    def pause(self, seconds: float) -> bool:
        """Wait between two turns of the loop; True once it must end."""
        return self._wait(seconds)

    def stop(self) -> BaseException | None:
        """Stop the loop and wait for its end (a thread is not interrupted: always None)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        return None
