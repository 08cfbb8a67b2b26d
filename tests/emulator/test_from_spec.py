"""The emulator follows the spec it is given: routes, enums, parameters, bodies and limits.

A temporary copy of the repository's spec grows the way the API does (a new operation with an
example, one without, a new enum value, a new query parameter); ``create_app(spec_path=...)``
serves it with no other edit. Names are made up and checked absent from the spec.
"""

from __future__ import annotations

import copy
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from starlette.applications import Starlette

from scenario_assets.emulator import EmulatorConfig, create_app
from scenario_assets.emulator._spec import ApiSpec
from tests.support.spec import absent_name, load_spec, operations, resolve

from .conftest import png_b64

with warnings.catch_warnings():
    # Starlette >= 1.x deprecates its httpx-based TestClient; it still works.
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

AUTH = ("k", "s")
WITH_EXAMPLE = absent_name("drillArchive")
WITHOUT_EXAMPLE = absent_name("drillRestore")
NEW_TYPE = absent_name("drill-type")
NEW_PARAM = absent_name("drillOnlyMine")
EXAMPLE = {"archived": ["asset_1"], "note": "from the spec's example"}


def _grown() -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    schemas = spec["components"]["schemas"]
    schemas["AssetType"]["enum"].append(NEW_TYPE)
    schemas["AssetType"]["x-enum-varnames"].append(NEW_TYPE.upper().replace("-", "_"))
    spec["paths"]["/assets"]["get"]["parameters"].append(
        {"name": NEW_PARAM, "in": "query", "required": False, "schema": {"type": "boolean"}}
    )
    body = {
        "type": "object",
        "additionalProperties": False,
        "required": ["assetIds"],
        "properties": {
            "assetIds": {"type": "array", "items": {"type": "string"}, "minItems": 1},
            "when": {"type": "string", "format": "date-time"},
        },
    }
    answer = {
        "type": "object",
        "required": ["restored", "count", "at"],
        "properties": {
            "restored": {"type": "array", "items": {"type": "string"}},
            "count": {"type": "integer", "minimum": 0},
            "at": {"type": "string", "format": "date-time"},
            "state": {"type": "string", "enum": ["done", "pending"]},
        },
    }
    for op_id, example in ((WITH_EXAMPLE, EXAMPLE), (WITHOUT_EXAMPLE, None)):
        media: dict[str, Any] = {"schema": answer}
        if example is not None:
            media["example"] = example
        spec["paths"][f"/assets/{{assetId}}/{op_id}"] = {
            "post": {
                "operationId": op_id,
                "tags": ["assets"],
                "parameters": [
                    {"name": "dryRun", "in": "query", "schema": {"type": "boolean"}},
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": body}},
                },
                "responses": {"200": {"description": "ok", "content": {"application/json": media}}},
            }
        }
    return spec


@pytest.fixture
def grown(tmp_path: Path) -> Iterator[TestClient]:
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(_grown(), sort_keys=False), encoding="utf-8")
    app = create_app(EmulatorConfig(api_key="k", api_secret="s"), spec_path=path)
    with TestClient(app, base_url="http://127.0.0.1") as tc:
        yield tc


@pytest.fixture
def default() -> Iterator[TestClient]:
    app = create_app(EmulatorConfig(api_key="k", api_secret="s"))
    with TestClient(app, base_url="http://127.0.0.1") as tc:
        yield tc


def test_a_new_operation_answers_its_example(grown: TestClient) -> None:
    r = grown.post(f"/v1/assets/asset_1/{WITH_EXAMPLE}", json={"assetIds": ["a"]}, auth=AUTH)
    assert r.status_code == 200, r.text
    assert r.json() == EXAMPLE


def test_a_new_operation_without_example_answers_from_its_schema(grown: TestClient) -> None:
    r = grown.post(
        f"/v1/assets/asset_1/{WITHOUT_EXAMPLE}?dryRun=true",
        json={"assetIds": ["a"], "when": "2026-01-01T00:00:00Z"},
        auth=AUTH,
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) >= {"restored", "count", "at"}
    assert body["restored"] == [] and body["count"] == 0
    ApiSpec(_grown()).check(body["at"], {"type": "string", "format": "date-time"}, "at")
    assert body.get("state", "done") in ("done", "pending")


@pytest.mark.parametrize(
    ("query", "body", "named"),
    [
        ("", {}, "assetIds"),  # required
        ("", {"assetIds": []}, "assetIds"),  # minItems
        ("", {"assetIds": ["a"], "other": 1}, "other"),  # additionalProperties: false
        ("", {"assetIds": ["a"], "when": "soon"}, "when"),  # format: date-time
        ("", {"assetIds": "a"}, "assetIds"),  # type
        ("?dryRun=maybe", {"assetIds": ["a"]}, "dryRun"),  # query type
        ("?unknown=1", {"assetIds": ["a"]}, "unknown"),  # not a parameter of the operation
    ],
)
def test_a_new_operation_checks_the_request_against_the_spec(
    grown: TestClient, query: str, body: dict[str, Any], named: str
) -> None:
    r = grown.post(f"/v1/assets/asset_1/{WITHOUT_EXAMPLE}{query}", json=body, auth=AUTH)
    assert r.status_code == 400, r.text
    assert named in r.json()["message"]


