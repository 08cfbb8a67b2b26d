"""Mutants mutmut does not make, each of which the fast client tests must kill (``make mutation``).

mutmut mutates inside functions only: module constants (the retry status table, the default
lock TTL), attrs field defaults (``RetryPolicy``'s), and bare statements (the keep-alive's stop)
are left alone. These hand-written mutants cover them. Each runs ``tests/client`` against a copy
of the package with one change, first on ``PYTHONPATH`` (``python -P`` keeps the working tree's
own copy off the path), so the working tree is never modified.

    python tools/extra_mutants.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESTS = ["tests/client", "--ignore=tests/client/test_twin_parity.py"]

RETRY, LOCKS = "scenario_assets/_retry.py", "scenario_assets/_lock_parts.py"
SYNC_FLAVOUR = "scenario_assets/_sync/_flavour.py"
ASYNC_FLAVOUR = "scenario_assets/_async/_flavour.py"
STATUSES = "_SAFE_STATUSES = frozenset({408, 500, 502, 503, 504})"

# (file, text, replacement, what the mutant breaks)
MUTANTS: list[tuple[str, str, str, str]] = [
    (RETRY, STATUSES, STATUSES.replace("408, ", ""), "408 no longer retried"),
    (RETRY, STATUSES, STATUSES.replace("502, ", ""), "502 no longer retried"),
    (RETRY, STATUSES, STATUSES.replace(", 504", ""), "504 no longer retried"),
    (RETRY, STATUSES, STATUSES.replace("500, ", ""), "500 no longer retried"),
    (RETRY, STATUSES, STATUSES.replace("503, ", ""), "503 no longer retried"),
    (RETRY, STATUSES, STATUSES.replace("504", "504, 501"), "501 retried"),
    (RETRY, "frozenset({429})", "frozenset({429, 503})", "503 retried for unsafe operations"),
    (RETRY, "    httpx.ConnectTimeout,\n", "", "connect timeout not retried"),
    (RETRY, "    httpx.PoolTimeout,\n", "", "pool timeout not retried"),
    (RETRY, "    httpx.ConnectError,\n", "", "connection refused not retried"),
    (RETRY, "default=2, validator", "default=3, validator", "default max_retries"),
    (RETRY, "default=0.5, validator", "default=0.25, validator", "default initial_backoff"),
    (RETRY, "default=8.0, validator", "default=16.0, validator", "default max_backoff"),
    (RETRY, "default=0.25, validator", "default=0.5, validator", "default jitter"),
    (RETRY, "default=60.0, validator", "default=120.0, validator", "default max_retry_after"),
    (LOCKS, "timedelta(minutes=5)\n", "timedelta(minutes=6)\n", "default lock ttl"),
    (SYNC_FLAVOUR, "        self._stop.set()\n", "", "sync keep-alive not stopped at exit"),
    (
        ASYNC_FLAVOUR,
        "        self._group.cancel_scope.cancel()\n",
        "",
        "async keep-alive not stopped",
    ),
    (SYNC_FLAVOUR, "daemon=True", "daemon=False", "keep-alive thread keeps the process alive"),
]


def _pythonpath(package: Path) -> str:
    """pytest's ``pythonpath`` setting with the mutated copy in front of it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    paths: list[str] = config["tool"]["pytest"]["ini_options"]["pythonpath"]
    return "pythonpath=" + " ".join([str(package), *paths])


def _run(package: Path) -> int:
    env = {**os.environ, "PYTHONPATH": str(package)}
    command = [sys.executable, "-P", "-m", "pytest", "-q", "-x", "-o", _pythonpath(package)]
    command += TESTS
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=600)
    except subprocess.TimeoutExpired:
        return -1  # a hang is a kill
    return done.returncode


def _copy(into: Path) -> Path:
    shutil.copytree(
        ROOT / "scenario_assets",
        into / "scenario_assets",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return into


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        clean = _copy(Path(tmp) / "clean")
        probe = subprocess.run(
            [sys.executable, "-P", "-c", "import scenario_assets; print(scenario_assets.__file__)"],
            env={**os.environ, "PYTHONPATH": str(clean)},
            capture_output=True,
            text=True,
            check=True,
        )
        if not probe.stdout.startswith(str(clean)):
            print(f"the copy is not the package imported: {probe.stdout}", file=sys.stderr)
            return 2
        if _run(clean) != 0:
            print("tests/client fails without any mutant", file=sys.stderr)
            return 2
        survived = 0

        def one(i: int) -> str:
            path, text, replacement, what = MUTANTS[i]
            package = _copy(Path(tmp) / str(i))
            target = package / path
            source = target.read_text(encoding="utf-8")
            if source.count(text) != 1:
                return f"STALE    {path}: {text.strip()!r} is not there once (update the list)"
            target.write_text(source.replace(text, replacement), encoding="utf-8")
            killed = _run(package) != 0
            shutil.rmtree(package)
            return f"{'killed  ' if killed else 'SURVIVED'} {path}: {what}"

        with ThreadPoolExecutor(max_workers=2) as pool:
            for line in pool.map(one, range(len(MUTANTS))):
                print(line, flush=True)
                survived += not line.startswith("killed")
    print(f"extra mutants: {len(MUTANTS) - survived} of {len(MUTANTS)} killed")
    return 1 if survived else 0


if __name__ == "__main__":
    raise SystemExit(main())
