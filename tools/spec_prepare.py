"""The copy of the spec openapi-python-client generates from (run by ``codegen.sh``).

Usage: ``python tools/spec_prepare.py SPEC OUT``

The generator drops OpenAPI's ``deprecated: true`` on schemas and properties: nothing in the
generated models would tell a user that a field is going away. This copy says it in the
description the generator turns into the attribute's (or class's) docstring: ``Deprecated.``
first. Enum values listed in an enum schema's ``x-enum-deprecated`` are named in its
description the same way. Nothing else changes; the operation table script reads the spec
itself (and marks deprecated parameters and operations on its own).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml


def _mark(schema: dict[str, Any]) -> None:
    notes = []
    if schema.get("deprecated") is True:
        notes.append("Deprecated.")
    values = schema.get("x-enum-deprecated")
    if isinstance(values, list) and values:
        notes.append("Deprecated values: " + ", ".join(repr(str(v)) for v in values) + ".")
    if notes:
        text = str(schema.get("description") or "").strip()
        schema["description"] = " ".join([*notes, text]).strip()


def _walk(node: Any) -> None:
    if isinstance(node, dict):
        if (
            "type" in node
            or "enum" in node
            or "properties" in node
            or ("allOf" in node and node.get("deprecated") is True)
        ):
            _mark(node)
        for value in node.values():
            _walk(value)
    elif isinstance(node, list):
        for value in node:
            _walk(value)


def prepare(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with deprecations written into the schema descriptions (in place; returned)."""
    _walk(spec.get("components", {}).get("schemas", {}))
    return spec


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: spec_prepare.py SPEC OUT", file=sys.stderr)
        return 2
    spec = yaml.safe_load(Path(args[0]).read_text(encoding="utf-8"))
    Path(args[1]).write_text(
        yaml.safe_dump(prepare(spec), sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
