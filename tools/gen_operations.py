"""Write the operation layer of the generated package (run by ``codegen.sh``).

Usage: ``python tools/gen_operations.py SPEC CONFIG PACKAGE_DIR``

openapi-python-client's templates do not see ``x-`` extensions, nor numeric and array constraints
(``minimum``, ``maxItems``): its parser drops them. So this script reads the raw spec, joins it
with the generator's own parsed view (module, class and keyword names exactly as it generates
them), and writes two modules into the package:

* ``_operations.py``: one table of every operation's facts: method name, retry safety, public
  access, what a 409 means, pagination, unwrapping, parameters and body fields with the schema
  rules the client checks before sending, and the rules between parameters (``x-rules``);
* ``operations.py``: for each tag a sync and an async class with one typed method per operation
  (keyword parameters from the spec, docstrings from its summaries and descriptions, the parsed
  model as the return type), an iterator for each paginated operation, and a ``WithRawResponse``
  variant that returns the HTTP response with the whole parsed body. The methods call a
  *runner* that the handwritten client provides (validation, the choke point, retries).

An operation without extensions still gets everything: a method named after its operationId,
retried only for GET or HEAD, no special 409, no pagination.
"""

from __future__ import annotations

import keyword
import sys
import textwrap
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import snake_case

CONFLICTS = ("lock",)
RULE_KINDS = ("exclusive", "requires", "disjoint")
_COMPONENT = "#/components/schemas/"
# Schema keywords the client checks at run time (the generator drops most of them).
_KEPT = (
    "type",
    "enum",
    "format",
    "minimum",
    "maximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "x-date-time",
    "x-comma-list",
)

TABLE_HEADER = '''"""Per-operation facts from the spec (written by codegen.sh from its ``x-`` extensions and
schema rules; do not edit).

Read by the client's retry layer (``retry_safe``), auth check (``public``), error mapping
(``conflict``), pager (``pagination``) and argument checks (``params``, ``rules``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Pagination:
    """Where an operation's page token and items are (Python names)."""

    request: str
    """The request parameter that carries the token (the endpoint function's keyword)."""
    request_wire: str
    """The same parameter as the API names it."""
    response: str
    """The response attribute with the next token (empty or absent at the end)."""
    items: str
    """The response attribute listing the page's items."""


@dataclass(frozen=True)
class Param:
    """A path or query parameter, or a field of the JSON body."""

    name: str
    """As the API names it."""
    python: str
    """The client method's keyword."""
    arg: str
    """The generated endpoint function's keyword (empty for body fields)."""
    location: str
    """``path``, ``query`` or ``body``."""
    required: bool
    schema: Mapping[str, Any] = field(hash=False)
    """The rules checked before sending (a JSON Schema subset; enums carry ``x-enum-class``)."""


@dataclass(frozen=True)
class Rule:
    """A rule between parameters (``x-rules``), by client keyword."""

    kind: str
    """``exclusive`` (not together), ``requires`` (only with ``equals`` set) or ``disjoint``
    (lists that share no value)."""
    params: tuple[str, ...]
    equals: tuple[tuple[str, str], ...] = ()


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
    params: tuple[Param, ...] = ()
    body_model: str | None = None
    """The request body's model class in ``scenario_assets_api.models``."""
    body_required: bool = False
    response_model: str = ""
    unwrap: str | None = None
    """The response attribute the client method returns (``x-unwrap``)."""
    facade: bool = False
    """The handwritten client offers it through a helper (``x-facade``)."""
    rules: tuple[Rule, ...] = ()


'''


