"""The ``scenario-assets`` command line, driven in-process against the emulator.

Output, files and exit codes (0 ok, 1 API refused, 2 usage or bad input, 3 network, 4 job or
upload failure); one test runs the real console script under a pseudo-terminal to see the
progress bar.
"""

from __future__ import annotations

import builtins
import json
import os
import pty
import re
import select
import shlex
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from scenario_assets_api._operations import OPERATIONS

from scenario_assets.cli import _commands, main
from scenario_assets.cli._commands import cli, list_command, parse_duration, run
from scenario_assets.emulator import EmulatorServer
from scenario_assets.testing import make_png

KEY, SECRET = "cli_key_1234", "cli_secret_5678"


@pytest.fixture(scope="module")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(
        seed=True, api_key=KEY, api_secret=SECRET, job_steps=("queued", "success")
    ) as srv:
        yield srv


@pytest.fixture(autouse=True)
def _env(server: EmulatorServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCENARIO_BASE_URL", server.base_url)
    monkeypatch.setenv("SCENARIO_SDK_API_KEY", KEY)
    monkeypatch.setenv("SCENARIO_SDK_API_SECRET", SECRET)


def invoke(*args: str, input: str | None = None) -> tuple[int, str, str]:
    """Run a command as the console script does (exit code from ``run``)."""
    runner = CliRunner()
    codes: list[int] = []

    def entry(argv: list[str]) -> None:
        codes.append(run(argv))

    with runner.isolation(input=input) as (out, err, _):
        entry(list(args))
        stdout, stderr = out.getvalue().decode(), err.getvalue().decode()
    return codes[0], stdout, stderr


def _png(tmp_path: Path, name: str = "hero.png", size: int = 8) -> Path:
    path = tmp_path / name
    path.write_bytes(make_png(size, size))
    return path


def _upload(tmp_path: Path, name: str = "hero.png") -> str:
    code, out, _ = invoke("upload", str(_png(tmp_path, name)), "--json")
    assert code == 0
    asset_id: str = json.loads(out)["id"]
    return asset_id


def test_list_shows_a_table_and_json_lines() -> None:
    code, out, _ = invoke("list", "--limit", "3")
    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].split() == ["id", "kind", "type", "name", "created"]
    assert len(lines) == 4 and all(line.startswith("asset_") for line in lines[1:])
    code, out, _ = invoke("list", "--types", "canvas,upscale", "--limit", "10", "--json")
    assets = [json.loads(line) for line in out.strip().splitlines()]
    assert code == 0 and assets
    assert {a["metadata"]["type"] for a in assets} <= {"canvas", "upscale"}


def test_list_offers_every_filter_of_the_spec() -> None:
    options = {opt for p in list_command.params for opt in (*p.opts, *p.secondary_opts)}
    for param in OPERATIONS["listAssets"].params:
        if param.location == "query" and param.name != "paginationToken":
            assert "--" + param.python.rstrip("_").replace("_", "-") in options, param.name
    assert "--original-assets" in options and "--no-original-assets" in options


def test_usage_errors_and_api_rules_exit_2() -> None:
    code, _, err = invoke("list", "--sort-by", "name")
    assert code == 2 and "'name' is not one of" in err
    code, _, err = invoke("list", "--created-after", "2026-01-01T00:00:00Z")
    assert (
        code == 2
        and err.strip() == 'error: created_after requires sort_by="createdAt" (an API rule)'
    )
    code, _, err = invoke("list", "--page-size", "500")
    assert code == 2 and "page-size" in err


def test_get_prints_found_assets_and_exits_1_when_one_is_missing(tmp_path: Path) -> None:
    asset_id = _upload(tmp_path)
    code, out, _ = invoke("get", asset_id, "--json")
    assert code == 0 and json.loads(out)["id"] == asset_id
    code, out, err = invoke("get", asset_id, "asset_missing")
    assert code == 1 and asset_id in out and "not found: asset_missing" in err


