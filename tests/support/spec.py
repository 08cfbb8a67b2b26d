"""Load the OpenAPI spec and resolve its references, for tests."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, cast

import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "scenario-assets.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as plain data (cached; do not mutate)."""
    return cast(dict[str, Any], yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` and single-element ``allOf`` wrappers to the schema they name."""
    spec = load_spec()
    while True:
        if "$ref" in schema:
            node: Any = spec
            for part in schema["$ref"].removeprefix("#/").split("/"):
                node = node[part]
            schema = node
        elif "allOf" in schema and len(schema["allOf"]) == 1:
            schema = schema["allOf"][0]
        else:
            return schema


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object)."""
    out: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in load_spec()["paths"].items():
        for method, op in item.items():
            out[op["operationId"]] = (method, path, op)
    return out


def success_schema(operation_id: str) -> dict[str, Any]:
    """The (resolved) schema of an operation's 200 response body."""
    _, _, op = operations()[operation_id]
    return resolve(op["responses"]["200"]["content"]["application/json"]["schema"])


def json_schema_for(schema: dict[str, Any]) -> dict[str, Any]:
    """A self-contained schema: the given one plus the spec's components for ``$ref``s."""
    return {**schema, "components": load_spec()["components"]}
