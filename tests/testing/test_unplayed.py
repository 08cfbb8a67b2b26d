"""A cassette replay must play every recorded interaction: a dropped request fails the test.

Run as a user would: a fresh project records a cassette against the emulator, then replays it
with code that no longer sends its last request.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.testing.test_plugin import pytest_in

FLOW = """
    import os

    import pytest

    @pytest.mark.scenario_vcr{marker}
    def test_flow(scenario_client):
        scenario_client.assets.list()
        if not os.environ.get("DROP_LAST"):
            scenario_client.assets.list(page_size=10)
"""


def _run(
    project: Path, *args: str, marker: str = "", drop: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {"DROP_LAST": "1"} if drop else {}
    return pytest_in(
        project, *args, env_extra=env, files={"test_flow.py": FLOW.format(marker=marker)}
    )


def test_a_replay_that_drops_a_trailing_request_fails(tmp_path: Path) -> None:
    recorded = _run(tmp_path, "--record-mode=once")
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    assert (tmp_path / "cassettes" / "test_flow" / "test_flow.yaml").is_file()

    replay = _run(tmp_path)
    assert replay.returncode == 0, replay.stdout + replay.stderr

    dropped = _run(tmp_path, drop=True)
    assert dropped.returncode != 0
    assert "1 of 2 recorded interactions were not played back" in dropped.stdout
    assert "GET /v1/assets" in dropped.stdout

    allowed = _run(tmp_path, marker="(allow_unplayed=True)", drop=True)
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
