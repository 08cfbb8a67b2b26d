"""A bounded schemathesis run (fixed seed) of the emulator against the spec finds nothing.

The emulator reads what it accepts from the spec (the copy in the generated package); this run checks
that it also answers as the spec says: documented statuses and shapes, no 5xx, schema-valid data
accepted and schema-violating data refused, ``Allow`` headers that list the documented methods.
The exceptions (rules OpenAPI 3.0 cannot state) are listed, with their reasons, in
``tests/spec/schemathesis.toml``; ``x-rules`` are kept by ``tests/spec/schemathesis_hooks.py``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from scenario_assets.emulator import EmulatorServer
from tests.support.spec import ROOT, SPEC_PATH, operations

CONFIG = Path(__file__).with_name("schemathesis.toml")


def _run(server: EmulatorServer, *extra: str) -> subprocess.CompletedProcess[str]:
    cli = Path(sys.executable).with_name("schemathesis")
    key, secret = server.auth
    return subprocess.run(
        [
            str(cli),
            "--config-file",
            str(CONFIG),
            "run",
            str(SPEC_PATH),
            "--url",
            server.base_url,
            "--auth",
            f"{key}:{secret}",
            "--max-examples",
            "30",
            "--seed",
            "1",
            "--no-shrink",
            "--workers",
            "1",
            "--generation-database",
            "none",
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=240,
    )


def test_the_emulator_answers_as_the_spec_says() -> None:
    with EmulatorServer(seed=True) as server:
        result = _run(server)
    assert result.returncode == 0, result.stdout[-6000:]
    count = len(operations())
    assert f"{count}/{count}" in result.stdout  # every operation of the spec was tested


def test_the_run_would_notice_a_disagreement() -> None:
    with EmulatorServer(seed=True) as server:
        server.faults.add("GET", "/v1/assets", status=500, times=None)
        result = _run(server, "--include-operation-id", "listAssets")
    assert result.returncode == 1
    assert "Server error" in result.stdout or "5xx" in result.stdout, result.stdout[-3000:]
