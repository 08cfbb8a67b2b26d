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


USER_TYPES = """
from scenario_assets import Client
from scenario_assets.models import Asset


def first(client: Client) -> Asset | None:
    for page in client.assets.iter(page_size=10).pages():
        wrong: int = page.items[0]
        return page.items[0]
    return None


def rename(client: Client) -> None:
    with client.assets.lock_session("asset_x") as lock:
        lock.update(name="ok", thumbnail=b"png bytes")
        lock.update(nmae="typo")
"""


def test_models_pages_and_session_updates_are_typed_for_users(tmp_path: Path) -> None:
    # `scenario_assets.models` is a module, a page's items are Assets (not Any), and a lock
    # session's update knows its keywords: exactly the two deliberate mistakes are reported.
    (tmp_path / "user.py").write_text(USER_TYPES, encoding="utf-8")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "mypy", "--strict", "--follow-imports=silent"),
            *("--cache-dir", str(tmp_path / "cache"), "user.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert 'expression has type "Asset"' in errors[0], errors
    assert '"nmae"' in errors[1], errors
