"""Edge cases found by review: each is refused before sending, or mapped into the tree."""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from scenario_assets_api import models

import scenario_assets as sa
from scenario_assets.testing import make_png
from tests.support.mock import Recorder, asset_body, ok

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def _client(rec: Recorder, **kwargs: Any) -> sa.Client:
    return sa.Client(
        "k", "s", base_url="https://api.test/v1", transport=rec.transport(), max_retries=0, **kwargs
    )


@pytest.mark.parametrize(
    "base_url",
    [
        "https://user:hunter2@api.test/v1",
        "ftp://user:hunter2@api.test/v1",
        "https://api.test/v1?x=1",
    ],
)
def test_base_url_with_credentials_or_query_is_refused_without_echoing_it(base_url: str) -> None:
    with pytest.raises(sa.ConfigurationError) as info:
        sa.Client("k", "s", base_url=base_url)
    assert "hunter2" not in str(info.value)


def test_undocumented_success_status_is_a_validation_error() -> None:
    rec = Recorder(ok({"asset": asset_body()}, 201), httpx.Response(204))
    with _client(rec) as client:
        with pytest.raises(sa.ResponseValidationError, match="undocumented success status 201"):
            client.assets.retrieve("asset_1")
        with pytest.raises(sa.ResponseValidationError, match="204"):
            client.assets.unlock("asset_1", lock_id="lock_1")


@pytest.mark.parametrize(
    ("call", "needle"),
    [
        (lambda c: c.assets.update_tags("asset_1", add=["a"], strict="no"), "strict"),
        (lambda c: c.assets.retrieve("asset_1", with_embedding=1), "with_embedding"),
        (lambda c: c.assets.list(original_assets="yes"), "original_assets"),
        (lambda c: c.assets.upload("a.png", image=make_png(2, 2), hide="false"), "hide"),
        (lambda c: c.assets.update("asset_1", name="n", disable_snapshot=0), "disable_snapshot"),
        (lambda c: c.assets.unlock("asset_1", force="yes"), "force"),
        (lambda c: c.downloads.request_batch(asset_ids=["asset_1"], flat="no"), "flat"),
        (lambda c: c.assets.list(tags=["a,b", "c"]), "comma"),
        (lambda c: c.assets.list(tags=""), "tag"),
        (lambda c: c.assets.update_tags("asset_1", add=[" "]), "tag"),
        (
            lambda c: c.assets.list(sort_by="createdAt", created_after="0001-01-01T00:00:00+01:00"),
            "out of range",
        ),
        (lambda c: c.assets.lock_session("asset_1", keepalive=30), "keepalive"),
    ],
)
def test_bad_values_are_refused_before_sending(call: Any, needle: str) -> None:
    rec = Recorder()
    with _client(rec) as client, pytest.raises(sa.ValidationError, match=needle):
        call(client)
    assert rec.requests == []


def test_tags_string_is_split_and_checked() -> None:
    rec = Recorder(ok({"assets": []}))
    with _client(rec) as client:
        client.assets.list(tags="a,b")
    assert rec.requests[0].url.params["tags"] == "a,b"


def test_upload_many_refuses_unknown_options_before_any_upload() -> None:
    rec = Recorder()
    png = make_png(2, 2)
    with _client(rec) as client:
        with pytest.raises(sa.ValidationError, match="nmae"):
            client.assets.upload_many([png, {"source": png, "nmae": "x"}])
        with pytest.raises(sa.ValidationError, match="max_bytes"):
            client.assets.upload_many([png], max_bytes=0)
        with pytest.raises(sa.ValidationError, match="per item"):
            client.assets.upload_many([png], name="same.png")
    assert rec.requests == []


def test_upload_many_turns_any_item_failure_into_its_outcome() -> None:
    class Exploding(io.BytesIO):
        def read(self, *args: Any) -> bytes:
            raise RuntimeError("disk on fire")

    rec = Recorder(handler=lambda request: ok({"asset": asset_body("asset_ok")}))
    with _client(rec) as client:
        outcomes = client.assets.upload_many([make_png(2, 2), Exploding(make_png(2, 2))])
    assert outcomes[0].asset is not None and outcomes[0].asset.id == "asset_ok"
    error = outcomes[1].error
    assert isinstance(error, sa.ScenarioError) and "disk on fire" in str(error)
    assert isinstance(error.__cause__, RuntimeError)


