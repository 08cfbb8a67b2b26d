"""Every kind of emulator response body validates against the OpenAPI spec, strictly."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest

from scenario_assets.emulator import EmulatorServer
from tests.support.spec import load_spec

from .conftest import START, iso, png_b64

Recorded = list[tuple[str, str, httpx.Response]]


def _strict(node: Any) -> Any:
    """A copy where every object with declared properties refuses undeclared ones.

    The spec itself is open (clients must tolerate new fields), but the emulator must send
    only fields the spec knows: a misspelt field would otherwise validate silently.
    """
    if isinstance(node, dict):
        out = {k: _strict(v) for k, v in node.items()}
        if "properties" in out and "additionalProperties" not in out:
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_strict(v) for v in node]
    return node


def deref(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def find_operation(spec: dict[str, Any], method: str, path: str) -> tuple[str, dict[str, Any]]:
    base = "/v1"
    rel = path.removeprefix(base)
    candidates = []
    for template, item in spec["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, rel) and method.lower() in item:
            candidates.append((template.count("{"), template, item[method.lower()]))
    assert candidates, (method, path)
    _, template, op = min(candidates, key=lambda c: c[0])  # literal segments win
    return template, op


def response_schema(spec: dict[str, Any], op: dict[str, Any], status: int) -> dict[str, Any]:
    responses = op["responses"]
    resp = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    assert resp is not None, f"status {status} undocumented for {op['operationId']}"
    resp = deref(spec, resp)
    schema = resp["content"]["application/json"]["schema"]
    return {**schema, "components": spec["components"]}


@pytest.fixture
def recorded(server: EmulatorServer) -> Iterator[tuple[httpx.Client, Recorded]]:
    log: Recorded = []

    def hook(response: httpx.Response) -> None:
        response.read()
        log.append((response.request.method, response.request.url.path, response))

    with httpx.Client(base_url=server.base_url, auth=server.auth, timeout=5,
                      event_hooks={"response": [hook]}) as c:  # fmt: skip
        yield c, log


def exercise(c: httpx.Client, server: EmulatorServer) -> None:
    """Call all 14 operations, including error paths."""
    server.reset(seed=True)
    server.state.add_asset(asset_type="inference-txt2img", privacy="public",
                           metadata={"inferenceId": "inf_x", "prompt": "p", "seed": "1"})  # fmt: skip
    img = c.post("/assets", json={"name": "a.png", "image": png_b64()}).json()["asset"]
    canvas = c.post("/assets", json={"name": "c", "canvas": json.dumps({"a": 1}),
                                     "thumbnail": png_b64()}).json()["asset"]  # fmt: skip
    c.post("/assets", json={"name": "bad", "image": "@@"})
    c.get("/assets", params={"pageSize": 2})
    c.get("/assets", params={"types": "uploaded,canvas", "sortBy": "updatedAt"})
    c.get("/assets", params={"type": "canvas", "types": "canvas"})
    c.get("/assets", headers={"Authorization": "public-auth-token"})
    c.post("/assets/get-bulk", json={"assetIds": [img["id"], canvas["id"], "nope"]})
    c.get(f"/assets/{img['id']}", params={"withEmbedding": "true"})
    c.get(f"/assets/{canvas['id']}")
    c.get("/assets/nope")
    c.get("/assets", auth=("wrong", "credentials"))
    c.post(f"/assets/{img['id']}/copy", json={"targetProjectId": "proj_2"})
    lock = c.put(f"/assets/{canvas['id']}/lock",
                 json={"lockExpiresAt": iso(START + timedelta(minutes=5))}).json()  # fmt: skip
    c.put(f"/assets/{canvas['id']}", json={"canvas": "{}"})  # 409
    c.put(f"/assets/{canvas['id']}", json={"canvas": json.dumps({"b": 2}),
                                           "lockId": lock["lockId"]})  # fmt: skip
    c.get(f"/assets/{canvas['id']}/snapshots")
    c.put(f"/assets/{canvas['id']}/unlock", json={"lockId": lock["lockId"]})
    c.put(f"/assets/{img['id']}/tags", json={"add": ["x"], "delete": ["y"]})
    job = c.post(
        "/assets/download",
        json={
            "options": {"fileNameTemplate": "<seed>-<index>"},
            "query": {"assetIds": [img["id"]], "inferenceIds": ["inf_x"], "modelIds": []},
        },
    ).json()
    for _ in range(3):
        c.get(f"/assets/download/{job['jobId']}")
    c.post(f"/assets/{img['id']}/download", json={"targetFormat": "webp"})
    c.post(f"/assets/{img['id']}/download", json={"targetFormat": "glb"})
    c.request("DELETE", "/assets", json={"assetIds": [img["id"]]})
    c.request("DELETE", "/assets", json={"assetIds": []})
    server.faults.add("GET", "/v1/assets", status=429, retry_after=1)
    c.get("/assets")


def exercise_from_spec(c: httpx.Client) -> None:
    """Call every operation the emulator answers from the spec alone, with a body built from
    its request schema (none today; the operations a newer spec adds)."""
    from scenario_assets.emulator._app import STATEFUL
    from scenario_assets.emulator._spec import ApiSpec

    spec = ApiSpec(load_spec())
    for op in spec.operations.values():
        if op.operation_id in STATEFUL:
            continue
        path = re.sub(r"\{[^}]+\}", "asset_x", op.path)
        body = None if op.body is None else spec.build(op.body)
        c.request(op.method, path, json=body)


def test_responses_match_spec(
    server: EmulatorServer, recorded: tuple[httpx.Client, Recorded]
) -> None:
    from openapi_schema_validator import OAS30Validator, oas30_format_checker

    client, log = recorded
    exercise(client, server)
    exercise_from_spec(client)
    spec = _strict(load_spec())
    covered: set[str] = set()
    statuses: set[int] = set()
    for method, path, response in log:
        _, op = find_operation(spec, method, path)
        schema = response_schema(spec, op, response.status_code)
        validator = OAS30Validator(schema, format_checker=oas30_format_checker)
        errors = sorted(validator.iter_errors(response.json()), key=lambda e: list(e.path))
        assert not errors, (method, path, response.status_code, [e.message for e in errors[:5]])
        if response.status_code == 200:
            covered.add(op["operationId"])
        statuses.add(response.status_code)
    all_ops = {op["operationId"] for item in spec["paths"].values() for op in item.values()
               if isinstance(op, dict) and "operationId" in op}  # fmt: skip
    assert covered == all_ops
    assert {200, 400, 401, 404, 409, 429} <= statuses
