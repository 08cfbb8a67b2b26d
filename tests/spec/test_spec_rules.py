"""Structural rules of the spec: validity, auth, errors, enum naming, generator pitfalls."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from tests.support.spec import load_spec, operations, parameters, resolve

ERROR_CODES = {"400", "401", "403", "404", "409", "422", "429", "5XX"}


def _schemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schemas(value)


def test_spec_validates_as_openapi_3_0_3() -> None:
    spec = load_spec()
    assert spec["openapi"] == "3.0.3"
    validate(spec)


def test_server_and_basic_auth() -> None:
    spec = load_spec()
    assert spec["servers"][0]["url"] == "https://api.cloud.scenario.com/v1"
    schemes = spec["components"]["securitySchemes"]
    assert schemes["basicAuth"] == {**schemes["basicAuth"], "type": "http", "scheme": "basic"}
    assert schemes["publicAuthToken"]["in"] == "header"
    assert schemes["publicAuthToken"]["name"] == "Authorization"
    assert spec["security"] == [{"basicAuth": []}]


def test_every_operation_documents_the_error_statuses_permissively() -> None:
    spec = load_spec()
    for op_id, (_, _, op) in operations().items():
        assert set(op["responses"]) >= ERROR_CODES, op_id
        for code in ERROR_CODES:
            response = op["responses"][code]
            name = response["$ref"].split("/")[-1]
            body = spec["components"]["responses"][name]["content"]["application/json"]["schema"]
            error = resolve(body)
            assert "required" not in error
            assert error["additionalProperties"] not in (False, None)


def test_array_query_parameters_are_comma_joined() -> None:
    arrays = [
        (op_id, p)
        for op_id in operations()
        for p in parameters(op_id)
        if resolve(p.get("schema", {})).get("type") == "array"
    ]
    assert ("listAssets", "types") in [(op_id, p["name"]) for op_id, p in arrays]
    for _, param in arrays:
        assert (param["style"], param["explode"]) == ("form", False)


def test_enums_are_named_components_with_stable_member_names() -> None:
    spec = load_spec()
    for schema in _schemas(spec["paths"]):
        # An enum written inline on a parameter (as real specs grow) gets a class named by the
        # generator; its members must still be named by value, never by position (VALUE_<n>).
        if "enum" in schema and "x-enum-varnames" not in schema:
            positional = [v for v in schema["enum"] if not str(v)[:1].isalpha()]
            assert not positional, f"inline enum needs x-enum-varnames: {positional[:3]}"
    enums = {k: v for k, v in spec["components"]["schemas"].items() if "enum" in v}
    for name in (
        "AssetKind",
        "AssetType",
        "AssetSource",
        "ModelType",
        "JobStatus",
        "JobType",
        "TargetFormat",
    ):
        assert name in enums
    for name, schema in enums.items():
        assert schema["type"] == "string", name
        varnames = schema["x-enum-varnames"]
        assert len(varnames) == len(schema["enum"]) == len(set(varnames)), name
        assert all(v.isidentifier() and not v[0].isdigit() for v in varnames), name
    kinds = dict(
        zip(enums["AssetKind"]["enum"], enums["AssetKind"]["x-enum-varnames"], strict=True)
    )
    assert kinds["3d"] == "THREE_D"


def test_every_boolean_is_typed_boolean() -> None:
    for schema in _schemas(load_spec()):
        values = schema.get("enum")
        if isinstance(values, list) and any(isinstance(v, bool) for v in values):
            assert schema.get("type") == "boolean"
        if "const" in schema:
            raise AssertionError("const is not OpenAPI 3.0")
    schemas = load_spec()["components"]["schemas"]
    flag = schemas["FlowNode"]["properties"]["includeOutputsInWorkflowJob"]
    assert flag["type"] == "boolean"


def test_dates_are_plain_strings() -> None:
    # Deliberate: the reference's own examples carry placeholder dates ("createdAt").
    for schema in _schemas(load_spec()):
        assert schema.get("format") not in ("date-time", "date")


def test_the_spec_states_the_rules_openapi_3_0_can() -> None:
    # What the API enforces and OpenAPI 3.0 can say, so that schema-driven tools (schemathesis,
    # the emulator, the generated methods' checks) know it: a lock expiry is a date-time, images
    # and thumbnails are base64, a batch download names at least one id.
    schemas = load_spec()["components"]["schemas"]
    for model in ("AssetLockRequest", "AssetUpdateRequest"):
        expiry = schemas[model]["properties"]["lockExpiresAt"]
        assert expiry.get("x-date-time") is True, model
        assert re.search(expiry["pattern"], "2026-05-01T12:00:00.000Z"), model
        assert re.search(expiry["pattern"], "2026-05-01T12:00:00+02:00"), model
        assert not re.search(expiry["pattern"], "in an hour"), model
    for model, field in (
        ("AssetUploadRequest", "image"),
        ("AssetUploadRequest", "thumbnail"),
        ("AssetUpdateRequest", "thumbnail"),
    ):
        assert schemas[model]["properties"][field].get("format") == "byte", (model, field)
    from scenario_assets.emulator._spec import ApiSpec
    from scenario_assets.emulator._wire import ApiError

    spec = ApiSpec(load_spec())
    query = schemas["BatchDownloadQuery"]
    with pytest.raises(ApiError, match="query is refused"):
        spec.check({"assetIds": [], "inferenceIds": [], "modelIds": []}, query, "query")
    for name in ("assetIds", "inferenceIds", "modelIds"):
        spec.check({"assetIds": [], "inferenceIds": [], "modelIds": [], name: ["x"]}, query, "q")
