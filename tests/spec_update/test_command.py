"""The command's outcomes without regeneration: what it writes, what it refuses, and when."""

from __future__ import annotations

import shutil
from pathlib import Path

import build_spec
import pytest
import reference as ref
import spec_update
import yaml

from tests.support.reference_pages import NewerPage, ReferencePage, committed_text
from tests.support.spec import ROOT


def _root(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(ROOT / "openapi", root / "openapi", ignore=shutil.ignore_patterns("templates"))
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def test_a_newer_page_is_written_with_its_changelog(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _root(tmp_path)
    page = NewerPage(shared_parameter=True)
    path = tmp_path / "newer.txt"
    path.write_text(page.text, encoding="utf-8")
    argv = ["--reference", str(path), "--root", str(root), "--no-regen"]
    assert spec_update.main(argv) == 0
    out = capsys.readouterr().out
    assert "semantic-version bump: major" in out and "CHANGELOG.md entry:" in out
    assert "the spec changed: run make regen, then make test" in out
    spec = yaml.safe_load((root / "openapi" / "scenario-assets.yaml").read_text(encoding="utf-8"))
    assert page.path in spec["paths"]
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "## [Unreleased]" in changelog and page.top_field in changelog
    written = _snapshot(root)
    assert spec_update.main(argv) == 0
    assert "nothing changed" in capsys.readouterr().out
    assert _snapshot(root) == written


def test_an_unreadable_page_is_refused_with_its_line_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _root(tmp_path)
    before = _snapshot(root)
    broken = committed_text().replace(
        "- `authorId: optional string`", "- `author id: optional string`", 1
    )
    path = tmp_path / "broken.txt"
    path.write_text(broken, encoding="utf-8")
    assert spec_update.main(["--reference", str(path), "--root", str(root), "--no-regen"]) == 2
    err = capsys.readouterr().err
    assert "line " in err and "expected a field" in err and "author id" in err
    assert "nothing was written" in err
    assert _snapshot(root) == before


def test_a_collision_is_refused_and_nothing_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _root(tmp_path)
    spec_path = root / "openapi" / "scenario-assets.yaml"
    page = NewerPage(shared_parameter=False)
    taken = "AssetMetadata" + build_spec.pascal(page.nested_object)
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    spec["components"]["schemas"][taken] = {"type": "string"}
    spec_path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    before = _snapshot(root)
    path = tmp_path / "newer.txt"
    path.write_text(page.text, encoding="utf-8")
    assert spec_update.main(["--reference", str(path), "--root", str(root)]) == 1
    err = capsys.readouterr().err
    assert "names collide; nothing was written" in err and taken in err
    assert _snapshot(root) == before


def test_a_new_enum_value_whose_member_name_is_taken_is_refused_naming_both_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _root(tmp_path)
    before = _snapshot(root)
    page = ReferencePage(committed_text())
    kinds = ref.innermost(page.field("Retrieve", "asset.kind").type)[0].values
    # "image hdr" is named as "image-hdr" is (IMAGE_HDR): a rule cannot tell them apart.
    assert "image-hdr" in kinds
    page.add_enum_value("Retrieve", "asset.kind", "image hdr")
    path = tmp_path / "newer.txt"
    path.write_text(page.text, encoding="utf-8")
    assert spec_update.main(["--reference", str(path), "--root", str(root), "--no-regen"]) == 2
    err = capsys.readouterr().err
    assert "member names collide: IMAGE_HDR ('image hdr', 'image-hdr')" in err
    assert "nothing was written" in err
    assert _snapshot(root) == before