def test_upload_reports_each_file_and_exits_4_when_one_fails(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not an image")
    code, out, err = invoke("upload", str(_png(tmp_path)), str(bad), "--hide", "--concurrency", "2")
    assert code == 4
    first, second = out.strip().splitlines()
    assert first.startswith(str(tmp_path / "hero.png")) and "asset_" in first
    assert "not an image" in second and "1 of 2 uploads failed" in err


def test_delete_asks_refuses_without_a_terminal_and_deletes_with_yes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asset_id = _upload(tmp_path)
    code, _, err = invoke("delete", asset_id)
    assert code == 2 and "standard input is not a terminal" in err
    monkeypatch.setattr(_commands, "interactive", lambda: True)
    code, _, _ = invoke("delete", asset_id, input="n\n")
    assert code == 130  # declined: nothing deleted
    assert invoke("get", asset_id)[0] == 0
    code, out, _ = invoke("delete", asset_id, "--yes")
    assert (code, out.strip()) == (0, "deleted 1")
    assert invoke("get", asset_id)[0] == 1


def test_download_writes_archives_and_download_one_a_file(tmp_path: Path) -> None:
    asset_id = _upload(tmp_path)
    code, out, _ = invoke("download", "--asset", asset_id, "--out", str(tmp_path / "zips"))
    assert code == 0
    (archive,) = [Path(line) for line in out.strip().splitlines()]
    assert archive.parent == tmp_path / "zips" and zipfile.ZipFile(archive).namelist()
    code, out, _ = invoke("download-one", asset_id, "--format", "jpeg", "--out", f"{tmp_path}/one/")
    assert code == 0 and Path(out.strip()).suffix == ".jpeg" and Path(out.strip()).stat().st_size
    code, _, err = invoke("download", "--out", str(tmp_path))
    assert code == 2 and "--asset, --model or --inference" in err


def test_tags_and_canvas_locks(tmp_path: Path, server: EmulatorServer) -> None:
    asset_id = _upload(tmp_path)
    code, out, _ = invoke("tags", asset_id, "--add", "hero,blue", "--add", "red", "--remove", "x")
    assert code == 0 and out.strip() == "added: hero, blue, red; removed: -"
    canvas = _canvas(server)
    code, out, _ = invoke("canvas", "lock", canvas, "--ttl", "10m")
    assert code == 0 and out.startswith("lock")
    lock_id = out.split()[0]
    code, _, err = invoke("canvas", "lock", canvas)
    assert code == 1 and "lock" in err.lower()  # someone (we) holds it: LockConflictError
    code, out, _ = invoke("canvas", "unlock", canvas, "--lock-id", lock_id)
    assert (code, out.strip()) == (0, "unlocked")
    code, _, err = invoke("canvas", "lock", canvas, "--ttl", "soon")
    assert code == 2 and "not a duration" in err


def _canvas(server: EmulatorServer) -> str:
    from scenario_assets import Client

    with Client(KEY, SECRET, base_url=server.base_url) as client:
        return client.assets.upload_canvas({"layers": []}, "scene.json").id


def test_network_errors_exit_3_and_debug_shows_a_traceback_without_secrets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SCENARIO_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    code, _, err = invoke("list", "--limit", "1")
    assert code == 3 and err.startswith("error: connection failed")
    code, _, err = invoke("--debug", "list", "--limit", "1")
    assert code == 3 and "Traceback" in err
    assert KEY not in err and SECRET not in err


def test_missing_configuration_exits_2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SCENARIO_SDK_API_SECRET")
    code, _, err = invoke("list")
    assert code == 2 and "missing credentials" in err


def test_help_everywhere_has_examples() -> None:
    for command in ("list", "get", "delete", "upload", "download", "download-one", "tags"):
        code, out, _ = invoke(command, "--help")
        assert code == 0 and "Example" in out and "scenario-assets " + command in out, command
    code, out, _ = invoke("--help")
    assert code == 0 and "Exit codes" in out


def test_without_the_extra_it_says_which_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_import = builtins.__import__

    def blocked(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "click" or name.startswith("rich"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    for name in [m for m in sys.modules if m.startswith("scenario_assets.cli._commands")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(builtins, "__import__", blocked)
    assert main(["list"]) == 2
    assert "pip install 'scenario-assets[cli]'" in capsys.readouterr().err


def test_durations() -> None:
    assert parse_duration("90").total_seconds() == 90
    assert parse_duration("5m").total_seconds() == 300
    assert parse_duration("1.5h").total_seconds() == 5400
    assert cli.name == "cli"


def test_the_console_script_shows_a_progress_bar_on_a_terminal(
    tmp_path: Path, server: EmulatorServer
) -> None:
    big = _png(tmp_path, "big.png", 1200)
    script = Path(sys.executable).with_name("scenario-assets")
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [str(script), "upload", str(big)],
        stdin=slave, stdout=slave, stderr=slave, close_fds=True,
        env={**os.environ, "TERM": "xterm", "COLUMNS": "100"},
    )  # fmt: skip
    os.close(slave)
    seen = b""
    try:
        while True:
            ready, _, _ = select.select([master], [], [], 20)
            if not ready:
                break
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(master)
        assert proc.wait(timeout=30) == 0
    text = seen.decode("utf-8", "replace")
    assert "uploading" in text and "\u2501" in text  # rich's bar, drawn on the terminal
    assert "asset_" in text


def test_piped_output_has_no_progress_bar(tmp_path: Path) -> None:
    code, out, err = invoke("upload", str(_png(tmp_path)))
    assert code == 0 and "\u2501" not in out + err and "uploading" not in err


def test_the_readme_examples_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: EmulatorServer
) -> None:
    guide = Path(__file__).resolve().parents[2] / "docs" / "guides" / "cli.md"
    section = guide.read_text(encoding="utf-8")
    (block,) = re.findall(r"```sh\n(.*?)```", section, re.S)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    monkeypatch.chdir(tmp_path)
    _png(tmp_path, "hero.png")
    _png(tmp_path, "villain.png")
    ran = 0
    for command in commands:
        argv = shlex.split(command)
        assert argv[0] == "scenario-assets"
        if argv[1] == "emulator":
            continue  # serves until interrupted: started by the fixture instead
        if "ASSET_ID" in argv or "CANVAS_ID" in argv:
            argv = [
                _upload(tmp_path) if a == "ASSET_ID" else _canvas(server) if a == "CANVAS_ID" else a
                for a in argv
            ]
        code, out, err = invoke(*argv[1:])
        assert code == 0, (command, out, err)
        ran += 1
    assert ran == len(commands) - 1 >= 9
    assert list((tmp_path / "downloads").glob("*.zip")) and list(
        (tmp_path / "downloads").glob("*.jpeg")
    )


def test_base_url_option_and_the_emulator_command(
    server: EmulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCENARIO_BASE_URL", "http://127.0.0.1:9/v1")
    code, out, _ = invoke("--base-url", server.base_url, "-q", "list", "--limit", "1")
    assert code == 0 and "asset_" in out  # --base-url wins over the environment
    script = Path(sys.executable).with_name("scenario-assets")
    proc = subprocess.Popen(
        [str(script), "emulator", "--port", "0", "--seed"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
