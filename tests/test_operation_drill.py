"""The operation-layer drill: a new query parameter and a new operation reach users through
``make regen`` alone.

In a temporary copy of the spec, ``GET /assets`` gains a string and a boolean query parameter and
the API gains a ``POST`` operation without a response example (all names made up and checked
absent from the spec, so the drill never collides with what the real API adds); the package is regenerated into a temporary directory, and a fresh
interpreter (the regenerated package first on its path, this repository's handwritten client and
emulator otherwise) shows that both clients take the new parameters, typed in their signatures,
that they are sent and that the emulator accepts them, and that the new operation is a method of
both clients returning its typed model, which the emulator answers from the spec alone.
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

from tests.support.spec import ROOT, absent_name, load_spec, snake

CODEGEN = ROOT / "codegen.sh"
PROJECT = absent_name("drillProject")
FLAG = absent_name("drillHidden")
OPERATION = absent_name("drillRestore")
MODEL = OPERATION[0].upper() + OPERATION[1:]
PATH = "/assets/" + absent_name("drill-restore")
NAMES = {
    "project": snake(PROJECT),
    "flag": snake(FLAG),
    "method": snake(OPERATION),
    "model": f"{MODEL}Response",
    "path": PATH,
}


def _grown_spec() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    listing = spec["paths"]["/assets"]["get"]
    listing["parameters"] += [
        {
            "name": PROJECT,
            "in": "query",
            "required": False,
            "description": "List the assets of this project.",
            "schema": {"type": "string", "format": "resource-id"},
        },
        {
            "name": FLAG,
            "in": "query",
            "required": False,
            "description": "List deleted assets instead.",
            "schema": {"type": "boolean"},
        },
    ]
    errors = {k: v for k, v in listing["responses"].items() if k != "200"}
    spec["components"]["schemas"][f"{MODEL}Request"] = {
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
    spec["components"]["schemas"][f"{MODEL}Response"] = {
        "type": "object",
        "required": ["restored"],
        "properties": {"restored": {"type": "array", "items": {"type": "string"}}},
    }
    spec["paths"][PATH] = {
        "post": {
            "operationId": OPERATION,
            "x-method-name": snake(OPERATION),
            "tags": ["assets"],
            "summary": "Restore",
            "description": "Restore deleted assets.",
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": f"#/components/schemas/{MODEL}Request"}}
                },
            },
            "responses": {
                "200": {
                    "description": "Success",
                    "content": {
                        "application/json": {
                            "schema": {"$ref": f"#/components/schemas/{MODEL}Response"}
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
import scenario_assets_api.models

names = json.loads(sys.argv[1])
project, flag, method = names["project"], names["flag"], names["method"]
out = {"package": scenario_assets_api.__file__}
for cls in (Assets, AsyncAssets):
    params = inspect.signature(cls.list).parameters
    out[cls.__name__] = {
        "project": str(params[project].annotation),
        "flag": str(params[flag].annotation),
        "kw_only": params[flag].kind is inspect.Parameter.KEYWORD_ONLY,
        "restore": str(inspect.signature(getattr(cls, method)).return_annotation),
        "restore_doc": getattr(cls, method).__doc__.splitlines()[0],
    }

sent = []
with EmulatorServer(seed=True) as srv:
    key, secret = srv.auth
    with Client(key, secret, base_url=srv.base_url) as client:
        client.http.event_hooks["request"].append(lambda r: sent.append(str(r.url.params)))
        page = client.assets.list(**{project: "proj_1", flag: True}, page_size=5)
        out["sync_listed"] = len(page.assets)
        try:
            client.assets.list(**{flag: "yes"})
        except ValidationError as exc:
            out["refused"] = str(exc)
        answered = getattr(client.assets, method)(asset_ids=["asset_1"])
        out["emulated"] = [type(answered).__name__, answered.restored]

    async def run_async():
        async def hook(request):
            sent.append(str(request.url.params))
        async with AsyncClient(key, secret, base_url=srv.base_url) as client:
            client.http.event_hooks["request"].append(hook)
            page = await client.assets.list(**{project: "proj_2", flag: False})
            answered = await getattr(client.assets, method)(asset_ids=["asset_2"])
            out["emulated_async"] = [type(answered).__name__, answered.restored]
            return len(page.assets)

    out["async_listed"] = asyncio.run(run_async())
out["sent"] = sent


def handler(request):
    out.setdefault("restore_requests", []).append([request.method, request.url.path, json.loads(request.content)])
    return httpx.Response(200, json={"restored": json.loads(request.content)["assetIds"]})

with Client("k", "s", base_url="https://api.test/v1", transport=httpx.MockTransport(handler)) as client:
    result = getattr(client.assets, method)(asset_ids=["asset_1"])
    out["restored"] = [type(result).__name__, result.restored]

async def restore_async():
    async with AsyncClient("k", "s", base_url="https://api.test/v1", transport=httpx.MockTransport(handler)) as client:
        result = await getattr(client.assets, method)(asset_ids=["asset_2"])
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
        [sys.executable, "-c", PROBE, json.dumps(NAMES)],
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "out"), str(ROOT)])},
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert probe.returncode == 0, probe.stderr
    seen = json.loads(probe.stdout)
    assert seen["package"].startswith(str(tmp_path / "out"))
    model = NAMES["model"]
    for cls in ("Assets", "AsyncAssets"):
        assert seen[cls]["project"] == "str | None"
        assert seen[cls]["flag"] == "bool | None"
        assert seen[cls]["kw_only"] is True
        assert seen[cls]["restore"] == model
        assert seen[cls]["restore_doc"] == "Restore."
    lists = [params for params in seen["sent"] if PROJECT in params]
    assert f"{PROJECT}=proj_1" in lists[0] and f"{FLAG}=true" in lists[0]
    assert f"{PROJECT}=proj_2" in lists[1] and f"{FLAG}=false" in lists[1]
    assert seen["sync_listed"] > 0 and seen["async_listed"] > 0  # the emulator accepted them
    assert seen["refused"] == f"{snake(FLAG)} must be True or False, got 'yes'"
    assert len(seen["sent"]) == 4  # two lists, two calls of the new operation; nothing refused
    # The emulator has no handler for the new operation: it answers from the spec's schema.
    assert seen["emulated"] == seen["emulated_async"] == [model, []]
    assert seen["restored"] == [model, ["asset_1"]]
    assert seen["restored_async"] == [model, ["asset_2"]]
    assert seen["restore_requests"] == [
        ["POST", f"/v1{PATH}", {"assetIds": ["asset_1"]}],
        ["POST", f"/v1{PATH}", {"assetIds": ["asset_2"]}],
    ]
