"""The retry transport (see :mod:`scenario_assets._retry` for what is retried and why)."""

from __future__ import annotations

import random
from collections.abc import Callable

import httpx

from .._retry import (
    UNSENT_EXTENSION,
    RetryPolicy,
    _bounded,
    _buffered,
    _log_retry,
    _plan,
    _reads_now,
    _timed_out,
)
from .._sent import attempt as new_attempt
from ._flavour import Sleep, sleep
from ._sent import watch


async def _read(request: httpx.Request, response: httpx.Response) -> httpx.Response:
    """Read the body now when the request asks for it (errors surface inside the retry loop)."""
    if not _reads_now(request, response):
        return response
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return _buffered(response, raw)


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """Wraps a transport and retries per :class:`RetryPolicy` (see :mod:`scenario_assets._retry`).

    Args:
        transport: the transport that sends requests (default: httpx's HTTP transport).
        policy: the retry policy.
        sleep: called with seconds to wait (inject a fake in tests; awaited by the async one).
        rand: returns a float in [0, 1) for jitter.

    Example:
        >>> http = httpx.Client(transport=RetryTransport(policy=RetryPolicy(max_retries=3)))
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        policy: RetryPolicy | None = None,
        sleep: Sleep = sleep,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.transport: httpx.AsyncBaseTransport = transport or httpx.AsyncHTTPTransport()
        watch(self.transport)
        self.policy: RetryPolicy = policy or RetryPolicy()
        self._sleep = sleep
        self._rand = rand

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``, retrying per the policy; returns the last response."""
        attempt = 0
        while True:
            tried = new_attempt()
            try:
                with tried:
                    _bounded(request)
                    sent = await self.transport.handle_async_request(request)
                    response = await _read(request, sent)
            except httpx.TransportError as exc:
                _timed_out(request, exc)
                unsent = tried.attempt.unsent
                wait = _plan(self.policy, request, attempt, None, exc, self._rand(), unsent)
                if wait is None:
                    request.extensions[UNSENT_EXTENSION] = unsent
                    raise
                _log_retry(request, attempt, wait, type(exc).__name__)
            else:
                wait = _plan(self.policy, request, attempt, response, None, self._rand())
                if wait is None:
                    return response
                await response.aclose()
                _log_retry(request, attempt, wait, f"status {response.status_code}")
            await self._sleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self.transport.aclose()