def _raw(value: Any) -> str:
    """A parsed string's value (the generator wraps spec strings; they are written with repr)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


class SpecError(Exception):
    """An extension or schema this script does not understand."""


def _generator_view(spec: dict[str, Any], spec_path: Path, config_path: Path) -> GeneratorData:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", False, None
    )
    data = GeneratorData.from_dict(spec, config=config)
    if not isinstance(data, GeneratorData):
        raise SpecError(f"the generator could not read the spec: {data}")
    return data


class _Spec:
    def __init__(self, spec: dict[str, Any], classes: set[str]) -> None:
        self.spec = spec
        self.classes = classes  # generated model and enum class names

    def resolve(self, schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        name = None
        while True:
            if "$ref" in schema:
                ref = str(schema["$ref"])
                node: Any = self.spec
                for part in ref.removeprefix("#/").split("/"):
                    node = node[part]
                if ref.startswith(_COMPONENT):
                    name = ref.removeprefix(_COMPONENT)
                schema = node
            elif "allOf" in schema and len(schema["allOf"]) == 1:
                schema = schema["allOf"][0]
            else:
                return schema, name

    def class_of(self, name: str | None, where: str) -> str:
        if name is None or name not in self.classes:
            raise SpecError(f"{where}: no generated class for schema {name!r}")
        return name

    def runtime(self, schema: dict[str, Any], where: str, depth: int = 0) -> dict[str, Any]:
        """The checked subset of a schema, references resolved (enums keep their class)."""
        if depth > 8:
            raise SpecError(f"{where}: schema nested too deeply for argument checks")
        resolved, name = self.resolve(schema)
        out: dict[str, Any] = {k: resolved[k] for k in _KEPT if k in resolved}
        for extension in ("x-date-time", "x-comma-list"):
            if extension in schema:
                out[extension] = schema[extension]
        if "enum" in resolved:
            out["x-enum-class"] = self.class_of(name, where)
        if resolved.get("type") == "array":
            out["items"] = self.runtime(resolved.get("items", {}), where + "[]", depth + 1)
        if resolved.get("type") == "object" and "properties" in resolved:
            out["properties"] = {
                key: self.runtime(value, f"{where}.{key}", depth + 1)
                for key, value in resolved["properties"].items()
            }
            if resolved.get("required"):
                out["required"] = list(resolved["required"])
            if resolved.get("additionalProperties") is False:
                out["additionalProperties"] = False
        return out


def _client_name(wire: str) -> str:
    name = snake_case(wire)
    return name + "_" if keyword.iskeyword(name) else name


def _annotation(schema: dict[str, Any]) -> str:
    """The method parameter's type: what a caller may pass (the runner converts)."""
    if schema.get("x-date-time"):
        return "datetime | str"
    if schema.get("x-comma-list"):
        return "Sequence[str] | str"
    if "x-enum-class" in schema:
        return f"{schema['x-enum-class']} | str"
    kind = schema.get("type")
    if kind == "array":
        return f"Sequence[{_annotation(schema.get('items', {}))}]"
    return {
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "object": "Mapping[str, Any]",
    }.get(str(kind), "Any")


def _params(s: _Spec, endpoint: Any, op: dict[str, Any], where: str) -> list[dict[str, Any]]:
    raw = {(p["in"], p["name"]): p for p in op.get("parameters", [])}
    out = []
    for location, parsed in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
    ):
        for param in parsed:
            wire = _raw(param.name)
            spec_param = raw[(location, wire)]
            out.append(
                {
                    "name": wire,
                    "python": _client_name(wire),
                    "arg": str(param.python_name),
                    "location": location,
                    "required": bool(spec_param.get("required", False)),
                    "schema": s.runtime(spec_param.get("schema", {}), f"{where} {wire}"),
                    "description": str(spec_param.get("description", "")),
                }
            )
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "schema" in body:
        resolved, _ = s.resolve(body["schema"])
        taken = {p["python"] for p in out}
        required = set(resolved.get("required", []))
        for wire, prop in resolved.get("properties", {}).items():
            python = _client_name(wire)
            if python in taken:
                python = "body_" + python
            out.append(
                {
                    "name": wire,
                    "python": python,
                    "arg": "",
                    "location": "body",
                    "required": wire in required,
                    "schema": s.runtime(prop, f"{where} body.{wire}"),
                    "description": str(
                        prop.get("description") or s.resolve(prop)[0].get("description", "")
                    ),
                }
            )
    return out


def _rules(op: dict[str, Any], params: list[dict[str, Any]], where: str) -> list[dict[str, Any]]:
    by_wire: dict[str, str] = {str(p["name"]): str(p["python"]) for p in params}

    def name(wire: Any) -> str:
        if wire not in by_wire:
            raise SpecError(f"{where}: x-rules names {wire!r}, which is not a parameter")
        return by_wire[wire]

    out: list[dict[str, Any]] = []
    for rule in op.get("x-rules", []):
        if not isinstance(rule, dict):
            raise SpecError(f"{where}: each x-rules entry is a mapping, not {rule!r}")
        if "exclusive" in rule:
            out.append(
                {"kind": "exclusive", "params": [name(w) for w in rule["exclusive"]], "equals": []}
            )
        elif "disjoint" in rule:
            out.append(
                {"kind": "disjoint", "params": [name(w) for w in rule["disjoint"]], "equals": []}
            )
        elif "requires" in rule and isinstance(rule.get("equals"), dict):
            out.append(
                {
                    "kind": "requires",
                    "params": [name(rule["requires"])],
                    "equals": [[name(k), str(v)] for k, v in rule["equals"].items()],
                }
            )
        else:
            raise SpecError(f"{where}: unknown x-rules entry {rule!r} (kinds: {RULE_KINDS})")
    return out


