"""Load the OpenAPI spec and resolve its references, for tests."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, cast

import yaml

import scenario_assets_runtime as spec_reader

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "scenario-assets.yaml"


@functools.cache
def load_spec() -> dict[str, Any]:
    """The spec as plain data (cached; do not mutate)."""
    return cast(dict[str, Any], yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8")))


def resolve(schema: dict[str, Any]) -> dict[str, Any]:
    """Follow ``$ref`` and single-element ``allOf`` wrappers to the schema they name."""
    return spec_reader.resolve(load_spec(), schema)[0]


def operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object)."""
    return spec_reader.operations(load_spec())


def parameters(operation_id: str) -> list[dict[str, Any]]:
    """An operation's parameters, ``$ref`` resolved (path-item ones included)."""
    _, path, op = operations()[operation_id]
    return spec_reader.parameters(load_spec(), path, op)


def success_schema(operation_id: str) -> dict[str, Any]:
    """The (resolved) schema of an operation's 200 response body."""
    _, _, op = operations()[operation_id]
    ok = spec_reader.deref(load_spec(), op["responses"]["200"])
    return resolve(ok["content"]["application/json"]["schema"])


def json_schema_for(schema: dict[str, Any]) -> dict[str, Any]:
    """A self-contained schema: the given one plus the spec's components for ``$ref``s."""
    return {**schema, "components": load_spec()["components"]}
