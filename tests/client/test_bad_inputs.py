"""A table of bad inputs across the public surface: each is refused with a typed error that names
the parameter, before any request is sent."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

import scenario_assets as sa
from scenario_assets.testing import make_png
from tests.support.mock import Recorder

BASE = "https://api.test/v1"
PNG = make_png(2, 2)
NAIVE = datetime(2030, 1, 1)  # no time zone
HOUR = timedelta(hours=1)

# Wrong types on purpose: the calls are typed Any so that they reach the runtime checks.
Call = Callable[[Any, Path], object]
kit: Any = sa
# (case id, call, error type, words the message must contain)
CASES: list[tuple[str, Call, type[Exception], str]] = [
    (
        "list-timeout-negative",
        lambda c, t: c.assets.list(timeout=-1),
        sa.ValidationError,
        "timeout",
    ),
    ("list-timeout-zero", lambda c, t: c.assets.list(timeout=0), sa.ValidationError, "timeout"),
    (
        "list-timeout-string",
        lambda c, t: c.assets.list(timeout="60"),
        sa.ValidationError,
        "timeout",
    ),
    (
        "retrieve-timeout-word",
        lambda c, t: c.assets.retrieve("a", timeout="fast"),
        sa.ValidationError,
        "timeout",
    ),
    (
        "helper-timeout",
        lambda c, t: c.assets.get_bulk(["a"], timeout=-5),
        sa.ValidationError,
        "timeout",
    ),
    ("page_size-0", lambda c, t: c.assets.list(page_size=0), sa.ValidationError, "page_size"),
    (
        "page_size-string",
        lambda c, t: c.assets.list(page_size="10"),
        sa.ValidationError,
        "page_size",
    ),
    ("page_size-bool", lambda c, t: c.assets.list(page_size=True), sa.ValidationError, "page_size"),
    ("type-unknown", lambda c, t: c.assets.list(type="nope"), sa.ValidationError, "type"),
    ("types-string", lambda c, t: c.assets.list(types="canvas"), sa.ValidationError, "types"),
    ("types-empty", lambda c, t: c.assets.list(types=[]), sa.ValidationError, "types"),
    ("types-unknown", lambda c, t: c.assets.list(types=["nope"]), sa.ValidationError, "types"),
    ("sort_by", lambda c, t: c.assets.list(sort_by="name"), sa.ValidationError, "sort_by"),
    (
        "sort_direction",
        lambda c, t: c.assets.list(sort_direction="up"),
        sa.ValidationError,
        "sort_direction",
    ),
    ("privacy", lambda c, t: c.assets.list(privacy="secret"), sa.ValidationError, "privacy"),
    (
        "original_assets-string",
        lambda c, t: c.assets.list(original_assets="no"),
        sa.ValidationError,
        "original_assets",
    ),
    (
        "created_after-naive",
        lambda c, t: c.assets.list(created_after=NAIVE, sort_by="createdAt"),
        sa.ValidationError,
        "created_after",
    ),
    (
        "created_after-word",
        lambda c, t: c.assets.list(created_after="yesterday", sort_by="createdAt"),
        sa.ValidationError,
        "created_after",
    ),
    (
        "created_after-no-sort",
        lambda c, t: c.assets.list(created_after="2030-01-01T00:00:00Z"),
        sa.ValidationError,
        "created_after",
    ),
    (
        "pagination_token-list",
        lambda c, t: c.assets.list(pagination_token=["a"]),
        sa.ValidationError,
        "pagination_token",
    ),
    (
        "author_id-slash",
        lambda c, t: c.assets.list(author_id="a/b"),
        sa.ValidationError,
        "author_id",
    ),
    ("tags-comma", lambda c, t: c.assets.list(tags=["a,b"]), sa.ValidationError, "tags"),
    (
        "type-and-types",
        lambda c, t: c.assets.list(type="canvas", types=["canvas"]),
        sa.ValidationError,
        '"type" and "types"',
    ),
    (
        "extra_headers-auth",
        lambda c, t: c.assets.list(extra_headers={"Authorization": "x"}),
        sa.ValidationError,
        "extra_headers",
    ),
    (
        "extra_query-list",
        lambda c, t: c.assets.list(extra_query=["a"]),
        sa.ValidationError,
        "extra_query",
    ),
    ("iter-limit", lambda c, t: c.assets.iter(limit=-1), sa.ValidationError, "limit"),
    ("iter-page_size", lambda c, t: c.assets.iter(page_size=1000), sa.ValidationError, "page_size"),
    ("retrieve-space", lambda c, t: c.assets.retrieve("a b"), sa.ValidationError, "asset_id"),
    ("retrieve-empty", lambda c, t: c.assets.retrieve(""), sa.ValidationError, "asset_id"),
    ("retrieve-number", lambda c, t: c.assets.retrieve(123), sa.ValidationError, "asset_id"),
    (
        "retrieve-with_embedding",
        lambda c, t: c.assets.retrieve("a", with_embedding="yes"),
        sa.ValidationError,
        "with_embedding",
    ),
    (
        "duplicate-target",
        lambda c, t: c.assets.duplicate("a", target_project_id="x y"),
        sa.ValidationError,
        "target_project_id",
    ),
    (
        "snapshots-page_size",
        lambda c, t: c.assets.list_snapshots("a", page_size=5),
        sa.ValidationError,
        "page_size",
    ),
    ("snapshots-id", lambda c, t: c.assets.iter_snapshots("../x"), sa.ValidationError, "asset_id"),
    ("update-name-number", lambda c, t: c.assets.update("a", name=123), sa.ValidationError, "name"),
    (
        "update-description-list",
        lambda c, t: c.assets.update("a", description=["x"]),
        sa.ValidationError,
        "description",
    ),
    (
        "update-lock_id-number",
        lambda c, t: c.assets.update("a", name="n", lock_id=123),
        sa.ValidationError,
        "lock_id",
    ),
    (
        "update-disable_snapshot",
        lambda c, t: c.assets.update("a", name="n", disable_snapshot="no"),
        sa.ValidationError,
        "disable_snapshot",
    ),
    (
        "update-thumbnail-not-image",
        lambda c, t: c.assets.update("a", thumbnail=b"not an image"),
        sa.ValidationError,
        "thumbnail",
    ),
    ("update-nothing", lambda c, t: c.assets.update("a"), sa.ValidationError, "canvas, name"),
    (
        "update-canvas-bad-json",
        lambda c, t: c.assets.update("a", canvas="{nope"),
        sa.ValidationError,
        "canvas",
    ),
    ("update-id", lambda c, t: c.assets.update("a?b", name="n"), sa.ValidationError, "asset_id"),
    (
        "upload-image-not-image",
        lambda c, t: c.assets.upload("a.png", image=b"not an image"),
        sa.ValidationError,
        "image",
    ),
    (
        "upload-image-str",
        lambda c, t: c.assets.upload("a.png", image="iVBORw0K"),
        sa.ValidationError,
        "image",
    ),
    (
        "upload-thumbnail-not-image",
        lambda c, t: c.assets.upload("c", canvas={}, thumbnail=b"nope"),
        sa.ValidationError,
        "thumbnail",
    ),
    (
        "upload-hide",
        lambda c, t: c.assets.upload("a.png", image=PNG, hide="false"),
        sa.ValidationError,
        "hide",
    ),
    (
        "upload-collection_ids-string",
        lambda c, t: c.assets.upload("a.png", image=PNG, collection_ids="c1"),
        sa.ValidationError,
        "collection_ids",
    ),
    (
        "upload-parent_id",
        lambda c, t: c.assets.upload("a.png", image=PNG, parent_id="p q"),
        sa.ValidationError,
        "parent_id",
    ),
    ("upload-name", lambda c, t: c.assets.upload("", image=PNG), sa.ValidationError, "name"),
    (
        "upload-both",
        lambda c, t: c.assets.upload("a.png", image=PNG, canvas={}),
        sa.ValidationError,
        "image or canvas",
    ),
    (
        "upload_file-max_bytes",
        lambda c, t: c.assets.upload_file(PNG, max_bytes=10),
        sa.ValidationError,
        "max_bytes",
    ),
    (
        "upload_file-max_bytes-bad",
        lambda c, t: c.assets.upload_file(PNG, max_bytes=0),
        sa.ValidationError,
        "max_bytes",
    ),
    (
        "upload_file-hide",
        lambda c, t: c.assets.upload_file(PNG, hide="yes"),
        sa.ValidationError,
        "hide",
    ),
    (
        "upload_file-missing",
        lambda c, t: c.assets.upload_file(t / "missing.png"),
        sa.ValidationError,
        "missing.png",
    ),
    (
        "upload_file-timeout",
        lambda c, t: c.assets.upload_file(PNG, timeout=-1),
        sa.ValidationError,
        "timeout",
    ),
    (
        "upload_canvas-thumbnail",
        lambda c, t: c.assets.upload_canvas({}, "c", thumbnail=b"nope"),
        sa.ValidationError,
        "image",
    ),
    (
        "upload_many-concurrency",
        lambda c, t: c.assets.upload_many([PNG], concurrency=0),
        sa.ValidationError,
        "concurrency",
    ),
    (
        "upload_many-on_progress",
        lambda c, t: c.assets.upload_many([PNG], on_progress="x"),
        sa.ValidationError,
        "on_progress",
    ),
    (
        "upload_many-on_item",
        lambda c, t: c.assets.upload_many([PNG], on_item="x"),
        sa.ValidationError,
        "on_item",
    ),
    (
        "upload_many-both-callbacks",
        lambda c, t: c.assets.upload_many([PNG], on_item=print, on_progress=print),
        sa.ValidationError,
        "on_item only",
    ),
    (
        "upload_many-option",
        lambda c, t: c.assets.upload_many([PNG], colour="red"),
        sa.ValidationError,
        "colour",
    ),
    ("lock-ttl-zero", lambda c, t: c.assets.lock("a", ttl=timedelta(0)), sa.ValidationError, "ttl"),
    ("lock-neither", lambda c, t: c.assets.lock("a"), sa.ValidationError, "expires_at or ttl"),
    (
        "lock-past",
        lambda c, t: c.assets.lock("a", expires_at="2000-01-01T00:00:00Z"),
        sa.ValidationError,
        "expires_at",
    ),
    (
        "lock-naive",
        lambda c, t: c.assets.lock("a", expires_at=NAIVE),
        sa.ValidationError,
        "expires_at",
    ),
    ("unlock-nothing", lambda c, t: c.assets.unlock("a"), sa.ValidationError, "lock_id"),
    (
        "unlock-force-string",
        lambda c, t: c.assets.unlock("a", force="yes"),
        sa.ValidationError,
        "force",
    ),
    (
        "unlock-lock_id-number",
        lambda c, t: c.assets.unlock("a", lock_id=123),
        sa.ValidationError,
        "lock_id",
    ),
    (
        "lock_session-force-string",
        lambda c, t: c.assets.lock_session("a", force="no"),
        sa.ValidationError,
        "force",
    ),
    (
        "lock_session-ttl-number",
        lambda c, t: c.assets.lock_session("a", ttl=5),
        sa.ValidationError,
        "ttl",
    ),
    (
        "lock_session-keepalive",
        lambda c, t: c.assets.lock_session("a", keepalive=HOUR),
        sa.ValidationError,
        "keepalive",
    ),
    ("lock_session-id", lambda c, t: c.assets.lock_session("a b"), sa.ValidationError, "asset_id"),
    (
        "tags-nothing",
        lambda c, t: c.assets.update_tags("a"),
        sa.ValidationError,
        "add or to delete",
    ),
    (
        "tags-both",
        lambda c, t: c.assets.update_tags("a", add=["x"], delete=["x"]),
        sa.ValidationError,
        "'x'",
    ),
    ("tags-add-string", lambda c, t: c.assets.update_tags("a", add="x"), sa.ValidationError, "add"),
    (
        "tags-strict",
        lambda c, t: c.assets.update_tags("a", add=["x"], strict="yes"),
        sa.ValidationError,
        "strict",
    ),
    ("get_bulk-string", lambda c, t: c.assets.get_bulk("asset_1"), sa.ValidationError, "asset_ids"),
    ("get_bulk-empty", lambda c, t: c.assets.get_bulk([]), sa.ValidationError, "asset_ids"),
    (
        "delete_many-bad-id",
        lambda c, t: c.assets.delete_many(["a b"]),
        sa.ValidationError,
        "asset_ids",
    ),
    (
        "download-link-format",
        lambda c, t: c.downloads.request("a", target_format="bmp2"),
        sa.ValidationError,
        "target_format",
    ),
    (
        "download-status-id",
        lambda c, t: c.downloads.get_status("j/1"),
        sa.ValidationError,
        "job_id",
    ),
    ("batch-nothing", lambda c, t: c.downloads.request_batch(), sa.ValidationError, "asset_ids"),
    (
        "batch-template",
        lambda c, t: c.downloads.request_batch(asset_ids=["a"], file_name_template="a/b"),
        sa.ValidationError,
        "file_name_template",
    ),
    (
        "batch-flat",
        lambda c, t: c.downloads.request_batch(asset_ids=["a"], flat="no"),
        sa.ValidationError,
        "flat",
    ),
    (
        "download_assets-timeout",
        lambda c, t: c.downloads.download_assets(["a"], t, timeout=-1),
        sa.ValidationError,
        "timeout",
    ),
    (
        "download_assets-poll_interval",
        lambda c, t: c.downloads.download_assets(["a"], t, poll_interval=0),
        sa.ValidationError,
        "poll_interval",
    ),
    (
        "download_assets-max_interval",
        lambda c, t: c.downloads.download_assets(["a"], t, max_interval=0.5),
        sa.ValidationError,
        "max_interval",
    ),
    (
        "download_assets-on_status",
        lambda c, t: c.downloads.download_assets(["a"], t, on_status=123),
        sa.ValidationError,
        "on_status",
    ),
    (
        "download_assets-on_progress",
        lambda c, t: c.downloads.download_assets(["a"], t, on_progress="x"),
        sa.ValidationError,
        "on_progress",
    ),
    (
        "download_assets-template",
        lambda c, t: c.downloads.download_assets(["a"], t, file_name_template=""),
        sa.ValidationError,
        "file_name_template",
    ),
    (
        "download_assets-flat",
        lambda c, t: c.downloads.download_assets(["a"], t, flat=1),
        sa.ValidationError,
        "flat",
    ),
    (
        "download_asset-format",
        lambda c, t: c.downloads.download_asset("a", t, target_format="nope"),
        sa.ValidationError,
        "target_format",
    ),
    (
        "download_asset-on_progress",
        lambda c, t: c.downloads.download_asset("a", t, on_progress="x"),
        sa.ValidationError,
        "on_progress",
    ),
    (
        "download_asset-id",
        lambda c, t: c.downloads.download_asset("a b", t),
        sa.ValidationError,
        "asset_id",
    ),
    (
        "request-full-url",
        lambda c, t: c.request("GET", "https://elsewhere.test/x"),
        sa.ValidationError,
        "path",
    ),
    ("request-method", lambda c, t: c.request("G T", "/x"), sa.ValidationError, "method"),
    (
        "request-retry",
        lambda c, t: c.request("GET", "/x", retry="yes"),
        sa.ValidationError,
        "retry",
    ),
    (
        "with_options-timeout",
        lambda c, t: c.with_options(timeout=0),
        sa.ConfigurationError,
        "timeout",
    ),
    (
        "with_options-retries",
        lambda c, t: c.with_options(max_retries="3"),
        sa.ConfigurationError,
        "max_retries",
    ),
]

SETUP: list[tuple[str, Callable[[], object], str]] = [
    ("api_key-number", lambda: kit.Client(123, "s"), "api_key"),
    ("api_secret-number", lambda: kit.Client("k", 123), "api_secret"),
    ("api_key-newline", lambda: kit.Client("key\n", "s"), "api_key"),
    ("api_secret-newline", lambda: kit.Client("k", "secret\n"), "api_secret"),
    ("base_url-space", lambda: kit.Client("k", "s", base_url="https://api .test/v1"), "base_url"),
    ("base_url-number", lambda: kit.Client("k", "s", base_url=123), "base_url"),
    ("base_url-scheme", lambda: kit.Client("k", "s", base_url="ftp://api.test/v1"), "base_url"),
    (
        "base_url-userinfo",
        lambda: kit.Client("k", "s", base_url="https://u:p@api.test/v1"),
        "base_url",
    ),
    ("transport-string", lambda: kit.Client("k", "s", transport="x"), "transport"),
    (
        "http_client-async-for-sync",
        lambda: kit.Client("k", "s", http_client=httpx.AsyncClient()),
        "http_client",
    ),
    (
        "http_client-sync-for-async",
        lambda: kit.AsyncClient("k", "s", http_client=httpx.Client()),
        "http_client",
    ),
    (
        "transport-sync-for-async",
        lambda: kit.AsyncClient("k", "s", transport=httpx.HTTPTransport()),
        "transport",
    ),
    ("max_retries-string", lambda: kit.Client("k", "s", max_retries="3"), "max_retries"),
    ("max_retries-negative", lambda: kit.Client("k", "s", max_retries=-1), "max_retries"),
    ("timeout-negative", lambda: kit.Client("k", "s", timeout=-1), "timeout"),
    ("timeout-zero", lambda: kit.Client("k", "s", timeout=0), "timeout"),
    ("timeout-string", lambda: kit.Client("k", "s", timeout="60"), "timeout"),
    ("timeout-word", lambda: kit.AsyncClient("k", "s", timeout="fast"), "timeout"),
    ("public-string", lambda: kit.Client(public="yes"), "public"),
    ("sleep-string", lambda: kit.Client("k", "s", sleep="x"), "sleep"),
    (
        "default_headers-auth",
        lambda: kit.Client("k", "s", default_headers={"Authorization": "x"}),
        "Authorization",
    ),
    ("retry_policy-string", lambda: kit.Client("k", "s", retry_policy="x"), "retry_policy"),
]


def test_the_table_is_large() -> None:
    assert len(CASES) + len(SETUP) >= 80


@pytest.mark.parametrize(
    ("call", "error", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_is_refused_before_sending(
    call: Call, error: type[Exception], words: str, tmp_path: Path
) -> None:
    rec = Recorder()
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport(), max_retries=0) as client:
        with pytest.raises(error) as info:
            result = call(client, tmp_path)
            if isinstance(result, sa.Pager):
                next(iter(result))  # a pager checks when built; iterating would send
        assert isinstance(info.value, sa.ScenarioError)
        assert words in str(info.value), str(info.value)
    assert rec.requests == []
    assert list(tmp_path.iterdir()) == []  # no partial file either


@pytest.mark.parametrize(("make", "words"), [c[1:] for c in SETUP], ids=[c[0] for c in SETUP])
def test_bad_setup_is_refused(
    make: Callable[[], object], words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("SCENARIO_SDK_API_KEY", "SCENARIO_SDK_API_SECRET", "SCENARIO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(sa.ConfigurationError) as info:
        make()
    assert words in str(info.value), str(info.value)
    assert "secret\n" not in str(info.value) and "key\n" not in str(info.value)
