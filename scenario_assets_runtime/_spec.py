"""Reading the OpenAPI document: references and operations, one way for every reader.

The generator (``tools/gen_operations.py``), the compatibility report (``tools/spec_fidelity.py``)
and the tests' spec helper all read the spec through these functions, so a spec that grows the
way real specs do (shared ``components/parameters``, ``$ref`` anywhere a reference is allowed,
parameters declared on the path item) reads the same everywhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SCHEMAS = "#/components/schemas/"
PARAMETERS = "#/components/parameters/"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class SpecReferenceError(KeyError):
    """A ``$ref`` that points nowhere in the document."""

    def __str__(self) -> str:
        return str(self.args[0])


def _pointer(spec: Mapping[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise SpecReferenceError(
            f"$ref {ref!r}: only references inside the document (#/...) are read"
        )
    node: Any = spec
    for raw in ref.removeprefix("#/").split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            raise SpecReferenceError(f"$ref {ref!r}: {part!r} is not in the document")
        node = node[part]
    return node


def deref(spec: Mapping[str, Any], node: Mapping[str, Any]) -> dict[str, Any]:
    """The object behind a chain of ``$ref`` (a parameter, a response, a request body, ...)."""
    seen: set[str] = set()
    while "$ref" in node:
        ref = str(node["$ref"])
        if ref in seen:
            raise SpecReferenceError(f"$ref {ref!r} refers to itself")
        seen.add(ref)
        node = _pointer(spec, ref)
    return dict(node)


def resolve(
    spec: Mapping[str, Any], schema: Mapping[str, Any]
) -> tuple[dict[str, Any], str | None]:
    """The schema behind ``$ref`` and single-element ``allOf`` wrappers, and the name of the last
    ``components/schemas`` entry on the way (``None`` for an inline schema)."""
    name = None
    seen: set[str] = set()
    while True:
        if "$ref" in schema:
            ref = str(schema["$ref"])
            if ref in seen:
                raise SpecReferenceError(f"$ref {ref!r} refers to itself")
            seen.add(ref)
            if ref.startswith(SCHEMAS):
                name = ref.removeprefix(SCHEMAS)
            schema = _pointer(spec, ref)
        elif isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
            schema = schema["allOf"][0]
        else:
            return dict(schema), name


def operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, operation object), in the spec's order."""
    out: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in (spec.get("paths") or {}).items():
        for method, op in item.items():
            if method in METHODS and isinstance(op, Mapping) and "operationId" in op:
                out[str(op["operationId"])] = (method, str(path), dict(op))
    return out


def parameters(spec: Mapping[str, Any], path: str, op: Mapping[str, Any]) -> list[dict[str, Any]]:
    """An operation's parameters, references resolved: the path item's, then the operation's
    (which replace a path-item parameter of the same name and location). A parameter shared
    through ``components/parameters`` carries its component name in ``x-shared``."""
    item = spec.get("paths", {}).get(path, {})
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*item.get("parameters", []), *op.get("parameters", [])]:
        param = deref(spec, raw)
        ref = str(raw.get("$ref", ""))
        if ref.startswith(PARAMETERS):
            param["x-shared"] = ref.removeprefix(PARAMETERS)
        merged[(str(param.get("in")), str(param.get("name")))] = param
    return list(merged.values())
