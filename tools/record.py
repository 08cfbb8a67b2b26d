"""Re-record every cassette: ``make record`` (or ``python tools/record.py [pytest args]``).

Without credentials in the environment each cassette test runs against a fresh in-process
emulator on 127.0.0.1. With ``SCENARIO_SDK_API_KEY`` and ``SCENARIO_SDK_API_SECRET`` (and
optionally ``SCENARIO_BASE_URL``) set, they run against the real API instead; tests that need
emulator controls (faults, clock; marked ``emulator_only``) are left out then and keep their
emulator recordings.
Afterwards the secret scan runs over every cassette.
"""

from __future__ import annotations

import os
import sys

import pytest


def main(argv: list[str]) -> int:
    real = bool(
        os.environ.get("SCENARIO_SDK_API_KEY") and os.environ.get("SCENARIO_SDK_API_SECRET")
    )
    print(f"recording cassettes against {'the real API' if real else 'a local emulator'}")
    marks = "vcr and not emulator_only" if real else "vcr"
    code = pytest.main(["-q", "-m", marks, "--record-mode=rewrite", "tests", *argv])
    if code != 0:
        return int(code)
    print("scanning cassettes for secrets")
    return int(pytest.main(["-q", "--record-mode=none", "tests/harness"]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
