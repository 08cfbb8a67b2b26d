"""``client.assets.sync``: a folder kept in step with a library on a loopback emulator."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest
from dateutil.parser import isoparse
from scenario_assets_api._operations import OPERATIONS

import scenario_assets as sa
from scenario_assets._mirror_layout import Layout, disambiguate, path_key, safe_segment
from scenario_assets._mirror_plan import BATCH_LIMIT, FILTERS, PAGE_SIZE, _instant, check_filters
from scenario_assets._mirror_state import FolderLock
from scenario_assets.testing import Target, make_png, open_target


@pytest.fixture
def target() -> Iterator[Target]:
    with open_target(cassette=False, job_steps=("queued", "success")) as opened:
        yield opened


@pytest.fixture
def client(target: Target) -> Iterator[sa.Client]:
    with target.client() as opened:
        yield opened


def state_rows(folder: Path) -> dict[str, tuple[str, int, str]]:
    with sqlite3.connect(folder / ".scenario-sync.sqlite") as db:
        rows = db.execute("SELECT id, path, size, checksum FROM files").fetchall()
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def assert_mirror(folder: Path, target: Target) -> None:
    """Every asset of the emulator is in the folder, byte for byte, and recorded; no leftovers."""
    assert target.server is not None
    rows = state_rows(folder)
    assert set(rows) == set(target.server.state.assets)
    for asset_id, (path, size, checksum) in rows.items():
        data = (folder / path).read_bytes()
        assert data == target.server.state.assets[asset_id].content
        assert len(data) == size and hashlib.sha256(data).hexdigest() == checksum
    assert not list(folder.rglob("*.part"))
    assert not (folder / ".scenario-sync-tmp").exists()


# ---------------------------------------------------------------------- facts from the spec
def test_filters_page_size_and_batch_limit_come_from_the_spec() -> None:
    listing = OPERATIONS["listAssets"]
    names = {p.python for p in FILTERS}
    assert names <= {p.python for p in listing.params}
    assert {"type", "types", "collection_id", "tags", "privacy"} <= names
    assert not names & {"page_size", "sort_by", "pagination_token", "updated_after"}
    assert not names & {"created_after", "created_before"}  # they need sortBy=createdAt
    assert next(p for p in listing.params if p.python == "page_size").schema["maximum"] == PAGE_SIZE
    query = next(p for p in OPERATIONS["requestBatchDownload"].params if p.name == "query")
    assert query.schema["properties"]["assetIds"]["maxItems"] == BATCH_LIMIT


def test_bad_filters_are_refused_by_the_spec_rules() -> None:
    with pytest.raises(sa.ValidationError, match="sort_by"):
        check_filters({"sort_by": "createdAt"})
    with pytest.raises(sa.ValidationError, match="cannot be used together"):
        check_filters({"type": "canvas", "types": ["upscale"]})
    with pytest.raises(sa.ValidationError):
        check_filters({"privacy": "nobody"})
    assert check_filters({"types": ("canvas",), "tags": None}) == {"types": ["canvas"]}


# ---------------------------------------------------------------------- layout and names
@pytest.mark.parametrize(
    ("template", "why"),
    [
        ("", "non-empty"),
        ("/abs/{id}", "relative"),
        ("C:/x/{id}", "relative"),
        ("{type}/../{id}", "'..'"),
        ("{type}//{id}", "empty"),
        ("{type}\\{id}", "not '\\\\'"),
        ("{nope}", "unknown placeholder"),
        ("{id!r}", "no format spec"),
        ("{id:>10}", "no format spec"),
        ("{type}/fixed.png", "must use a placeholder"),
        ("{id", "layout"),
    ],
)
def test_bad_layouts_are_refused_before_anything(template: str, why: str, tmp_path: Path) -> None:
    with pytest.raises(sa.ValidationError, match=why):
        Layout(template)


def test_untrusted_names_become_safe_segments() -> None:
    assert safe_segment("../../etc/passwd") == "_.._etc_passwd"
    assert safe_segment("..") == "_" and safe_segment("") == "_" and safe_segment(".env") == "env"
    assert safe_segment("CON") == "_CON" and safe_segment("lpt1.png") == "_lpt1.png"
    assert safe_segment('a<b>:"c|?*') == "a_b___c___"
    assert safe_segment("name. ") == "name"
    long = safe_segment("é" * 300 + ".png")
    assert long.endswith(".png") and len(long.encode()) <= 150
    assert disambiguate("t/hero.png", "asset_1") == "t/hero~asset_1.png"
    assert path_key("T/Hero.PNG") == path_key("t/hero.png")


def test_sync_places_every_asset_by_the_layout(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    ids = target.seed_assets(120, asset_type="upscale")
    report = client.assets.sync(tmp_path / "m", layout="{type}/{name}.{ext}")
    assert (report.new, report.updated, report.unchanged, report.failed) == (120, 0, 0, [])
    assert report.listed == 120 and report.full_listing and report.jobs == 1
    assert target.server is not None
    assert report.bytes == sum(len(a.content) for a in target.server.state.assets.values())
    assert (tmp_path / "m" / "upscale" / "asset-0.png").is_file()
    assert len(ids) == len(state_rows(tmp_path / "m"))
    assert_mirror(tmp_path / "m", target)


def test_hostile_names_and_case_collisions_never_overwrite(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    assert target.server is not None
    state = target.server.state
    made = [
        state.add_asset(name="../../escape.png", content=make_png(3, 3, (1, 2, 3))),
        state.add_asset(name="Hero.png", content=make_png(4, 4, (1, 2, 3))),
        state.add_asset(name="hero.png", content=make_png(5, 5, (1, 2, 3))),
        state.add_asset(name="/etc/passwd", content=make_png(6, 6, (1, 2, 3))),
        state.add_asset(name="CON.png", content=make_png(7, 7, (1, 2, 3))),
    ]
    folder = tmp_path / "m"
    report = client.assets.sync(folder, layout="{name}.{ext}", strategy="single")
    assert report.new == len(made) and report.ok
    paths = [p for p, _, _ in state_rows(folder).values()]
    assert len({path_key(p) for p in paths}) == len(made)  # distinct even ignoring case
    for path in paths:
        assert ".." not in Path(path).parts and not Path(path).is_absolute()
        assert (folder / path).resolve().is_relative_to(folder.resolve())
    assert "_CON.png" in paths
    assert not (tmp_path / "escape.png").exists()
    assert_mirror(folder, target)


def test_files_the_state_does_not_own_are_never_touched(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(3)
    folder = tmp_path / "m"
    (folder / "uploaded").mkdir(parents=True)
    mine = folder / "uploaded" / "asset-1.png"
    mine.write_bytes(b"my own file")
    notes = folder / "notes.txt"
    notes.write_text("keep me")
    report = client.assets.sync(folder, prune=True)
    assert report.new == 3 and report.pruned == []
    assert mine.read_bytes() == b"my own file" and notes.read_text() == "keep me"
    assert any("asset-1~" in p for p, _, _ in state_rows(folder).values())


def test_a_foreign_file_beside_the_state_files_is_never_touched(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    """A flat layout puts files beside the state's own (dot) files: the folder is not empty,
    so the name a foreign file holds is looked up on disk and given up."""
    target.seed_assets(3)
    folder = tmp_path / "m"
    client.assets.sync(folder, layout="{id}.{ext}")  # the state files now exist
    assert target.server is not None
    newcomer = target.server.state.add_asset(name="n.png", content=make_png(2, 2, (1, 1, 1))).id
    foreign = folder / f"{newcomer}.png"
    foreign.write_bytes(b"not the mirror's")
    report = client.assets.sync(folder, layout="{id}.{ext}")
    assert report.new == 1 and report.ok
    assert foreign.read_bytes() == b"not the mirror's"
    assert state_rows(folder)[newcomer][0] == f"{newcomer}~{newcomer}.png"


@pytest.mark.parametrize(
    "stamp",
    [
        "2026-01-02T03:04:05Z",
        "2026-01-02T03:04:05.123456789Z",
        "2026-01-02T03:04:05.1+01:00",
        "2026-01-02T24:00:00Z",  # read by dateutil only
    ],
)
def test_update_times_read_as_dateutil_reads_them(stamp: str) -> None:
    assert _instant(stamp) == isoparse(stamp)


# ---------------------------------------------------------------------- incremental
def test_a_run_with_nothing_new_costs_one_list_request(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(300)
    folder = tmp_path / "m"
    client.assets.sync(folder)
    again = client.assets.sync(folder)
    assert (again.requests, again.new, again.updated, again.jobs) == (1, 0, 0, 0)
    assert not again.full_listing and again.listed < PAGE_SIZE


def test_changed_assets_are_fetched_again_and_only_they(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    ids = target.seed_assets(200)
    folder = tmp_path / "m"
    client.assets.sync(folder)
    target.change_assets(ids[:7])
    report = client.assets.sync(folder)
    assert (report.new, report.updated, report.failed) == (0, 7, [])
    assert report.requests <= 1 + 7  # one page, and a link per changed file
    assert_mirror(folder, target)


def test_a_file_deleted_locally_comes_back_on_a_complete_listing(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(5)
    folder = tmp_path / "m"
    client.assets.sync(folder)
    (folder / "uploaded" / "asset-2.png").unlink()
    report = client.assets.sync(folder, prune=True)  # prune lists everything
    assert report.updated == 1 and report.pruned == []
    assert_mirror(folder, target)


def test_prune_removes_only_files_of_vanished_assets_and_says_so(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    ids = target.seed_assets(10)
    folder = tmp_path / "m"
    client.assets.sync(folder)
    client.assets.delete_many(ids[:2])
    plain = client.assets.sync(folder)
    assert plain.pruned == [] and (folder / "uploaded" / "asset-0.png").exists()
    dry = client.assets.sync(folder, prune=True, dry_run=True)
    assert sorted(dry.pruned) == ["uploaded/asset-0.png", "uploaded/asset-1.png"]
    assert {a.action for a in dry.actions} == {"prune"}
    assert (folder / "uploaded" / "asset-0.png").exists()
    report = client.assets.sync(folder, prune=True)
    assert sorted(report.pruned) == sorted(dry.pruned)
    assert not (folder / "uploaded" / "asset-0.png").exists()
    assert_mirror(folder, target)


def test_dry_run_changes_nothing(target: Target, client: sa.Client, tmp_path: Path) -> None:
    target.seed_assets(60)
    folder = tmp_path / "new"
    report = client.assets.sync(folder, dry_run=True)
    assert report.dry_run and report.new == 60 and len(report.actions) == 60
    assert {a.action for a in report.actions} == {"new"}
    assert not folder.exists()
    client.assets.sync(folder)
    target.change_assets(list(target.server.state.assets)[:3])  # type: ignore[union-attr]
    before = state_rows(folder)
    dry = client.assets.sync(folder, dry_run=True)
    assert dry.updated == 3 and state_rows(folder) == before
    assert client.assets.sync(folder).updated == 3  # the dry run moved no mark


def test_changed_filters_are_refused_unless_rebaselined(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(4, asset_type="upscale")
    target.seed_assets(3, asset_type="uploaded")
    folder = tmp_path / "m"
    assert client.assets.sync(folder, type="upscale").new == 4
    with pytest.raises(sa.SyncStateError, match="rebaseline"):
        client.assets.sync(folder, types=["upscale", "uploaded"])
    with pytest.raises(sa.SyncStateError, match="layout"):
        client.assets.sync(folder, type="upscale", layout="{id}.{ext}")
    report = client.assets.sync(folder, types=["upscale", "uploaded"], rebaseline=True)
    assert report.full_listing and report.new == 3 and report.unchanged == 4


def test_two_syncs_in_one_folder_are_refused(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(2)
    folder = tmp_path / "m"
    folder.mkdir()
    held = FolderLock(folder)
    held.acquire()
    try:
        with pytest.raises(sa.SyncLockedError, match="another sync is running"):
            client.assets.sync(folder)
    finally:
        held.release()
    assert client.assets.sync(folder).new == 2


def test_bad_arguments_are_refused_before_any_request(client: sa.Client, tmp_path: Path) -> None:
    file = tmp_path / "file"
    file.write_text("x")
    cases: list[dict[str, Any]] = [
        {"dest": file},
        {"dest": tmp_path, "concurrency": 0},
        {"dest": tmp_path, "prune": "yes"},
        {"dest": tmp_path, "strategy": "fast"},
        {"dest": tmp_path, "on_phase": 3},
        {"dest": tmp_path, "on_progress": lambda *a: None},  # byte progress: not a sync callback
        {"dest": tmp_path, "layout": "../{id}"},
        {"dest": tmp_path, "page_size": 5},
    ]
    for case in cases:
        with pytest.raises(sa.ValidationError):
            client.assets.sync(**case)
    assert list(tmp_path.iterdir()) == [file]


def test_progress_is_reported_by_phase(target: Target, client: sa.Client, tmp_path: Path) -> None:
    target.seed_assets(5)
    seen: list[tuple[str, int, int | None]] = []
    client.assets.sync(tmp_path / "m", on_phase=lambda *a: seen.append(a))
    assert ("listing", 5, None) in seen and ("fetching", 5, 5) in seen


def test_the_async_twin_mirrors_the_same(target: Target, tmp_path: Path) -> None:
    ids = target.seed_assets(80)
    folder = tmp_path / "m"

    async def main() -> tuple[sa.SyncReport, sa.SyncReport, sa.SyncReport]:
        async with target.async_client() as client:
            first = await client.assets.sync(folder, concurrency=4)
            target.change_assets(ids[:3])
            second = await client.assets.sync(folder, strategy="single")
            client_ids = ids[3:5]
            await client.assets.delete_many(client_ids)
            third = await client.assets.sync(folder, prune=True)
            return first, second, third

    first, second, third = anyio.run(main)
    assert (first.new, first.jobs, second.updated, len(third.pruned)) == (80, 1, 3, 2)
    assert_mirror(folder, target)


# ---------------------------------------------------------------------- fetching
def test_batch_jobs_start_while_the_listing_goes_on(
    target: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A job starts as soon as a full batch is listed, not after the last page; each batch is
    asked for once, and the tail of the listing goes to a last job."""
    from scenario_assets import _mirror_plan

    monkeypatch.setattr(_mirror_plan, "PAGE_SIZE", 10)
    monkeypatch.setattr(_mirror_plan, "BATCH_LIMIT", 10)
    target.seed_assets(35)
    seen: list[str] = []

    def log(request: httpx.Request) -> None:
        if request.method == "POST":
            seen.append("job")
        elif request.url.path.endswith("/assets"):
            seen.append("page")

    http = httpx.Client(event_hooks={"request": [log]})
    with target.client(http_client=http) as client:
        report = client.assets.sync(tmp_path / "m", strategy="batch")
    assert report.ok and report.new == 35 and report.jobs == 4
    assert seen.count("page") == 4 and seen.count("job") == 4
    assert seen.index("job") < len(seen) - 1 - seen[::-1].index("page")  # before the last page
    assert_mirror(tmp_path / "m", target)
