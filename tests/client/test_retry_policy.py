"""The retry policy's exact rules: every status of the table, the boundaries of each setting,
the documented defaults, and the async transport's bookkeeping.

Companion to test_retry.py (scenarios through the client); these pin the edges a regression
would move (found by ``make mutation``). Nothing sleeps: waits are recorded by ``FakeSleep``.
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

import scenario_assets as sa
from scenario_assets._retry import parse_retry_after
from scenario_assets.testing import make_png
from tests.support.mock import FakeSleep, Recorder, asset_body, example, ok

BASE = "https://api.test/v1"
STEADY = sa.RetryPolicy(initial_backoff=0.5, jitter=0)
PNG = make_png(2, 2)

# What the module docstring and the Reliability guide promise, status by status.
RETRIED_FOR_SAFE_OPERATIONS = [408, 429, 500, 502, 503, 504]
RETRIED_FOR_EVERY_OPERATION = [429]
NEVER_RETRIED = [400, 401, 403, 404, 405, 409, 410, 413, 422, 501, 505]


def _error(status: int, **headers: str) -> httpx.Response:
    return ok({"message": f"status {status}"}, status, **headers)


def _client(rec: Recorder, fake: FakeSleep, **kwargs: Any) -> sa.Client:
    return sa.Client("k", "s", base_url=BASE, transport=rec.transport(), sleep=fake, **kwargs)


def _get(status: int) -> tuple[int, list[float]]:
    """Requests sent and waits for a GET answered ``status`` then 200."""
    rec, fake = Recorder(_error(status), ok({"asset": asset_body()})), FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        try:
            client.assets.retrieve("asset_1")
        except sa.APIStatusError as exc:
            assert exc.status_code == status
    return len(rec.requests), fake.waits


def _upload(status: int) -> int:
    """Requests sent for an upload (not safe to repeat) answered ``status`` then 200."""
    rec, fake = Recorder(_error(status), ok(example("uploadAsset"))), FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        try:
            client.assets.upload("a.png", image=PNG)
        except sa.APIStatusError as exc:
            assert exc.status_code == status
    return len(rec.requests)


# --------------------------------------------------------------------------------------
# The table, status by status
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("status", RETRIED_FOR_SAFE_OPERATIONS)
def test_a_safe_operation_is_retried_on(status: int) -> None:
    assert _get(status) == (2, [0.5])


@pytest.mark.parametrize("status", NEVER_RETRIED)
def test_a_safe_operation_is_not_retried_on(status: int) -> None:
    assert _get(status) == (1, [])


@pytest.mark.parametrize("status", sorted(set(RETRIED_FOR_SAFE_OPERATIONS) | set(NEVER_RETRIED)))
def test_an_unsafe_operation_is_retried_only_on_429(status: int) -> None:
    assert _upload(status) == (2 if status in RETRIED_FOR_EVERY_OPERATION else 1)


@pytest.mark.parametrize(("method", "retried"), [("OPTIONS", True), ("HEAD", True), ("PUT", False)])
def test_a_request_without_an_operation_is_retried_if_its_method_only_reads(
    method: str, retried: bool
) -> None:
    rec, fake = Recorder(_error(503), ok({})), FakeSleep()
    transport = sa.RetryTransport(rec.transport(), policy=STEADY, sleep=fake)
    with httpx.Client(transport=transport) as http:
        status = http.request(method, "https://storage.test/object").status_code
    assert (status, len(rec.requests)) == ((200, 2) if retried else (503, 1))


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (httpx.ConnectError("refused"), True),  # never reached the server
        (httpx.ConnectTimeout("no connection"), True),
        (httpx.PoolTimeout("no free connection"), True),
        (httpx.ReadTimeout("no answer"), False),  # sent: the outcome is unknown
    ],
    ids=lambda v: type(v).__name__ if isinstance(v, Exception) else str(v),
)
def test_an_unsafe_operation_is_retried_only_if_it_was_never_sent(
    error: Exception, retried: bool
) -> None:
    rec, fake = Recorder(error, ok(example("uploadAsset"))), FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        try:
            client.assets.upload("a.png", image=PNG)
        except sa.APIConnectionError:
            assert not retried
    assert len(rec.requests) == (2 if retried else 1)


# --------------------------------------------------------------------------------------
# Retry-After
# --------------------------------------------------------------------------------------


def test_a_retry_after_equal_to_the_cap_is_waited_for() -> None:
    rec, fake = (
        Recorder(_error(429, **{"retry-after": "5"}), ok({"asset": asset_body()})),
        FakeSleep(),
    )
    with _client(rec, fake, retry_policy=sa.RetryPolicy(max_retry_after=5.0)) as client:
        client.assets.retrieve("asset_1")
    assert (len(rec.requests), fake.waits) == (2, [5.0])


def test_a_cap_of_zero_waits_only_for_an_immediate_retry_after() -> None:
    policy = sa.RetryPolicy(max_retry_after=0)
    rec, fake = (
        Recorder(_error(429, **{"retry-after": "0"}), ok({"asset": asset_body()})),
        FakeSleep(),
    )
    with _client(rec, fake, retry_policy=policy) as client:
        client.assets.retrieve("asset_1")
    assert (len(rec.requests), fake.waits) == (2, [0.0])
    rec, fake = (
        Recorder(_error(429, **{"retry-after": "1"}), ok({"asset": asset_body()})),
        FakeSleep(),
    )
    with _client(rec, fake, retry_policy=policy) as client, pytest.raises(sa.RateLimitError):
        client.assets.retrieve("asset_1")
    assert (len(rec.requests), fake.waits) == (1, [])


def test_a_retry_after_date_without_a_zone_is_read_as_utc() -> None:
    now = datetime(2015, 10, 21, 7, 27, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00", now=lambda: now) == 60.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 +0100", now=lambda: now) == 0.0


# --------------------------------------------------------------------------------------
# The policy's settings: defaults, boundaries, types
# --------------------------------------------------------------------------------------


def test_the_default_policy_is_the_documented_one() -> None:
    policy = sa.RetryPolicy()
    assert (
        policy.max_retries,
        policy.initial_backoff,
        policy.max_backoff,
        policy.jitter,
        policy.max_retry_after,
    ) == (2, 0.5, 8.0, 0.25, 60.0)
    assert [policy.backoff(n, 0.0) for n in range(6)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0]
    assert policy.backoff(0, 1.0) == 0.375


@pytest.mark.parametrize(
    "kwargs",
    [
        {"jitter": 0},
        {"jitter": 1},  # a wait anywhere from the full backoff down to nothing
        {"max_retry_after": 0},
        {"max_retry_after": 0.5},
        {"initial_backoff": 1.0, "max_backoff": 1.0},  # a constant wait
        {"initial_backoff": 0.001},
        {"max_retries": 0},
    ],
)
def test_boundary_policies_are_accepted(kwargs: dict[str, Any]) -> None:
    policy = sa.RetryPolicy(**kwargs)
    for name, value in kwargs.items():
        assert getattr(policy, name) == value


def test_full_jitter_can_shrink_a_wait_to_nothing() -> None:
    policy = sa.RetryPolicy(initial_backoff=1.0, jitter=1)
    assert (policy.backoff(0, 0.0), policy.backoff(0, 0.5), policy.backoff(0, 1.0)) == (
        1.0,
        0.5,
        0.0,
    )


@pytest.mark.parametrize(
    ("kwargs", "names"),
    [
        ({"jitter": 1.5}, "jitter"),
        ({"jitter": True}, "jitter"),
        ({"jitter": "0.1"}, "jitter"),
        ({"initial_backoff": "1"}, "initial_backoff"),
        ({"initial_backoff": True}, "initial_backoff"),
        ({"initial_backoff": 0}, "initial_backoff"),
        ({"max_backoff": 0}, "max_backoff"),
        ({"max_backoff": None}, "max_backoff"),
        ({"max_retry_after": -0.1}, "max_retry_after"),
        ({"max_retry_after": "60"}, "max_retry_after"),
        ({"max_retries": True}, "max_retries"),
        ({"max_retries": "3"}, "max_retries"),
        ({"initial_backoff": 2.0, "max_backoff": 1.0}, "max_backoff"),
    ],
)
def test_bad_policies_are_refused_naming_the_setting(kwargs: dict[str, Any], names: str) -> None:
    with pytest.raises((TypeError, ValueError), match=names):
        sa.RetryPolicy(**kwargs)


@pytest.mark.parametrize("bad", ["1", True, None, [1]])
def test_a_bad_setting_says_what_it_was_given(bad: object) -> None:
    with pytest.raises(ValueError, match=re.escape(repr(bad))):
        sa.RetryPolicy(jitter=bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# The async transport: attempt counting and logs
# --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_transport_counts_attempts_to_the_limit() -> None:
    rec, fake = Recorder(*[_error(503) for _ in range(5)], ok({})), FakeSleep()
    policy = sa.RetryPolicy(max_retries=3, initial_backoff=0.5, jitter=0)
    transport = sa.AsyncRetryTransport(rec.async_transport(), policy=policy, sleep=fake.asleep)
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get("https://api.test/x")).status_code == 503
    assert (len(rec.requests), fake.waits) == (4, [0.5, 1.0, 2.0])


@pytest.mark.anyio
async def test_async_retries_are_logged_with_their_reason(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="scenario_assets")
    rec = Recorder(_error(429, **{"retry-after": "2"}), httpx.ConnectError("refused"), ok({}))
    fake = FakeSleep()
    transport = sa.AsyncRetryTransport(rec.async_transport(), policy=STEADY, sleep=fake.asleep)
    async with httpx.AsyncClient(transport=transport) as http:
        await http.get("https://api.test/v1/assets/asset_1")
    messages = [r.getMessage() for r in caplog.records if r.name == "scenario_assets"]
    assert [m for m in messages if m.startswith("retrying")] == [
        "retrying GET /v1/assets/asset_1 in 2.00s (attempt 2): status 429",
        "retrying GET /v1/assets/asset_1 in 1.00s (attempt 3): ConnectError",
    ]


@pytest.mark.parametrize("safe", [True, False])
def test_one_decision_per_status_409_never_retried(safe: bool) -> None:
    """The status decision every retrying part uses: a conflict is an answer, never retried
    (the job wait polls past exactly what the transport would retry)."""
    from scenario_assets._retry import should_retry_status

    assert should_retry_status(409, safe=safe) is False
    assert should_retry_status(429, safe=safe) is True
    assert should_retry_status(503, safe=safe) is safe
    assert should_retry_status(404, safe=safe) is False
