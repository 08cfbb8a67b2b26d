"""``make record`` is deterministic: recording twice gives byte-identical cassettes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scenario_assets.testing import cassettes
from tests.support.spec import ROOT

# Every source of drift met so far: ports in URIs, Host headers and asset URLs; dates and lock
# expiries; storage ETags; zip archives; retries; a concurrent upload.
SUBSET = [
    f"tests/integration/test_client_sync.py::{name}"
    for name in (
        "test_every_asset_operation",
        "test_batch_download",
        "test_single_download_converted_to_jpeg",
        "test_bad_request_error_from_the_server",
        "test_rate_limit_is_retried_after_the_servers_delay",
    )
] + [
    "tests/integration/test_helpers_sync.py::test_upload_many_keeps_input_order_and_isolates_a_bad_item"
]
PORT = re.compile(r"(127\.0\.0\.1|localhost|\[::1\]):\d+")


def record_into(folder: Path) -> dict[str, str]:
    # No credentials: always the local emulator, never the real API.
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCENARIO_SDK_")}
    result = subprocess.run(
        [sys.executable, "tools/record.py", f"--into={folder}", *SUBSET],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return {
        str(path.relative_to(folder)): path.read_text(encoding="utf-8")
        for path in cassettes.all_cassettes(folder)
    }


def test_recording_twice_changes_nothing(tmp_path: Path) -> None:
    first = record_into(tmp_path / "first")
    second = record_into(tmp_path / "second")
    assert len(first) == len(SUBSET)
    assert first.keys() == second.keys()
    changed = [name for name in first if first[name] != second[name]]
    assert changed == []
    # ...and it lands where the committed cassettes are, in the same layout.
    for name in first:
        assert (ROOT / name).exists(), name


@pytest.mark.parametrize(
    "path", cassettes.all_cassettes(ROOT / "tests"), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_committed_cassettes_use_the_stable_scheme(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not PORT.search(text)
    dates = re.findall(r"\n      date:\n      - (.*)\n", text)
    assert set(dates) <= {"Thu, 01 Jan 2026 00:00:00 GMT"}
