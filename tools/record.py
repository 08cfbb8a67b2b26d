"""Re-record the cassettes: ``make record`` (or ``python tools/record.py [--into DIR] [paths]``).

Without credentials in the environment each cassette test runs against a fresh in-process
emulator on 127.0.0.1 (clock frozen, deterministic ids). With ``SCENARIO_SDK_API_KEY`` and
``SCENARIO_SDK_API_SECRET`` (and optionally ``SCENARIO_BASE_URL``) set, they run against the
real API instead; tests that need emulator controls (faults, clock; marked ``emulator_only``)
are left out then and keep their emulator recordings.

Recordings are stable: loopback ports are dropped, volatile headers fixed and large bodies
stored as digests (``scenario_assets.testing.cassettes``), so re-recording an unchanged API
rewrites nothing and a review sees only real changes. ``--into DIR`` writes the cassettes
under DIR (same layout) instead of beside the tests. Afterwards every recorded cassette is
scanned for secrets.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

from scenario_assets.testing import cassettes

ROOT = Path(__file__).resolve().parents[1]


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="tools/record.py", description=__doc__.split("\n")[0])
    parser.add_argument("--into", type=Path, help="write cassettes under this directory")
    return parser.parse_known_args(argv)


def main(argv: list[str]) -> int:
    """Record, then scan; returns the exit status."""
    args, rest = _parse(argv)
    real = bool(
        os.environ.get("SCENARIO_SDK_API_KEY") and os.environ.get("SCENARIO_SDK_API_SECRET")
    )
    print(f"recording cassettes against {'the real API' if real else 'a local emulator'}")
    marks = "vcr and not emulator_only" if real else "vcr"
    command = [sys.executable, "-m", "pytest", "-q", "-m", marks, "--record-mode=rewrite"]
    if args.into is not None:
        command.append(f"--cassette-root={args.into.resolve()}")
    paths = [a for a in rest if not a.startswith("-")]
    command += rest if paths else [*rest, "tests"]
    code = subprocess.run(command, cwd=ROOT, check=False).returncode
    if code != 0:
        return code
    root = args.into.resolve() if args.into is not None else ROOT / "tests"
    print(f"scanning cassettes under {root} for secrets")
    dirty = 0
    for path in cassettes.all_cassettes(root):
        problems = cassettes.find_secrets(path.read_text(encoding="utf-8"))
        for problem in problems:
            print(f"{path}: {problem}", file=sys.stderr)
        dirty += bool(problems)
    return 1 if dirty else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
