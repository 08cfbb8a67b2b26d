"""GET /assets: filters, sorting, date bounds, page sizes and pagination tokens."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest

from scenario_assets.emulator import EmulatorServer

from .conftest import START, iso


def ids(r: httpx.Response) -> list[str]:
    assert r.status_code == 200, r.text
    return [a["id"] for a in r.json()["assets"]]


@pytest.fixture
def population(server: EmulatorServer) -> dict[str, Any]:
    st = server.state
    a = st.add_asset(asset_type="inference-txt2img", tags=["red", "big"], privacy="public",
                     metadata={"inferenceId": "inf_1", "modelId": "model_1"},
                     collection_ids=["coll_1"])  # fmt: skip
    server.clock.advance(10)
    b = st.add_asset(asset_type="upscale", author_id="other_author", tags=["red"],
                     metadata={"parentId": a.id, "rootParentId": a.id, "modelId": "model_2"})  # fmt: skip
    server.clock.advance(10)
    c = st.add_asset(asset_type="uploaded", privacy="unlisted",
                     metadata={"parentId": b.id, "rootParentId": a.id, "inferenceId": "inf_2"})  # fmt: skip
    server.clock.advance(10)
    return {"a": a.id, "b": b.id, "c": c.id}


def test_default_order_is_newest_first(client: httpx.Client, population: dict[str, Any]) -> None:
    p = population
    assert ids(client.get("/assets")) == [p["c"], p["b"], p["a"]]
    r = client.get("/assets", params={"sortBy": "createdAt", "sortDirection": "asc"})
    assert ids(r) == [p["a"], p["b"], p["c"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"type": "upscale"}, ["b"]),
        ({"types": "upscale,uploaded"}, ["c", "b"]),
        ({"authorId": "other_author"}, ["b"]),
        ({"collectionId": "coll_1"}, ["a"]),
        ({"inferenceId": "inf_2"}, ["c"]),
        ({"modelId": "model_1"}, ["a"]),
        ({"parentAssetId": "@a"}, ["b"]),
        ({"rootAssetId": "@a"}, ["c", "b"]),
        ({"privacy": "unlisted"}, ["c"]),
        ({"privacy": "public"}, ["a"]),
        ({"tags": "red"}, ["b", "a"]),
        ({"tags": "red,big"}, ["a"]),
        ({"originalAssets": "true"}, ["c", "b", "a"]),
    ],
)
def test_filters(
    client: httpx.Client, population: dict[str, Any], params: dict[str, str], expected: list[str]
) -> None:
    params = {k: population[v[1:]] if v.startswith("@") else v for k, v in params.items()}
    assert ids(client.get("/assets", params=params)) == [population[x] for x in expected]


def test_types_repeated_keys(client: httpx.Client, population: dict[str, Any]) -> None:
    r = client.get("/assets", params=[("types", "upscale"), ("types", "uploaded")])
    assert ids(r) == [population["c"], population["b"]]


def test_type_and_types_together_400(client: httpx.Client) -> None:
    r = client.get("/assets", params={"type": "upscale", "types": "uploaded"})
    assert r.status_code == 400
    assert "type" in r.json()["message"] and "types" in r.json()["message"]


@pytest.mark.parametrize(
    "params",
    [
        {"type": "not-a-type"},
        {"types": "upscale,bogus"},
        {"privacy": "secret"},
        {"sortBy": "name"},
        {"sortDirection": "up"},
        {"originalAssets": "maybe"},
    ],
)
def test_enum_validation(client: httpx.Client, params: dict[str, str]) -> None:
    r = client.get("/assets", params=params)
    assert r.status_code == 400
    assert next(iter(params)) in r.json()["message"]


def test_created_bounds_require_sort_by(client: httpx.Client, population: dict[str, Any]) -> None:
    after = iso(START + timedelta(seconds=5))
    for name in ("createdAfter", "createdBefore"):
        r = client.get("/assets", params={name: after})
        assert r.status_code == 400 and "sortBy" in r.json()["message"]
        r = client.get("/assets", params={name: after, "sortBy": "updatedAt"})
        assert r.status_code == 400
    r = client.get("/assets", params={"createdAfter": after, "sortBy": "createdAt"})
    assert ids(r) == [population["c"], population["b"]]
    before = iso(START + timedelta(seconds=15))
    r = client.get("/assets", params={"createdBefore": before, "sortBy": "createdAt"})
    assert ids(r) == [population["b"], population["a"]]
    r = client.get("/assets", params={"createdAfter": "yesterday", "sortBy": "createdAt"})
    assert r.status_code == 400


def test_updated_bounds_require_sort_by(
    client: httpx.Client, server: EmulatorServer, population: dict[str, Any]
) -> None:
    # Touch asset a so it becomes the most recently updated one.
    assert client.put(f"/assets/{population['a']}/tags", json={"add": ["new"]}).status_code == 200
    mark = iso(START + timedelta(seconds=25))
    for name in ("updatedAfter", "updatedBefore"):
        assert client.get("/assets", params={name: mark}).status_code == 400
        r = client.get("/assets", params={name: mark, "sortBy": "createdAt"})
        assert r.status_code == 400
    r = client.get("/assets", params={"updatedAfter": mark, "sortBy": "updatedAt"})
    assert ids(r) == [population["a"]]
    r = client.get("/assets", params={"sortBy": "updatedAt"})
    assert ids(r) == [population["a"], population["c"], population["b"]]


@pytest.mark.parametrize("size", ["0", "101", "abc", "1.5", "-3"])
def test_page_size_limits(client: httpx.Client, size: str) -> None:
    r = client.get("/assets", params={"pageSize": size})
    assert r.status_code == 400 and "pageSize" in r.json()["message"]


def test_default_page_size_is_50(client: httpx.Client, server: EmulatorServer) -> None:
    for _ in range(51):
        server.state.add_asset()
    r = client.get("/assets")
    assert len(r.json()["assets"]) == 50 and r.json()["nextPaginationToken"]
    assert len(client.get("/assets", params={"pageSize": 100}).json()["assets"]) == 51
    one = client.get("/assets", params={"pageSize": 1}).json()
    assert len(one["assets"]) == 1


def test_pagination_walks_everything_once(client: httpx.Client, server: EmulatorServer) -> None:
    made = [server.state.add_asset().id for _ in range(7)]
    seen: list[str] = []
    token = None
    while True:
        params: dict[str, Any] = {"pageSize": 3}
        if token:
            params["paginationToken"] = token
        body = client.get("/assets", params=params).json()
        seen += [a["id"] for a in body["assets"]]
        token = body.get("nextPaginationToken")
        if not token:
            break
    assert seen == list(reversed(made))


@pytest.mark.parametrize("direction", ["asc", "desc"])
def test_pagination_stable_while_adding(
    client: httpx.Client, server: EmulatorServer, direction: str
) -> None:
    made = [server.state.add_asset().id for _ in range(6)]
    params: dict[str, Any] = {"pageSize": 2, "sortDirection": direction}
    first = client.get("/assets", params=params).json()
    for _ in range(5):  # new assets arrive between pages (same timestamp and later ones)
        server.state.add_asset()
    server.clock.advance(1)
    server.state.add_asset()
    seen = [a["id"] for a in first["assets"]]
    token = first["nextPaginationToken"]
    while token:
        body = client.get("/assets", params={**params, "paginationToken": token}).json()
        seen += [a["id"] for a in body["assets"]]
        token = body.get("nextPaginationToken")
    assert len(seen) == len(set(seen))
    assert set(made) <= set(seen)
    if direction == "desc":
        assert seen == list(reversed(made))


def test_bad_tokens(client: httpx.Client, server: EmulatorServer) -> None:
    for _ in range(3):
        server.state.add_asset()
    token = client.get("/assets", params={"pageSize": 1}).json()["nextPaginationToken"]
    for bad in ["garbage", token[:-2] + "xx", "eyJrIjoiYXNzZXRzIn0"]:
        r = client.get("/assets", params={"paginationToken": bad})
        assert r.status_code == 400, bad
        assert "paginationToken" in r.json()["message"]
    r = client.get("/assets", params={"paginationToken": token, "sortDirection": "asc"})
    assert r.status_code == 400
    # An empty token is the same as none.
    assert client.get("/assets", params={"paginationToken": ""}).status_code == 200


def test_asset_shape(client: httpx.Client, server: EmulatorServer) -> None:
    server.state.add_asset(name="x.png")
    asset = client.get("/assets").json()["assets"][0]
    required = {"id", "authorId", "collectionIds", "createdAt", "editCapabilities", "kind",
                "metadata", "mimeType", "ownerId", "privacy", "properties", "source", "status",
                "tags", "updatedAt", "url"}  # fmt: skip
    assert required <= set(asset)
    assert asset["createdAt"] == "2024-05-01T12:00:00.000Z"
    assert asset["metadata"]["kind"] == "image" and asset["metadata"]["type"] == "uploaded"
    assert asset["source"] == "uploaded" and asset["status"] == "success"

    def no_nulls(value: Any) -> None:
        assert value is not None
        if isinstance(value, dict):
            for v in value.values():
                no_nulls(v)
        elif isinstance(value, list):
            for v in value:
                no_nulls(v)

    no_nulls(asset)
