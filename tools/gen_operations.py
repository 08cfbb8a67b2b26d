"""Write the operation layer of the generated package (run by ``codegen.sh``).

Usage: ``python tools/gen_operations.py SPEC CONFIG PACKAGE_DIR``

openapi-python-client's templates do not see ``x-`` extensions, nor numeric and array constraints
(``minimum``, ``maxItems``): its parser drops them. So this script reads the raw spec, joins it
with the generator's own parsed view (module, class and keyword names exactly as it generates
them), builds the table's records (``scenario_assets_runtime``'s ``Operation``, ``Param``,
``Rule``, ``Pagination``: the same classes the generated table is made of) and renders three
modules from ``openapi/templates/operations/``:

* ``_operations.py``: one table of every operation's facts: method name, retry safety, public
  access, what a 409 means, pagination, unwrapping, parameters and body fields with the schema
  rules the client checks before sending, and the rules between parameters (``x-rules``);
* ``operations.py``: for each tag a sync and an async class with one typed method per operation
  (keyword parameters from the spec, docstrings from its summaries and descriptions, the parsed
  model as the return type), an iterator for each paginated operation, and a ``WithRawResponse``
  variant that returns the HTTP response with the whole parsed body. The methods call a
  *runner* that the handwritten client provides (validation, the choke point, retries);
* ``params.py``: per operation, a ``TypedDict`` of its optional parameters (``**params:
  Unpack[ListAssetsParams]``) and one of its optional query parameters (``...QueryParams``: what
  a helper that builds the operation's body forwards without listing it), and ``ClientOptions``,
  the client-wide options (``x-client-option``) that ``Client(**options)`` takes.

Each ``x-`` extension has one parser below (``parse_...``). An operation without extensions
still gets everything: a method named after its operationId, retried only for GET or HEAD, no
special 409, no pagination.
"""

from __future__ import annotations

import dataclasses
import keyword
import sys
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import jinja2
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.strings import snake_case

from scenario_assets_runtime import Operation, Pagination, Param, Poll, Rule, deref
from scenario_assets_runtime import operations as spec_operations
from scenario_assets_runtime import parameters as spec_parameters
from scenario_assets_runtime import resolve as spec_resolve
from scenario_assets_runtime._operations import Location, RuleKind

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "openapi" / "templates" / "operations"
CONFLICTS = ("lock",)
RULE_KINDS: tuple[RuleKind, ...] = ("exclusive", "requires", "disjoint")
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
_WRAPPER_EXTENSIONS = ("x-date-time", "x-comma-list")

Spec = Mapping[str, Any]


class SpecError(Exception):
    """An extension or schema this script does not understand."""


