"""Retries: which failures are repeated, how long each wait is, and what is never repeated.

Everything goes through ``Client`` / ``AsyncClient`` over an ``httpx.MockTransport`` with an
injected sleep (``FakeSleep``), so no test waits and no test reaches the network.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from scenario_assets_api._operations import OPERATIONS

import scenario_assets as sa
from scenario_assets._retry import RETRY_EXTENSION, is_idempotent, parse_retry_after
from scenario_assets.testing import make_png
from tests.support.mock import FakeSleep, Recorder, asset_body, example, ok
from tests.support.spec import operations

PNG = make_png(2, 2)

BASE = "https://api.test/v1"
# Deterministic waits: no jitter, 0.5 s doubling.
STEADY = sa.RetryPolicy(initial_backoff=0.5, jitter=0)
PAST_DATE = "Wed, 21 Oct 2015 07:28:00 GMT"

Outcome = httpx.Response | Exception


def _client(rec: Recorder, fake: FakeSleep, **kwargs: Any) -> sa.Client:
    return sa.Client("k", "s", base_url=BASE, transport=rec.transport(), sleep=fake, **kwargs)


def _aclient(rec: Recorder, fake: FakeSleep, **kwargs: Any) -> sa.AsyncClient:
    return sa.AsyncClient(
        "k", "s", base_url=BASE, transport=rec.async_transport(), sleep=fake.asleep, **kwargs
    )


def _error(status: int, **headers: str) -> httpx.Response:
    return ok({"message": f"status {status}"}, status, **headers)


def _asset() -> httpx.Response:
    return ok({"asset": asset_body()})


# --------------------------------------------------------------------------------------
# Scenarios run identically through the sync and the async client
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """Responses served in order, the call to make, and what the retry layer must do."""

    id: str
    responses: Callable[[], list[Outcome]]  # fresh objects for each run
    call: Callable[[sa.Client], object]
    acall: Callable[[sa.AsyncClient], Awaitable[object]]
    requests: int
    waits: list[float]
    raises: type[Exception] | None = None
    policy: sa.RetryPolicy = field(default=STEADY)


CASES = [
    Case(
        "429-then-200-waits-retry-after-seconds",
        lambda: [_error(429, **{"retry-after": "2"}), _asset()],
        lambda c: c.assets.retrieve("asset_1"),
        lambda c: c.assets.retrieve("asset_1"),
        requests=2,
        waits=[2.0],
    ),
    Case(
        "429-retry-after-http-date-in-the-past-waits-0",
        lambda: [_error(429, **{"retry-after": PAST_DATE}), _asset()],
        lambda c: c.assets.retrieve("asset_1"),
        lambda c: c.assets.retrieve("asset_1"),
        requests=2,
        waits=[0.0],
    ),
    Case(
        "429-retry-after-longer-than-max-is-not-waited-for",
        lambda: [_error(429, **{"retry-after": "61"}), _asset()],
        lambda c: c.assets.retrieve("asset_1"),
        lambda c: c.assets.retrieve("asset_1"),
        requests=1,
        waits=[],
        raises=sa.RateLimitError,
    ),
    Case(
        "503-503-200-on-get-backs-off-0.5-then-1.0",
        lambda: [_error(503), _error(503), _asset()],
        lambda c: c.assets.retrieve("asset_1"),
        lambda c: c.assets.retrieve("asset_1"),
        requests=3,
        waits=[0.5, 1.0],
    ),
    Case(
        "503-503-with-max-retries-1-gives-up-after-2-requests",
        lambda: [_error(503), _error(503), _asset()],
        lambda c: c.assets.retrieve("asset_1"),
        lambda c: c.assets.retrieve("asset_1"),
        requests=2,
        waits=[0.5],
        raises=sa.InternalServerError,
        policy=sa.RetryPolicy(max_retries=1, initial_backoff=0.5, jitter=0),
    ),
    Case(
        "max-retries-0-disables-retries",
        lambda: [_error(503), _asset()],
        lambda c: c.assets.retrieve("asset_1"),
        lambda c: c.assets.retrieve("asset_1"),
        requests=1,
        waits=[],
        raises=sa.InternalServerError,
        policy=sa.RetryPolicy(max_retries=0),
    ),
    Case(
        "500-on-upload-is-not-retried",
        lambda: [_error(500), ok(example("uploadAsset"))],
        lambda c: c.assets.upload("a.png", image=PNG),
        lambda c: c.assets.upload("a.png", image=PNG),
        requests=1,
        waits=[],
        raises=sa.InternalServerError,
    ),
    Case(
        "429-on-upload-is-retried",
        lambda: [_error(429, **{"retry-after": "1"}), ok(example("uploadAsset"))],
        lambda c: c.assets.upload("a.png", image=PNG),
        lambda c: c.assets.upload("a.png", image=PNG),
        requests=2,
        waits=[1.0],
    ),
    Case(
        "connect-error-on-upload-is-retried",
        lambda: [httpx.ConnectError("refused"), ok(example("uploadAsset"))],
        lambda c: c.assets.upload("a.png", image=PNG),
        lambda c: c.assets.upload("a.png", image=PNG),
        requests=2,
        waits=[0.5],
    ),
    Case(
        "read-timeout-on-upload-is-not-retried",
        lambda: [httpx.ReadTimeout("slow"), ok(example("uploadAsset"))],
        lambda c: c.assets.upload("a.png", image=PNG),
        lambda c: c.assets.upload("a.png", image=PNG),
        requests=1,
        waits=[],
        raises=sa.APITimeoutError,
    ),
    Case(
        "read-timeout-on-get-is-retried",
        lambda: [httpx.ReadTimeout("slow"), _asset()],
        lambda c: c.assets.retrieve("asset_1"),
        lambda c: c.assets.retrieve("asset_1"),
        requests=2,
        waits=[0.5],
    ),
    Case(
        "409-on-canvas-update-is-never-retried",
        lambda: [_error(409), _asset()],
        lambda c: c.assets.update("asset_1", name="n"),
        lambda c: c.assets.update("asset_1", name="n"),
        requests=1,
        waits=[],
        raises=sa.LockConflictError,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_retry_scenario_sync(case: Case) -> None:
    rec, fake = Recorder(*case.responses()), FakeSleep()
    with _client(rec, fake, retry_policy=case.policy) as client:
        if case.raises is None:
            case.call(client)
        else:
            with pytest.raises(case.raises):
                case.call(client)
    assert len(rec.requests) == case.requests
    assert fake.waits == case.waits
    assert len({(r.method, str(r.url)) for r in rec.requests}) == 1  # the same request again


@pytest.mark.anyio
@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
async def test_retry_scenario_async(case: Case) -> None:
    rec, fake = Recorder(*case.responses()), FakeSleep()
    async with _aclient(rec, fake, retry_policy=case.policy) as client:
        if case.raises is None:
            await case.acall(client)
        else:
            with pytest.raises(case.raises):
                await case.acall(client)
    assert len(rec.requests) == case.requests
    assert fake.waits == case.waits
    assert len({(r.method, str(r.url)) for r in rec.requests}) == 1


def test_retried_request_returns_the_final_success() -> None:
    rec, fake = (
        Recorder(_error(429, **{"retry-after": "2"}), ok({"asset": asset_body("a_9")})),
        FakeSleep(),
    )
    with _client(rec, fake) as client:
        asset = client.assets.retrieve("a_9")
    assert asset.id == "a_9"
    assert fake.waits == [2.0]


def test_too_long_retry_after_reaches_the_caller_with_its_value() -> None:
    rec, fake = Recorder(_error(429, **{"retry-after": "10"}), _asset()), FakeSleep()
    policy = sa.RetryPolicy(max_retry_after=5.0)
    with (
        _client(rec, fake, retry_policy=policy) as client,
        pytest.raises(sa.RateLimitError) as info,
    ):
        client.assets.retrieve("asset_1")
    assert info.value.retry_after == 10.0
    assert len(rec.requests) == 1
    assert fake.waits == []


@pytest.mark.anyio
async def test_too_long_retry_after_reaches_the_async_caller_with_its_value() -> None:
    rec, fake = Recorder(_error(429, **{"retry-after": "120"}), _asset()), FakeSleep()
    async with _aclient(rec, fake) as client:
        with pytest.raises(sa.RateLimitError) as info:
            await client.assets.retrieve("asset_1")
    assert info.value.retry_after == 120.0
    assert (len(rec.requests), fake.waits) == (1, [])


def test_retries_exhausted_returns_the_last_error() -> None:
    rec = Recorder(ok({"message": "first"}, 503), ok({"message": "second"}, 502))
    fake = FakeSleep()
    policy = sa.RetryPolicy(max_retries=1, jitter=0)
    with (
        _client(rec, fake, retry_policy=policy) as client,
        pytest.raises(sa.InternalServerError) as info,
    ):
        client.assets.retrieve("asset_1")
    assert (info.value.status_code, info.value.message) == (502, "second")


def test_max_retries_argument_is_used_without_a_policy() -> None:
    rec, fake = Recorder(_error(503), _error(503), _asset()), FakeSleep()
    with _client(rec, fake, max_retries=1) as client, pytest.raises(sa.InternalServerError):
        client.assets.retrieve("asset_1")
    assert len(rec.requests) == 2
    (wait,) = fake.waits
    assert 0.375 <= wait <= 0.5  # default policy: 0.5 s minus up to 25 % jitter


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"max_retries": True},
        {"initial_backoff": 0},
        {"initial_backoff": -1.0},
        {"jitter": 3.0},
        {"jitter": -0.1},
        {"max_retry_after": -1},
        {"initial_backoff": 2.0, "max_backoff": 1.0},
    ],
)
def test_bad_retry_policies_are_refused(kwargs: dict[str, Any]) -> None:
    with pytest.raises((TypeError, ValueError)):
        sa.RetryPolicy(**kwargs)


def test_bad_max_retries_is_a_configuration_error() -> None:
    for bad in (-1, 1.5):
        with pytest.raises(sa.ConfigurationError, match="max_retries"):
            sa.Client("k", "s", max_retries=bad)  # type: ignore[arg-type]
    with pytest.raises(sa.ConfigurationError, match="RetryPolicy"):
        sa.Client("k", "s", retry_policy="fast")  # type: ignore[arg-type]


# --------------------------------------------------------------------------------------
# The safety table, per operation
# --------------------------------------------------------------------------------------

NOT_RETRIED: list[tuple[str, Callable[[sa.Client], object]]] = [
    ("upload", lambda c: c.assets.upload("a.png", image=PNG)),
    ("duplicate", lambda c: c.assets.duplicate("asset_1")),
    ("lock", lambda c: c.assets.lock("asset_1", ttl=timedelta(minutes=5))),
    ("unlock", lambda c: c.assets.unlock("asset_1", lock_id="lock_1")),
    ("update", lambda c: c.assets.update("asset_1", name="n")),
    ("update_tags", lambda c: c.assets.update_tags("asset_1", add=["a"])),
    ("request_batch", lambda c: c.downloads.request_batch(asset_ids=["asset_1"])),
]


@pytest.mark.parametrize("status", [500, 503])
@pytest.mark.parametrize(("name", "call"), NOT_RETRIED, ids=[n for n, _ in NOT_RETRIED])
def test_non_idempotent_operations_are_not_retried_on_5xx(
    name: str, call: Callable[[sa.Client], object], status: int
) -> None:
    rec, fake = Recorder(_error(status), _error(status), _error(status)), FakeSleep()
    with _client(rec, fake) as client, pytest.raises(sa.InternalServerError):
        call(client)
    assert len(rec.requests) == 1
    assert fake.waits == []


@pytest.mark.anyio
async def test_async_non_idempotent_operations_are_not_retried_on_5xx() -> None:
    rec, fake = Recorder(*[_error(500) for _ in range(6)]), FakeSleep()
    async with _aclient(rec, fake) as client:
        with pytest.raises(sa.InternalServerError):
            await client.assets.duplicate("asset_1")
        with pytest.raises(sa.InternalServerError):
            await client.downloads.request_batch(asset_ids=["asset_1"])
    assert [(r.method, r.url.path) for r in rec.requests] == [
        ("POST", "/v1/assets/asset_1/copy"),
        ("POST", "/v1/assets/download"),
    ]
    assert fake.waits == []


IDEMPOTENT_POSTS_AND_DELETES: list[
    tuple[str, Callable[[sa.Client], object], httpx.Response, str, str]
] = [
    (
        "get_bulk",
        lambda c: c.assets.get_bulk(["asset_1"]),
        ok({"assets": [asset_body()]}),
        "POST",
        "/v1/assets/get-bulk",
    ),
    ("delete_many", lambda c: c.assets.delete_many(["asset_1"]), ok({}), "DELETE", "/v1/assets"),
    (
        "download_link",
        lambda c: c.downloads.request("asset_1"),
        ok({"url": "https://storage.test/a.png"}),
        "POST",
        "/v1/assets/asset_1/download",
    ),
]


@pytest.mark.parametrize(
    ("name", "call", "success", "method", "path"),
    IDEMPOTENT_POSTS_AND_DELETES,
    ids=[row[0] for row in IDEMPOTENT_POSTS_AND_DELETES],
)
def test_idempotent_posts_and_deletes_are_retried_on_503(
    name: str, call: Callable[[sa.Client], object], success: httpx.Response, method: str, path: str
) -> None:
    rec, fake = Recorder(_error(503), success), FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        call(client)
    assert [(r.method, r.url.path) for r in rec.requests] == [(method, path)] * 2
    assert rec.requests[0].content == rec.requests[1].content  # same body resent
    assert fake.waits == [0.5]


def test_update_tags_is_not_treated_as_idempotent() -> None:
    rec, fake = Recorder(_error(503), ok(example("updateAssetTags"))), FakeSleep()
    with _client(rec, fake) as client, pytest.raises(sa.InternalServerError):
        client.assets.update_tags("asset_1", add=["a"])
    assert [(r.method, r.url.path) for r in rec.requests] == [("PUT", "/v1/assets/asset_1/tags")]
    assert fake.waits == []


# The spec's x-retry-safe (without it, only reads are safe), read from the spec itself: reads,
# deletes and link requests are marked safe to repeat; what may already have taken effect is not.
RETRY_SAFE = {
    op_id: op.get("x-retry-safe", method in ("get", "head")) is True
    for op_id, (method, _, op) in operations().items()
}


def test_the_operation_table_holds_the_retry_safety_of_every_operation() -> None:
    assert {op_id: op.retry_safe for op_id, op in OPERATIONS.items()} == RETRY_SAFE
    assert set(RETRY_SAFE.values()) == {True, False}  # the spec marks both kinds


@pytest.mark.parametrize(
    ("method", "url", "expected"),
    [
        ("GET", f"{BASE}/assets", True),
        ("GET", "https://storage.test/bucket/a.png?X-Amz-Signature=x", True),
        ("HEAD", f"{BASE}/assets/asset_1", True),
        ("POST", f"{BASE}/assets/get-bulk", False),
        ("DELETE", f"{BASE}/assets", False),
        ("PUT", f"{BASE}/assets/asset_1", False),
    ],
)
def test_a_request_without_an_operation_is_safe_only_if_it_reads(
    method: str, url: str, expected: bool
) -> None:
    assert is_idempotent(httpx.Request(method, url)) is expected


CALLS: dict[str, Callable[[sa.Client], object]] = {
    "listAssets": lambda c: c.assets.list(),
    "retrieveAsset": lambda c: c.assets.retrieve("asset_1"),
    "listAssetSnapshots": lambda c: c.assets.list_snapshots("asset_1"),
    "getBatchDownloadStatus": lambda c: c.downloads.get_status("job_1"),
    "getBulkAssets": lambda c: c.assets.get_bulk(["asset_1"]),
    "deleteAssets": lambda c: c.assets.delete_many(["asset_1"]),
    "requestAssetDownload": lambda c: c.downloads.request("asset_1"),
    "uploadAsset": lambda c: c.assets.upload("a.png", image=PNG),
    "requestBatchDownload": lambda c: c.downloads.request_batch(asset_ids=["asset_1"]),
    "duplicateAsset": lambda c: c.assets.duplicate("asset_1"),
    "updateAsset": lambda c: c.assets.update("asset_1", name="n"),
    "lockAsset": lambda c: c.assets.lock("asset_1", ttl=timedelta(minutes=1)),
    "unlockAsset": lambda c: c.assets.unlock("asset_1", force=True),
    "updateAssetTags": lambda c: c.assets.update_tags("asset_1", add=["a"]),
}


@pytest.mark.parametrize("op_id", sorted(CALLS))
def test_the_choke_point_marks_every_request_with_its_operations_safety(op_id: str) -> None:
    rec = Recorder(_error(503))
    with _client(rec, FakeSleep(), max_retries=0) as client, pytest.raises(sa.InternalServerError):
        CALLS[op_id](client)
    (request,) = rec.requests
    op = OPERATIONS[op_id]
    assert (request.method, request.url.path) == (
        op.method,
        "/v1" + op.path.replace("{assetId}", "asset_1").replace("{jobId}", "job_1"),
    )
    assert request.extensions[RETRY_EXTENSION] is RETRY_SAFE[op_id]
    assert is_idempotent(request) is RETRY_SAFE[op_id]


# --------------------------------------------------------------------------------------
# The per-request override
# --------------------------------------------------------------------------------------


def test_retry_extension_true_makes_a_post_retryable() -> None:
    rec, fake = Recorder(_error(503), ok({"ok": True})), FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        response = client.http.post("/assets", json={}, extensions={RETRY_EXTENSION: True})
    assert response.status_code == 200
    assert len(rec.requests) == 2
    assert fake.waits == [0.5]


def test_retry_extension_false_stops_a_get() -> None:
    rec, fake = Recorder(_error(503), ok({"ok": True})), FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        response = client.http.get("/assets/asset_1", extensions={RETRY_EXTENSION: False})
    assert response.status_code == 503
    assert len(rec.requests) == 1
    assert fake.waits == []


def test_post_without_the_extension_is_not_retried() -> None:
    # Without the extension the same POST is not retried: the override is what made the
    # difference in test_retry_extension_true_makes_a_post_retryable.
    rec, fake = Recorder(_error(503), ok({"ok": True})), FakeSleep()
    with _client(rec, fake) as client:
        response = client.http.post("/assets", json={})
    assert (response.status_code, len(rec.requests)) == (503, 1)


@pytest.mark.anyio
async def test_async_retry_extension_overrides_the_table() -> None:
    rec, fake = Recorder(_error(503), ok({"ok": True}), _error(503), ok({"ok": True})), FakeSleep()
    async with _aclient(rec, fake, retry_policy=STEADY) as client:
        post = await client.http.post("/assets", json={}, extensions={RETRY_EXTENSION: True})
        get = await client.http.get("/assets/asset_1", extensions={RETRY_EXTENSION: False})
    assert (post.status_code, get.status_code) == (200, 503)
    assert [r.method for r in rec.requests] == ["POST", "POST", "GET"]


# --------------------------------------------------------------------------------------
# Backoff, jitter and Retry-After parsing
# --------------------------------------------------------------------------------------


def test_jitter_subtracts_a_random_fraction_of_the_base_wait() -> None:
    rec, fake = Recorder(_error(503), ok({})), FakeSleep()
    policy = sa.RetryPolicy(initial_backoff=2.0, jitter=0.25)
    transport = sa.RetryTransport(rec.transport(), policy=policy, sleep=fake, rand=lambda: 1.0)
    with httpx.Client(transport=transport) as http:
        assert http.get("https://api.test/x").status_code == 200
    assert fake.waits == [1.5]  # 75 % of 2.0


@pytest.mark.anyio
async def test_async_jitter_subtracts_a_random_fraction_of_the_base_wait() -> None:
    rec, fake = Recorder(_error(503), _error(503), ok({})), FakeSleep()
    policy = sa.RetryPolicy(initial_backoff=2.0, jitter=0.25)
    transport = sa.AsyncRetryTransport(
        rec.async_transport(), policy=policy, sleep=fake.asleep, rand=lambda: 0.5
    )
    async with httpx.AsyncClient(transport=transport) as http:
        assert (await http.get("https://api.test/x")).status_code == 200
    assert fake.waits == [1.75, 3.5]  # 87.5 % of 2.0 and of 4.0


def test_backoff_doubles_and_caps_at_max_backoff() -> None:
    policy = sa.RetryPolicy(initial_backoff=1.0, max_backoff=5.0, jitter=0)
    assert [policy.backoff(n, 0.9) for n in range(5)] == [1.0, 2.0, 4.0, 5.0, 5.0]
    jittered = sa.RetryPolicy(initial_backoff=1.0, max_backoff=5.0, jitter=0.5)
    assert jittered.backoff(10, 1.0) == 2.5  # the cap applies before jitter
    assert jittered.backoff(1, 0.0) == 2.0


def test_backoff_of_a_very_late_attempt_is_the_cap() -> None:
    policy = sa.RetryPolicy(max_retries=2000, initial_backoff=0.5, max_backoff=8.0, jitter=0)
    assert policy.backoff(1100, 0.0) == 8.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2", 2.0),
        ("1.5", 1.5),
        (" 3 ", 3.0),
        ("0", 0.0),
        ("-5", 0.0),
        ("soon", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_retry_after_seconds(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_parse_retry_after_http_date_is_relative_to_now() -> None:
    now = datetime(2015, 10, 21, 7, 27, 30, tzinfo=UTC)
    assert parse_retry_after(PAST_DATE, now=lambda: now) == 30.0
    later = now + timedelta(minutes=5)
    assert parse_retry_after(PAST_DATE, now=lambda: later) == 0.0
    assert parse_retry_after(PAST_DATE) == 0.0  # real clock: long gone


# --------------------------------------------------------------------------------------
# Resources and logs
# --------------------------------------------------------------------------------------


class RecordingStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that remembers whether it was closed."""

    def __init__(self, body: bytes) -> None:
        self.body = body
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield self.body

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self.body

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


