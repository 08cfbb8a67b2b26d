"""The plugin as installed: registered by entry point, inert when unused, light to import."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from importlib.metadata import entry_points
from pathlib import Path

from scenario_assets.emulator import EmulatorServer
from scenario_assets.testing import cassettes
from tests.support.spec import ROOT


def pytest_in(
    project: Path, *args: str, files: dict[str, str], env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run pytest in a fresh project holding ``files`` (no conftest, no ini of this repo)."""
    for name, text in files.items():
        (project / name).write_text(textwrap.dedent(text), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCENARIO_")}
    env.pop("PYTHONPATH", None)
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=project, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_the_entry_point_registers_the_plugin() -> None:
    plugins = {ep.name: ep.value for ep in entry_points(group="pytest11")}
    assert plugins.get("scenario_assets") == "scenario_assets.testing.plugin"


def test_unused_the_plugin_loads_no_emulator(tmp_path: Path) -> None:
    result = pytest_in(tmp_path, "--strict-markers", files={"test_plain.py": """
        import sys

        def test_plain():
            assert "scenario_assets.testing.plugin" in sys.modules
            assert not [m for m in sys.modules if m.startswith(("starlette", "uvicorn"))]
            assert "scenario_assets.emulator._server" not in sys.modules
    """})  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_without_pytest_recording_the_fixtures_work_and_the_marker_says_why_not(
    tmp_path: Path,
) -> None:
    files = {"test_live.py": """
        def test_live(scenario_client):
            assert scenario_client.assets.list().assets == []
    """}  # fmt: skip
    result = pytest_in(tmp_path, "-p", "no:recording", files=files)
    assert result.returncode == 0, result.stdout + result.stderr

    files = {"test_cassette.py": """
        import pytest

        @pytest.mark.scenario_vcr
        def test_cassette(scenario_client):
            pass
    """}  # fmt: skip
    result = pytest_in(tmp_path, "-p", "no:recording", "test_cassette.py", files=files)
    assert result.returncode != 0
    assert "needs pytest-recording: pip install pytest-recording" in result.stderr


def test_recording_with_credentials_goes_to_the_configured_api(tmp_path: Path) -> None:
    # "The real API" here is an emulator on loopback that only knows the account's credentials.
    key, secret = "live-key-0001", "live-secret-0002"
    with EmulatorServer(api_key=key, api_secret=secret, log_level="critical") as api:
        env = {"SCENARIO_SDK_API_KEY": key, "SCENARIO_SDK_API_SECRET": secret,
               "SCENARIO_BASE_URL": api.base_url}  # fmt: skip
        result = pytest_in(tmp_path, "--record-mode=once", env_extra=env, files={"test_real.py": """
            import pytest

            from scenario_assets.testing import make_png

            @pytest.mark.scenario_vcr
            def test_real(scenario_emulator, scenario_client):
                assert scenario_emulator.mode == "real" and scenario_emulator.server is None
                scenario_client.assets.upload("a.png", image=make_png(2, 2))
        """})  # fmt: skip
        assert result.returncode == 0, result.stdout + result.stderr
        assert len(api.state.assets) == 1  # the upload reached the configured API
    text = (tmp_path / "cassettes" / "test_real" / "test_real.yaml").read_text(encoding="utf-8")
    assert "/v1/assets" in text
    assert cassettes.find_secrets(text, extra=[key, secret]) == []


def test_the_async_client_is_closed_after_the_test(tmp_path: Path) -> None:
    result = pytest_in(tmp_path, files={"test_async.py": """
        import pytest

        KEPT = []

        @pytest.mark.anyio
        async def test_use(scenario_async_client):
            KEPT.append(scenario_async_client)
            assert (await scenario_async_client.assets.list()).assets == []

        def test_closed():
            assert KEPT and KEPT[0].http.is_closed
    """})  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


def test_the_kit_imports_without_pytest_vcrpy_or_the_emulator() -> None:
    code = textwrap.dedent("""
        import sys
        for name in ("pytest", "vcr", "pytest_recording", "starlette", "uvicorn", "PIL"):
            sys.modules[name] = None
        import scenario_assets
        from scenario_assets.testing import cassettes, make_png, open_target
        assert cassettes.vcr_config()["match_on"][-1] == "json_body"
        assert make_png(1, 1).startswith(b"\\x89PNG")
        with open_target("none") as target:
            assert target.mode == "replay"
        print("ok")
    """)
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_the_runtime_package_does_not_import_the_kit() -> None:
    code = "import sys, scenario_assets; print(sorted(m for m in sys.modules if 'testing' in m))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