def test_a_new_operation_needs_credentials_wrong_methods_and_paths_are_refused(
    grown: TestClient,
) -> None:
    path = f"/v1/assets/asset_1/{WITH_EXAMPLE}"
    assert grown.post(path, json={"assetIds": ["a"]}).status_code == 401
    r = grown.get(path, auth=AUTH)
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    assert grown.post(f"/v1/assets/asset_1/{absent_name('nowhere')}", auth=AUTH).status_code == 404


def test_the_default_emulator_does_not_know_the_additions(default: TestClient) -> None:
    r = default.post(f"/v1/assets/asset_1/{WITH_EXAMPLE}", json={"assetIds": ["a"]}, auth=AUTH)
    assert r.status_code == 404
    assert default.get("/v1/assets", params={"type": NEW_TYPE}, auth=AUTH).status_code == 400
    assert default.get("/v1/assets", params={NEW_PARAM: "true"}, auth=AUTH).status_code == 400


def test_stateful_handlers_take_new_enum_values_and_parameters(grown: TestClient) -> None:
    r = grown.get("/v1/assets", params={"type": NEW_TYPE, NEW_PARAM: "true"}, auth=AUTH)
    assert r.status_code == 200, r.text
    assert r.json()["assets"] == []
    r = grown.get("/v1/assets", params={"types": f"uploaded,{NEW_TYPE}"}, auth=AUTH)
    assert r.status_code == 200, r.text
    r = grown.get("/v1/assets", params={NEW_PARAM: "maybe"}, auth=AUTH)
    assert r.status_code == 400 and NEW_PARAM in r.json()["message"]
    app: Starlette = grown.app  # type: ignore[assignment]
    asset = app.state.emulator.state.add_asset(asset_type=NEW_TYPE)
    listed = grown.get("/v1/assets", params={"type": NEW_TYPE}, auth=AUTH).json()["assets"]
    assert [a["id"] for a in listed] == [asset.id]


def test_every_operation_of_the_spec_is_routed(default: TestClient) -> None:
    # No credentials: every route of the spec exists (401), none is missing (404) or 405.
    for method, path, _ in operations().values():
        url = "/v1" + path.replace("{assetId}", "asset_x").replace("{jobId}", "job_x")
        assert default.request(method.upper(), url).status_code == 401, (method, path)


def test_array_limits_come_from_the_spec(default: TestClient) -> None:
    limit = resolve(load_spec()["components"]["schemas"]["AssetDeleteMultipleRequest"])[
        "properties"
    ]["assetIds"]["maxItems"]
    ids = [f"asset_{n}" for n in range(limit + 1)]
    r = default.request("DELETE", "/v1/assets", json={"assetIds": ids}, auth=AUTH)
    assert r.status_code == 400 and str(limit) in r.json()["message"]
    r = default.request("DELETE", "/v1/assets", json={"assetIds": ids[:limit]}, auth=AUTH)
    assert r.status_code == 200, r.text


def test_a_given_spec_is_also_the_state_s_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "spec.json"
    spec = _grown()
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")  # YAML is a superset of JSON
    with pytest.raises(ValueError):
        create_app(spec_path=path)  # .json must be JSON
    path.write_text(json.dumps(spec), encoding="utf-8")
    app = create_app(EmulatorConfig(api_key="k", api_secret="s"), spec_path=path)
    assert NEW_TYPE in app.state.emulator.state.vocabulary.types
    with TestClient(app, base_url="http://127.0.0.1") as tc:
        r = tc.post("/v1/assets", json={"name": "x.png", "image": png_b64()}, auth=AUTH)
        assert r.status_code == 200, r.text


@pytest.mark.parametrize(
    ("method", "path", "body", "named"),
    [
        ("PUT", "/v1/assets/asset_1/lock", {"lockExpiresAt": "in an hour"}, "lockExpiresAt"),
        ("POST", "/v1/assets", {"name": "a.png", "image": "not base64!"}, "image"),
        (
            "POST",
            "/v1/assets/download",
            {
                "options": {"fileNameTemplate": "<id>"},
                "query": {"assetIds": [], "inferenceIds": [], "modelIds": []},
            },
            "query",
        ),
    ],
)
def test_rules_the_spec_states_are_enforced_before_the_handler(
    default: TestClient, method: str, path: str, body: dict[str, Any], named: str
) -> None:
    r = default.request(method, path, json=body, auth=AUTH)
    assert r.status_code == 400 and r.json()["message"].startswith(named), r.text