def _body_class(bodies: list[Any]) -> str | None:
    if not bodies:
        return None
    class_info = getattr(bodies[0].prop, "class_info", None)
    if class_info is None:
        raise SpecError("a request body must be a named object schema (a model)")
    return str(class_info.name)


def entries(spec_path: Path, config_path: Path) -> list[dict[str, Any]]:
    """One dict of facts per operation, sorted by operationId."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    data = _generator_view(spec, spec_path, config_path)
    s = _Spec(
        spec, {m.class_info.name for m in data.models} | {e.class_info.name for e in data.enums}
    )
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
            ok = op["responses"]["200"].get("content", {}).get("application/json", {})
            response_schema, response_name = (
                s.resolve(ok["schema"]) if "schema" in ok else ({}, None)
            )
            props = response_schema.get("properties", {})
            response_model = s.class_of(response_name, where) if response_name else ""
            pagination = None
            if "x-pagination" in op:
                pages = op["x-pagination"]
                params = {_raw(p.name): p.python_name for p in endpoint.query_parameters}
                if not isinstance(pages, dict) or not {"request", "response", "items"} <= set(
                    pages
                ):
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
                items = s.resolve(props[pages["items"]])[0]
                item_class = s.class_of(
                    s.resolve(items.get("items", {}))[1], where + " x-pagination items"
                )
                pagination = {
                    "request": str(params[pages["request"]]),
                    "request_wire": pages["request"],
                    "response": snake_case(pages["response"]),
                    "items": snake_case(pages["items"]),
                    "iterator": str(pages.get("iterator", "iter_" + name)),
                    "item_class": item_class,
                }
            unwrap = op.get("x-unwrap")
            unwrap_class = None
            if unwrap is not None:
                if unwrap not in props:
                    raise SpecError(f"{where}: x-unwrap {unwrap!r} is not a response field")
                field_schema, field_class = s.resolve(props[unwrap])
                unwrap_class = (
                    s.class_of(field_class, where + " x-unwrap")
                    if field_class
                    else _annotation(s.runtime(field_schema, where + " x-unwrap"))
                )
            facade = op.get("x-facade", False)
            if not isinstance(facade, bool):
                raise SpecError(f"{where}: x-facade must be true or false")
            params_list = _params(s, endpoint, op, where)
            bodies = list(endpoint.bodies)
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
                    "params": params_list,
                    "body_model": _body_class(bodies),
                    "body_required": bool(op.get("requestBody", {}).get("required", False)),
                    "response_model": response_model,
                    "unwrap": snake_case(unwrap) if unwrap else None,
                    "unwrap_class": unwrap_class,
                    "facade": facade,
                    "rules": _rules(op, params_list, where),
                    "summary": str(op.get("summary", "")),
                    "description": str(op.get("description", "")),
                }
            )
    names: dict[tuple[str, str], str] = {}
    for entry in out:
        pagination_entry = entry["pagination"]
        assert pagination_entry is None or isinstance(pagination_entry, dict)
        slots = [str(entry["method_name"])]
        if pagination_entry:
            slots.append(str(pagination_entry["iterator"]))
        for method_name in slots:
            slot = (str(entry["tag"]), str(method_name))
            if slot in names:
                raise SpecError(
                    f"{entry['operation_id']} and {names[slot]}: both named {slot[1]!r} in tag {slot[0]!r}"
                )
            names[slot] = str(entry["operation_id"])
    return sorted(out, key=lambda e: e["operation_id"])


# --------------------------------------------------------------------------------------
# _operations.py
# --------------------------------------------------------------------------------------


def render(table: list[dict[str, Any]]) -> str:
    """The ``_operations.py`` source."""
    lines = [TABLE_HEADER, "OPERATIONS: dict[str, Operation] = {"]
    for e in table:
        pages = e["pagination"]
        pagination = (
            "None"
            if pages is None
            else f"Pagination(request={pages['request']!r}, request_wire={pages['request_wire']!r}, "
            f"response={pages['response']!r}, items={pages['items']!r})"
        )
        params = ", ".join(
            f"Param(name={p['name']!r}, python={p['python']!r}, arg={p['arg']!r}, "
            f"location={p['location']!r}, required={p['required']!r}, schema={p['schema']!r})"
            for p in e["params"]
        )
        rules = ", ".join(
            f"Rule(kind={r['kind']!r}, params={tuple(r['params'])!r}, "
            f"equals={tuple(tuple(x) for x in r['equals'])!r})"
            for r in e["rules"]
        )
        lines.append(
            f"    {e['operation_id']!r}: Operation(operation_id={e['operation_id']!r}, "
            f"module={e['module']!r}, tag={e['tag']!r}, method={e['method']!r}, "
            f"path={e['path']!r}, method_name={e['method_name']!r}, "
            f"retry_safe={e['retry_safe']!r}, public={e['public']!r}, "
            f"conflict={e['conflict']!r}, pagination={pagination}, params=({params}{',' if e['params'] else ''}), "
            f"body_model={e['body_model']!r}, body_required={e['body_required']!r}, "
            f"response_model={e['response_model']!r}, unwrap={e['unwrap']!r}, facade={e['facade']!r}, "
            f"rules=({rules}{',' if e['rules'] else ''})),"
        )
    lines.append("}")
    lines.append('"""Every operation of the spec, by operationId."""')
    lines.append("")
    lines.append("BY_MODULE: dict[str, Operation] = {op.module: op for op in OPERATIONS.values()}")
    lines.append('"""The same operations, by generated endpoint module."""')
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# operations.py
# --------------------------------------------------------------------------------------

CLASSES_HEADER = '''"""Typed operation classes, one sync and one async per tag (written by codegen.sh; do not edit).

