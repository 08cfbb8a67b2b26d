"""The Python examples of the README and of the guides run as written, against a seeded
emulator on loopback (the guides are the documentation site's pages, docs/guides/*.md)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
import yaml

from scenario_assets.emulator import EmulatorServer
from tests.support.spec import ROOT

# Blocks that start with a file name (``# pipeline.py``) are the files of the "Testing your
# code" example; tests/testing/test_readme_example.py runs them as a project of their own.
FILE_BLOCK = re.compile(r"# [\w.-]+\.py\n")
PYTHON_BLOCK = re.compile(r"```python\n(.*?)```", re.S)


def _guides() -> list[Path]:
    """The guide pages in the order of the site's navigation."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    (guides,) = [entry["Guides"] for entry in config["nav"] if "Guides" in entry]
    return [ROOT / "docs" / next(iter(page.values())) for page in guides]


def _blocks(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    return [block for block in PYTHON_BLOCK.findall(text) if not FILE_BLOCK.match(block)]


SOURCES = [ROOT / "README.md", *_guides()]


def test_readme_has_the_quick_start_and_mirror_sections() -> None:
    quick, mirror = _blocks(ROOT / "README.md")
    assert "client.assets.iter(" in quick and "NotFoundError" in quick
    assert "client.assets.sync(" in mirror
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## Mirror a library" in readme and "scenario-assets sync " in readme


def test_every_guide_is_in_the_navigation_and_has_examples() -> None:
    guides = _guides()
    assert sorted(guides) == sorted((ROOT / "docs" / "guides").glob("*.md"))
    with_code = {g.name for g in guides if _blocks(g)}
    assert {"quickstart.md", "workflows.md"} <= with_code, with_code
    # the mirror guide shows the README's section (run there) through a snippet
    assert '--8<-- "README.md:mirror"' in (ROOT / "docs/guides/mirror.md").read_text("utf-8")


def test_readme_and_guide_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    ran = 0
    with EmulatorServer(seed=True, job_steps=("queued", "success")) as server:
        monkeypatch.setenv("SCENARIO_SDK_API_KEY", server.api_key)
        monkeypatch.setenv("SCENARIO_SDK_API_SECRET", server.api_secret)
        monkeypatch.setenv("SCENARIO_BASE_URL", server.base_url)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            for source in SOURCES:
                for block in _blocks(source):
                    exec(compile(block, source.name, "exec"), {"__name__": "docs"})
                    ran += 1
    text = out.getvalue()
    assert ran >= 6
    assert "404 GET /v1/assets/asset_doesnotexist" in text
    assert "inference-txt2img 64 48" in text and "upscale 128 96" in text
    assert "locked until" in text
    assert re.search(r"asset_\S+ \d+ px wide", text)
    assert "['asset_" in text and "ValidationError" in text
    assert list((tmp_path / "downloads").glob("*.zip"))
    assert list((tmp_path / "downloads").glob("*.jpeg"))
    assert "200 True" in text and "2 assets, patiently" in text
    assert re.search(r"^mirrored [1-9]\d* new, 0 updated, failed: \[\]$", text, re.M)
    assert "second run: 1 request(s), 0 files" in text
    assert "would remove []" in text and (tmp_path / "library" / ".scenario-sync.sqlite").exists()
