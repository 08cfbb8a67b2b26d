"""`make demo` runs end to end (against an emulator it starts on loopback)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.support.spec import ROOT


def test_demo_runs_end_to_end(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCENARIO_")}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "examples.demo"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert "against a local emulator at http://127.0.0.1:" in out
    assert "a second editor is refused" in out
    assert "2 snapshots" in out
    archives = list((tmp_path / "demo-output").glob("*.zip"))
    assert len(archives) == 1
    with zipfile.ZipFile(archives[0]) as zipped:
        assert len(zipped.namelist()) == 4
    assert "INFO" not in result.stderr
