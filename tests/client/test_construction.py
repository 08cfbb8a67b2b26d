"""Client construction: credentials, environment, base URL, public mode, repr, lifetime."""

from __future__ import annotations

import base64

import httpx
import pytest

from scenario_assets import AsyncClient, Client, ConfigurationError
from scenario_assets.testing import make_png
from tests.support.mock import Recorder, asset_body, ok

PNG = make_png(2, 2)

KEY, SECRET = "key_live_abc", "s3cr3t-VALUE-xyz"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SCENARIO_SDK_API_KEY", "SCENARIO_SDK_API_SECRET", "SCENARIO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def test_missing_credentials_fail_at_construction() -> None:
    with pytest.raises(ConfigurationError, match="SCENARIO_SDK_API_KEY"):
        Client()
    with pytest.raises(ConfigurationError):
        Client(KEY)
    with pytest.raises(ConfigurationError):
        AsyncClient()


def test_credentials_and_base_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCENARIO_SDK_API_KEY", KEY)
    monkeypatch.setenv("SCENARIO_SDK_API_SECRET", SECRET)
    monkeypatch.setenv("SCENARIO_BASE_URL", "https://eu.example.test/v1/")
    rec = Recorder(ok({"asset": asset_body()}))
    with Client(transport=rec.transport()) as client:
        assert str(client.base_url) == "https://eu.example.test/v1"
        client.assets.retrieve("asset_1")
    (request,) = rec.requests
    assert str(request.url) == "https://eu.example.test/v1/assets/asset_1"
    expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    assert request.headers["authorization"] == expected


def test_default_base_url_is_production() -> None:
    with Client(KEY, SECRET) as client:
        assert str(client.base_url) == "https://api.cloud.scenario.com/v1"


def test_bad_base_url_is_refused() -> None:
    with pytest.raises(ConfigurationError):
        Client(KEY, SECRET, base_url="ftp://nope")


def test_repr_and_errors_never_show_the_secret() -> None:
    client = Client(KEY, SECRET)
    text = repr(client) + str(client.http.auth) + repr(client.http.auth)
    encoded = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
    for secret in (SECRET, encoded):
        assert secret not in text
    assert "basic" in repr(client)


def test_public_mode_sends_public_token_and_refuses_other_operations() -> None:
    rec = Recorder(ok({"assets": []}))
    with Client(public=True, transport=rec.transport()) as client:
        client.assets.list(privacy="public")
        with pytest.raises(ConfigurationError, match="needs credentials"):
            client.assets.delete_many(["asset_1"])
        with pytest.raises(ConfigurationError):
            client.assets.upload("x.png", image=PNG)
    assert [r.headers["authorization"] for r in rec.requests] == ["public-auth-token"]
    with pytest.raises(ConfigurationError):
        Client(KEY, SECRET, public=True)


def test_no_authorization_header_leaves_for_other_hosts() -> None:
    rec = Recorder(handler=lambda request: httpx.Response(200, content=b"file"))
    with Client(KEY, SECRET, base_url="https://api.test/v1", transport=rec.transport()) as client:
        client.http.get("https://storage.test/bucket/a.png?X-Amz-Signature=abc")
        client.http.get("https://api.test/other/path")  # same host, outside the API's base path
        client.http.get("http://api.test/v1/assets")  # scheme differs
        client.http.get("https://api.test/v1/assets")
    sent = [r.headers.get("authorization") for r in rec.requests]
    assert sent[:3] == [None, None, None]
    assert sent[3] is not None and sent[3].startswith("Basic ")


def test_injected_http_client_is_configured_and_not_closed() -> None:
    rec = Recorder(ok({"asset": asset_body()}))
    own = httpx.Client(transport=rec.transport())
    with Client(KEY, SECRET, base_url="https://api.test/v1", http_client=own) as client:
        client.assets.retrieve("asset_1")
    assert not own.is_closed
    assert rec.requests[0].headers["authorization"].startswith("Basic ")
    own.close()


def test_client_closes_its_own_http_client() -> None:
    client = Client(KEY, SECRET)
    client.close()
    assert client.http.is_closed


@pytest.mark.anyio
async def test_async_client_context_manager() -> None:
    rec = Recorder(ok({"asset": asset_body()}))
    async with AsyncClient(KEY, SECRET, transport=rec.async_transport()) as client:
        asset = await client.assets.retrieve("asset_1")
        assert asset.id == "asset_1"
    assert client.http.is_closed
