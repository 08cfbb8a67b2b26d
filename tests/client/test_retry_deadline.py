"""The retry layer's deadline and body-read rules, one decision at a time.

A :class:`Deadline` runs on an injected clock that only moves when told to; the server is an
``httpx.MockTransport`` whose bodies are streams that record whether they were read and
closed. Nothing waits for real.
"""

from __future__ import annotations

import gzip
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from scenario_assets._retry import (
    DEADLINE_EXTENSION,
    READ_BODY_EXTENSION,
    UNSENT_EXTENSION,
    AsyncRetryTransport,
    Deadline,
    DeadlineExceeded,
    RetryPolicy,
    RetryTransport,
    _plan,
)

URL = "http://127.0.0.1/x"
ONCE = RetryPolicy(max_retries=0)
STEADY = RetryPolicy(max_retries=3, initial_backoff=0.5, jitter=0)
KEYS = ("connect", "read", "write", "pool")


class Clock:
    """A monotonic clock that only moves when something sleeps on it."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body in chunks that records being read and closed (``cut``: the connection
    drops after the chunks)."""

    def __init__(self, *chunks: bytes, cut: bool = False) -> None:
        self.chunks = chunks
        self.cut = cut
        self.read = False
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        self.read = True
        yield from self.chunks
        if self.cut:
            raise httpx.ReadError("connection dropped mid-body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def request(
    method: str = "GET",
    *,
    budget: Deadline | None = None,
    timeout: dict[str, float | None] | None = None,
    read_body: bool = False,
) -> httpx.Request:
    extensions: dict[str, Any] = {}
    if budget is not None:
        extensions[DEADLINE_EXTENSION] = budget
    if timeout is not None:
        extensions["timeout"] = timeout
    if read_body:
        extensions[READ_BODY_EXTENSION] = True
    return httpx.Request(method, URL, extensions=extensions)


