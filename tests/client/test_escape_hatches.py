"""Raw access for what the spec does not describe yet: ``client.request``, default headers,
and a User-Agent that names this package."""

from __future__ import annotations

import httpx
import pytest

import scenario_assets as sa
from tests.support.mock import FakeSleep, Recorder, example, ok

BASE = "https://api.test/v1"


def _client(rec: Recorder, headers: dict[str, str] | None = None) -> sa.Client:
    return sa.Client(
        "k",
        "s",
        base_url=BASE,
        transport=rec.transport(),
        sleep=FakeSleep(),
        default_headers=headers,
    )


def test_every_request_names_this_package_in_its_user_agent() -> None:
    rec = Recorder(ok(example("listAssets")))
    with _client(rec) as client:
        client.assets.list()
    assert rec.requests[0].headers["User-Agent"].startswith(f"scenario-assets/{sa.__version__} ")


def test_default_headers_are_sent_and_may_replace_the_user_agent() -> None:
    rec = Recorder(ok(example("listAssets")))
    with _client(rec, {"X-Team": "art", "User-Agent": "pipeline/2"}) as client:
        client.assets.list()
    assert rec.requests[0].headers["X-Team"] == "art"
    assert rec.requests[0].headers["User-Agent"] == "pipeline/2"


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({"Authorization": "Bearer x"}, "must not set Authorization"),
        ({"X-A": "a\r\nb"}, "line break"),
        ({"X-A": 1}, "strings to strings"),
        ("X-A: 1", "must be a mapping"),
    ],
)
def test_bad_default_headers_are_refused(headers: object, message: str) -> None:
    with pytest.raises(sa.ConfigurationError, match=message):
        sa.Client("k", "s", default_headers=headers)  # type: ignore[arg-type]


def test_request_goes_through_auth_retries_and_the_error_tree() -> None:
    rec = Recorder(
        ok({"restored": ["asset_1"]}),
        ok({"message": "nope"}, 404),
        ok({"message": "down"}, 503),
        ok({"message": "down"}, 503),
        ok({"restored": []}),
    )
    with _client(rec) as client:
        response = client.request(
            "post", "/assets/restore", json={"assetIds": ["asset_1"]}, params={"dry": "1"}
        )
        assert response.json() == {"restored": ["asset_1"]}
        with pytest.raises(sa.NotFoundError):
            client.request("GET", "/assets/asset_x/restore")
        with pytest.raises(sa.InternalServerError):  # a POST is not repeated by default
            client.request("POST", "/assets/restore")
        assert client.request("POST", "/assets/restore", retry=True).json() == {"restored": []}
    first = rec.requests[0]
    assert (first.method, str(first.url)) == ("POST", f"{BASE}/assets/restore?dry=1")
    assert first.headers["Authorization"].startswith("Basic ")
    assert [r.method for r in rec.requests] == ["POST", "GET", "POST", "POST", "POST"]


@pytest.mark.parametrize(
    ("method", "path", "message"),
    [
        ("GET", "https://elsewhere.test/steal", "path must be a path under the base URL"),
        ("GET", "//elsewhere.test/x", "path must be a path under the base URL"),
        ("GET", "assets", "path must be a path under the base URL"),
        ("GE T", "/assets", "method must be an HTTP method name"),
    ],
)
def test_request_refuses_what_would_leave_the_api(method: str, path: str, message: str) -> None:
    rec = Recorder()
    with _client(rec) as client, pytest.raises(sa.ValidationError, match=message):
        client.request(method, path)
    assert rec.requests == []


def test_request_connection_failures_are_typed() -> None:
    rec = Recorder(
        httpx.ConnectError("refused"), httpx.ConnectError("refused"), httpx.ConnectError("refused")
    )
    with _client(rec) as client, pytest.raises(sa.APIConnectionError):
        client.request("GET", "/assets")


@pytest.mark.anyio
async def test_async_request() -> None:
    rec = Recorder(ok({"ok": True}))
    async with sa.AsyncClient(
        "k", "s", base_url=BASE, transport=rec.async_transport(), default_headers={"X-Team": "art"}
    ) as client:
        response = await client.request("GET", "/assets/extra", params={"a": "b"})
    assert response.json() == {"ok": True}
    assert rec.requests[0].headers["X-Team"] == "art"
    assert rec.requests[0].url.params["a"] == "b"


def test_with_options_changes_defaults_and_shares_the_connections() -> None:
    rec = Recorder(*[ok({"message": "down"}, 503) for _ in range(10)])
    fake = FakeSleep()
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport(), sleep=fake) as client:
        patient = client.with_options(max_retries=4, timeout=7)
        assert patient.http is client.http
        with pytest.raises(sa.InternalServerError):
            patient.assets.retrieve("asset_1")
        assert len(rec.requests) == 5  # 1 + 4 retries
        assert rec.requests[0].extensions["timeout"]["read"] == 7.0
        with pytest.raises(sa.InternalServerError):
            client.assets.retrieve("asset_1")  # the original keeps its 2 retries
        assert len(rec.requests) == 8
        patient.close()
        assert not client.http.is_closed  # the clone does not own the connections
        impatient = patient.with_options(max_retries=0)
        with pytest.raises(sa.InternalServerError):
            impatient.assets.list()
        assert len(rec.requests) == 9
        assert rec.requests[-1].extensions["timeout"]["read"] == 7.0  # inherited


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"timeout": "60"}, "timeout must be a positive number"),
        ({"max_retries": -1}, "max_retries must be a non-negative integer"),
        ({"max_retries": True}, "max_retries must be a non-negative integer"),
    ],
)
def test_with_options_refuses_bad_values(kwargs: dict[str, object], message: str) -> None:
    with (
        sa.Client("k", "s", base_url=BASE) as client,
        pytest.raises(sa.ConfigurationError, match=message),
    ):
        client.with_options(**kwargs)  # type: ignore[arg-type]


@pytest.mark.anyio
async def test_async_with_options() -> None:
    rec = Recorder(ok({"message": "down"}, 503), ok(example("retrieveAsset")))
    async with sa.AsyncClient(
        "k",
        "s",
        base_url=BASE,
        transport=rec.async_transport(),
        sleep=FakeSleep().asleep,
        max_retries=0,
    ) as client:
        retrying = client.with_options(max_retries=1)
        asset = await retrying.assets.retrieve("asset_1")
    assert asset.id and len(rec.requests) == 2


def test_request_is_a_call_of_the_invoker_like_every_operation() -> None:
    """client.request takes the operations' one way to the network: the defaults of
    with_options reach it as they reach an operation."""
    rec = Recorder(*[ok({"message": "down"}, 503) for _ in range(6)])
    with _client(rec) as client:
        patient = client.with_options(max_retries=4, timeout=7)
        with pytest.raises(sa.InternalServerError):
            patient.request("GET", "/assets/extra")
    assert len(rec.requests) == 5  # 1 + 4 retries
    assert rec.requests[0].extensions["timeout"]["read"] == 7.0


def test_request_refuses_a_bad_timeout_before_sending() -> None:
    rec = Recorder()
    with _client(rec) as client, pytest.raises(sa.ValidationError, match="timeout must be"):
        client.request("GET", "/assets", timeout=-1)
    assert rec.requests == []
