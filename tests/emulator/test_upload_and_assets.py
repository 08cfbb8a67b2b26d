"""Upload (images, canvases, thumbnails), delete, get-bulk, retrieve and duplicate."""

from __future__ import annotations

import base64
import io
import json

import httpx
import pytest
from PIL import Image

from scenario_assets.emulator import EmulatorServer

from .conftest import png_b64, upload_canvas, upload_image


def encode(fmt: str, size: tuple[int, int] = (20, 10)) -> str:
    buf = io.BytesIO()
    Image.new("RGB", size, (9, 9, 9)).save(buf, format=fmt)
    return base64.b64encode(buf.getvalue()).decode()


@pytest.mark.parametrize(
    ("fmt", "mime"),
    [("PNG", "image/png"), ("JPEG", "image/jpeg"), ("WEBP", "image/webp"), ("GIF", "image/gif")],
)
def test_upload_sniffs_type_and_size(
    client: httpx.Client, anon: httpx.Client, fmt: str, mime: str
) -> None:
    data = encode(fmt)
    r = client.post("/assets", json={"name": f"pic.{fmt.lower()}", "image": data})
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == {"asset"}
    asset = body["asset"]
    assert asset["mimeType"] == mime
    assert asset["kind"] == "image" and asset["metadata"]["type"] == "uploaded"
    assert asset["properties"]["width"] == 20 and asset["properties"]["height"] == 10
    assert asset["properties"]["size"] == len(base64.b64decode(data))
    assert asset["metadata"]["name"] == f"pic.{fmt.lower()}"
    stored = anon.get(asset["url"])
    assert stored.status_code == 200
    assert stored.content == base64.b64decode(data)
    assert stored.headers["content-type"].startswith(mime)


def test_upload_data_url_prefix(client: httpx.Client) -> None:
    r = client.post("/assets", json={"name": "a", "image": "data:image/png;base64," + png_b64()})
    assert r.status_code == 200
    assert r.json()["asset"]["mimeType"] == "image/png"


@pytest.mark.parametrize(
    "image",
    ["not base64!!", "aGVsbG8gd29ybGQ=", "", base64.b64encode(b"GIF89a-broken").decode()],
)
def test_upload_rejects_bad_images(client: httpx.Client, image: str) -> None:
    r = client.post("/assets", json={"name": "a", "image": image})
    assert r.status_code == 400
    assert "image" in r.json()["message"]


def test_upload_requires_content_and_name(client: httpx.Client) -> None:
    assert client.post("/assets", json={"name": "a"}).status_code == 400
    r = client.post("/assets", json={"canvas": "{}"})
    assert r.status_code == 400 and "name" in r.json()["message"]


def test_upload_options(client: httpx.Client) -> None:
    parent = upload_image(client, "parent.png")
    child = upload_image(client, "child.png", collectionIds=["c1", "c2"], hide=True,
                         parentId=parent["id"])  # fmt: skip
    assert child["collectionIds"] == ["c1", "c2"]
    assert child["isHidden"] is True
    assert child["metadata"]["parentId"] == parent["id"]
    assert child["metadata"]["rootParentId"] == parent["id"]
    grandchild = upload_image(client, "g.png", parentId=child["id"])
    assert grandchild["metadata"]["rootParentId"] == parent["id"]
    assert "isHidden" not in parent


def test_canvas_upload_with_thumbnail(client: httpx.Client, anon: httpx.Client) -> None:
    doc = {"layers": [{"id": 1}]}
    r = client.post("/assets", json={"name": "board", "canvas": json.dumps(doc),
                                     "thumbnail": png_b64(16, 9)})  # fmt: skip
    assert r.status_code == 200, r.text
    asset = r.json()["asset"]
    assert asset["metadata"]["type"] == "canvas" and asset["kind"] == "json"
    assert asset["mimeType"] == "application/json"
    thumb = asset["thumbnail"]
    assert asset["metadata"]["thumbnail"]["assetId"] == thumb["assetId"]
    assert json.loads(anon.get(asset["url"]).content) == doc
    t = client.get(f"/assets/{thumb['assetId']}").json()["asset"]
    assert t["properties"]["width"] == 16 and t["mimeType"] == "image/png"
    assert anon.get(thumb["url"]).status_code == 200


