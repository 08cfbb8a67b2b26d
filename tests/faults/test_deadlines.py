"""Deadlines, proven on an injected clock: a helper's deadline bounds each request's timeouts
and its retries, and the helper raises its own timeout error.

The mock transport plays a server that hangs: it advances the fake clock by the read timeout
the request carries, then times out, exactly as a real read would.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import scenario_assets as sa
from scenario_assets._call import deadline
from scenario_assets._retry import Deadline, DeadlineExceeded, RetryPolicy, RetryTransport

STEADY = RetryPolicy(max_retries=5, initial_backoff=0.5, jitter=0)


class Clock:
    """A monotonic clock that only moves when something waits on it."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def recording(seen: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    return handle


def hung(clock: Clock, seen: list[httpx.Request]) -> Any:
    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        read = request.extensions["timeout"]["read"]
        clock.now += read
        raise httpx.ReadTimeout("timed out", request=request)

    return handle


def test_retries_stop_when_the_next_wait_would_pass_the_deadline() -> None:
    clock = Clock()
    seen: list[httpx.Request] = []

    def busy(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(503)

    transport = RetryTransport(httpx.MockTransport(busy), policy=STEADY, sleep=clock.sleep)
    budget = Deadline(1.2, clock)
    request = httpx.Request(
        "GET", "http://127.0.0.1/x", extensions={"scenario_assets.deadline": budget}
    )
    response = transport.handle_request(request)
    assert response.status_code == 503
    assert len(seen) == 2  # waited 0.5; the next wait (1.0) would end past 1.2
    assert clock.waits == [0.5]
    assert budget.hit


def test_each_attempt_timeout_is_cut_to_the_time_left() -> None:
    clock = Clock()
    clock.now = 10.0
    seen: list[httpx.Request] = []
    transport = RetryTransport(httpx.MockTransport(recording(seen)), sleep=clock.sleep)
    with httpx.Client(transport=transport, timeout=60) as http:
        http.get(
            "http://127.0.0.1/x", extensions={"scenario_assets.deadline": Deadline(10.25, clock)}
        )
    assert seen[0].extensions["timeout"] == {
        "connect": 0.25,
        "read": 0.25,
        "write": 0.25,
        "pool": 0.25,
    }


def test_a_request_past_its_deadline_is_not_sent() -> None:
    clock = Clock()
    seen: list[httpx.Request] = []
    transport = RetryTransport(httpx.MockTransport(recording(seen)))
    budget = Deadline(-1.0, clock)
    with pytest.raises(DeadlineExceeded):
        transport.handle_request(
            httpx.Request(
                "GET", "http://127.0.0.1/x", extensions={"scenario_assets.deadline": budget}
            )
        )
    assert seen == []
    assert budget.hit


def test_the_choke_point_puts_the_current_deadline_on_its_requests() -> None:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"jobId": "job_1", "jobStatus": "queued"})

    budget = Deadline(1e9)
    with sa.Client(
        "k", "s", base_url="http://127.0.0.1/v1", transport=httpx.MockTransport(handle)
    ) as c:
        c.downloads.get_status("job_1")
        with deadline(budget):
            c.downloads.get_status("job_1")
    assert "scenario_assets.deadline" not in seen[0].extensions
    assert seen[1].extensions["scenario_assets.deadline"] is budget


def test_wait_with_a_hung_status_poll_ends_at_its_deadline() -> None:
    clock = Clock()
    seen: list[httpx.Request] = []
    c = sa.Client(
        "k", "s", base_url="http://127.0.0.1/v1", transport=httpx.MockTransport(hung(clock, seen)),
        sleep=clock.sleep, monotonic=clock,
    )  # fmt: skip
    with c, pytest.raises(sa.PollTimeoutError) as info:
        sa.BatchJob(c.downloads, "job_1").wait(timeout=1)
    assert clock.now == 1.0  # not 3 x 60 s of client timeout and retries
    assert len(seen) == 1
    assert isinstance(info.value.__cause__, sa.APITimeoutError)
    assert info.value.job_id == "job_1"


@pytest.mark.anyio
async def test_async_wait_with_a_hung_status_poll_ends_at_its_deadline() -> None:
    clock = Clock()
    seen: list[httpx.Request] = []
    handler = hung(clock, seen)

    async def ahandle(request: httpx.Request) -> httpx.Response:
        response: httpx.Response = handler(request)
        return response

    async with sa.AsyncClient(
        "k", "s", base_url="http://127.0.0.1/v1", transport=httpx.MockTransport(ahandle),
        sleep=clock.asleep, monotonic=clock,
    ) as c:  # fmt: skip
        with pytest.raises(sa.PollTimeoutError):
            await sa.AsyncBatchJob(c.downloads, "job_1").wait(timeout=1)
    assert clock.now == 1.0
    assert len(seen) == 1


def test_wait_polls_past_a_transient_failure_while_time_is_left() -> None:
    clock = Clock()
    answers = iter([httpx.Response(503), httpx.Response(503), httpx.Response(503)])

    def handle(request: httpx.Request) -> httpx.Response:
        item = next(answers, None)
        if item is not None:
            return item
        return httpx.Response(
            200,
            json={
                "jobId": "job_1",
                "jobStatus": "success",
                "downloadUrl": "http://127.0.0.1/a.zip",
            },
        )

    with sa.Client(
        "k", "s", base_url="http://127.0.0.1/v1", transport=httpx.MockTransport(handle),
        sleep=clock.sleep, monotonic=clock, retry_policy=RetryPolicy(max_retries=1, initial_backoff=0.1, jitter=0),
    ) as c:  # fmt: skip
        url = sa.BatchJob(c.downloads, "job_1").wait(timeout=30, poll_interval=1)
    assert url == "http://127.0.0.1/a.zip"


def test_wait_raises_a_non_transient_error_as_is() -> None:
    clock = Clock()
    c = sa.Client(
        "k", "s", base_url="http://127.0.0.1/v1",
        transport=httpx.MockTransport(lambda r: httpx.Response(404, json={"message": "gone"})),
        sleep=clock.sleep, monotonic=clock,
    )  # fmt: skip
    with c, pytest.raises(sa.NotFoundError):
        sa.BatchJob(c.downloads, "job_1").wait(timeout=30)
    assert clock.now == 0.0
