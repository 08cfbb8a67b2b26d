"""The spec says everything the API reference says, at the right place.

The reference is read independently of the spec (``tools/reference.py`` restores the nesting
of its flattened field lists); every parameter and every response field, at every depth, must
then appear in ``openapi/scenario-assets.yaml`` with the same required-ness, type and enum
values. The spec is edited by hand, so this is what keeps edits honest.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import reference as ref

from tests.support.spec import load_spec, operations, resolve

OPS = ref.parse()
SPEC_OPS = {(m, p): op for _, (m, p, op) in operations().items()}


def test_reference_is_read_completely() -> None:
    # Every field line of the 14 operations is consumed by the reader: nothing is skipped.
    walked = sum(
        len(ref.walk(fields))
        for op in OPS
        for fields in (op.path_params, op.query_params, op.body_params, op.returns)
    )
    assert len(OPS) == 14
    assert walked == ref.count_field_lines() > 1500


def test_every_operation_is_in_the_spec_with_a_stable_id() -> None:
    expected = {
        ("get", "/assets"): "listAssets",
        ("post", "/assets"): "uploadAsset",
        ("delete", "/assets"): "deleteAssets",
        ("post", "/assets/get-bulk"): "getBulkAssets",
        ("get", "/assets/{assetId}"): "retrieveAsset",
        ("put", "/assets/{assetId}"): "updateAsset",
        ("post", "/assets/{assetId}/copy"): "duplicateAsset",
        ("put", "/assets/{assetId}/lock"): "lockAsset",
        ("get", "/assets/{assetId}/snapshots"): "listAssetSnapshots",
        ("put", "/assets/{assetId}/tags"): "updateAssetTags",
        ("put", "/assets/{assetId}/unlock"): "unlockAsset",
        ("post", "/assets/download"): "requestBatchDownload",
        ("get", "/assets/download/{jobId}"): "getBatchDownloadStatus",
        ("post", "/assets/{assetId}/download"): "requestAssetDownload",
    }
    assert {(op.method, op.path) for op in OPS} == set(expected)
    assert {key: op["operationId"] for key, op in SPEC_OPS.items()} == expected
    for op in OPS:
        assert SPEC_OPS[(op.method, op.path)]["tags"] == [op.section.lower()]


def _check_type(tref: ref.TypeRef, schema: dict[str, Any], where: str) -> None:
    s = resolve(schema)
    kind = tref.kind
    if kind == "array":
        assert s.get("type") == "array", where
        assert tref.items is not None
        _check_type(tref.items, s["items"], where + "[]")
    elif kind == "string":
        assert s.get("type") == "string", where
    elif kind == "number":
        assert s.get("type") in ("number", "integer"), where
    elif kind in ("boolean", "true"):
        assert s.get("type") == "boolean", where
    elif kind == "unknown":
        pass  # any schema describes an unknown value
    elif kind == "map":
        assert s.get("type") == "object", where
        assert s.get("additionalProperties") not in (None, False), where
    elif kind == "enum":
        assert s.get("type") == "string", where
        assert set(s["enum"]) == set(tref.values), where
    elif kind == "object":
        _check_object(tref.children, schema, where)
    else:  # pragma: no cover - the reader knows no other kind
        raise AssertionError(kind)


def _description(schema: dict[str, Any]) -> str:
    text = schema.get("description", "")
    return str(text or resolve(schema).get("description", ""))


def _check_object(fields: list[ref.Field], schema: dict[str, Any], where: str) -> None:
    s = resolve(schema)
    assert s.get("type") == "object", where
    props = s.get("properties", {})
    assert set(props) == {f.name for f in fields}, where
    assert set(s.get("required", [])) == {f.name for f in fields if f.required}, where
    for fld in fields:
        _check_field(fld, props[fld.name], f"{where}.{fld.name}")


def _check_field(fld: ref.Field, schema: dict[str, Any], where: str) -> None:
    _check_type(fld.type, schema, where)
    if fld.description:
        assert _description(schema), f"{where}: description lost"


@pytest.mark.parametrize("op", OPS, ids=lambda o: f"{o.method} {o.path}")
def test_parameters_match_the_reference(op: ref.Operation) -> None:
    spec_op = SPEC_OPS[(op.method, op.path)]
    params = {(p["in"], p["name"]): p for p in spec_op.get("parameters", [])}
    expected = {("path", f.name) for f in op.path_params} | {
        ("query", f.name) for f in op.query_params
    }
    assert set(params) == expected
    for location, fields in (("path", op.path_params), ("query", op.query_params)):
        for fld in fields:
            param = params[(location, fld.name)]
            assert param["required"] is fld.required, fld.name
            if fld.type.kind != "unknown":
                _check_type(fld.type, param["schema"], f"{op.path}?{fld.name}")
            if fld.description:
                assert fld.description in param["description"]


@pytest.mark.parametrize("op", OPS, ids=lambda o: f"{o.method} {o.path}")
def test_request_body_matches_the_reference(op: ref.Operation) -> None:
    spec_op = SPEC_OPS[(op.method, op.path)]
    if not op.body_params:
        assert "requestBody" not in spec_op
        return
    body = spec_op["requestBody"]
    assert body["required"] is any(f.required for f in op.body_params)
    _check_object(op.body_params, body["content"]["application/json"]["schema"], "body")


@pytest.mark.parametrize("op", OPS, ids=lambda o: f"{o.method} {o.path}")
def test_response_matches_the_reference_at_every_depth(op: ref.Operation) -> None:
    spec_op = SPEC_OPS[(op.method, op.path)]
    content = spec_op["responses"]["200"]["content"]["application/json"]
    if op.returns:
        _check_object(op.returns, content["schema"], "response")
    else:
        assert resolve(content["schema"]).get("type") == "object"
    assert content["example"] == op.response_example


def test_nested_shapes_have_their_documented_size() -> None:
    schemas = load_spec()["components"]["schemas"]
    assert len(schemas["Asset"]["properties"]) == 27
    assert len(schemas["AssetMetadata"]["properties"]) == 109
    assert len(schemas["AssetProperties"]["properties"]) == 23
    assert len(schemas["Job"]["properties"]) == 11
    assert len(schemas["FlowNode"]["properties"]) == 18
    assert len(schemas["FlowInput"]["properties"]) == 29
    assert set(schemas["AssetLockResponse"]["properties"]) == {"asset", "lockId"}


def test_examples_in_descriptions_become_schema_examples() -> None:
    asset = load_spec()["components"]["schemas"]["Asset"]["properties"]
    assert asset["id"]["example"] == "asset_GTrL3mq4SXWyMxkOHRxlpw"
    assert asset["tags"]["example"] == ["sci-fi", "landscape"]


def test_limits_stated_in_prose_are_schema_constraints() -> None:
    ops = operations()
    schemas = load_spec()["components"]["schemas"]

    def query(op_id: str, name: str) -> dict[str, Any]:
        (param,) = [p for p in ops[op_id][2]["parameters"] if p["name"] == name]
        return dict(param["schema"])

    assert query("listAssets", "pageSize") == {
        "type": "integer",
        "minimum": 1,
        "maximum": 100,
        "default": 50,
    }
    assert query("listAssetSnapshots", "pageSize") == {
        "type": "integer",
        "minimum": 10,
        "maximum": 100,
        "default": 10,
    }
    assert schemas["AssetDeleteMultipleRequest"]["properties"]["assetIds"]["maxItems"] == 100
    assert schemas["AssetGetBulkRequest"]["properties"]["assetIds"]["maxItems"] == 200
    assert schemas["BatchDownloadQuery"]["properties"]["assetIds"]["maxItems"] == 1000
    text = ref.DEFAULT_REFERENCE.read_text(encoding="utf-8")
    # The prose these limits come from is still in the reference.
    for phrase in ("(Max 100 at once)", "Limit of 200 assets", "limited to 1000 assets"):
        assert phrase in text
    assert re.search(r"default value is 10, maximum value is 100, minimum value is 10", text)