def test_closed_file_is_a_validation_error() -> None:
    handle = io.BytesIO(make_png(2, 2))
    handle.close()
    rec = Recorder()
    with _client(rec) as client, pytest.raises(sa.ValidationError, match="closed"):
        client.assets.upload_file(handle)
    assert rec.requests == []


def test_download_destination_is_checked_before_any_request(tmp_path: Path) -> None:
    rec = Recorder()
    with _client(rec) as client:
        with pytest.raises(sa.ValidationError, match="does not exist"):
            client.downloads.download_asset("asset_1", tmp_path / "missing" / "file.png")
        job = sa.BatchJob(client.downloads, "job_1")
        with pytest.raises(sa.ValidationError, match="does not exist"):
            job.download_to(tmp_path / "missing" / "a.zip")
        with pytest.raises(sa.ValidationError, match="number"):
            job.wait(timeout=None)  # type: ignore[arg-type]
    assert rec.requests == []


def test_trailing_slash_means_a_directory(tmp_path: Path) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "api.test":
            return ok({"url": "https://storage.test/f/a.png?X-Amz-Signature=abc"})
        return httpx.Response(200, content=make_png(2, 2))

    rec = Recorder(handler=handler)
    with _client(rec) as client:
        path = client.downloads.download_asset("asset_1", f"{tmp_path}/new-dir/")
    assert path == tmp_path / "new-dir" / "asset_1.png"
    assert path.read_bytes() == make_png(2, 2)


def test_lock_expiry_without_offset_is_read_as_utc() -> None:
    asset = asset_body("asset_1")
    asset["metadata"]["lockExpiresAt"] = "2026-01-01T12:05:00"
    body = {"asset": asset, "lockId": "lock_1"}
    rec = Recorder(
        handler=lambda request: ok(
            body if request.url.path.endswith("/lock") else {"asset": asset_body()}
        )
    )
    client = _client(rec, now=lambda: NOW)
    with client, client.assets.lock_session("asset_1", ttl=timedelta(minutes=5)) as lock:
        assert lock.expires_at == datetime(2026, 1, 1, 12, 5, tzinfo=UTC)
        lock.update(name="x")  # comparing with an aware clock does not raise


def test_unknown_enum_value_equal_to_a_member_name_is_not_known() -> None:
    odd = models.AssetPrivacy("PRIVATE")
    assert not odd.is_known
    assert models.AssetPrivacy("private").is_known
    assert odd != models.AssetPrivacy.PRIVATE


@pytest.mark.anyio
async def test_cancelled_async_lock_session_still_unlocks() -> None:
    body = {"asset": asset_body("asset_1"), "lockId": "lock_1"}
    rec = Recorder(handler=lambda request: ok(body))
    async with sa.AsyncClient(
        "k", "s", base_url="https://api.test/v1", transport=rec.async_transport()
    ) as client:
        with anyio.move_on_after(0.01):
            async with client.assets.lock_session("asset_1"):
                await anyio.sleep(5)
    assert [r.url.path for r in rec.requests] == [
        "/v1/assets/asset_1/lock",
        "/v1/assets/asset_1/unlock",
    ]


def test_lock_session_update_takes_a_thumbnail_path(tmp_path: Path) -> None:
    thumb = tmp_path / "thumb.png"
    thumb.write_bytes(make_png(3, 3))
    (tmp_path / "notes.txt").write_text("not an image")
    body = {"asset": asset_body("asset_1"), "lockId": "lock_1"}
    rec = Recorder(handler=lambda request: ok(body))
    with _client(rec, now=lambda: NOW) as client, client.assets.lock_session("asset_1") as lock:
        lock.update(thumbnail=thumb)
        sent = len(rec.requests)
        with pytest.raises(sa.ValidationError, match="not an image"):
            lock.update(thumbnail=tmp_path / "notes.txt")
        assert len(rec.requests) == sent  # refused before sending
    update = rec.body(1)
    assert base64.b64decode(update["thumbnail"]) == make_png(3, 3)
    assert update["lockId"] == "lock_1"
