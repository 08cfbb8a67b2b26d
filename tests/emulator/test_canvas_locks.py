"""Canvas update, lock/unlock semantics (with the injectable clock), snapshots and tags."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import httpx
import pytest

from scenario_assets.emulator import EmulatorServer

from .conftest import START, iso, png_b64, upload_canvas, upload_image


def at(seconds: float) -> str:
    return iso(START + timedelta(seconds=seconds))


def lock(client: httpx.Client, asset_id: str, seconds: float = 60) -> httpx.Response:
    return client.put(f"/assets/{asset_id}/lock", json={"lockExpiresAt": at(seconds)})


def test_update_canvas(client: httpx.Client, anon: httpx.Client, server: EmulatorServer) -> None:
    canvas = upload_canvas(client)
    server.clock.advance(5)
    r = client.put(f"/assets/{canvas['id']}", json={
        "canvas": json.dumps({"v": 2}), "name": "renamed", "description": "desc",
        "thumbnail": png_b64(4, 4)})  # fmt: skip
    assert r.status_code == 200, r.text
    asset = r.json()["asset"]
    assert asset["metadata"]["name"] == "renamed" and asset["description"] == "desc"
    assert asset["updatedAt"] == at(5) and asset["createdAt"] == at(0)
    assert json.loads(anon.get(asset["url"]).content) == {"v": 2}
    assert asset["thumbnail"]["assetId"]
    assert client.put(f"/assets/{canvas['id']}", json={"canvas": "{oops"}).status_code == 400


def test_non_canvas_cannot_be_updated_or_locked(client: httpx.Client) -> None:
    img = upload_image(client)
    assert client.put(f"/assets/{img['id']}", json={"name": "x"}).status_code == 400
    assert lock(client, img["id"]).status_code == 400
    assert client.put(f"/assets/{img['id']}/unlock", json={}).status_code == 400
    # A non-canvas has no snapshots (the API documents no error for it).
    assert client.get(f"/assets/{img['id']}/snapshots").json() == {"snapshots": []}


def test_lock_returns_lock_id_and_expiry(client: httpx.Client) -> None:
    canvas = upload_canvas(client)
    r = lock(client, canvas["id"], 60)
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"asset", "lockId"} and body["lockId"]
    assert body["asset"]["metadata"]["lockExpiresAt"] == at(60)


def test_lock_validation(client: httpx.Client) -> None:
    canvas = upload_canvas(client)
    r = client.put(f"/assets/{canvas['id']}/lock", json={})
    assert r.status_code == 400 and "lockExpiresAt" in r.json()["message"]
    r = client.put(f"/assets/{canvas['id']}/lock", json={"lockExpiresAt": "tomorrow"})
    assert r.status_code == 400 and "lockExpiresAt" in r.json()["message"]
    assert lock(client, canvas["id"], -1).status_code == 400  # in the past
    assert lock(client, canvas["id"], 0).status_code == 400  # not in the future


def test_locked_canvas_refuses_updates_without_lock_id(client: httpx.Client) -> None:
    canvas = upload_canvas(client)
    lock_id = lock(client, canvas["id"], 60).json()["lockId"]
    for body in ({"name": "x"}, {"name": "x", "lockId": "lock_wrong"}):
        r = client.put(f"/assets/{canvas['id']}", json=body)
        assert r.status_code == 409
        assert r.json()["error"] == "Conflict" and at(60) in r.json()["message"]
    r = client.put(f"/assets/{canvas['id']}", json={"name": "ok", "lockId": lock_id})
    assert r.status_code == 200 and r.json()["asset"]["metadata"]["name"] == "ok"


def test_relock_while_locked_conflicts(client: httpx.Client, server: EmulatorServer) -> None:
    canvas = upload_canvas(client)
    assert lock(client, canvas["id"], 60).status_code == 200
    r = lock(client, canvas["id"], 120)
    assert r.status_code == 409 and at(60) in r.json()["message"]
    server.clock.advance(61)  # expired: no longer blocks
    r = lock(client, canvas["id"], 200)
    assert r.status_code == 200


def test_unlock(client: httpx.Client) -> None:
    canvas = upload_canvas(client)
    lock_id = lock(client, canvas["id"]).json()["lockId"]
    r = client.put(f"/assets/{canvas['id']}/unlock", json={})
    assert r.status_code == 409 and at(60) in r.json()["message"]
    r = client.put(f"/assets/{canvas['id']}/unlock", json={"lockId": "wrong"})
    assert r.status_code == 409
    r = client.put(f"/assets/{canvas['id']}/unlock", json={"lockId": lock_id})
    assert r.status_code == 200 and set(r.json()) == {"asset"}
    assert "lockExpiresAt" not in r.json()["asset"]["metadata"]
    assert client.put(f"/assets/{canvas['id']}", json={"name": "free"}).status_code == 200
    assert client.put(f"/assets/{canvas['id']}/unlock", json={}).status_code == 200


def test_force_unlock(client: httpx.Client) -> None:
    canvas = upload_canvas(client)
    lock(client, canvas["id"])
    r = client.put(f"/assets/{canvas['id']}/unlock", json={"forceUnlock": True})
    assert r.status_code == 200
    assert lock(client, canvas["id"]).status_code == 200


def test_expired_lock_no_longer_blocks(client: httpx.Client, server: EmulatorServer) -> None:
    canvas = upload_canvas(client)
    lock(client, canvas["id"], 30)
    assert client.put(f"/assets/{canvas['id']}", json={"name": "x"}).status_code == 409
    server.clock.advance(31)
    assert client.put(f"/assets/{canvas['id']}", json={"name": "x"}).status_code == 200
    assert client.put(f"/assets/{canvas['id']}/unlock", json={}).status_code == 200


def test_update_extends_lock(client: httpx.Client, server: EmulatorServer) -> None:
    canvas = upload_canvas(client)
    lock_id = lock(client, canvas["id"], 30).json()["lockId"]
    server.clock.advance(20)
    r = client.put(f"/assets/{canvas['id']}", json={"lockId": lock_id, "lockExpiresAt": at(90)})
    assert r.status_code == 200
    assert r.json()["asset"]["metadata"]["lockExpiresAt"] == at(90)
    server.clock.advance(40)  # t=60: past the original expiry, still locked
    r = client.put(f"/assets/{canvas['id']}", json={"name": "intruder"})
    assert r.status_code == 409 and at(90) in r.json()["message"]
    r = client.put(f"/assets/{canvas['id']}", json={"lockId": lock_id, "lockExpiresAt": at(10)})
    assert r.status_code == 400  # past expiry
    # Extending without holding a lock is refused.
    other = upload_canvas(client)
    r = client.put(f"/assets/{other['id']}", json={"lockExpiresAt": at(500)})
    assert r.status_code == 400


def snapshots(client: httpx.Client, asset_id: str, **params: Any) -> httpx.Response:
    return client.get(f"/assets/{asset_id}/snapshots", params=params)


def test_updates_create_snapshots(client: httpx.Client, server: EmulatorServer) -> None:
    canvas = upload_canvas(client)
    assert snapshots(client, canvas["id"]).json() == {"snapshots": []}
    for i in range(3):
        server.clock.advance(1)
        client.put(f"/assets/{canvas['id']}", json={"canvas": json.dumps({"v": i})})
    client.put(f"/assets/{canvas['id']}", json={"canvas": "{}", "disableSnapshot": True})
    client.put(f"/assets/{canvas['id']}", json={"name": "no canvas change"})
    body = snapshots(client, canvas["id"]).json()
    snaps = body["snapshots"]
    assert [json.loads(s["rawData"]) for s in snaps] == [{"v": 2}, {"v": 1}, {"v": 0}]
    first = snaps[-1]
    assert set(first) == {"authorId", "hash", "rawData", "takenAt"}
    assert isinstance(first["takenAt"], int)
    assert first["takenAt"] == int((START + timedelta(seconds=1)).timestamp() * 1000)
    assert len(first["hash"]) == 64


def test_snapshot_paging(client: httpx.Client, server: EmulatorServer) -> None:
    canvas = upload_canvas(client)
    for i in range(25):
        if i % 2:
            server.clock.advance(1)
        client.put(f"/assets/{canvas['id']}", json={"canvas": json.dumps({"v": i})})
    page = snapshots(client, canvas["id"]).json()
    assert len(page["snapshots"]) == 10  # default page size
    seen = [json.loads(s["rawData"])["v"] for s in page["snapshots"]]
    token = page["nextPaginationToken"]
    while token:
        page = snapshots(client, canvas["id"], paginationToken=token).json()
        seen += [json.loads(s["rawData"])["v"] for s in page["snapshots"]]
        token = page.get("nextPaginationToken")
    assert seen == list(reversed(range(25)))
    assert len(snapshots(client, canvas["id"], pageSize=100).json()["snapshots"]) == 25
    for bad in ("9", "101", "x"):
        r = snapshots(client, canvas["id"], pageSize=bad)
        assert r.status_code == 400 and "pageSize" in r.json()["message"]
    assert snapshots(client, canvas["id"], paginationToken="zzz").status_code == 400


def test_tags_non_strict(client: httpx.Client) -> None:
    asset = upload_image(client)
    url = f"/assets/{asset['id']}/tags"
    r = client.put(url, json={"add": ["a", "b"]})
    assert r.status_code == 200 and r.json() == {"added": ["a", "b"], "deleted": []}
    r = client.put(url, json={"add": ["b", "c"], "delete": ["a", "zzz"]})
    assert r.json() == {"added": ["c"], "deleted": ["a"]}
    assert client.put(url, json={"add": ["b"]}).json() == {"added": [], "deleted": []}
    assert client.get(f"/assets/{asset['id']}").json()["asset"]["tags"] == ["b", "c"]
    assert client.put(url, json={}).json() == {"added": [], "deleted": []}


def test_tags_strict(client: httpx.Client) -> None:
    asset = upload_image(client)
    url = f"/assets/{asset['id']}/tags"
    client.put(url, json={"add": ["a"]})
    r = client.put(url, json={"add": ["a"], "strict": True})
    assert r.status_code in (400, 409) and "a" in r.json()["message"]
    r = client.put(url, json={"delete": ["missing"], "strict": True})
    assert r.status_code in (400, 409) and "missing" in r.json()["message"]
    r = client.put(url, json={"add": ["n"], "delete": ["a"], "strict": True})
    assert r.json() == {"added": ["n"], "deleted": ["a"]}
    assert client.put(url, json={"add": "a"}).status_code == 400
    assert client.put(url, json={"strict": "yes"}).status_code == 400


def test_url_fields_are_fresh(client: httpx.Client, server: EmulatorServer) -> None:
    asset = upload_image(client)
    server.clock.advance(100)
    again = client.get(f"/assets/{asset['id']}").json()["asset"]
    assert again["url"] != asset["url"]


@pytest.mark.parametrize("endpoint", ["lock", "unlock"])
def test_lock_endpoints_reject_unknown_body_fields(client: httpx.Client, endpoint: str) -> None:
    canvas = upload_canvas(client)
    r = client.put(f"/assets/{canvas['id']}/{endpoint}", json={"lockExpiresAt": at(9), "x": 1})
    assert r.status_code == 400
