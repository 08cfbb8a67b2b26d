"""The development install is visible to type checkers run from outside the repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

USER_CODE = """
from scenario_assets import Client
from scenario_assets_api.models import AssetKind

kind: AssetKind = AssetKind.THREE_D
client: Client | None = None
"""


def test_mypy_outside_the_repository_finds_both_packages(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER_CODE, encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--follow-imports=silent",
            "--cache-dir",
            str(tmp_path / "cache"),
            "user.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "import-not-found" not in result.stdout, result.stdout
    assert result.returncode == 0, result.stdout + result.stderr