def test_canvas_upload_validation(client: httpx.Client) -> None:
    r = client.post("/assets", json={"name": "b", "canvas": "{not json"})
    assert r.status_code == 400 and "canvas" in r.json()["message"]
    r = client.post("/assets", json={"name": "b", "canvas": "{}", "thumbnail": "%%%"})
    assert r.status_code == 400 and "thumbnail" in r.json()["message"]


def test_image_wins_over_canvas(client: httpx.Client) -> None:
    r = client.post("/assets", json={"name": "a", "image": png_b64(), "canvas": "nonsense"})
    assert r.status_code == 200
    assert r.json()["asset"]["kind"] == "image"


def test_retrieve(client: httpx.Client) -> None:
    asset = upload_image(client)
    r = client.get(f"/assets/{asset['id']}")
    assert r.status_code == 200 and set(r.json()) == {"asset"}
    assert r.json()["asset"]["id"] == asset["id"]
    assert "embedding" not in r.json()["asset"]
    emb = client.get(f"/assets/{asset['id']}", params={"withEmbedding": "true"}).json()
    assert all(isinstance(x, float) for x in emb["asset"]["embedding"])


def test_delete(client: httpx.Client, anon: httpx.Client) -> None:
    a, b, c = (upload_image(client) for _ in range(3))
    r = client.request("DELETE", "/assets", json={"assetIds": [a["id"], b["id"], "asset_x"]})
    assert r.status_code == 200 and r.json() == {}
    assert client.get(f"/assets/{a['id']}").status_code == 404
    assert anon.get(a["url"]).status_code == 404
    assert [x["id"] for x in client.get("/assets").json()["assets"]] == [c["id"]]


@pytest.mark.parametrize("count", [0, 101])
def test_delete_limits(client: httpx.Client, count: int) -> None:
    r = client.request("DELETE", "/assets", json={"assetIds": [f"a{i}" for i in range(count)]})
    assert r.status_code == 400 and "assetIds" in r.json()["message"]


def test_delete_requires_body(client: httpx.Client) -> None:
    assert client.request("DELETE", "/assets").status_code == 400
    r = client.request("DELETE", "/assets", json={"assetIds": "a"})
    assert r.status_code == 400


def test_delete_allows_100(client: httpx.Client) -> None:
    ids = [f"a{i}" for i in range(100)]
    assert client.request("DELETE", "/assets", json={"assetIds": ids}).status_code == 200


def test_get_bulk(client: httpx.Client) -> None:
    a, b = upload_image(client), upload_image(client)
    r = client.post("/assets/get-bulk", json={"assetIds": [b["id"], "asset_missing", a["id"]]})
    assert r.status_code == 200
    assert [x["id"] for x in r.json()["assets"]] == [b["id"], a["id"]]
    assert client.post("/assets/get-bulk", json={}).json() == {"assets": []}
    assert client.post("/assets/get-bulk", json={"assetIds": ["x"] * 200}).status_code == 200
    r = client.post("/assets/get-bulk", json={"assetIds": [f"x{i}" for i in range(201)]})
    assert r.status_code == 400


def test_duplicate(client: httpx.Client, anon: httpx.Client) -> None:
    src = upload_image(client, "orig.png", collectionIds=["c"])
    r = client.post(f"/assets/{src['id']}/copy", json={})
    assert r.status_code == 200
    dup = r.json()["asset"]
    assert dup["id"] != src["id"]
    assert dup["ownerId"] == src["ownerId"]
    assert anon.get(dup["url"]).content == anon.get(src["url"]).content
    assert dup["properties"] == src["properties"] and dup["mimeType"] == src["mimeType"]
    other = client.post(f"/assets/{src['id']}/copy", json={"targetProjectId": "proj_other"})
    assert other.json()["asset"]["ownerId"] == "proj_other"
    assert other.json()["asset"]["metadata"]["sourceProjectId"] == src["ownerId"]
    assert client.post(f"/assets/{src['id']}/copy").status_code == 200  # empty body


def test_duplicate_canvas(client: httpx.Client, anon: httpx.Client, server: EmulatorServer) -> None:
    canvas = upload_canvas(client, {"v": 1})
    dup = client.post(f"/assets/{canvas['id']}/copy", json={}).json()["asset"]
    assert dup["kind"] == "json" and dup["metadata"]["type"] == "canvas"
    assert json.loads(anon.get(dup["url"]).content) == {"v": 1}