def _raw(value: Any) -> str:
    """A parsed string's value (the generator wraps spec strings in ``UntrustedString``)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if getter else value)


def _flag(node: Mapping[str, Any], key: str, default: bool, where: str) -> bool:
    value = node.get(key, default)
    if not isinstance(value, bool):
        raise SpecError(f"{where}: {key} must be true or false, not {value!r}")
    return value


# --------------------------------------------------------------------------------------
# One parser per extension
# --------------------------------------------------------------------------------------


def parse_method_name(op: Mapping[str, Any], default: str, where: str) -> str:
    """``x-method-name``: the client method's name (default: the endpoint module's name)."""
    name = op.get("x-method-name", default)
    if not (isinstance(name, str) and name.isidentifier() and not name.startswith("_")):
        raise SpecError(f"{where}: x-method-name {name!r} is not a public Python name")
    if keyword.iskeyword(name):
        raise SpecError(f"{where}: x-method-name {name!r} is a Python keyword")
    return name


def parse_retry_safe(op: Mapping[str, Any], method: str, where: str) -> bool:
    """``x-retry-safe``: whether a lost or failed request may be repeated (default: GET, HEAD)."""
    return _flag(op, "x-retry-safe", method in ("get", "head"), where)


def parse_conflict(op: Mapping[str, Any], where: str) -> str | None:
    """``x-conflict``: what a 409 from this operation means."""
    conflict = op.get("x-conflict")
    if conflict is not None and conflict not in CONFLICTS:
        raise SpecError(f"{where}: x-conflict must be one of {CONFLICTS}, not {conflict!r}")
    return cast(str | None, conflict)


def parse_facade(op: Mapping[str, Any], where: str) -> bool:
    """``x-facade``: a handwritten helper offers the operation (the generated method is private)."""
    return _flag(op, "x-facade", False, where)


def parse_deprecated(node: Mapping[str, Any], where: str) -> bool:
    """``deprecated`` (OpenAPI's own keyword) on an operation, a parameter or a schema."""
    return _flag(node, "deprecated", False, where)


def parse_client_option(param: Mapping[str, Any], where: str) -> str | None:
    """``x-client-option`` on a parameter: the client-wide option (a Python name, e.g.
    ``project_id``) that can supply it once for every operation declaring it."""
    option = param.get("x-client-option")
    if option is None:
        return None
    if not (isinstance(option, str) and option.isidentifier() and not keyword.iskeyword(option)):
        raise SpecError(f"{where}: x-client-option {option!r} is not a Python name")
    if option.startswith("_"):
        raise SpecError(f"{where}: x-client-option {option!r} must be a public name")
    return option


@dataclass(frozen=True)
class PaginationSpec:
    """``x-pagination``, with what only the generated classes need (iterator, item class)."""

    pagination: Pagination
    iterator: str
    item_class: str


def parse_pagination(
    op: Mapping[str, Any],
    query: Mapping[str, str],
    response: Mapping[str, Any],
    method_name: str,
    resolver: _Resolver,
    where: str,
) -> PaginationSpec | None:
    """``x-pagination``: the token parameter (wire name, one of ``query``'s keys, mapped to the
    endpoint keyword), the response's next-token and items fields, and the iterator's name."""
    pages = op.get("x-pagination")
    if pages is None:
        return None
    if not isinstance(pages, dict) or not {"request", "response", "items"} <= set(pages):
        raise SpecError(f"{where}: x-pagination needs request, response and items")
    if pages["request"] not in query:
        raise SpecError(
            f"{where}: x-pagination request {pages['request']!r} is not a query parameter"
        )
    props = response.get("properties", {})
    for key in ("response", "items"):
        if pages[key] not in props:
            raise SpecError(f"{where}: x-pagination {key} {pages[key]!r} is not a response field")
    items = resolver.resolve(props[pages["items"]])[0]
    item_class = resolver.class_of(
        resolver.resolve(items.get("items", {}))[1], where + " x-pagination items"
    )
    iterator = str(pages.get("iterator", "iter_" + method_name))
    if not iterator.isidentifier():
        raise SpecError(f"{where}: x-pagination iterator {iterator!r} is not a Python name")
    return PaginationSpec(
        Pagination(
            request=query[pages["request"]],
            response=snake_case(pages["response"]),
            items=snake_case(pages["items"]),
        ),
        iterator,
        item_class,
    )


def parse_unwrap(
    op: Mapping[str, Any], response: Mapping[str, Any], resolver: _Resolver, where: str
) -> tuple[str, str] | None:
    """``x-unwrap``: (the response attribute the method returns, its Python type)."""
    unwrap = op.get("x-unwrap")
    if unwrap is None:
        return None
    props = response.get("properties", {})
    if unwrap not in props:
        raise SpecError(f"{where}: x-unwrap {unwrap!r} is not a response field")
    field_schema, field_class = resolver.resolve(props[unwrap])
    python_type = (
        resolver.class_of(field_class, where + " x-unwrap")
        if field_class
        else annotation(resolver.runtime(field_schema, where + " x-unwrap", None))
    )
    return snake_case(unwrap), python_type


def parse_poll(
    op: Mapping[str, Any], response: Mapping[str, Any], resolver: _Resolver, where: str
) -> Poll | None:
    """``x-poll``: the response field with a job's status, the enum schema listing every status,
    and which of them are ``ready`` (finished with a result) or ``failed``; the rest pend."""
    poll = op.get("x-poll")
    if poll is None:
        return None
    if not isinstance(poll, dict) or not {"status", "statuses", "ready", "failed"} <= set(poll):
        raise SpecError(f"{where}: x-poll needs status, statuses, ready and failed")
    if poll["status"] not in response.get("properties", {}):
        raise SpecError(f"{where}: x-poll status {poll['status']!r} is not a response field")
    statuses = resolver.resolve({"$ref": f"#/components/schemas/{poll['statuses']}"})[0]
    values = [str(v) for v in statuses.get("enum", [])]
    if not values:
        raise SpecError(f"{where}: x-poll statuses {poll['statuses']!r} is not an enum schema")
    ends: dict[str, tuple[str, ...]] = {}
    for key in ("ready", "failed"):
        given = poll[key]
        if not isinstance(given, list) or not all(v in values for v in given):
            raise SpecError(
                f"{where}: x-poll {key} must list values of {poll['statuses']} ({values})"
            )
        ends[key] = tuple(str(v) for v in given)
    ended = set(ends["ready"]) | set(ends["failed"])
    return Poll(
        status=snake_case(str(poll["status"])),
        ready=ends["ready"],
        failed=ends["failed"],
        pending=tuple(v for v in values if v not in ended),
    )


def parse_rules(op: Mapping[str, Any], params: Sequence[Param], where: str) -> tuple[Rule, ...]:
    """``x-rules``: rules between parameters, by client keyword."""
    by_wire = {p.name: p.python for p in params}

    def name(wire: Any) -> str:
        if wire not in by_wire:
            raise SpecError(f"{where}: x-rules names {wire!r}, which is not a parameter")
        return by_wire[wire]

    out: list[Rule] = []
    for rule in op.get("x-rules", []):
        if not isinstance(rule, dict):
            raise SpecError(f"{where}: each x-rules entry is a mapping, not {rule!r}")
        if "exclusive" in rule:
            out.append(Rule("exclusive", tuple(name(w) for w in rule["exclusive"])))
        elif "disjoint" in rule:
            out.append(Rule("disjoint", tuple(name(w) for w in rule["disjoint"])))
        elif "requires" in rule and isinstance(rule.get("equals"), dict):
            equals = tuple((name(k), str(v)) for k, v in rule["equals"].items())
            out.append(Rule("requires", (name(rule["requires"]),), equals))
        else:
            raise SpecError(f"{where}: unknown x-rules entry {rule!r} (kinds: {RULE_KINDS})")
    return tuple(out)


# --------------------------------------------------------------------------------------
# Schemas: the checked subset, with the generator's class names
# --------------------------------------------------------------------------------------


def _children(prop: Any) -> dict[str, Any]:
    """A parsed object property's own properties, by wire name."""
    members = [
        *(getattr(prop, "required_properties", None) or []),
        *(getattr(prop, "optional_properties", None) or []),
    ]
    return {_raw(p.name): p for p in members}


class _Resolver:
    def __init__(self, spec: Spec, classes: set[str]) -> None:
        self.spec = spec
        self.classes = classes  # generated model and enum class names

    def resolve(self, schema: Mapping[str, Any]) -> tuple[dict[str, Any], str | None]:
        return spec_resolve(self.spec, schema)

    def class_of(self, name: str | None, where: str) -> str:
        if name is None or name not in self.classes:
            raise SpecError(f"{where}: no generated class for schema {name!r}")
        return name

    def enum_class(self, prop: Any, name: str | None, where: str) -> str:
        """The enum's generated class: the parsed property's (inline enums get a class named
        after their operation or model), else the component's."""
        info = getattr(prop, "class_info", None)
        if info is not None and getattr(prop, "values", None) is not None:
            return str(info.name)
        return self.class_of(name, where)

    def runtime(
        self, schema: Mapping[str, Any], where: str, prop: Any, depth: int = 0
    ) -> dict[str, Any]:
        """The checked subset of a schema, references resolved (enums keep their class)."""
        if depth > 8:
            raise SpecError(f"{where}: schema nested too deeply for argument checks")
        resolved, name = self.resolve(schema)
        out: dict[str, Any] = {k: resolved[k] for k in _KEPT if k in resolved}
        for extension in _WRAPPER_EXTENSIONS:
            if extension in schema:
                out[extension] = schema[extension]
        if "enum" in resolved:
            out["x-enum-class"] = self.enum_class(prop, name, where)
        if resolved.get("type") == "array":
            inner = getattr(prop, "inner_property", None)
            out["items"] = self.runtime(resolved.get("items", {}), where + "[]", inner, depth + 1)
        if resolved.get("type") == "object" and "properties" in resolved:
            children = _children(prop)
            out["properties"] = {
                key: self.runtime(value, f"{where}.{key}", children.get(key), depth + 1)
                for key, value in resolved["properties"].items()
            }
            if resolved.get("required"):
                out["required"] = list(resolved["required"])
            if resolved.get("additionalProperties") is False:
                out["additionalProperties"] = False
        return out


def client_name(wire: str) -> str:
    """The client keyword for a wire name (``pageSize`` -> ``page_size``, ``from`` -> ``from_``)."""
    name = snake_case(wire)
    return name + "_" if keyword.iskeyword(name) else name


def annotation(schema: Mapping[str, Any]) -> str:
    """The method parameter's type: what a caller may pass (the runner converts)."""
    if schema.get("x-date-time"):
        return "datetime | str"
    if schema.get("x-comma-list"):
        return "Sequence[str] | str"
    if "x-enum-class" in schema:
        return f"{schema['x-enum-class']} | str"
    kind = schema.get("type")
    if kind == "array":
        return f"Sequence[{annotation(schema.get('items', {}))}]"
    return {
        "string": "str",
        "integer": "int",
        "number": "float",
        "boolean": "bool",
        "object": "Mapping[str, Any]",
    }.get(str(kind), "Any")


# --------------------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParamView:
    """A parameter as the generated classes present it."""

    param: Param
    annotation: str
    description: str


@dataclass(frozen=True)
class OperationView:
    """One operation: its table record, and what only the generated classes need."""

    op: Operation
    summary: str
    description: str
    params: tuple[ParamView, ...]
    facade: bool
    returns: str
    """The method's return type (the response model, or the unwrapped field's type)."""
    pagination: PaginationSpec | None

    @property
    def positional(self) -> list[ParamView]:
        return [p for p in self.params if p.param.location == "path"]

    @property
    def required(self) -> list[ParamView]:
        return [p for p in self.params if p.param.required and p.param.location != "path"]

    @property
    def optional(self) -> list[ParamView]:
        return [p for p in self.params if not p.param.required and p.param.location != "path"]

    @property
    def deprecated_params(self) -> list[ParamView]:
        return [p for p in self.params if p.param.deprecated]

    @property
    def optional_query(self) -> list[ParamView]:
        return [p for p in self.optional if p.param.location == "query"]

    @property
    def params_class(self) -> str:
        """The name of the ``TypedDict`` of its optional parameters."""
        op_id = self.op.operation_id
        return op_id[:1].upper() + op_id[1:] + "Params"

    @property
    def query_params_class(self) -> str:
        """The name of the ``TypedDict`` of its optional query parameters."""
        return self.params_class.removesuffix("Params") + "QueryParams"

    @property
    def model_names(self) -> set[str]:
        """The model and enum classes its signatures name."""
        names: set[str] = set()
        for p in self.params:
            stack = [p.param.schema]
            while stack:
                schema = stack.pop()
                if "x-enum-class" in schema:
                    names.add(schema["x-enum-class"])
                if "items" in schema:
                    stack.append(schema["items"])
                stack += list(schema.get("properties", {}).values())
        for name in (self.op.response_model, self.returns):
            if name and name != "Any" and name.isidentifier() and name[0].isupper():
                names.add(name)
        if self.pagination:
            names.add(self.pagination.item_class)
        return names


def _generator_view(spec: Spec, spec_path: Path, config_path: Path) -> GeneratorData:
    config = Config.from_sources(
        ConfigFile.load_from_path(config_path), MetaType.NONE, spec_path, "utf-8", False, None
    )
    data = GeneratorData.from_dict(dict(spec), config=config)
    if not isinstance(data, GeneratorData):
        raise SpecError(f"the generator could not read the spec: {data}")
    return data


def _param(
    resolver: _Resolver,
    raw: Mapping[str, Any],
    prop: Any,
    location: Location,
    required: bool,
    arg: str,
    python: str,
    where: str,
) -> ParamView:
    wire = _raw(prop.name)
    description = raw.get("description") or resolver.resolve(raw.get("schema", raw))[0].get(
        "description", ""
    )
    param = Param(
        name=wire,
        python=python,
        arg=arg,
        location=location,
        required=required,
        schema=resolver.runtime(raw.get("schema", raw), f"{where} {wire}", prop),
        deprecated=parse_deprecated(raw, f"{where} {wire}"),
        client_option=parse_client_option(raw, f"{where} {wire}"),
    )
    return ParamView(param, annotation(param.schema), str(description))


def _params(
    resolver: _Resolver,
    data: GeneratorData,
    endpoint: Any,
    path: str,
    op: Mapping[str, Any],
    where: str,
) -> list[ParamView]:
    raw = {(p.get("in"), p.get("name")): p for p in spec_parameters(resolver.spec, path, op)}
    out: list[ParamView] = []
    for location, parsed in (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
    ):
        for prop in parsed:
            spec_param = raw[(location, _raw(prop.name))]
            out.append(
                _param(
                    resolver,
                    spec_param,
                    prop,
                    cast(Location, location),
                    bool(spec_param.get("required", False)),
                    str(prop.python_name),
                    client_name(_raw(prop.name)),
                    where,
                )
            )
    body = op.get("requestBody", {})
    content = body.get("content", {}).get("application/json", {})
    if "schema" in content:
        schema, _ = resolver.resolve(content["schema"])
        model = next(
            (m for m in data.models if str(m.class_info.name) == _body_class(endpoint)), None
        )
        fields = _children(model)
        taken = {p.param.python for p in out}
        required = set(schema.get("required", []))
        for wire, prop_schema in schema.get("properties", {}).items():
            python = client_name(wire)
            if python in taken:
                python = "body_" + python
            prop = fields.get(wire)
            if prop is None:
                raise SpecError(f"{where}: body field {wire!r} was not generated")
            out.append(
                _param(resolver, prop_schema, prop, "body", wire in required, "", python, where)
            )
    return out


def _body_class(endpoint: Any) -> str | None:
    bodies = list(endpoint.bodies)
    if not bodies:
        return None
    class_info = getattr(bodies[0].prop, "class_info", None)
    if class_info is None:
        raise SpecError("a request body must be a named object schema (a model)")
    return str(class_info.name)


def _operation(
    resolver: _Resolver,
    data: GeneratorData,
    tag: str,
    endpoint: Any,
    raw_op: tuple[str, str, dict[str, Any]],
) -> OperationView:
    method, path, op = raw_op
    op_id = str(op["operationId"])
    where = f"{op_id} ({method} {path})"
    module_name = _raw(endpoint.name)
    name = parse_method_name(op, module_name, where)
    ok = deref(resolver.spec, op.get("responses", {}).get("200", {}))
    content = ok.get("content", {}).get("application/json", {})
    response, response_name = (
        resolver.resolve(content["schema"]) if "schema" in content else ({}, None)
    )
    response_model = resolver.class_of(response_name, where) if response_name else ""
    query = {_raw(p.name): str(p.python_name) for p in endpoint.query_parameters}
    pagination = parse_pagination(op, query, response, name, resolver, where)
    unwrap = parse_unwrap(op, response, resolver, where)
    params = _params(resolver, data, endpoint, path, op, where)
    security = op["security"] if "security" in op else resolver.spec.get("security", [])
    record = Operation(
        operation_id=op_id,
        module=f"scenario_assets_api.api.{tag}.{module_name}",
        tag=tag,
        method=method.upper(),
        path=path,
        method_name=name,
        retry_safe=parse_retry_safe(op, method, where),
        public={"publicAuthToken": []} in security,
        conflict=parse_conflict(op, where),
        pagination=pagination.pagination if pagination else None,
        params=tuple(p.param for p in params),
        body_model=_body_class(endpoint),
        response_model=response_model,
        unwrap=unwrap[0] if unwrap else None,
        rules=parse_rules(op, [p.param for p in params], where),
        deprecated=parse_deprecated(op, where),
        poll=parse_poll(op, response, resolver, where),
    )
    return OperationView(
        op=record,
        summary=str(op.get("summary", "")),
        description=str(op.get("description", "")),
        params=tuple(params),
        facade=parse_facade(op, where),
        returns=unwrap[1] if unwrap else (response_model or "Any"),
        pagination=pagination,
    )


def views(spec_path: Path, config_path: Path) -> list[OperationView]:
    """Every operation of the spec, sorted by operationId."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    data = _generator_view(spec, spec_path, config_path)
    resolver = _Resolver(
        spec, {m.class_info.name for m in data.models} | {e.class_info.name for e in data.enums}
    )
    raw = {snake_case(op_id): entry for op_id, entry in spec_operations(spec).items()}
    out = [
        _operation(resolver, data, str(tag), endpoint, raw[_raw(endpoint.name)])
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    ]
    names: dict[tuple[str, str], str] = {}
    for view in out:
        slots = [view.op.method_name]
        if view.pagination:
            slots.append(view.pagination.iterator)
        for method_name in slots:
            slot = (view.op.tag, method_name)
            if slot in names:
                raise SpecError(
                    f"{view.op.operation_id} and {names[slot]}: both named {slot[1]!r} in tag {slot[0]!r}"
                )
            names[slot] = view.op.operation_id
    return sorted(out, key=lambda v: v.op.operation_id)


def entries(spec_path: Path, config_path: Path) -> list[Operation]:
    """The table's records, sorted by operationId."""
    return [view.op for view in views(spec_path, config_path)]


# --------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------


def literal(value: Any) -> str:
    """A Python expression for a record: a constructor call naming its non-default fields."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        args = []
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and item == f.default:
                continue
            args.append(f"{f.name}={literal(item)}")
        return f"{type(value).__name__}({', '.join(args)})"
    if isinstance(value, tuple):
        inner = ", ".join(literal(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    return repr(value)


def _doc_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def docstring_lines(view: OperationView, returns: str, iterator: bool) -> list[str]:
    """A method's docstring, line by line: summary, description, arguments, return."""
    first = view.summary or view.op.operation_id
    lines = [_doc_text(first).rstrip(".") + "."]
    if view.op.deprecated:
        lines += ["", "Deprecated: the API marks this operation as deprecated."]
    if view.description:
        lines += ["", *textwrap.wrap(_doc_text(view.description), 92)]
    lines += ["", "Args:"]
    for p in view.params:
        text = p.description
        if p.param.deprecated:
            text = ("Deprecated. " + text).strip()
        if p.param.client_option:
            text += f" (Or set once on the client: ``{p.param.client_option}``.)"
        if not text:
            continue
        wrapped = textwrap.wrap(f"{p.param.python}: {_doc_text(text)}", 88)
        lines.append("    " + wrapped[0])
        lines += ["        " + w for w in wrapped[1:]]
    lines.append("    timeout: seconds (or ``httpx.Timeout``) for this call.")
    lines.append("    extra_headers: headers sent as given, after the described ones.")
    lines.append("    extra_query: query parameters sent as given, after the described ones.")
    if view.op.body_model:
        lines.append("    extra_body: body fields sent as given, after the described ones.")
    if iterator:
        lines.append("    limit: stop after this many items.")
    lines += ["", "Returns:", f"    {returns}"]
    return lines


def docstring(view: OperationView, returns: str, iterator: bool) -> str:
    """A method's docstring literal, its lines indented for a method body."""
    indent = " " * 8
    body = "\n".join(
        (indent + line) if line else "" for line in docstring_lines(view, returns, iterator)
    )
    return f'"""{body.lstrip()}\n{indent}"""'


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["literal"] = literal
    env.globals["docstring"] = docstring
    env.globals["class_name"] = class_name
    return env


def class_name(tag: str) -> str:
    """The operation class of a tag (``assets`` -> ``AssetsOperations``)."""
    return "".join(part.capitalize() for part in tag.replace("-", "_").split("_")) + "Operations"


def client_options(table: list[OperationView]) -> list[tuple[str, ParamView]]:
    """The client-wide options (``x-client-option``), sorted by name, each with a parameter
    that declares it; every parameter naming one option must take the same values."""
    found: dict[str, ParamView] = {}
    for view in table:
        for p in view.params:
            option = p.param.client_option
            if option is None:
                continue
            if p.param.location == "path":
                raise SpecError(
                    f"{view.op.operation_id} {p.param.name}: a path parameter cannot be a "
                    f"client option ({option!r})"
                )
            first = found.setdefault(option, p)
            if first.annotation != p.annotation or first.param.schema != p.param.schema:
                raise SpecError(
                    f"x-client-option {option!r}: {first.param.name} and {p.param.name} "
                    f"({view.op.operation_id}) have different schemas; one option, one schema"
                )
    return sorted(found.items())


def render_all(table: list[OperationView]) -> dict[str, str]:
    """The generated modules' sources, by file name."""
    env = _environment()
    imports = sorted(set().union(*(v.model_names for v in table))) if table else []
    tags = sorted({v.op.tag for v in table})
    classes = [
        f"{prefix}{class_name(tag)}{suffix}"
        for tag in tags
        for prefix in ("", "Async")
        for suffix in ("", "WithRawResponse")
    ]
    runtime = ["AsyncPaginator", "AsyncRunner", "CallOptions", "Operation", "Paginator"]
    runtime += ["RawResponse", "Runner", "Timeout"]
    context = {
        "exported": classes + runtime,
        "operations": table,
        "client_options": client_options(table),
        "imports": imports,
        "tags": [(tag, class_name(tag), [v for v in table if v.op.tag == tag]) for tag in tags],
    }
    return {
        name: env.get_template(name + ".jinja").render(context)
        for name in ("_operations.py", "operations.py", "params.py")
    }


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 3:
        print("usage: gen_operations.py SPEC CONFIG PACKAGE_DIR", file=sys.stderr)
        return 2
    spec_path, config_path, package = (Path(a) for a in args)
    try:
        table = views(spec_path, config_path)
    except SpecError as exc:
        print(f"operations: {exc}", file=sys.stderr)
        return 1
    for name, source in render_all(table).items():
        (package / name).write_text(source, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
