"""``scenario-assets sync``: the README's examples, the summary, ``--json`` and exit codes."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from scenario_assets._mirror_state import FolderLock
from scenario_assets.cli._commands import EXIT_JOB, EXIT_LOCKED, EXIT_USAGE
from scenario_assets.testing import Target, open_target
from tests.cli.test_cli import invoke

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def target(monkeypatch: pytest.MonkeyPatch) -> Iterator[Target]:
    with open_target(cassette=False, job_steps=("queued", "success")) as opened:
        monkeypatch.setenv("SCENARIO_BASE_URL", opened.base_url)
        monkeypatch.setenv("SCENARIO_SDK_API_KEY", opened.api_key)
        monkeypatch.setenv("SCENARIO_SDK_API_SECRET", opened.api_secret)
        yield opened


def test_the_readme_sync_examples_run(
    target: Target, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target.seed_assets(3, asset_type="upscale")
    target.seed_assets(2, asset_type="uploaded")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- --8<-- [start:mirror] -->")[1].split("[end:mirror]")[0]
    (block,) = re.findall(r"```sh\n(.*?)```", section, re.S)
    monkeypatch.chdir(tmp_path)
    outputs = []
    for line in block.splitlines():
        argv = shlex.split(line)
        assert argv[:2] == ["scenario-assets", "sync"]
        code, out, err = invoke(*argv[1:])
        assert code == 0, (line, out, err)
        outputs.append(out)
    assert re.search(r"new\s+3", outputs[0]) and "complete listing" in outputs[0]
    report = json.loads(outputs[1])
    assert (report["new"], report["requests"], report["ok"]) == (0, 1, True)
    assert "dry run: nothing was changed" in outputs[2]
    assert sorted(p.name for p in (tmp_path / "art" / "upscale").iterdir()) == [
        "asset-0.png",
        "asset-1.png",
        "asset-2.png",
    ]
    assert not (tmp_path / "art" / "uploaded").exists()


def test_exit_codes_for_failures_locks_and_changed_filters(target: Target, tmp_path: Path) -> None:
    target.seed_assets(2)
    folder = str(tmp_path / "m")
    target.fault("GET", "/_storage/*", status=500, times=20)
    code, out, _ = invoke("sync", folder, "--strategy", "single", "--json")
    assert code == EXIT_JOB and len(json.loads(out)["failed"]) == 2
    code, _, err = invoke("sync", folder, "--type", "canvas")
    assert code == EXIT_USAGE and "rebaseline" in err
    held = FolderLock(tmp_path / "m")
    held.acquire()
    try:
        code, _, err = invoke("sync", folder)
        assert code == EXIT_LOCKED and "another sync is running" in err
    finally:
        held.release()
    code, _, err = invoke("sync", folder, "--layout", "{nope}")
    assert code == EXIT_USAGE and "unknown placeholder" in err


def test_dry_run_lists_every_action(target: Target, tmp_path: Path) -> None:
    target.seed_assets(3)
    code, out, _ = invoke("sync", str(tmp_path / "m"), "--dry-run")
    assert code == 0 and out.count("  new ") == 3 and "uploaded/asset-2.png" in out
    assert not (tmp_path / "m").exists()
