"""Authentication, error bodies, request ids, unknown routes and methods."""

from __future__ import annotations

import httpx
import pytest

from scenario_assets.emulator import EmulatorServer

from .conftest import upload_image

PUBLIC = {"Authorization": "public-auth-token"}


def test_missing_and_wrong_credentials(anon: httpx.Client) -> None:
    r = anon.get("/assets")
    assert r.status_code == 401
    assert r.json()["statusCode"] == 401 and r.json()["error"] == "Unauthorized"
    assert anon.get("/assets", auth=("emulator-key", "wrong")).status_code == 401
    assert anon.get("/assets", headers={"Authorization": "Bearer x"}).status_code == 401


def test_basic_auth_ok(client: httpx.Client) -> None:
    r = client.get("/assets")
    assert r.status_code == 200
    assert r.json() == {"assets": []}


def test_custom_credentials() -> None:
    with EmulatorServer(api_key="k1", api_secret="s1") as srv:
        assert (srv.api_key, srv.api_secret) == ("k1", "s1")
        assert httpx.get(srv.base_url + "/assets", auth=("k1", "s1")).status_code == 200
        bad = httpx.get(srv.base_url + "/assets", auth=("emulator-key", "emulator-secret"))
        assert bad.status_code == 401


def test_env_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCENARIO_EMULATOR_API_KEY", raising=False)
    monkeypatch.delenv("SCENARIO_EMULATOR_API_SECRET", raising=False)
    assert EmulatorServer().auth == ("emulator-key", "emulator-secret")
    monkeypatch.setenv("SCENARIO_EMULATOR_API_KEY", "envk")
    monkeypatch.setenv("SCENARIO_EMULATOR_API_SECRET", "envs")
    assert EmulatorServer().auth == ("envk", "envs")


def test_public_token_lists_only_public(
    server: EmulatorServer, client: httpx.Client, anon: httpx.Client
) -> None:
    pub = upload_image(client, "pub.png")
    priv = upload_image(client, "priv.png")
    # No API operation changes privacy; flip it through the in-process state.
    server.state.assets[pub["id"]].doc["privacy"] = "public"
    r = anon.get("/assets", headers=PUBLIC)
    assert r.status_code == 200
    assert [a["id"] for a in r.json()["assets"]] == [pub["id"]]
    assert anon.get(f"/assets/{pub['id']}", headers=PUBLIC).status_code == 200
    assert anon.get(f"/assets/{priv['id']}", headers=PUBLIC).status_code in (403, 404)
    assert anon.get("/assets/asset_unknown", headers=PUBLIC).status_code == 404


def test_public_token_refused_elsewhere(server: EmulatorServer, anon: httpx.Client) -> None:
    asset = server.state.add_asset(privacy="public")
    for method, path, body in [
        ("POST", "/assets", {"name": "x", "image": "aGk="}),
        ("POST", "/assets/get-bulk", {"assetIds": [asset.id]}),
        ("PUT", f"/assets/{asset.id}/tags", {"add": ["a"]}),
        ("POST", f"/assets/{asset.id}/download", {}),
        ("DELETE", "/assets", {"assetIds": [asset.id]}),
    ]:
        r = anon.request(method, path, json=body, headers=PUBLIC)
        assert r.status_code in (401, 403), (method, path, r.status_code)
    assert asset.id in server.state.assets


def test_request_id_on_every_response(client: httpx.Client, anon: httpx.Client) -> None:
    ids = {
        client.get("/assets").headers["x-request-id"],
        anon.get("/assets").headers["x-request-id"],
        client.get("/nowhere").headers["x-request-id"],
    }
    assert len(ids) == 3


def test_unknown_route_and_method(client: httpx.Client) -> None:
    r = client.get("/unknown")
    assert r.status_code == 404
    assert r.json()["error"] == "Not Found" and r.json()["statusCode"] == 404
    r = client.patch("/assets")
    assert r.status_code == 405
    assert r.json()["statusCode"] == 405


def test_unknown_asset_404(client: httpx.Client) -> None:
    r = client.get("/assets/asset_nope")
    assert r.status_code == 404
    assert "asset_nope" in r.json()["message"]
    for method, path in [
        ("PUT", "/assets/asset_nope"),
        ("POST", "/assets/asset_nope/copy"),
        ("PUT", "/assets/asset_nope/lock"),
        ("PUT", "/assets/asset_nope/unlock"),
        ("GET", "/assets/asset_nope/snapshots"),
        ("PUT", "/assets/asset_nope/tags"),
        ("POST", "/assets/asset_nope/download"),
        ("GET", "/assets/download/job_nope"),
    ]:
        body = {"lockExpiresAt": "2099-01-01T00:00:00.000Z"} if path.endswith("/lock") else None
        r = client.request(method, path, json=body)
        assert r.status_code == 404, (method, path, r.text)


def test_body_validation_names_field(client: httpx.Client) -> None:
    r = client.post("/assets", json={"image": "aGk="})
    assert r.status_code == 400 and "name" in r.json()["message"]
    r = client.post("/assets", json={"name": 3, "image": "aGk="})
    assert r.status_code == 400 and "name" in r.json()["message"]
    r = client.post("/assets", json={"name": "a", "hide": "yes", "image": "aGk="})
    assert r.status_code == 400 and "hide" in r.json()["message"]
    r = client.post("/assets", json={"name": "a", "bogus": 1})
    assert r.status_code == 400 and "bogus" in r.json()["message"]
    r = client.post("/assets", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 400
    r = client.post("/assets", json=[1, 2])
    assert r.status_code == 400
    r = client.get("/assets", params={"nonsense": "1"})
    assert r.status_code == 400 and "nonsense" in r.json()["message"]
