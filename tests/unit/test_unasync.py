"""tools/unasync.py: the sync twins are generated from the async source, and the check that
``make test`` runs fails when a twin is edited by hand, stale, or orphaned."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import unasync  # noqa: E402


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the package's twin folders, with the tool pointed at it."""
    for folder in ("scenario_assets/_async", "scenario_assets/_sync"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    monkeypatch.setattr(unasync, "ROOT", tmp_path)
    return tmp_path


def test_the_committed_twins_are_current() -> None:
    assert unasync.main(["--check"]) == 0


def test_the_rewrite_drops_async_and_the_async_prefixes() -> None:
    line = "    async def run(self) -> AsyncIterator[int]: await self._x.aclose()  # AsyncPager\n"
    assert unasync.unasync_line(line) == (
        "    def run(self) -> Iterator[int]: self._x.close()  # Pager\n"
    )
    assert unasync.unasync_line("class _AsyncShim:\n") == "class _Shim:\n"
    assert unasync.unasync_line("from .._async._x import y\n") == "from .._sync._x import y\n"


def test_a_twin_edited_by_hand_fails_the_check(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    twin = tree / "scenario_assets/_sync/_invoker.py"
    twin.write_text(twin.read_text() + "# a local fix\n")
    assert unasync.main(["--check"]) == 1
    assert "_sync/_invoker.py is stale or was edited by hand" in capsys.readouterr().err


def test_a_stale_twin_fails_the_check_and_the_rewrite_fixes_it(tree: Path) -> None:
    source = tree / "scenario_assets/_async/_invoker.py"
    source.write_text(source.read_text() + "\n\nasync def added() -> None:\n    await added()\n")
    assert unasync.main(["--check"]) == 1
    assert unasync.main([]) == 0
    assert (
        "def added() -> None:\n    added()\n"
        in (tree / "scenario_assets/_sync/_invoker.py").read_text()
    )
    assert unasync.main(["--check"]) == 0


def test_an_orphaned_twin_fails_the_check(tree: Path) -> None:
    (tree / "scenario_assets/_async/_storage.py").unlink()
    assert unasync.main(["--check"]) == 1
    assert unasync.main([]) == 0
    assert not (tree / "scenario_assets/_sync/_storage.py").exists()
