"""``python -m scenario_assets.emulator``: what it prints, its help, and a missing extra."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from scenario_assets import Client
from scenario_assets.emulator import _missing_extra

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
# Runs the emulator's entry point with one module of the [emulator] extra made unimportable.
WITHOUT = (
    "import runpy, sys\n"
    "sys.modules[sys.argv[1]] = None\n"
    "sys.argv = ['scenario_assets.emulator']\n"
    "{body}\n"
)


def test_cli_prints_base_url_credentials_and_an_export_line() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "scenario_assets.emulator", "--api-key", "my key",
         "--api-secret", "s3cr'et", "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV, cwd=ROOT,
    )  # fmt: skip
    try:
        assert proc.stdout is not None
        url, about, export = (proc.stdout.readline().rstrip("\n") for _ in range(3))
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
        assert "'my key'" in about and "s3cr'et" in about
        words = shlex.split(export)
        assert words[0] == "export"
        exported = dict(word.split("=", 1) for word in words[1:])
        assert exported == {
            "SCENARIO_BASE_URL": url,
            "SCENARIO_SDK_API_KEY": "my key",
            "SCENARIO_SDK_API_SECRET": "s3cr'et",
        }
        # What the export line sets is enough for a client.
        with Client(
            exported["SCENARIO_SDK_API_KEY"],
            exported["SCENARIO_SDK_API_SECRET"],
            base_url=exported["SCENARIO_BASE_URL"],
        ) as client:
            assert client.assets.list().assets == []
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0


def test_help_shows_the_defaults() -> None:
    env = {k: v for k, v in ENV.items() if not k.startswith("SCENARIO_EMULATOR_")}
    out = subprocess.run(
        [sys.executable, "-m", "scenario_assets.emulator", "--help"],
        capture_output=True, text=True, env=env, cwd=ROOT, check=True,
    ).stdout  # fmt: skip
    flat = " ".join(out.split())
    for default in ("127.0.0.1", "0", "emulator-key", "emulator-secret", "3600",
                    "queued,in-progress,success", "info"):  # fmt: skip
        assert f"(default: {default})" in flat, default


@pytest.mark.parametrize("module", ["starlette", "uvicorn", "PIL"])
def test_without_the_extra_the_cli_names_the_extra(module: str) -> None:
    body = "runpy.run_module('scenario_assets.emulator', run_name='__main__')"
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT.format(body=body), module],
        capture_output=True, text=True, env=ENV, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "pip install 'scenario-assets[emulator]'" in result.stderr
    assert f"({module} is missing)" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_the_extra_importing_the_emulator_names_the_extra() -> None:
    body = (
        "try:\n"
        "    from scenario_assets.emulator import EmulatorServer\n"
        "except ModuleNotFoundError as exc:\n"
        "    print(exc.name, '|', exc)\n"
        "import scenario_assets, scenario_assets.testing\n"  # the rest still imports
        "print(scenario_assets.testing.make_png(1, 1)[:4])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", WITHOUT.format(body=body), "starlette"],
        capture_output=True, text=True, env=ENV, cwd=ROOT, check=True,
    )  # fmt: skip
    name, message = result.stdout.splitlines()[0].split(" | ")
    assert name.partition(".")[0] == "starlette"
    assert message.endswith("pip install 'scenario-assets[emulator]'")
    assert result.stdout.splitlines()[1] == repr(b"\x89PNG")


def test_other_missing_modules_are_not_blamed_on_the_extra() -> None:
    assert _missing_extra(ModuleNotFoundError("x", name="yaml")) is None
    friendly = _missing_extra(ModuleNotFoundError("x", name="PIL.Image"))
    assert (
        friendly is not None
        and friendly.name == "PIL.Image"
        and "(PIL is missing)" in str(friendly)
    )
