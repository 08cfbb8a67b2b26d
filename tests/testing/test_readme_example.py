"""The "Testing your code" guide's example, run as written in a project of its own.

The files and commands come from the guide (docs/guides/testing.md): the Python blocks that start with a file
name are written into a temporary directory, and the ``$ pytest ...`` lines are run there in
a subprocess — first recording against a fresh emulator on loopback, then replaying with
every socket blocked. Only the installed package (and its ``pytest11`` plugin) is used.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from scenario_assets.testing import cassettes, make_png
from tests.support.spec import ROOT

SECTION = (ROOT / "docs" / "guides" / "testing.md").read_text(encoding="utf-8")
FILES = dict(re.findall(r"```python\n# ([\w.-]+\.py)\n(.*?)```", SECTION, re.S))
COMMANDS = [
    line[2:] for block in re.findall(r"```console\n(.*?)```", SECTION, re.S)
    for line in block.splitlines() if line.startswith("$ ")
]  # fmt: skip
PORT = re.compile(r"(127\.0\.0\.1|localhost):\d+")


def run(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    words = shlex.split(command)
    assert words[0] == "pytest", command
    # No credentials: recording goes to a local emulator, never to the real API.
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCENARIO_")}
    env.pop("PYTHONPATH", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *words[1:]],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_section_has_the_example() -> None:
    assert set(FILES) == {"pipeline.py", "test_pipeline.py"}
    assert "@pytest.mark.scenario_vcr" in FILES["test_pipeline.py"]
    assert COMMANDS == ["pytest --record-mode=once", "pytest --block-network"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_record_then_replay_offline(project: Path) -> None:
    record, replay = COMMANDS
    recorded = run(record, project)
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert "1 passed" in recorded.stdout

    cassette = project / "cassettes" / "test_pipeline" / "test_only_wide_images_are_tagged.yaml"
    text = cassette.read_text(encoding="utf-8")
    # Scrubbed: no credentials, no signatures, no port of the emulator it was recorded on.
    assert cassettes.find_secrets(text, extra=["emulator-secret", "emulator-key"]) == []
    assert "uri: http://127.0.0.1/v1/assets" in text
    assert "X-Amz-Signature=REDACTED" in text
    assert not PORT.search(text)
    # The uploaded images are stored as their digest, not as 8 KB of base64 each.
    wide = base64.b64encode(make_png(64, 32)).decode()
    assert wide[:200] not in text
    assert f'"image":"sha256:{hashlib.sha256(wide.encode()).hexdigest()}"' in text

    replayed = run(replay, project)
    assert replayed.returncode == 0, replayed.stdout + replayed.stderr
    assert "1 passed" in replayed.stdout
    assert cassette.read_text(encoding="utf-8") == text  # replay leaves it as it was

    # The replay really comes from the cassette: without it, the blocked network fails it.
    cassette.unlink()
    missing = run(replay, project)
    assert missing.returncode != 0
