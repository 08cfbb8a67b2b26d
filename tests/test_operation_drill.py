"""The operation-layer drill: a new query parameter and a new operation reach users through
``make regen`` alone.

In a temporary copy of the spec, ``GET /assets`` gains ``projectId`` and ``deleted`` and the API
gains ``POST /assets/restore``; the package is regenerated into a temporary directory, and a fresh
interpreter (the regenerated package first on its path, this repository's handwritten client and
emulator otherwise) shows that both clients take the new parameters, typed in their signatures,
that they are sent and that the emulator accepts them, and that the new operation is a method of
both clients returning its typed model.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from tests.support.spec import ROOT, load_spec

CODEGEN = ROOT / "codegen.sh"


def _grown_spec() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    listing = spec["paths"]["/assets"]["get"]
    listing["parameters"] += [
        {
            "name": "projectId",
            "in": "query",
            "required": False,
            "description": "List the assets of this project.",
            "schema": {"type": "string", "format": "resource-id"},
        },
        {
            "name": "deleted",
            "in": "query",
            "required": False,
            "description": "List deleted assets instead.",
            "schema": {"type": "boolean"},
        },
    ]
    errors = {k: v for k, v in listing["responses"].items() if k != "200"}
    spec["components"]["schemas"]["AssetRestoreRequest"] = {
        "type": "object",
        "required": ["assetIds"],
        "properties": {
            "assetIds": {
                "type": "array",
                "items": {"type": "string"},
                "maxItems": 100,
                "description": "The deleted assets to restore.",
            }
        },
    }
    spec["components"]["schemas"]["AssetRestoreResponse"] = {
        "type": "object",
        "required": ["restored"],
        "properties": {"restored": {"type": "array", "items": {"type": "string"}}},
    }
    spec["paths"]["/assets/restore"] = {
        "post": {
            "operationId": "restoreAssets",
            "x-method-name": "restore",
            "tags": ["assets"],
            "summary": "Restore",
            "description": "Restore deleted assets.",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/AssetRestoreRequest"}
                    }
                },
            },
            "responses": {
                "200": {
                    "description": "Success",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": "#/components/schemas/AssetRestoreResponse"}
                        }
                    },
                },
                **errors,
            },
        }
    }
    return spec


PROBE = r"""
import asyncio, inspect, json, sys
import httpx
import scenario_assets_api
from scenario_assets import AsyncClient, Assets, AsyncAssets, Client, ValidationError
from scenario_assets.emulator import EmulatorServer
from scenario_assets_api.models import AssetRestoreResponse

out = {"package": scenario_assets_api.__file__}
for cls in (Assets, AsyncAssets):
    params = inspect.signature(cls.list).parameters
    out[cls.__name__] = {
        "project_id": str(params["project_id"].annotation),
        "deleted": str(params["deleted"].annotation),
        "kw_only": params["deleted"].kind is inspect.Parameter.KEYWORD_ONLY,
        "restore": str(inspect.signature(cls.restore).return_annotation),
        "restore_doc": cls.restore.__doc__.splitlines()[0],
    }

sent = []
with EmulatorServer(seed=True) as srv:
    key, secret = srv.auth
    with Client(key, secret, base_url=srv.base_url) as client:
        client.http.event_hooks["request"].append(lambda r: sent.append(str(r.url.params)))
        page = client.assets.list(project_id="proj_1", deleted=True, page_size=5)
        out["sync_listed"] = len(page.assets)
        try:
            client.assets.list(deleted="yes")
        except ValidationError as exc:
            out["refused"] = str(exc)

    async def run_async():
        async def hook(request):
            sent.append(str(request.url.params))
        async with AsyncClient(key, secret, base_url=srv.base_url) as client:
            client.http.event_hooks["request"].append(hook)
            page = await client.assets.list(project_id="proj_2", deleted=False)
            return len(page.assets)

    out["async_listed"] = asyncio.run(run_async())
out["sent"] = sent


def handler(request):
    out.setdefault("restore_requests", []).append([request.method, request.url.path, json.loads(request.content)])
    return httpx.Response(200, json={"restored": json.loads(request.content)["assetIds"]})

with Client("k", "s", base_url="https://api.test/v1", transport=httpx.MockTransport(handler)) as client:
    result = client.assets.restore(asset_ids=["asset_1"])
    out["restored"] = [type(result).__name__, result.restored]

async def restore_async():
    async with AsyncClient("k", "s", base_url="https://api.test/v1", transport=httpx.MockTransport(handler)) as client:
        result = await client.assets.restore(asset_ids=["asset_2"])
        return [type(result).__name__, result.restored]

out["restored_async"] = asyncio.run(restore_async())
print(json.dumps(out))
"""


def test_new_parameters_and_operations_reach_both_clients(tmp_path: Path) -> None:
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(_grown_spec(), sort_keys=False), encoding="utf-8")
    env = {**os.environ, "SPEC": str(spec_path), "VENV_BIN": str(Path(sys.executable).parent)}
    generated = subprocess.run(
        [str(CODEGEN), str(tmp_path / "out")], env=env, capture_output=True, text=True, check=False
    )
    assert generated.returncode == 0, generated.stderr

    probe = subprocess.run(
        [sys.executable, "-c", PROBE],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "out"), str(ROOT)])},
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout)
    assert seen["package"].startswith(str(tmp_path / "out"))
    for cls in ("Assets", "AsyncAssets"):
        assert seen[cls]["project_id"] == "str | None"
        assert seen[cls]["deleted"] == "bool | None"
        assert seen[cls]["kw_only"] is True
        assert seen[cls]["restore"] == "AssetRestoreResponse"
        assert seen[cls]["restore_doc"] == "Restore."
    assert "projectId=proj_1" in seen["sent"][0] and "deleted=true" in seen["sent"][0]
    assert "projectId=proj_2" in seen["sent"][1] and "deleted=false" in seen["sent"][1]
    assert seen["sync_listed"] > 0 and seen["async_listed"] > 0  # the emulator accepted them
    assert seen["refused"] == "deleted must be True or False, got 'yes'"
    assert len(seen["sent"]) == 2  # the refused call sent nothing
    assert seen["restored"] == ["AssetRestoreResponse", ["asset_1"]]
    assert seen["restored_async"] == ["AssetRestoreResponse", ["asset_2"]]
    assert seen["restore_requests"] == [
        ["POST", "/v1/assets/restore", {"assetIds": ["asset_1"]}],
        ["POST", "/v1/assets/restore", {"assetIds": ["asset_2"]}],
    ]
