"""Input checks: a bad argument raises ValidationError before anything is sent; good ones pass.

Every refusal test asserts both the error and that the mock transport saw no request.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from scenario_assets_api.models import AssetType, TargetFormat

import scenario_assets as sa
from scenario_assets.testing import make_png
from tests.support.mock import Recorder, asset_body, example, ok
from tests.support.spec import body_max_items

PNG = make_png(2, 2)

BASE = "https://api.test/v1"
NOW = datetime(2030, 1, 1, 12, 0, 0, tzinfo=UTC)

Call = Callable[[sa.Client], object]
# Wrong types on purpose (typed Any so the type checker lets them reach the runtime checks).
SIXTY: Any = 60
NUMBERS: Any = [1]


@pytest.fixture
def rec() -> Recorder:
    """Answers nothing: any request that gets through is recorded (and the test fails)."""
    return Recorder()


@pytest.fixture
def client(rec: Recorder) -> Iterator[sa.Client]:
    with sa.Client(
        "k", "s", base_url=BASE, transport=rec.transport(), max_retries=0, now=lambda: NOW
    ) as c:
        yield c


def _refused(client: sa.Client, rec: Recorder, call: Call, match: str | None = None) -> None:
    with pytest.raises(sa.ValidationError, match=match) as info:
        call(client)
    assert isinstance(info.value, ValueError)
    assert rec.requests == []


def _list_page() -> httpx.Response:
    return ok({"assets": [asset_body()]})


def _sent_query(rec: Recorder) -> dict[str, str]:
    return dict(rec.requests[-1].url.params)


# --------------------------------------------------------------------------------------
# list filters
# --------------------------------------------------------------------------------------

LIST_REFUSALS: list[tuple[str, dict[str, Any], str]] = [
    ("type-and-types", {"type": "canvas", "types": ["canvas"]}, "cannot be used together"),
    ("created_after-without-sort", {"created_after": NOW}, 'sort_by="createdAt"'),
    (
        "created_before-with-wrong-sort",
        {"created_before": NOW, "sort_by": "updatedAt"},
        'sort_by="createdAt"',
    ),
    ("updated_after-without-sort", {"updated_after": NOW}, 'sort_by="updatedAt"'),
    (
        "updated_before-with-wrong-sort",
        {"updated_before": NOW, "sort_by": "createdAt"},
        'sort_by="updatedAt"',
    ),
    ("sort_by-unknown", {"sort_by": "name"}, "sort_by"),
    ("sort_direction-unknown", {"sort_direction": "up"}, "sort_direction"),
    ("sort_direction-case", {"sort_direction": "ASC"}, "sort_direction"),
    ("privacy-unknown", {"privacy": "secret"}, "privacy"),
    ("page_size-0", {"page_size": 0}, "page_size"),
    ("page_size-101", {"page_size": 101}, "page_size"),
    ("page_size-float", {"page_size": 1.5}, "page_size"),
    ("page_size-bool", {"page_size": True}, "page_size"),
    ("page_size-str", {"page_size": "10"}, "page_size"),
    ("types-empty", {"types": []}, "types"),
    ("types-bare-string", {"types": "canvas"}, "types"),
    ("type-typo", {"type": "canvs"}, "did you mean 'canvas'"),
    ("types-typo", {"types": ["canvas", "uplaoded"]}, "did you mean 'uploaded'"),
    ("tags-with-empty-item", {"tags": ["a", ""]}, "tags"),
    ("author_id-malformed", {"author_id": "a/b"}, "author_id"),
    ("collection_id-malformed", {"collection_id": "has space"}, "collection_id"),
    (
        "created_after-naive",
        {"sort_by": "createdAt", "created_after": datetime(2024, 5, 1, 12)},
        "no time zone",
    ),
    (
        "created_after-string-without-offset",
        {"sort_by": "createdAt", "created_after": "2024-05-01T12:00:00"},
        "no time zone",
    ),
    (
        "created_after-garbage",
        {"sort_by": "createdAt", "created_after": "yesterday"},
        "not an ISO-8601",
    ),
    (
        "created_after-date",
        {"sort_by": "createdAt", "created_after": date(2024, 5, 1)},
        "not a date",
    ),
    (
        "updated_before-number",
        {"sort_by": "updatedAt", "updated_before": 1714564800},
        "updated_before",
    ),
]


@pytest.mark.parametrize(
    ("filters", "match"),
    [(f, m) for _, f, m in LIST_REFUSALS],
    ids=[i for i, _, _ in LIST_REFUSALS],
)
def test_list_filters_are_refused_before_sending(
    client: sa.Client, rec: Recorder, filters: dict[str, Any], match: str
) -> None:
    _refused(client, rec, lambda c: c.assets.list(**filters), match)
    _refused(client, rec, lambda c: c.assets.iter(**filters), match)  # checked eagerly too


def test_empty_date_string_is_refused(client: sa.Client, rec: Recorder) -> None:
    _refused(client, rec, lambda c: c.assets.list(sort_by="createdAt", created_after=""))


@pytest.mark.anyio
async def test_async_list_filters_are_refused_before_sending() -> None:
    rec = Recorder()
    async with sa.AsyncClient("k", "s", base_url=BASE, transport=rec.async_transport()) as client:
        with pytest.raises(sa.ValidationError, match="cannot be used together"):
            await client.assets.list(type="canvas", types=["canvas"])
        with pytest.raises(sa.ValidationError, match="page_size"):
            client.assets.iter(page_size=101)
        with pytest.raises(sa.ValidationError, match="did you mean 'canvas'"):
            await client.assets.list(type="canvs")
    assert rec.requests == []


def test_enum_members_and_plain_strings_are_both_accepted(client: sa.Client, rec: Recorder) -> None:
    rec.queue += [_list_page(), _list_page()]
    client.assets.list(types=[AssetType.CANVAS, "uploaded"])
    assert _sent_query(rec)["types"] == "canvas,uploaded"
    client.assets.list(type="canvas-drawing")
    assert _sent_query(rec)["type"] == "canvas-drawing"
    assert "types" not in _sent_query(rec)


def test_a_pseudo_member_for_a_new_api_value_is_sent(client: sa.Client, rec: Recorder) -> None:
    rec.queue += [_list_page(), _list_page()]
    client.assets.list(type=AssetType("brand-new-type"))
    assert _sent_query(rec)["type"] == "brand-new-type"
    client.assets.list(types=[AssetType("brand-new-type"), AssetType.CANVAS])
    assert _sent_query(rec)["types"] == "brand-new-type,canvas"


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        (
            datetime(2024, 5, 1, 14, 0, 0, tzinfo=timezone(timedelta(hours=2))),
            "2024-05-01T12:00:00.000Z",
        ),
        (datetime(2024, 5, 1, 12, 0, 0, 123456, tzinfo=UTC), "2024-05-01T12:00:00.123Z"),
        ("2024-05-01T14:00:00+02:00", "2024-05-01T12:00:00.000Z"),
        ("2024-05-01T07:30:00.5-04:30", "2024-05-01T12:00:00.500Z"),
        ("2024-05-01T12:00:00Z", "2024-05-01T12:00:00.000Z"),
    ],
)
def test_aware_dates_are_sent_as_utc_with_milliseconds(
    client: sa.Client, rec: Recorder, value: datetime | str, sent: str
) -> None:
    rec.queue += [_list_page(), _list_page()]
    client.assets.list(sort_by="createdAt", created_after=value, created_before=value)
    query = _sent_query(rec)
    assert (query["createdAfter"], query["createdBefore"]) == (sent, sent)
    client.assets.list(sort_by="updatedAt", updated_after=value, updated_before=value)
    query = _sent_query(rec)
    assert (query["updatedAfter"], query["updatedBefore"], query["sortBy"]) == (
        sent,
        sent,
        "updatedAt",
    )


def test_filters_reach_the_query(client: sa.Client, rec: Recorder) -> None:
    rec.queue.append(_list_page())
    client.assets.list(
        tags=["red", "hero shot", "v2"],
        privacy="unlisted",
        sort_by="createdAt",
        sort_direction="asc",
        page_size=100,
        author_id="user_1",
    )
    assert _sent_query(rec) == {
        "tags": "red,hero shot,v2",
        "privacy": "unlisted",
        "sortBy": "createdAt",
        "sortDirection": "asc",
        "pageSize": "100",
        "authorId": "user_1",
    }


@pytest.mark.parametrize("page_size", [1, 100])
def test_list_page_size_bounds_are_accepted(
    client: sa.Client, rec: Recorder, page_size: int
) -> None:
    rec.queue.append(_list_page())
    client.assets.list(page_size=page_size)
    assert _sent_query(rec)["pageSize"] == str(page_size)


# --------------------------------------------------------------------------------------
# snapshots
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("page_size", [9, 101, 0, 10.0, True])
def test_snapshot_page_size_out_of_range_is_refused(
    client: sa.Client, rec: Recorder, page_size: Any
) -> None:
    _refused(client, rec, lambda c: c.assets.list_snapshots("asset_1", page_size=page_size))
    _refused(client, rec, lambda c: c.assets.iter_snapshots("asset_1", page_size=page_size))


@pytest.mark.parametrize("page_size", [10, 100])
def test_snapshot_page_size_bounds_are_accepted(
    client: sa.Client, rec: Recorder, page_size: int
) -> None:
    rec.queue.append(ok(example("listAssetSnapshots")))
    client.assets.list_snapshots("asset_1", page_size=page_size)
    assert _sent_query(rec)["pageSize"] == str(page_size)
    assert rec.requests[-1].url.path == "/v1/assets/asset_1/snapshots"


# --------------------------------------------------------------------------------------
# ids
# --------------------------------------------------------------------------------------

BAD_IDS: list[Any] = ["", "a/b", "has space", None, 123, "../etc", "a?b=c", "x" * 201]

ID_OPERATIONS: list[tuple[str, Callable[[sa.Client, Any], object]]] = [
    ("retrieve", lambda c, i: c.assets.retrieve(i)),
    ("update", lambda c, i: c.assets.update(i, name="n")),
    ("lock", lambda c, i: c.assets.lock(i, ttl=timedelta(minutes=5))),
    ("unlock", lambda c, i: c.assets.unlock(i, force=True)),
    ("duplicate", lambda c, i: c.assets.duplicate(i)),
    ("duplicate-target", lambda c, i: c.assets.duplicate("asset_1", target_project_id=i)),
    ("update_tags", lambda c, i: c.assets.update_tags(i, add=["a"])),
    ("list_snapshots", lambda c, i: c.assets.list_snapshots(i)),
    ("iter_snapshots", lambda c, i: c.assets.iter_snapshots(i)),
    ("download", lambda c, i: c.downloads.request(i)),
    ("download_status", lambda c, i: c.downloads.get_status(i)),
    ("upload-parent", lambda c, i: c.assets.upload("a.png", image=PNG, parent_id=i)),
    ("get_bulk-item", lambda c, i: c.assets.get_bulk(["asset_1", i])),
    ("delete_many-item", lambda c, i: c.assets.delete_many(["asset_1", i])),
    ("batch-item", lambda c, i: c.downloads.request_batch(asset_ids=[i])),
]


OPTIONAL_ID = {"duplicate-target", "upload-parent"}  # None there means "not given"


@pytest.mark.parametrize(
    ("call", "bad_id"),
    [
        pytest.param(call, bad, id=f"{name}-{bad!r}")
        for name, call in ID_OPERATIONS
        for bad in BAD_IDS
        if not (bad is None and name in OPTIONAL_ID)
    ],
)
def test_malformed_ids_are_refused(
    client: sa.Client, rec: Recorder, call: Callable[[sa.Client, Any], object], bad_id: Any
) -> None:
    _refused(client, rec, lambda c: call(c, bad_id))


def test_id_with_trailing_newline_is_refused(client: sa.Client, rec: Recorder) -> None:
    _refused(client, rec, lambda c: c.assets.retrieve("asset_1\n"))


def test_well_formed_ids_are_sent_verbatim(client: sa.Client, rec: Recorder) -> None:
    rec.queue += [ok({"asset": asset_body()}) for _ in range(2)]
    client.assets.retrieve("asset_GTrL3mq4SXWyMxkOHRxlpw")
    client.assets.retrieve("A1.b_c:d-e")
    assert [r.url.path for r in rec.requests] == [
        "/v1/assets/asset_GTrL3mq4SXWyMxkOHRxlpw",
        "/v1/assets/A1.b_c:d-e",
    ]


@pytest.mark.parametrize("ids", [[], "asset_1", b"asset_1", None, 5], ids=repr)
@pytest.mark.parametrize("op", ["get_bulk", "delete_many"])
def test_bulk_operations_need_a_non_empty_list(
    client: sa.Client, rec: Recorder, op: str, ids: Any
) -> None:
    _refused(client, rec, lambda c: getattr(c.assets, op)(ids))


# --------------------------------------------------------------------------------------
# get_bulk and delete_many: chunking, order, duplicates, missing ids
# --------------------------------------------------------------------------------------


BULK = body_max_items("getBulkAssets", "assetIds")  # ids per get-bulk request
DELETE = body_max_items("deleteAssets", "assetIds")  # ids per delete request


def test_get_bulk_dedupes_chunks_by_the_spec_limit_and_reports_missing(rec: Recorder) -> None:
    wanted = [f"asset_{i}" for i in range(2 * BULK + BULK // 4)]
    absent = {"asset_3", f"asset_{BULK + 50}", wanted[-1]}

    def handler(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)["assetIds"]
        found = [asset_body(i) for i in reversed(asked) if i not in absent]  # any order
        return ok({"assets": found})

    rec.handler = handler
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        result = client.assets.get_bulk(wanted + wanted[:30] + ["asset_7"])
    chunks = [rec.body(i)["assetIds"] for i in range(len(rec.requests))]
    assert [len(c) for c in chunks] == [BULK, BULK, BULK // 4]
    assert [i for c in chunks for i in c] == wanted  # in order, each once
    assert all(r.method == "POST" and r.url.path == "/v1/assets/get-bulk" for r in rec.requests)
    assert [a.id for a in result] == [i for i in wanted if i not in absent]
    assert result.missing == ["asset_3", f"asset_{BULK + 50}", wanted[-1]]
    assert len(result) == len(wanted) - 3


@pytest.mark.anyio
async def test_async_get_bulk_chunks_and_reports_missing() -> None:
    wanted = [f"asset_{i}" for i in range(BULK + 1)]

    def handler(request: httpx.Request) -> httpx.Response:
        asked = json.loads(request.content)["assetIds"]
        return ok({"assets": [asset_body(i) for i in asked if i != wanted[-1]]})

    rec = Recorder(handler=handler)
    async with sa.AsyncClient("k", "s", base_url=BASE, transport=rec.async_transport()) as client:
        result = await client.assets.get_bulk(wanted)
    assert [len(rec.body(i)["assetIds"]) for i in range(len(rec.requests))] == [BULK, 1]
    assert (len(result), result.missing) == (BULK, [wanted[-1]])


def test_delete_many_chunks_by_the_spec_limit_and_sends_duplicates_once(rec: Recorder) -> None:
    ids = [f"asset_{i}" for i in range(2 * DELETE + DELETE // 2)]
    rec.handler = lambda request: ok({})
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        deleted = client.assets.delete_many(ids + ids[:40] + ["asset_0"])
    assert deleted == len(ids)
    chunks = [rec.body(i)["assetIds"] for i in range(len(rec.requests))]
    assert [len(c) for c in chunks] == [DELETE, DELETE, DELETE // 2]
    assert [i for c in chunks for i in c] == ids
    assert {(r.method, r.url.path) for r in rec.requests} == {("DELETE", "/v1/assets")}


@pytest.mark.anyio
async def test_async_delete_many_chunks_by_the_spec_limit() -> None:
    rec = Recorder(handler=lambda request: ok({}))
    ids = [f"asset_{i}" for i in range(DELETE + 1)]
    async with sa.AsyncClient("k", "s", base_url=BASE, transport=rec.async_transport()) as client:
        assert await client.assets.delete_many(ids + ids) == DELETE + 1
    assert [len(rec.body(i)["assetIds"]) for i in range(len(rec.requests))] == [DELETE, 1]


# --------------------------------------------------------------------------------------
# upload and update bodies
# --------------------------------------------------------------------------------------

UPLOAD_REFUSALS: list[tuple[str, Call, str]] = [
    ("neither", lambda c: c.assets.upload("a.png"), "exactly one of image or canvas"),
    (
        "both",
        lambda c: c.assets.upload("a.png", image=PNG, canvas={}),
        "exactly one of image or canvas",
    ),
    ("empty-image", lambda c: c.assets.upload("a.png", image=b""), "non-empty bytes"),
    (
        "image-not-bytes",
        lambda c: c.assets.upload("a.png", image="aGVsbG8="),  # type: ignore[arg-type]
        "bytes",
    ),
    ("invalid-canvas-json", lambda c: c.assets.upload("c", canvas="{nope"), "not valid JSON"),
    (
        "canvas-wrong-type",
        lambda c: c.assets.upload("c", canvas=[1, 2]),  # type: ignore[arg-type]
        "canvas must be",
    ),
    (
        "thumbnail-with-image",
        lambda c: c.assets.upload("a.png", image=PNG, thumbnail=PNG),
        "canvas uploads only",
    ),
    ("empty-thumbnail", lambda c: c.assets.upload("c", canvas={}, thumbnail=b""), "thumbnail"),
    ("empty-name", lambda c: c.assets.upload("", image=PNG), "name"),
    ("blank-name", lambda c: c.assets.upload("   ", image=PNG), "name"),
    (
        "collection_ids-bare-string",
        lambda c: c.assets.upload("a.png", image=PNG, collection_ids="col_1"),
        "collection_ids",
    ),
]


@pytest.mark.parametrize(
    ("call", "match"),
    [(c, m) for _, c, m in UPLOAD_REFUSALS],
    ids=[i for i, _, _ in UPLOAD_REFUSALS],
)
def test_bad_uploads_are_refused(client: sa.Client, rec: Recorder, call: Call, match: str) -> None:
    _refused(client, rec, call, match)


def test_canvas_upload_sends_stringified_json(client: sa.Client, rec: Recorder) -> None:
    rec.queue.append(ok(example("uploadAsset")))
    client.assets.upload("board", canvas={"a": [1, 2]}, thumbnail=PNG)
    body = rec.body()
    assert body["canvas"] == '{"a":[1,2]}'
    assert base64.b64decode(body["thumbnail"]) == PNG
    assert "image" not in body


UPDATE_REFUSALS: list[tuple[str, Call, str]] = [
    ("nothing", lambda c: c.assets.update("asset_1"), "nothing to update"),
    (
        "only-flags",
        lambda c: c.assets.update("asset_1", disable_snapshot=True, lock_id="l"),
        "nothing to update",
    ),
    ("invalid-canvas", lambda c: c.assets.update("asset_1", canvas="{"), "not valid JSON"),
    (
        "naive-lock-expiry",
        lambda c: c.assets.update("asset_1", name="n", lock_expires_at=datetime(2031, 1, 1)),
        "no time zone",
    ),
]


@pytest.mark.parametrize(
    ("call", "match"),
    [(c, m) for _, c, m in UPDATE_REFUSALS],
    ids=[i for i, _, _ in UPDATE_REFUSALS],
)
def test_bad_updates_are_refused(client: sa.Client, rec: Recorder, call: Call, match: str) -> None:
    _refused(client, rec, call, match)


# --------------------------------------------------------------------------------------
# locks
# --------------------------------------------------------------------------------------

LOCK_REFUSALS: list[tuple[str, Call, str]] = [
    ("neither", lambda c: c.assets.lock("asset_1"), "exactly one of expires_at or ttl"),
    (
        "both",
        lambda c: c.assets.lock("asset_1", ttl=timedelta(minutes=1), expires_at=NOW),
        "exactly one of expires_at or ttl",
    ),
    ("ttl-zero", lambda c: c.assets.lock("asset_1", ttl=timedelta(0)), "ttl"),
    ("ttl-negative", lambda c: c.assets.lock("asset_1", ttl=timedelta(seconds=-1)), "ttl"),
    ("ttl-seconds-number", lambda c: c.assets.lock("asset_1", ttl=SIXTY), "ttl"),
    (
        "expires-in-the-past",
        lambda c: c.assets.lock("asset_1", expires_at=NOW - timedelta(seconds=1)),
        "not in the future",
    ),
    ("expires-now", lambda c: c.assets.lock("asset_1", expires_at=NOW), "not in the future"),
    (
        "expires-naive",
        lambda c: c.assets.lock("asset_1", expires_at=datetime(2031, 1, 1)),
        "no time zone",
    ),
    ("unlock-without-lock-id", lambda c: c.assets.unlock("asset_1"), "lock_id"),
    (
        "unlock-force-false",
        lambda c: c.assets.unlock("asset_1", lock_id=None, force=False),
        "lock_id",
    ),
]


@pytest.mark.parametrize(
    ("call", "match"),
    [(c, m) for _, c, m in LOCK_REFUSALS],
    ids=[i for i, _, _ in LOCK_REFUSALS],
)
def test_bad_locks_are_refused(client: sa.Client, rec: Recorder, call: Call, match: str) -> None:
    _refused(client, rec, call, match)


def test_lock_expiry_uses_the_injected_clock(client: sa.Client, rec: Recorder) -> None:
    rec.queue += [ok(example("lockAsset")) for _ in range(3)]
    client.assets.lock("asset_1", ttl=timedelta(minutes=90))
    client.assets.lock("asset_1", ttl=timedelta(days=1))  # the maximum is allowed
    client.assets.lock("asset_1", expires_at="2030-01-01T13:00:00.25+01:00")  # 1 ms > NOW
    assert [rec.body(i)["lockExpiresAt"] for i in range(3)] == [
        "2030-01-01T13:30:00.000Z",
        "2030-01-02T12:00:00.000Z",
        "2030-01-01T12:00:00.250Z",
    ]


@pytest.mark.anyio
async def test_async_lock_checks_use_the_injected_clock() -> None:
    rec = Recorder(ok(example("lockAsset")))
    async with sa.AsyncClient(
        "k", "s", base_url=BASE, transport=rec.async_transport(), now=lambda: NOW
    ) as client:
        with pytest.raises(sa.ValidationError, match="not in the future"):
            await client.assets.lock("asset_1", expires_at=NOW - timedelta(hours=1))
        with pytest.raises(sa.ValidationError, match="lock_id"):
            await client.assets.unlock("asset_1")
        assert rec.requests == []
        await client.assets.lock("asset_1", ttl=timedelta(seconds=30))
    assert rec.body()["lockExpiresAt"] == "2030-01-01T12:00:30.000Z"


def test_unlock_with_force_or_lock_id_is_sent(client: sa.Client, rec: Recorder) -> None:
    rec.queue += [ok(example("unlockAsset")) for _ in range(2)]
    client.assets.unlock("asset_1", force=True)
    client.assets.unlock("asset_1", lock_id="lock_1")
    assert rec.body(0) == {"forceUnlock": True}
    assert rec.body(1) == {"lockId": "lock_1"}


# --------------------------------------------------------------------------------------
# tags
# --------------------------------------------------------------------------------------

TAG_REFUSALS: list[tuple[str, Call, str]] = [
    ("nothing", lambda c: c.assets.update_tags("asset_1"), "add or to delete"),
    ("empty-lists", lambda c: c.assets.update_tags("asset_1", add=[], delete=[]), "add or"),
    (
        "same-tag-both-ways",
        lambda c: c.assets.update_tags("asset_1", add=["a", "b"], delete=["b"]),
        "both added and deleted",
    ),
    ("bare-string-add", lambda c: c.assets.update_tags("asset_1", add="tag"), "add"),
    ("bare-string-delete", lambda c: c.assets.update_tags("asset_1", delete="tag"), "delete"),
    ("empty-tag", lambda c: c.assets.update_tags("asset_1", add=["ok", ""]), "non-empty"),
    ("non-string-tag", lambda c: c.assets.update_tags("asset_1", add=NUMBERS), "non-empty strings"),
]


@pytest.mark.parametrize(
    ("call", "match"),
    [(c, m) for _, c, m in TAG_REFUSALS],
    ids=[i for i, _, _ in TAG_REFUSALS],
)
def test_bad_tag_updates_are_refused(
    client: sa.Client, rec: Recorder, call: Call, match: str
) -> None:
    _refused(client, rec, call, match)


# --------------------------------------------------------------------------------------
# downloads
# --------------------------------------------------------------------------------------

DOWNLOAD_REFUSALS: list[tuple[str, Call, str]] = [
    ("empty-query", lambda c: c.downloads.request_batch(), "asset_ids, inference_ids or model_ids"),
    (
        "empty-lists",
        lambda c: c.downloads.request_batch(asset_ids=[], model_ids=[]),
        "asset_ids, inference_ids or model_ids",
    ),
    (
        "1001-assets",
        lambda c: c.downloads.request_batch(asset_ids=[f"asset_{i}" for i in range(1001)]),
        "limited to 1000 assets, got 1001",
    ),
    (
        "empty-template",
        lambda c: c.downloads.request_batch(asset_ids=["asset_1"], file_name_template=""),
        "file_name_template",
    ),
    (
        "blank-template",
        lambda c: c.downloads.request_batch(asset_ids=["asset_1"], file_name_template="  "),
        "file_name_template",
    ),
    (
        "slash-template",
        lambda c: c.downloads.request_batch(asset_ids=["asset_1"], file_name_template="a/<id>"),
        "path separators",
    ),
    (
        "backslash-template",
        lambda c: c.downloads.request_batch(asset_ids=["asset_1"], file_name_template="a\\<id>"),
        "path separators",
    ),
    (
        "bare-string-ids",
        lambda c: c.downloads.request_batch(asset_ids="asset_1"),
        "asset_ids",
    ),
    (
        "unknown-target-format",
        lambda c: c.downloads.request("asset_1", target_format="pngg"),
        "did you mean 'png'",
    ),
]


@pytest.mark.parametrize(
    ("call", "match"),
    [(c, m) for _, c, m in DOWNLOAD_REFUSALS],
    ids=[i for i, _, _ in DOWNLOAD_REFUSALS],
)
def test_bad_download_requests_are_refused(
    client: sa.Client, rec: Recorder, call: Call, match: str
) -> None:
    _refused(client, rec, call, match)


def test_batch_of_1000_distinct_assets_with_duplicates_is_accepted(
    client: sa.Client, rec: Recorder
) -> None:
    ids = [f"asset_{i}" for i in range(1000)]
    rec.queue.append(ok(example("requestBatchDownload")))
    job = client.downloads.request_batch(asset_ids=ids + ids[:5])
    assert job.job_id == "jobId"
    body = rec.body()
    assert body["query"]["assetIds"] == ids
    assert body["options"]["fileNameTemplate"] == "<id>"


@pytest.mark.parametrize("target", [TargetFormat.WEBP, "webp"])
def test_target_format_member_or_string_is_sent(
    client: sa.Client, rec: Recorder, target: TargetFormat | str
) -> None:
    rec.queue.append(ok({"url": "https://storage.test/a.webp"}))
    assert (
        client.downloads.request("asset_1", target_format=target) == "https://storage.test/a.webp"
    )
    assert rec.body() == {"targetFormat": "webp"}
