"""The choke point: every status maps to its typed error; bad bodies and dead connections too."""

from __future__ import annotations

import httpx
import pytest

import scenario_assets as sa
from tests.support.mock import Recorder, asset_body, ok

CASES = [
    (400, sa.BadRequestError),
    (401, sa.AuthenticationError),
    (403, sa.PermissionDeniedError),
    (404, sa.NotFoundError),
    (409, sa.ConflictError),
    (422, sa.UnprocessableEntityError),
    (429, sa.RateLimitError),
    (500, sa.InternalServerError),
    (503, sa.InternalServerError),
    (418, sa.APIStatusError),
]


def _client(rec: Recorder) -> sa.Client:
    return sa.Client(
        "k", "s", base_url="https://api.test/v1", transport=rec.transport(), max_retries=0
    )


@pytest.mark.parametrize(("status", "cls"), CASES)
def test_status_maps_to_typed_error_with_details(status: int, cls: type[sa.APIStatusError]) -> None:
    body = {"message": f"went wrong {status}", "statusCode": status}
    rec = Recorder(ok(body, status, **{"x-request-id": "req-42"}))
    with _client(rec) as client, pytest.raises(cls) as info:
        client.assets.retrieve("asset_1", timeout=3)
    err = info.value
    assert type(err) is cls
    assert isinstance(err, sa.ScenarioError)
    assert (err.status_code, err.method, err.path) == (status, "GET", "/v1/assets/asset_1")
    assert err.message == f"went wrong {status}"
    assert err.request_id == "req-42"
    assert err.json == body
    assert f"{status} on GET /v1/assets/asset_1: went wrong {status} (request id req-42)" == str(
        err
    )


def test_message_list_and_non_json_bodies() -> None:
    rec = Recorder(
        ok({"message": ["name is required", "image is invalid"]}, 400),
        httpx.Response(502, content=b"<html>bad gateway</html>"),
    )
    with _client(rec) as client:
        with pytest.raises(sa.BadRequestError, match="name is required; image is invalid"):
            client.assets.retrieve("asset_1")
        with pytest.raises(sa.InternalServerError) as info:
            client.assets.retrieve("asset_1")
    assert info.value.message == "<html>bad gateway</html>"
    assert info.value.json is None


def test_rate_limit_error_carries_retry_after() -> None:
    rec = Recorder(ok({"message": "slow down"}, 429, **{"retry-after": "7"}))
    with _client(rec) as client, pytest.raises(sa.RateLimitError) as info:
        client.assets.list()
    assert info.value.retry_after == 7.0


def test_lock_conflict_is_its_own_type_with_holder_expiry() -> None:
    text = "Canvas is locked by another session until 2026-01-02T03:04:05.678Z"
    rec = Recorder(
        ok({"message": text}, 409),
        ok({"message": "x", "lockExpiresAt": "2030-01-01T00:00:00.000Z"}, 409),
    )
    with _client(rec) as client:
        with pytest.raises(sa.LockConflictError) as info:
            client.assets.update("asset_1", name="n")
        assert info.value.lock_expires_at == "2026-01-02T03:04:05.678Z"
        with pytest.raises(sa.LockConflictError) as info:
            client.assets.unlock("asset_1", lock_id="lock_1")
        assert info.value.lock_expires_at == "2030-01-01T00:00:00.000Z"


def test_success_body_not_matching_spec_raises_with_path_and_raw_body() -> None:
    broken = {"asset": {**asset_body(), "metadata": {"type": "canvas"}}}
    rec = Recorder(ok(broken))
    with _client(rec) as client, pytest.raises(sa.ResponseValidationError) as info:
        client.assets.retrieve("asset_1")
    err = info.value
    assert err.field_path == "asset.metadata.kind"
    assert b'"metadata"' in err.body
    assert (err.status_code, err.method, err.url_path) == (200, "GET", "/v1/assets/asset_1")
    assert "asset.metadata.kind" in str(err)


def test_non_json_success_body_is_a_validation_error() -> None:
    rec = Recorder(httpx.Response(200, content=b"not json"))
    with _client(rec) as client, pytest.raises(sa.ResponseValidationError) as info:
        client.assets.retrieve("asset_1")
    assert info.value.body == b"not json"


def test_connection_and_timeout_errors_are_typed() -> None:
    rec = Recorder(
        httpx.ConnectError("refused"),
        httpx.ReadTimeout("slow"),
    )
    with _client(rec) as client:
        with pytest.raises(sa.APIConnectionError) as conn:
            client.assets.retrieve("asset_1")
        assert not isinstance(conn.value, sa.APITimeoutError)
        assert (conn.value.method, conn.value.path) == ("GET", "/v1/assets/asset_1")
        with pytest.raises(sa.APITimeoutError):
            client.assets.retrieve("asset_1")


def test_per_call_timeout_reaches_the_request() -> None:
    rec = Recorder(ok({"asset": asset_body()}), ok({"asset": asset_body()}))
    with sa.Client("k", "s", transport=rec.transport(), timeout=12.0) as client:
        client.assets.retrieve("asset_1", timeout=2.5)
        client.assets.retrieve("asset_1")
    first, second = (r.extensions["timeout"] for r in rec.requests)
    assert first["read"] == 2.5
    assert second["read"] == 12.0


def test_default_timeout_is_60s_with_5s_connect() -> None:
    rec = Recorder(ok({"asset": asset_body()}))
    with sa.Client("k", "s", transport=rec.transport()) as client:
        client.assets.retrieve("asset_1")
    timeout = rec.requests[0].extensions["timeout"]
    assert (timeout["connect"], timeout["read"]) == (5.0, 60.0)


def test_debug_logs_summarise_without_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG", logger="scenario_assets")
    rec = Recorder(ok({"asset": asset_body()}))
    with sa.Client(
        "key", "TOPSECRET", base_url="https://api.test/v1", transport=rec.transport()
    ) as client:
        client.assets.retrieve("asset_1")
        rec.queue.append(httpx.Response(200, content=b"x"))
        client.http.get("https://storage.test/a.png?X-Amz-Signature=deadbeef")
    text = caplog.text
    assert "-> GET https://api.test/v1/assets/asset_1" in text
    assert "<- GET https://api.test/v1/assets/asset_1 200" in text
    assert "TOPSECRET" not in text and "deadbeef" not in text and "Basic" not in text