def test_retried_response_body_is_closed() -> None:
    stream = RecordingStream(b'{"message": "busy"}')
    rec, fake = Recorder(httpx.Response(503, stream=stream), _asset()), FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        client.assets.retrieve("asset_1")
    assert stream.closed
    assert len(rec.requests) == 2


@pytest.mark.anyio
async def test_async_retried_response_body_is_closed() -> None:
    stream = RecordingStream(b'{"message": "busy"}')
    rec, fake = Recorder(httpx.Response(503, stream=stream), _asset()), FakeSleep()
    async with _aclient(rec, fake, retry_policy=STEADY) as client:
        await client.assets.retrieve("asset_1")
    assert stream.closed
    assert len(rec.requests) == 2


def test_each_retry_is_logged_with_its_reason(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="scenario_assets")
    rec = Recorder(_error(429, **{"retry-after": "2"}), httpx.ConnectError("refused"), _asset())
    fake = FakeSleep()
    with _client(rec, fake, retry_policy=STEADY) as client:
        client.assets.retrieve("asset_1")
    messages = [r.getMessage() for r in caplog.records if r.name == "scenario_assets"]
    retries = [m for m in messages if m.startswith("retrying")]
    assert retries == [
        "retrying GET /v1/assets/asset_1 in 2.00s (attempt 2): status 429",
        "retrying GET /v1/assets/asset_1 in 1.00s (attempt 3): ConnectError",
    ]
