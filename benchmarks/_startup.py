"""Start-up costs (group 6 of ``make bench``): what a fresh process pays before any request.

Each figure is the CPU time (user + system) of a fresh interpreter, the contenders interleaved
round by round: CPU time, not wall time, because the machine is shared and wall times under load
mostly measure the other work.

* the ``import`` statement of ``httpx`` and of ``scenario_assets`` (timed inside the process, so
  the interpreter's own start is left out), and ``from scenario_assets import Client`` (the
  first use, which loads the client stack), for information;
* ``scenario-assets --help``: the whole console-script process;
* the pytest plugin: importing ``scenario_assets.testing.plugin`` once pytest is loaded (what
  every pytest start pays in an environment with the package installed), and a whole
  ``pytest --collect-only`` start on a one-test project with the plugin and without it
  (``-p no:scenario_assets``).

A ``python -X importtime`` breakdown of ``import scenario_assets`` and of the first use follows.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

TIMED_IMPORT = "import time; t = time.process_time(); {statement}; print(time.process_time() - t)"
PLUGIN_IMPORT = (
    "import pytest, time; t = time.process_time(); import scenario_assets.testing.plugin; "
    "print(time.process_time() - t)"
)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def timed_statement(statement: str) -> float:
    """Seconds the statement takes in a fresh interpreter."""
    code = TIMED_IMPORT.format(statement=statement)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=_env()
    ).stdout
    return float(out.split()[-1])


def plugin_import() -> float:
    out = subprocess.run(
        [sys.executable, "-c", PLUGIN_IMPORT], capture_output=True, text=True, check=True
    ).stdout
    return float(out.split()[-1])


def cpu(argv: list[str], cwd: Path | None = None) -> float:
    """CPU seconds (user + system) of a whole process."""
    process = subprocess.Popen(
        argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=cwd, env=_env()
    )
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.returncode == 0, argv
    return usage.ru_utime + usage.ru_stime


def importtime(statement: str) -> tuple[float, int, list[tuple[str, float]]]:
    """``python -X importtime``: total seconds, module count, the costliest modules (cumulative)."""
    err = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        check=True,
        env=_env(),
    ).stderr
    rows: list[tuple[str, int, int]] = []
    for line in err.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if match:
            rows.append((match.group(4), int(match.group(2)), len(match.group(3))))
    top_level = [r for r in rows if r[2] == 1]
    total = sum(r[1] for r in top_level) / 1e6
    interesting = sorted(
        (r for r in rows if r[0].split(".")[0] in ("scenario_assets", "scenario_assets_api", "httpx")
         or r[2] == 1),
        key=lambda r: -r[1],
    )[:12]  # fmt: skip
    return total, len(rows), [(name, us / 1e6) for name, us, _ in interesting]


def _ms(values: list[float]) -> str:
    med = statistics.median(values) * 1000
    if len(values) == 1:
        return f"{med:,.1f}"
    return f"{med:,.1f} ({min(values) * 1000:,.1f}-{max(values) * 1000:,.1f})"


def _ratio(values: list[float]) -> str:
    med = statistics.median(values)
    return f"{med:.2f}x ({min(values):.2f}-{max(values):.2f})"


def bench_startup(report: Any, rounds: int, target_cls: Callable[..., Any]) -> None:
    """Group 6: start-up. ``report`` is the bench's Report, ``target_cls`` its Target."""
    cli = shutil.which("scenario-assets", path=str(Path(sys.executable).parent))
    assert cli is not None, "the scenario-assets console script is not installed"
    with tempfile.TemporaryDirectory(prefix="scenario-bench-pytest-") as tmp:
        project = Path(tmp)
        (project / "test_one.py").write_text("def test_one():\n    assert True\n")
        pytest_argv = [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:cacheprovider",
        ]
        cases: dict[str, Callable[[], float]] = {
            "httpx": lambda: timed_statement("import httpx"),
            "root": lambda: timed_statement("import scenario_assets"),
            "client": lambda: timed_statement("from scenario_assets import Client"),
            "help": lambda: cpu([cli, "--help"]),
            "plugin": plugin_import,
            "pytest_with": lambda: cpu(pytest_argv, cwd=project),
            "pytest_without": lambda: cpu([*pytest_argv, "-p", "no:scenario_assets"], cwd=project),
        }
        names = list(cases)
        results: dict[str, list[float]] = {name: [] for name in names}
        for round_number in range(rounds):
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                results[name].append(cases[name]())
    root_ratio = [r / h for r, h in zip(results["root"], results["httpx"], strict=True)]
    client_ratio = [c / h for c, h in zip(results["client"], results["httpx"], strict=True)]
    pytest_extra = [
        w - wo for w, wo in zip(results["pytest_with"], results["pytest_without"], strict=True)
    ]
    rows = [
        ["`import httpx` (the yardstick)", _ms(results["httpx"]), ""],
        ["`import scenario_assets`", _ms(results["root"]), _ratio(root_ratio)],
        ["`from scenario_assets import Client` (first use)", _ms(results["client"]), _ratio(client_ratio)],
        ["`scenario-assets --help`, whole process", _ms(results["help"]), ""],
        ["pytest plugin import, pytest loaded", _ms(results["plugin"]), ""],
        ["`pytest --collect-only`, one test, plugin on", _ms(results["pytest_with"]), ""],
        ["`pytest --collect-only`, one test, `-p no:scenario_assets`", _ms(results["pytest_without"]), ""],
        ["difference, paired by round", _ms(pytest_extra), ""],
    ]  # fmt: skip
    breakdown = []
    for statement in ("import scenario_assets", "from scenario_assets import Client"):
        total, count, top = importtime(statement)
        breakdown.append(
            f'`python -X importtime -c "{statement}"`: {count} modules imported, '
            f"{total * 1000:,.1f} ms in total (wall, one run); the costliest, cumulative:\n\n"
            + "\n".join(f"- `{name}` {seconds * 1000:,.1f} ms" for name, seconds in top)
        )
    report.table(
        "6. Start-up in a fresh process (CPU ms)",
        f"{rounds} interleaved rounds; CPU time (user + system): import statements timed inside "
        "the process, the rest as whole processes. `import scenario_assets` loads only the package's own start (names "
        "load on first use); the first use of `Client` loads httpx and the client stack, and "
        "each model only when it is first used. This project's modules are byte-compiled first, "
        "as an installed wheel's are.",
        ["what", "CPU ms", "vs `import httpx`"],
        rows,
    )
    report.sections[-1] += "\n\n" + "\n\n".join(breakdown)
    print("\n".join(breakdown), flush=True)
    med_root = statistics.median(root_ratio)
    med_help = statistics.median(results["help"])
    med_plugin = statistics.median(results["plugin"])
    report.targets += [
        target_cls(
            "(6) `import scenario_assets`",
            "<= 1.3x `import httpx`",
            _ratio(root_ratio),
            med_root <= 1.3,
            "the package root imports more than its version at start",
        ),
        target_cls(
            "(6) `scenario-assets --help`",
            "< 200 ms",
            f"{med_help * 1000:,.0f} ms",
            med_help < 0.2,
            "the command line loads more than click and the operation table for its help",
        ),
        target_cls(
            "(6) pytest plugin at a start that does not use it",
            "< 30 ms",
            f"{med_plugin * 1000:,.1f} ms",
            med_plugin < 0.03,
            "the plugin module imports more than pytest at start",
        ),
    ]
