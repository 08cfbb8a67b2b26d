"""The generated package's public API matches the committed snapshot (``make api-snapshot``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import api_snapshot

from tests.support.spec import ROOT


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
    _edit(
        root,
        "api/assets/list_assets.py",
        "    author_id: str | Unset = UNSET,",
        "    author_id: str | Unset = UNSET,\n    project_id: str | Unset = UNSET,",
    )
    _edit(root, "models/asset_kind.py", "    VIDEO =", '    TEXT = "text"\n    VIDEO =')
    result = api_snapshot.compare(api_snapshot.load_snapshot(), api_snapshot.load_package(root))
    assert not result.breaking, result.render()
    assert "api.assets.list_assets.sync: parameter project_id" in result.added
    assert "models.asset_kind.AssetKind.TEXT: attribute added" in result.added
    assert result.bump == "minor"
    assert f"semver): minor ({len(result.added)} additions" in result.render()


def test_no_change_needs_a_patch_release_at_most() -> None:
    snapshot = api_snapshot.load_snapshot()
    result = api_snapshot.compare(snapshot, snapshot)
    assert (result.breaking, result.added, result.bump) == ([], [], "patch")
    assert result.render().endswith("semver): patch (no change to the public API)")


def test_the_snapshot_is_current(tmp_path: Path) -> None:
    # `make api-snapshot` writes exactly this text: a stale snapshot would hide additions.
    fresh = api_snapshot.dump(api_snapshot.load_package())
    assert api_snapshot.SNAPSHOT_PATH.read_text(encoding="utf-8") == fresh, (
        "openapi/public-api.json is not the current API: run `make api-snapshot` after reviewing "
        "the additions (tools/api_snapshot.py)"
    )
