"""The spec still says everything the API reference says; what it adds is reported, not refused.

The reference's facts are committed in ``openapi/reference-index.json`` (extracted by
``tools/reference_index.py``; no test reads the reference text itself). ``tools/spec_fidelity.py``
walks every reference parameter and field, at every depth, into the spec.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
import reference_index
import spec_fidelity

from tests.support.spec import absent_name, load_spec, operations

INDEX = reference_index.load()

Spec = dict[str, Any]


def _spec() -> Spec:
    return copy.deepcopy(load_spec())


def _schemas(spec: Spec) -> dict[str, Any]:
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return schemas


def _param(spec: Spec, path: str, method: str, name: str) -> dict[str, Any]:
    # A shared parameter is a ``$ref`` entry with no name of its own.
    (param,) = [p for p in spec["paths"][path][method]["parameters"] if p.get("name") == name]
    found: dict[str, Any] = param
    return found


def test_the_spec_keeps_every_reference_fact() -> None:
    report = spec_fidelity.compare(INDEX, load_spec())
    assert not report.lost, "\n".join(report.lost_lines)


def test_the_index_covers_every_operation_and_field() -> None:
    ops = INDEX["operations"]
    # Every operation of the reference is one of the spec's (a newer reference may add some).
    assert set(ops) <= set(operations()) and len(ops) >= 14
    assert (
        sum(len(op["response"]) + len(op["body"]) + len(op["parameters"]) for op in ops.values())
        > 1500
    )
    assert ops["retrieveAsset"]["response"]["asset.metadata.kind"]["type"] == "enum"
    assert "3d" in ops["retrieveAsset"]["response"]["asset.kind"]["enum"]
    assert {op_id for op_id, op in ops.items() if op["public"]} >= {"listAssets", "retrieveAsset"}
    assert {(x["operation"], x["name"]) for x in INDEX["limits"]} >= {
        ("listAssets", "pageSize"),
        ("listAssetSnapshots", "pageSize"),
        ("deleteAssets", "assetIds"),
        ("getBulkAssets", "assetIds"),
        ("requestBatchDownload", "query.assetIds"),
    }


def _drop_field(spec: Spec) -> None:
    del _schemas(spec)["Asset"]["properties"]["mimeType"]


def _drop_nested_field(spec: Spec) -> None:
    del _schemas(spec)["FlowInput"]["properties"]["ref"]


def _make_optional(spec: Spec) -> None:
    _schemas(spec)["Asset"]["required"].remove("mimeType")


def _make_required(spec: Spec) -> None:
    _schemas(spec)["AssetProperties"]["required"] = [
        *_schemas(spec)["AssetProperties"].get("required", []),
        "width",
    ]


def _drop_enum_value(spec: Spec) -> None:
    _schemas(spec)["AssetKind"]["enum"].remove("3d")


def _change_type(spec: Spec) -> None:
    _schemas(spec)["Asset"]["properties"]["tags"] = {"type": "string", "description": "x"}


def _drop_description(spec: Spec) -> None:
    _schemas(spec)["Asset"]["properties"]["mimeType"].pop("description")


def _drop_parameter(spec: Spec) -> None:
    op = spec["paths"]["/assets"]["get"]
    op["parameters"] = [p for p in op["parameters"] if p.get("name") != "authorId"]


def _parameter_required(spec: Spec) -> None:
    _param(spec, "/assets", "get", "authorId")["required"] = True


def _parameter_description(spec: Spec) -> None:
    _param(spec, "/assets", "get", "authorId")["description"] = "Someone."


def _change_limit(spec: Spec) -> None:
    _param(spec, "/assets", "get", "pageSize")["schema"]["maximum"] = 200


def _change_body_limit(spec: Spec) -> None:
    _schemas(spec)["BatchDownloadQuery"]["properties"]["assetIds"]["maxItems"] = 5000


def _drop_public(spec: Spec) -> None:
    spec["paths"]["/assets/{assetId}"]["get"]["security"] = [{"basicAuth": []}]


def _drop_operation(spec: Spec) -> None:
    del spec["paths"]["/assets/{assetId}/copy"]


LOSSES: list[tuple[Callable[[Spec], None], str]] = [
    (_drop_field, "Asset.mimeType: field missing"),
    (_drop_nested_field, "FlowInput.ref: field missing"),
    (_make_optional, "Asset.mimeType: the reference says required"),
    (_make_required, "AssetProperties.width: the reference says optional"),
    (_drop_enum_value, "AssetKind: enum value '3d' missing"),
    (_change_type, "Asset.tags: type is 'string', the reference says array of string"),
    (_drop_description, "Asset.mimeType: description lost"),
    (_drop_parameter, "listAssets parameter query.authorId: missing"),
    (_parameter_required, "listAssets parameter query.authorId: the reference says optional"),
    (_parameter_description, "listAssets parameter query.authorId: description lost"),
    (_change_limit, "listAssets query pageSize: maximum is 200, the reference says 100"),
    (_change_body_limit, "requestBatchDownload body query.assetIds: maxItems is 5000"),
    (_drop_public, "retrieveAsset: public-token access missing"),
    (_drop_operation, "operation duplicateAsset (post /assets/{assetId}/copy) missing"),
]


@pytest.mark.parametrize(("mutate", "message"), LOSSES, ids=[m.__name__ for m, _ in LOSSES])
def test_losing_a_reference_fact_fails_and_says_what(
    mutate: Callable[[Spec], None], message: str
) -> None:
    spec = _spec()
    mutate(spec)
    report = spec_fidelity.compare(INDEX, spec)
    assert any(line.startswith(message) for line in report.lost_lines), report.render()


def test_additions_pass_and_are_listed() -> None:
    spec = _spec()
    field, value, param, op_id = (
        absent_name(stem, spec) for stem in ("drillNote", "drillkind", "drillScope", "drillOp")
    )
    before = spec_fidelity.compare(INDEX, spec)
    _schemas(spec)["Asset"]["properties"][field] = {"type": "string", "description": "When."}
    _schemas(spec)["AssetKind"]["enum"].append(value)
    _schemas(spec)["AssetKind"]["x-enum-varnames"].append(value.upper())
    for path, method in (("/assets", "get"), ("/assets/{assetId}", "get")):
        spec["paths"][path][method]["parameters"].append(
            {"name": param, "in": "query", "required": False, "schema": {"type": "string"}}
        )
    spec["paths"][f"/assets/{op_id}"] = {
        "post": {
            "operationId": op_id,
            "tags": ["assets"],
            "responses": {"200": {"description": "ok"}},
        }
    }
    report = spec_fidelity.compare(INDEX, spec)
    assert not report.lost, report.render()
    added = set(report.added_lines) - set(before.added_lines)
    assert any(line.startswith(f"Asset.{field}  [") for line in added), added
    assert any(line.startswith(f"AssetKind: enum value {value!r}") for line in added), added
    # A parameter on several operations is one line naming how many.
    assert f"parameter query.{param}  [2 operations]" in added, added
    assert f"operation {op_id} (post /assets/{op_id})  [{op_id}]" in added, added
    assert len(added) == 4, added
    text = report.render()
    assert f"Additions beyond the API reference: {len(before.added) + 4}:" in text
    assert "LOST" not in text


def test_a_new_required_field_is_an_addition_marked_required() -> None:
    spec = _spec()
    field = absent_name("drillNote", spec)
    asset = _schemas(spec)["Asset"]
    asset["properties"][field] = {"type": "string"}
    asset["required"].append(field)
    report = spec_fidelity.compare(INDEX, spec)
    assert any(line.startswith(f"Asset.{field} (required)  [") for line in report.added_lines)


def test_examples_in_descriptions_become_schema_examples() -> None:
    asset = load_spec()["components"]["schemas"]["Asset"]["properties"]
    assert asset["id"]["example"] == "asset_GTrL3mq4SXWyMxkOHRxlpw"
    assert asset["tags"]["example"] == ["sci-fi", "landscape"]


def test_response_examples_are_the_references() -> None:
    # A changed example is a note (examples are not facts the client depends on).
    before = spec_fidelity.compare(INDEX, load_spec())
    assert not [note for note in before.notes if "example" in note]
    spec = _spec()
    example = spec["paths"]["/assets/{assetId}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]
    example["asset"]["id"] = "asset_other"
    report = spec_fidelity.compare(INDEX, spec)
    assert set(report.notes) - set(before.notes) == {
        "retrieveAsset: the response example differs from the reference's"
    }
    assert not report.lost
