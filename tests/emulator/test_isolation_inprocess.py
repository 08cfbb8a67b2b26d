"""The emulator is walled off from the client, and works in-process via create_app."""

from __future__ import annotations

import ast
import warnings
from pathlib import Path

from scenario_assets.emulator import EmulatorConfig, create_app

from .conftest import png_b64

EMULATOR_DIR = Path(__file__).resolve().parents[2] / "scenario_assets" / "emulator"


def test_emulator_imports_nothing_from_the_client() -> None:
    # It may read the spec's facts (the generated operation table), nothing else of the client.
    offenders = []
    for path in EMULATOR_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.ImportFrom) and node.level > 1:
                names = ["<relative import above emulator>"]
            for name in names:
                top = name.split(".")[0]
                if (top == "scenario_assets_api" and name != "scenario_assets_api._operations") or (
                    top == "scenario_assets" and not name.startswith("scenario_assets.emulator")
                ):
                    offenders.append((path.name, name))
                if name.startswith("<"):
                    offenders.append((path.name, name))
    assert offenders == []


def test_create_app_with_testclient() -> None:
    with warnings.catch_warnings():
        # Starlette >= 1.x deprecates its httpx-based TestClient; it still works.
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    app = create_app(EmulatorConfig(api_key="a", api_secret="b"))
    with TestClient(app, base_url="http://127.0.0.1") as tc:
        r = tc.post("/v1/assets", json={"name": "x.png", "image": png_b64()}, auth=("a", "b"))
        assert r.status_code == 200
        url = r.json()["asset"]["url"]
        assert url.startswith("http://localhost/_storage/")
        assert tc.get(url).status_code == 200
        assert tc.get("/v1/assets").status_code == 401
        assert app.state.emulator.state.assets
