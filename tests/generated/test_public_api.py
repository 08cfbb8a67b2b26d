"""The generated package's public API matches the committed snapshot (``make api-snapshot``)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import api_snapshot

from tests.support.spec import ROOT, absent_name, snake


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / "scenario_assets_api" / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, (relative, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_generated_api_has_no_breaking_change_against_the_snapshot() -> None:
    result = api_snapshot.compare(api_snapshot.load_snapshot(), api_snapshot.load_package())
    assert not result.breaking, result.render()


def test_a_renamed_enum_member_field_or_parameter_is_breaking(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    _edit(root, "models/asset_kind.py", "THREE_D =", "VALUE_0 =")
    _edit(root, "models/asset.py", "    mime_type: str\n", "    mimetype: str\n")
    _edit(root, "api/assets/list_assets.py", "    author_id: str | Unset = UNSET,", "")
    result = api_snapshot.compare(api_snapshot.load_snapshot(), api_snapshot.load_package(root))
    assert "models.asset_kind.AssetKind.THREE_D: Public object was removed" in result.breaking
    assert "models.asset.Asset.mime_type: Public object was removed" in result.breaking
    assert any(
        line.startswith("api.assets.list_assets.sync: Parameter was removed: author_id")
        for line in result.breaking
    ), result.breaking
    assert "make api-snapshot" in result.render()
    assert result.bump == "major"
    assert "semver): major" in result.render()


def test_additions_are_reported_not_breaking(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    param, member = snake(absent_name("drillScope")), absent_name("DRILLKIND")
    _edit(
        root,
        "api/assets/list_assets.py",
        "    author_id: str | Unset = UNSET,",
        f"    author_id: str | Unset = UNSET,\n    {param}: str | Unset = UNSET,",
    )
    _edit(root, "models/asset_kind.py", "    VIDEO =", f'    {member} = "{member.lower()}"\n    VIDEO =')
    result = api_snapshot.compare(api_snapshot.load_snapshot(), api_snapshot.load_package(root))
    assert not result.breaking, result.render()
    assert f"api.assets.list_assets.sync: parameter {param}" in result.added
    assert f"models.asset_kind.AssetKind.{member}: attribute added" in result.added
    assert result.bump == "minor"
    assert f"semver): minor ({len(result.added_lines)} additions" in result.render()


def test_no_change_needs_a_patch_release_at_most() -> None:
    snapshot = api_snapshot.load_snapshot()
    result = api_snapshot.compare(snapshot, snapshot)
    assert (result.breaking, result.added, result.bump) == ([], [], "patch")
    assert result.render().endswith("semver): patch (no change to the public API)")


def test_additions_are_listed_once_whatever_the_twins(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    param = snake(absent_name("drillAdded"))
    before = api_snapshot.compare(api_snapshot.load_snapshot(), api_snapshot.load_package())
    module = root / "scenario_assets_api" / "api" / "assets" / "list_assets.py"
    text = module.read_text(encoding="utf-8")
    module.write_text(
        text.replace(
            "    author_id: str | Unset = UNSET,",
            f"    author_id: str | Unset = UNSET,\n    {param}: str | Unset = UNSET,",
        ),
        encoding="utf-8",
    )
    result = api_snapshot.compare(api_snapshot.load_snapshot(), api_snapshot.load_package(root))
    variants = [line for line in result.added if line.endswith(f"parameter {param}")]
    assert len(variants) == 4, variants  # sync, sync_detailed, asyncio, asyncio_detailed
    new = [line for line in result.added_lines if line not in before.added_lines]
    assert new == [f"{param}: api.assets.list_assets"], result.added_lines
    total = len(before.added_lines) + 1
    assert f"Public API additions since the snapshot: {total}:" in result.render()


def test_the_snapshot_differs_from_the_package_by_additions_only() -> None:
    # `make api-snapshot` writes api_snapshot.dump(...); additions since then are accepted
    # (and reported), anything else the snapshot records must still be exactly so.
    fresh = api_snapshot.dump(api_snapshot.load_package())
    changes = api_snapshot.unaccepted_changes(
        api_snapshot.SNAPSHOT_PATH.read_text(encoding="utf-8"), fresh
    )
    assert not changes, (
        "openapi/public-api.json records an API that changed (not only grew): review, then run "
        f"`make api-snapshot` (tools/api_snapshot.py): {changes[:10]}"
    )


def test_a_changed_annotation_is_not_an_addition() -> None:
    snapshot = api_snapshot.SNAPSHOT_PATH.read_text(encoding="utf-8")
    assert api_snapshot.unaccepted_changes(snapshot, snapshot) == []
    data = json.loads(snapshot)
    sync = data["members"]["api"]["members"]["assets"]["members"]["list_assets"]["members"]
    params = sync["sync"]["parameters"]
    param = next(p for p in params if p["name"] == "author_id")
    param["annotation"] = {"cls": "ExprName", "member": "sync", "name": "int"}
    params.append({**param, "name": "zz_added"})
    changes = api_snapshot.unaccepted_changes(snapshot, json.dumps(data))
    assert changes and all("sync.parameters[author_id].annotation" in c for c in changes), changes
    del params[0]
    changes = api_snapshot.unaccepted_changes(snapshot, json.dumps(data))
    assert any(line.endswith("[client]: missing") for line in changes), changes
