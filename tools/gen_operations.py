"""Write the operation table of the generated package (run by ``codegen.sh``).

Usage: ``python tools/gen_operations.py SPEC CONFIG PACKAGE_DIR``

openapi-python-client's templates do not see ``x-`` extensions, so the per-operation facts the
client needs (method name, retry safety, what a 409 means, pagination) are read here from the raw
spec, joined with the generator's own parsed view (module and parameter names exactly as it
generates them), and written to ``PACKAGE_DIR/_operations.py``: one table that the retry layer,
the auth check, error mapping and the pager all read.

An operation without extensions still gets an entry: named after its operationId, retried only
if its method is GET or HEAD, no special 409, no pagination.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import snake_case

CONFLICTS = ("lock",)
HEADER = '''"""Per-operation facts from the spec's ``x-`` extensions (written by codegen.sh; do not edit).

Read by the client's retry layer (``retry_safe``), auth check (``public``), error mapping
(``conflict``) and pager (``pagination``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pagination:
    """Where an operation's page token and items are (Python names)."""

    request: str
    """The request parameter that carries the token."""
    response: str
    """The response attribute with the next token (empty or absent at the end)."""
    items: str
    """The response attribute listing the page's items."""


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    module: str
    """The generated endpoint module, ``scenario_assets_api.api.<tag>.<name>``."""
    tag: str
    method: str
    path: str
    method_name: str
    """The client method name (``x-method-name``, else the module name)."""
    retry_safe: bool
    """Whether a 408, a 5xx or a lost response may be retried (``x-retry-safe``)."""
    public: bool
    """Whether the public token may call it (``publicAuthToken`` in its security)."""
    conflict: str | None
    """What a 409 means (``x-conflict``): ``"lock"`` for a canvas lock conflict."""
    pagination: Pagination | None


'''


def _raw(value: Any) -> str:
    """A parsed string's value (the generator wraps spec strings; they are written with repr)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


class SpecError(Exception):
    """An extension with a value this script does not understand."""


def _generator_view(spec: dict[str, Any], spec_path: Path, config_path: Path) -> GeneratorData:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", False, None
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise SpecError(f"the generator could not read the spec: {data}")
    return data


def _response_properties(spec: dict[str, Any], op: dict[str, Any]) -> set[str]:
    schema = op["responses"]["200"]["content"]["application/json"]["schema"]
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return set(schema.get("properties", {}))


def entries(spec_path: Path, config_path: Path) -> list[dict[str, Any]]:
    """One dict of facts per operation, sorted by operationId."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    data = _generator_view(spec, spec_path, config_path)
    raw: dict[str, tuple[str, str, dict[str, Any]]] = {}
    for path, item in spec["paths"].items():
        for method, op in item.items():
            raw[snake_case(op["operationId"])] = (method, path, op)
    out = []
    for tag, collection in data.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            method, path, op = raw[_raw(endpoint.name)]
            op_id = str(op["operationId"])
            where = f"{op_id} ({method} {path})"
            safe = op.get("x-retry-safe", method in ("get", "head"))
            if not isinstance(safe, bool):
                raise SpecError(f"{where}: x-retry-safe must be true or false, not {safe!r}")
            conflict = op.get("x-conflict")
            if conflict is not None and conflict not in CONFLICTS:
                raise SpecError(f"{where}: x-conflict must be one of {CONFLICTS}, not {conflict!r}")
            name = op.get("x-method-name", _raw(endpoint.name))
            if not (isinstance(name, str) and name.isidentifier() and not name.startswith("_")):
                raise SpecError(f"{where}: x-method-name {name!r} is not a public Python name")
            pagination = None
            if "x-pagination" in op:
                pages = op["x-pagination"]
                params = {_raw(p.name): p.python_name for p in endpoint.query_parameters}
                props = _response_properties(spec, op)
                if not isinstance(pages, dict) or set(pages) != {"request", "response", "items"}:
                    raise SpecError(f"{where}: x-pagination needs request, response and items")
                if pages["request"] not in params:
                    raise SpecError(
                        f"{where}: x-pagination request {pages['request']!r} is not a query parameter"
                    )
                for key in ("response", "items"):
                    if pages[key] not in props:
                        raise SpecError(
                            f"{where}: x-pagination {key} {pages[key]!r} is not a response field"
                        )
                pagination = {
                    "request": str(params[pages["request"]]),
                    "response": snake_case(pages["response"]),
                    "items": snake_case(pages["items"]),
                }
            security = op.get("security", spec.get("security", []))
            out.append(
                {
                    "operation_id": op_id,
                    "module": f"scenario_assets_api.api.{tag}.{_raw(endpoint.name)}",
                    "tag": str(tag),
                    "method": method.upper(),
                    "path": path,
                    "method_name": name,
                    "retry_safe": safe,
                    "public": {"publicAuthToken": []} in security,
                    "conflict": conflict,
                    "pagination": pagination,
                }
            )
    names: dict[tuple[str, str], str] = {}
    for entry in out:
        slot = (str(entry["tag"]), str(entry["method_name"]))
        if slot in names:
            raise SpecError(
                f"{entry['operation_id']} and {names[slot]}: both named {slot[1]!r} in tag {slot[0]!r}"
            )
        names[slot] = str(entry["operation_id"])
    return sorted(out, key=lambda e: e["operation_id"])


def render(table: list[dict[str, Any]]) -> str:
    """The ``_operations.py`` source."""
    lines = [HEADER, "OPERATIONS: dict[str, Operation] = {"]
    for e in table:
        pagination = (
            "None"
            if e["pagination"] is None
            else "Pagination(request={request!r}, response={response!r}, items={items!r})".format(
                **e["pagination"]
            )
        )
        lines.append(
            f"    {e['operation_id']!r}: Operation(operation_id={e['operation_id']!r}, "
            f"module={e['module']!r}, tag={e['tag']!r}, method={e['method']!r}, "
            f"path={e['path']!r}, method_name={e['method_name']!r}, "
            f"retry_safe={e['retry_safe']!r}, public={e['public']!r}, "
            f"conflict={e['conflict']!r}, pagination={pagination}),"
        )
    lines.append("}")
    lines.append('"""Every operation of the spec, by operationId."""')
    lines.append("")
    lines.append("BY_MODULE: dict[str, Operation] = {op.module: op for op in OPERATIONS.values()}")
    lines.append('"""The same operations, by generated endpoint module."""')
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print("usage: gen_operations.py SPEC CONFIG PACKAGE_DIR", file=sys.stderr)
        return 2
    spec_path, config_path, package = (Path(a) for a in args)
    try:
        table = entries(spec_path, config_path)
    except SpecError as exc:
        print(f"operations: {exc}", file=sys.stderr)
        return 1
    (package / "_operations.py").write_text(render(table), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
