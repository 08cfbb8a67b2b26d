"""`make check-generated` catches a stale or hand-edited generated/ package."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.support.spec import ROOT

SCRIPT = ROOT / "tools" / "check_generated.sh"


def _copy(tmp_path: Path) -> Path:
    target = tmp_path / "generated"
    shutil.copytree(ROOT / "generated", target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def _check(target: Path) -> subprocess.CompletedProcess[str]:
    # The tools of the interpreter running the suite, whichever venv that is (.venv-3.12, ...).
    env = {**os.environ, "VENV_BIN": str(Path(sys.executable).parent)}
    return subprocess.run(
        [str(SCRIPT), str(target)], capture_output=True, text=True, check=False, env=env
    )


def test_unmodified_copy_passes_and_hand_edit_fails(tmp_path: Path) -> None:
    target = _copy(tmp_path)
    assert _check(target).returncode == 0

    model = target / "scenario_assets_api" / "models" / "asset.py"
    model.write_text(model.read_text() + "\n# a hand edit\n")
    result = _check(target)
    assert result.returncode == 1
    assert "a hand edit" in result.stderr
    assert "make regen" in result.stderr


def test_extra_file_fails(tmp_path: Path) -> None:
    target = _copy(tmp_path)
    (target / "scenario_assets_api" / "models" / "handwritten.py").write_text("X = 1\n")
    assert _check(target).returncode == 1
