"""What a fresh process loads at start: the root, the CLI's help and the pytest plugin stay light.

Start-up time itself is measured by ``make bench`` (never by a timed test); these tests pin the
cause of a fast start, the modules left unloaded, so that an eager import is caught here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("httpx", "scenario_assets_api.models.asset", "scenario_assets._client", "rich", "vcr")


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\nbefore = set(sys.modules)\n{code}\nimport json\nprint(json.dumps(sorted(set(sys.modules) - before)))"
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import scenario_assets",
        "import pytest\nimport scenario_assets.testing.plugin",
        "import scenario_assets.cli._commands",
        "import scenario_assets_api._operations",
    ],
)
def test_start_loads_no_client_stack(code: str) -> None:
    loaded = _loaded_after(code)
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or m in HEAVY)
    assert heavy == [], heavy


def test_generated_models_load_one_by_one() -> None:
    loaded = _loaded_after("from scenario_assets_api.models import AssetKind")
    models = {m for m in loaded if m.startswith("scenario_assets_api.models.")}
    assert models == {"scenario_assets_api.models.asset_kind"}


def test_the_first_use_loads_the_client() -> None:
    loaded = _loaded_after("import scenario_assets\nscenario_assets.Client")
    assert {"httpx", "scenario_assets._client"} <= loaded


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from scenario_assets.cli import main; main(['--help'])"],
        capture_output=True,
        text=True,
        check=False,
    )
    for command in ("upload", "list", "download", "canvas", "sync", "emulator"):
        assert command in result.stdout