Each method is one operation of the spec: its keyword parameters, checked before sending by the
runner the client provides; its docstring from the spec; the parsed model as its return. The
handwritten client (``scenario_assets``) builds on these classes; use them through it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._operations import OPERATIONS, Operation
from .models import {imports}

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Timeout = httpx.Timeout | float | None


@dataclass(frozen=True)
class CallOptions:
    """Per-call options: a timeout, and extra headers, query parameters or body fields the spec
    does not describe yet (sent as given, after the described ones)."""

    timeout: Timeout = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A successful call's HTTP response, with its whole parsed body."""

    parsed: T
    http: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http.headers

    @property
    def request_id(self) -> str | None:
        return self.http.headers.get("x-request-id") or self.http.headers.get("x-amzn-requestid")


class PageOf(Protocol[T_co]):
    """One page of a listing: its items and the next page's token (None on the last page)."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def next_token(self) -> str | None: ...


class Paginator(Protocol[T_co]):
    """Items of every page (``for``), or the pages themselves (``.pages()``)."""

    def __iter__(self) -> Iterator[T_co]: ...

    def pages(self) -> Iterator[PageOf[T_co]]: ...

    def to_list(self) -> list[T_co]: ...


class AsyncPaginator(Protocol[T_co]):
    """The async twin of :class:`Paginator` (``async for``)."""

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    def pages(self) -> AsyncIterator[PageOf[T_co]]: ...

    async def to_list(self) -> list[T_co]: ...


class Runner(Protocol):
    """What the client provides: checks, the request, the parsed (or unwrapped) result."""

    def call(self, op: Operation, args: dict[str, Any], options: CallOptions) -> Any: ...

    def call_raw(self, op: Operation, args: dict[str, Any], options: CallOptions) -> RawResponse[Any]: ...

    def paginate(
        self, op: Operation, args: dict[str, Any], options: CallOptions, limit: int | None
    ) -> Any: ...


class AsyncRunner(Protocol):
    """The async twin of :class:`Runner`."""

    async def call(self, op: Operation, args: dict[str, Any], options: CallOptions) -> Any: ...

    async def call_raw(self, op: Operation, args: dict[str, Any], options: CallOptions) -> RawResponse[Any]: ...

    def paginate(
        self, op: Operation, args: dict[str, Any], options: CallOptions, limit: int | None
    ) -> Any: ...
'''


def _doc_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def _docstring(e: dict[str, Any], params: list[dict[str, Any]], returns: str, indent: str) -> str:
    first = e["summary"] or e["operation_id"]
    lines = [first.rstrip(".") + "."]
    if e["description"]:
        lines += ["", *textwrap.wrap(_doc_text(e["description"]), 92)]
    args = [p for p in params if p.get("description")]
    lines += ["", "Args:"]
    for p in args:
        wrapped = textwrap.wrap(f"{p['python']}: {_doc_text(p['description'])}", 88)
        lines.append("    " + wrapped[0])
        lines += ["        " + w for w in wrapped[1:]]
    lines.append("    timeout: seconds (or ``httpx.Timeout``) for this call.")
    lines.append("    extra_headers: headers sent as given, after the described ones.")
    lines.append("    extra_query: query parameters sent as given, after the described ones.")
    if e["body_model"]:
        lines.append("    extra_body: body fields sent as given, after the described ones.")
    lines += ["", "Returns:", f"    {returns}"]
    body = "\n".join((indent + line) if line else "" for line in lines)
    return f'{indent}"""{body.lstrip()}\n{indent}"""'


def _signature(params: list[dict[str, Any]], has_body: bool, extra: str = "") -> list[str]:
    positional = [p for p in params if p["location"] == "path"]
    required = [p for p in params if p["required"] and p["location"] != "path"]
    optional = [p for p in params if not p["required"] and p["location"] != "path"]
    out = ["self,"]
    out += [f"{p['python']}: {_annotation(p['schema'])}," for p in positional]
    out.append("*,")
    out += [f"{p['python']}: {_annotation(p['schema'])}," for p in required]
    out += [f"{p['python']}: {_annotation(p['schema'])} | None = None," for p in optional]
    if extra:
        out.append(extra)
    out.append("timeout: Timeout = None,")
    out.append("extra_headers: Mapping[str, str] | None = None,")
    out.append("extra_query: Mapping[str, Any] | None = None,")
    if has_body:
        out.append("extra_body: Mapping[str, Any] | None = None,")
    return out


def _method(e: dict[str, Any], *, is_async: bool, raw: bool, iterator: bool = False) -> str:
    params = e["params"]
    has_body = e["body_model"] is not None
    if iterator:
        pages = e["pagination"]
        name = pages["iterator"]
        returns = f"{'AsyncPaginator' if is_async else 'Paginator'}[{pages['item_class']}]"
        call = "self._runner.paginate"
        extra = "limit: int | None = None,"
    else:
        name = e["method_name"] if (raw or not e["facade"]) else "_" + e["method_name"]
        model = e["response_model"] or "Any"
        returns = f"RawResponse[{model}]" if raw else (e["unwrap_class"] or model)
        call = "self._runner.call_raw" if raw else "self._runner.call"
        extra = ""
    sig = "\n".join("        " + line for line in _signature(params, has_body, extra))
    args = ", ".join(f"{p['name']!r}: {p['python']}" for p in params)
    options = (
        "CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query"
        + (", extra_body=extra_body)" if has_body else ")")
    )
    doc = _docstring(e, params, returns, "        ")
    if iterator:
        doc = doc.replace(
            "Returns:", "    limit: stop after this many items.\n\n        Returns:", 1
        )
        body = f"return {call}(OPERATIONS[{e['operation_id']!r}], {{{args}}}, {options}, limit)"
        prefix = "def"
    else:
        awaited = "await " if is_async else ""
        body = f"return {awaited}{call}(OPERATIONS[{e['operation_id']!r}], {{{args}}}, {options})"
        prefix = "async def" if is_async else "def"
    return f"    {prefix} {name}(\n{sig}\n    ) -> {returns}:\n{doc}\n        {body}\n"


def _class_name(tag: str) -> str:
    return "".join(part.capitalize() for part in tag.replace("-", "_").split("_")) + "Operations"


def render_classes(table: list[dict[str, Any]]) -> str:
    """The ``operations.py`` source."""
    names: set[str] = set()
    for e in table:
        for p in e["params"]:
            stack = [p["schema"]]
            while stack:
                schema = stack.pop()
                if "x-enum-class" in schema:
                    names.add(schema["x-enum-class"])
                if "items" in schema:
                    stack.append(schema["items"])
                stack += list(schema.get("properties", {}).values())
        for key in ("response_model", "unwrap_class"):
            if e.get(key) and str(e[key]).isidentifier() and str(e[key])[0].isupper():
                names.add(e[key])
        if e["pagination"]:
            names.add(e["pagination"]["item_class"])
    parts = [CLASSES_HEADER.replace("{imports}", ", ".join(sorted(names)))]
    tags = sorted({e["tag"] for e in table})
    for tag in tags:
        ops = [e for e in table if e["tag"] == tag]
        base = _class_name(tag)
        for is_async in (False, True):
            for raw in (False, True):
                cls = ("Async" if is_async else "") + base + ("WithRawResponse" if raw else "")
                runner = "AsyncRunner" if is_async else "Runner"
                what = "whole parsed bodies with their HTTP responses" if raw else "parsed models"
                parts.append(
                    f"\n\nclass {cls}:\n"
                    f'    """Operations of the ``{tag}`` tag ({"async" if is_async else "sync"}), returning {what}."""\n\n'
                    f"    def __init__(self, runner: {runner}) -> None:\n"
                    f"        self._runner = runner\n"
                )
                for e in ops:
                    parts.append("\n" + _method(e, is_async=is_async, raw=raw))
                    if e["pagination"] and not raw:
                        parts.append("\n" + _method(e, is_async=is_async, raw=False, iterator=True))
    return "".join(parts)


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
    (package / "operations.py").write_text(render_classes(table), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