def serving(*answers: httpx.Response | Exception) -> tuple[list[httpx.Request], Any]:
    """A handler answering in turn, and the requests it saw (with their timeouts then)."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handle(req: httpx.Request) -> httpx.Response:
        seen.append(req)
        req.extensions["seen_timeout"] = dict(req.extensions.get("timeout", {}))
        item = queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    return seen, handle


# --------------------------------------------------------------------------------------
# Deadline
# --------------------------------------------------------------------------------------


def test_a_deadline_tells_the_time_left_on_its_clock_and_starts_not_hit() -> None:
    clock = Clock(10.0)
    budget = Deadline(12.5, clock)
    assert budget.at == 12.5
    assert budget.remaining() == 2.5
    assert repr(budget) == "Deadline(remaining=2.500, hit=False)"
    clock.now = 13.0
    assert budget.remaining() == -0.5


def test_a_deadline_runs_on_the_monotonic_clock_by_default() -> None:
    import time

    budget = Deadline(time.monotonic() + 3600)
    assert 0 < budget.remaining() <= 3600


# --------------------------------------------------------------------------------------
# Cutting each attempt's timeouts
# --------------------------------------------------------------------------------------


def test_without_a_deadline_the_timeouts_are_left_alone() -> None:
    seen, handle = serving(httpx.Response(200))
    given = {"connect": 5.0, "read": None, "write": 7.0, "pool": 1.0}
    RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(
        request(timeout=dict(given))
    )
    assert seen[0].extensions["seen_timeout"] == given


def test_only_the_timeouts_longer_than_the_time_left_are_cut() -> None:
    clock = Clock()
    seen, handle = serving(httpx.Response(200))
    budget = Deadline(2.0, clock)
    RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(
        request(budget=budget, timeout={"connect": 1, "read": None, "write": 2.0, "pool": 3.0})
    )
    cut = seen[0].extensions["seen_timeout"]
    assert cut == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}
    assert all(type(cut[key]) is float for key in KEYS)
    assert budget.hit is False


def test_a_request_without_timeouts_gets_the_time_left_for_each() -> None:
    clock = Clock()
    seen, handle = serving(httpx.Response(200))
    RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(
        request(budget=Deadline(0.75, clock))
    )
    assert seen[0].extensions["seen_timeout"] == dict.fromkeys(KEYS, 0.75)


def test_a_request_whose_deadline_is_now_is_not_sent() -> None:
    clock = Clock(5.0)
    seen, handle = serving(httpx.Response(200))
    budget = Deadline(5.0, clock)
    unsent = request(budget=budget)
    with pytest.raises(DeadlineExceeded) as info:
        RetryTransport(httpx.MockTransport(handle)).handle_request(unsent)
    assert seen == []
    assert budget.hit is True
    assert info.value.request is unsent
    assert "deadline" in str(info.value)


def test_a_deadline_extension_that_is_no_deadline_is_ignored() -> None:
    seen, handle = serving(httpx.Response(200))
    req = request(timeout=dict.fromkeys(KEYS, 5.0))
    req.extensions[DEADLINE_EXTENSION] = 1.0
    RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(req)
    assert seen[0].extensions["seen_timeout"] == dict.fromkeys(KEYS, 5.0)


# --------------------------------------------------------------------------------------
# A timeout is the deadline's only when the deadline set it
# --------------------------------------------------------------------------------------


def _timing_out(budget: Deadline, timeout: dict[str, float | None], error: Exception) -> None:
    _, handle = serving(error)
    with pytest.raises(type(error)):
        RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(
            request(budget=budget, timeout=timeout)
        )


def test_a_timeout_cut_to_the_deadline_marks_it_hit() -> None:
    budget = Deadline(2.0, Clock())
    # the read timeout is exactly the time left: it is the deadline that bounds it
    _timing_out(
        budget, {"connect": 1.0, "read": 2.0, "write": 1.0, "pool": 1.0}, httpx.ReadTimeout("t")
    )
    assert budget.hit is True


def test_a_timeout_shorter_than_the_deadline_leaves_it_unhit() -> None:
    budget = Deadline(2.0, Clock())
    _timing_out(budget, dict.fromkeys(KEYS, 1.0), httpx.ReadTimeout("t"))
    assert budget.hit is False


def test_an_error_other_than_a_timeout_leaves_the_deadline_unhit() -> None:
    budget = Deadline(2.0, Clock())
    _timing_out(budget, dict.fromkeys(KEYS, None), httpx.ReadError("reset"))
    assert budget.hit is False


def test_a_deadline_reused_by_a_request_with_shorter_timeouts_is_not_hit_by_it() -> None:
    clock = Clock()
    budget = Deadline(2.0, clock)
    _, first = serving(httpx.Response(200))
    RetryTransport(httpx.MockTransport(first), policy=ONCE).handle_request(request(budget=budget))
    assert budget.hit is False
    _timing_out(budget, dict.fromkeys(KEYS, 1.0), httpx.ReadTimeout("t"))
    assert budget.hit is False


def test_a_timeout_without_a_deadline_is_given_up_on_as_is() -> None:
    _, handle = serving(httpx.ReadTimeout("t"))
    with pytest.raises(httpx.ReadTimeout):
        RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(request())


@pytest.mark.anyio
async def test_async_a_timeout_cut_to_the_deadline_marks_it_hit() -> None:
    budget = Deadline(2.0, Clock())
    seen, handle = serving(httpx.ReadTimeout("t"))

    async def ahandle(req: httpx.Request) -> httpx.Response:
        response: httpx.Response = handle(req)
        return response

    transport = AsyncRetryTransport(httpx.MockTransport(ahandle), policy=ONCE)
    with pytest.raises(httpx.ReadTimeout):
        await transport.handle_async_request(request(budget=budget, timeout={"read": 5.0}))
    assert seen[0].extensions["seen_timeout"] == dict.fromkeys(KEYS, 2.0)
    assert budget.hit is True


# --------------------------------------------------------------------------------------
# No retry that could not end before the deadline
# --------------------------------------------------------------------------------------


def test_no_retry_whose_wait_would_use_up_exactly_the_time_left() -> None:
    clock = Clock()
    seen, handle = serving(httpx.Response(503), httpx.Response(200))
    budget = Deadline(0.5, clock)  # the first backoff is 0.5: nothing would be left after it
    response = RetryTransport(
        httpx.MockTransport(handle), policy=STEADY, sleep=clock.sleep
    ).handle_request(request(budget=budget))
    assert response.status_code == 503
    assert len(seen) == 1
    assert clock.waits == []
    assert budget.hit is True


def test_a_retry_that_ends_in_time_is_made_and_leaves_the_deadline_unhit() -> None:
    clock = Clock()
    seen, handle = serving(httpx.Response(503), httpx.Response(200))
    budget = Deadline(0.6, clock)
    response = RetryTransport(
        httpx.MockTransport(handle), policy=STEADY, sleep=clock.sleep
    ).handle_request(request(budget=budget))
    assert response.status_code == 200
    assert clock.waits == [0.5]
    assert seen[1].extensions["seen_timeout"] == pytest.approx(dict.fromkeys(KEYS, 0.1))
    assert budget.hit is False


def test_an_answer_not_to_retry_leaves_the_deadline_unhit() -> None:
    clock = Clock()
    _, handle = serving(httpx.Response(404))
    budget = Deadline(0.1, clock)
    response = RetryTransport(httpx.MockTransport(handle), policy=STEADY).handle_request(
        request(budget=budget)
    )
    assert response.status_code == 404
    assert budget.hit is False


def test_a_failed_try_counts_as_sent_unless_the_connection_layer_says_otherwise() -> None:
    post = httpx.Request("POST", URL)
    dropped = httpx.ReadError("reset")
    assert _plan(STEADY, post, 0, None, dropped, 0.0) is None
    assert _plan(STEADY, post, 0, None, dropped, 0.0, unsent=True) == 0.5


# --------------------------------------------------------------------------------------
# Reading the body inside the loop
# --------------------------------------------------------------------------------------


def test_a_body_asked_for_is_read_whole_and_its_connection_released() -> None:
    body = Chunks(b"ab", b"cd", b"ef")
    _, handle = serving(
        httpx.Response(201, headers={"x-tag": "t1"}, stream=body, extensions={"mark": "m"})
    )
    response = RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(
        request(read_body=True)
    )
    assert body.read and body.closed  # before it was handed back
    assert response.status_code == 201
    assert response.headers["x-tag"] == "t1"
    assert response.extensions["mark"] == "m"
    assert response.read() == b"abcdef"


def test_a_buffered_body_keeps_its_encoding_for_the_client_to_decode() -> None:
    packed = gzip.compress(b"hello, canvas")
    body = Chunks(packed[:5], packed[5:])
    _, handle = serving(httpx.Response(200, headers={"content-encoding": "gzip"}, stream=body))
    transport = RetryTransport(httpx.MockTransport(handle), policy=ONCE)
    with httpx.Client(transport=transport) as http:
        response = http.get(URL, extensions={READ_BODY_EXTENSION: True})
    assert response.content == b"hello, canvas"


def test_a_body_not_asked_for_is_handed_back_unread() -> None:
    body = Chunks(b"ab", b"cd")
    _, handle = serving(httpx.Response(200, stream=body))
    response = RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(request())
    assert not body.read and not body.closed
    assert response.read() == b"abcd"


def test_a_body_cut_off_is_an_error_and_its_connection_is_released() -> None:
    body = Chunks(b"ab", cut=True)
    _, handle = serving(httpx.Response(200, stream=body))
    with pytest.raises(httpx.ReadError):
        RetryTransport(httpx.MockTransport(handle), policy=ONCE).handle_request(
            request("POST", read_body=True)
        )
    assert body.closed


def test_a_body_cut_off_on_a_safe_request_is_fetched_again() -> None:
    first, second = Chunks(b"ab", cut=True), Chunks(b"ab", b"cd")
    seen, handle = serving(httpx.Response(200, stream=first), httpx.Response(200, stream=second))
    clock = Clock()
    response = RetryTransport(
        httpx.MockTransport(handle), policy=STEADY, sleep=clock.sleep
    ).handle_request(request(read_body=True))
    assert len(seen) == 2
    assert first.closed and second.closed
    assert response.read() == b"abcd"


async def _asend(transport: AsyncRetryTransport, req: httpx.Request) -> httpx.Response:
    return await transport.handle_async_request(req)


def _async_transport(*answers: httpx.Response | Exception) -> AsyncRetryTransport:
    _, handle = serving(*answers)

    async def ahandle(req: httpx.Request) -> httpx.Response:
        response: httpx.Response = handle(req)
        return response

    return AsyncRetryTransport(httpx.MockTransport(ahandle), policy=ONCE)


@pytest.mark.anyio
async def test_async_a_body_asked_for_is_read_whole_and_its_connection_released() -> None:
    body = Chunks(b"ab", b"cd", b"ef")
    transport = _async_transport(
        httpx.Response(201, headers={"x-tag": "t1"}, stream=body, extensions={"mark": "m"})
    )
    response = await _asend(transport, request(read_body=True))
    assert body.read and body.closed
    assert response.status_code == 201
    assert response.headers["x-tag"] == "t1"
    assert response.extensions["mark"] == "m"
    assert await response.aread() == b"abcdef"


@pytest.mark.anyio
async def test_async_a_body_not_asked_for_is_handed_back_unread() -> None:
    body = Chunks(b"ab", b"cd")
    response = await _asend(_async_transport(httpx.Response(200, stream=body)), request())
    assert not body.read and not body.closed
    assert await response.aread() == b"abcd"


@pytest.mark.anyio
async def test_async_a_body_cut_off_is_an_error_and_its_connection_is_released() -> None:
    body = Chunks(b"ab", cut=True)
    sent = request("POST", read_body=True)
    with pytest.raises(httpx.ReadError):
        await _asend(_async_transport(httpx.Response(200, stream=body)), sent)
    assert body.closed
    assert sent.extensions[UNSENT_EXTENSION] is False  # it reached the server: outcome unknown
