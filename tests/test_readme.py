"""The README's Python examples run as written, against a seeded emulator on loopback."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from scenario_assets.emulator import EmulatorServer
from tests.support.spec import ROOT

ALL_BLOCKS = re.findall(
    r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S
)
# Blocks that start with a file name (``# pipeline.py``) are the files of the "Testing your
# code" example; tests/testing/test_readme_example.py runs them as a project of their own.
FILE_BLOCK = re.compile(r"# [\w.-]+\.py\n")
BLOCKS = [block for block in ALL_BLOCKS if not FILE_BLOCK.match(block)]


def test_readme_has_the_quick_start() -> None:
    assert len(BLOCKS) >= 3
    assert "client.assets.iter(" in BLOCKS[0] and "NotFoundError" in BLOCKS[0]


def test_readme_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with EmulatorServer(seed=True, job_steps=("queued", "success")) as server:
        monkeypatch.setenv("SCENARIO_SDK_API_KEY", server.api_key)
        monkeypatch.setenv("SCENARIO_SDK_API_SECRET", server.api_secret)
        monkeypatch.setenv("SCENARIO_BASE_URL", server.base_url)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            for block in BLOCKS:
                exec(compile(block, "README.md", "exec"), {"__name__": "readme"})
    text = out.getvalue()
    assert "404 GET /v1/assets/asset_doesnotexist" in text
    assert "inference-txt2img 64 48" in text and "upscale 128 96" in text
    assert "locked until" in text
    assert re.search(r"asset_\S+ \d+ px wide", text)
    assert "['asset_" in text and "ValidationError" in text
    assert list((tmp_path / "downloads").glob("*.zip"))
    assert list((tmp_path / "downloads").glob("*.jpeg"))
    assert "200 True" in text and "2 assets, patiently" in text
    assert "failed: []" in text and "second run: 1 request(s), 0 files" in text
    assert "would remove []" in text and (tmp_path / "library" / ".scenario-sync.sqlite").exists()
