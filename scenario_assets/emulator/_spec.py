"""The API as the spec describes it: operations, parameters, bodies, enums, limits, examples.

The emulator answers from an :class:`ApiSpec`, never from copies of its facts: the enums it
accepts, the query parameters and body fields it allows, the array limits, the routes, and
for an operation without a stateful handler the whole answer (a request validated against
the spec's schemas, then the operation's response example, or a body built from its response
schema), the way a mock server answers any spec. A field, parameter, enum value or operation
added to the spec is therefore known to the emulator after ``make regen`` with no other edit.

By default the spec is the copy ``codegen.sh`` writes into the generated package
(``scenario_assets_api/_spec.json``, the same document the client was generated from);
``ApiSpec.load(path)`` reads another spec file (YAML or JSON), e.g. a trial edit.
"""

from __future__ import annotations

import base64
import functools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

from ._images import decode_base64
from ._wire import ApiError, parse_date

__all__ = ["ApiSpec", "SpecOperation", "SpecParam", "default_spec"]

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_SAMPLE_DATE = "2024-01-01T00:00:00.000Z"


@dataclass(frozen=True)
class SpecParam:
    """A path or query parameter of an operation (``$ref`` resolved)."""

    name: str
    location: str
    required: bool
    schema: Mapping[str, Any]


@dataclass(frozen=True)
class SpecOperation:
    """One operation: where it lives, what it takes and what it answers."""

    operation_id: str
    method: str
    """Upper case (``GET``)."""
    path: str
    """As the spec writes it, relative to the server URL (``/assets/{assetId}``)."""
    params: tuple[SpecParam, ...]
    body: Mapping[str, Any] | None
    """The JSON request body's schema (``$ref`` resolved at the top), if any."""
    body_required: bool
    public: bool
    """Whether ``publicAuthToken`` is among its security schemes."""
    status: int
    """The first documented 2xx status."""
    response: Mapping[str, Any]
    """The ``application/json`` media object of that response (``schema``, ``example``)."""

    def query(self) -> dict[str, SpecParam]:
        return {p.name: p for p in self.params if p.location == "query"}


class ApiSpec:
    """An OpenAPI 3.0 document, read for what the emulator needs."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.operations: dict[str, SpecOperation] = {}
        for path, item in (document.get("paths") or {}).items():
            shared = [self.resolve(p) for p in item.get("parameters", [])]
            for method in _METHODS:
                op = item.get(method)
                if isinstance(op, Mapping):
                    spec_op = self._operation(path, method, op, shared)
                    self.operations[spec_op.operation_id] = spec_op

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path: str | PathLike[str] | None = None) -> ApiSpec:
        """The spec at ``path`` (``.json``, else YAML), or the generated package's copy."""
        if path is None:
            return default_spec()
        file = Path(path)
        text = file.read_text(encoding="utf-8")
        if file.suffix.lower() == ".json":
            return cls(json.loads(text))
        try:
            import yaml
        except ModuleNotFoundError:  # pragma: no cover - pyyaml comes with the dev extra
            raise ModuleNotFoundError(
                f"reading the YAML spec {file} needs PyYAML (pip install pyyaml), "
                "or pass the spec as JSON"
            ) from None
        document = yaml.safe_load(text)
        if not isinstance(document, Mapping) or "paths" not in document:
            raise ValueError(f"{file} is not an OpenAPI document (no paths)")
        return cls(document)

    # ------------------------------------------------------------------ reading
    def resolve(self, node: Any) -> Any:
        """``node`` with its ``$ref`` chain followed (local references only)."""
        seen = 0
        while isinstance(node, Mapping) and "$ref" in node:
            target: Any = self.document
            for part in str(node["$ref"]).removeprefix("#/").split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref cycle at {node!r:.80}")
        return node

    def schema(self, name: str) -> Mapping[str, Any]:
        """A named schema of ``components/schemas``."""
        found: Mapping[str, Any] = self.resolve(self.document["components"]["schemas"][name])
        return found

    def enum_of(self, schema: Mapping[str, Any], *path: str) -> tuple[str, ...]:
        """The enum values of a (nested) property of ``schema``."""
        return self._enum(self.property_schema(schema, *path))

    def property_schema(self, schema: Mapping[str, Any], *path: str) -> Mapping[str, Any]:
        """The schema of a (nested) property, ``allOf`` members included."""
        node: Mapping[str, Any] = self.resolve(schema)
        for key in path:
            node = self.resolve(self._properties(node)[key])
        return node

    def query_names(self, operation_id: str) -> set[str]:
        """The query parameters the spec gives an operation."""
        return set(self.operations[operation_id].query())

    def body_names(self, operation_id: str, *nested: str) -> set[str]:
        """The JSON body fields the spec gives an operation (or a nested object of its body)."""
        body = self.operations[operation_id].body
        if body is None:
            return set()
        return set(self._properties(self.property_schema(body, *nested)))

    def max_items(self, operation_id: str, *field: str) -> int | None:
        """The ``maxItems`` of an array field of an operation's body (``None``: no limit)."""
        body = self.operations[operation_id].body
        if body is None:
            return None
        limit = self.property_schema(body, *field).get("maxItems")
        return None if limit is None else int(limit)

    # ------------------------------------------------------------------ checking a request
    def check_query(self, op: SpecOperation, items: Sequence[tuple[str, str]]) -> dict[str, Any]:
        """Decode and check the query string; unknown names are a 400, as the API answers."""
        known = op.query()
        for name, _ in items:
            if name not in known:
                raise ApiError(400, f"Query parameter {name} is not allowed")
        out: dict[str, Any] = {}
        for name, param in known.items():
            raw = [v for k, v in items if k == name]
            where = f"Query parameter {name}"
            if not raw:
                if param.required:
                    raise ApiError(400, f"{where} is required")
                continue
            schema = self.resolve(param.schema)
            if _types(schema) & {"array"}:
                parts = [p.strip() for v in raw for p in v.split(",") if p.strip()]
                value: Any = [self._scalar(p, self.resolve(schema.get("items", {})), where)
                              for p in parts]  # fmt: skip
            else:
                if len(raw) > 1:
                    raise ApiError(400, f"{where} must be given once")
                value = self._scalar(raw[0], schema, where)
            self.check(value, schema, where)
            out[name] = value
        return out

    def check_path(self, op: SpecOperation, values: Mapping[str, str]) -> None:
        for param in op.params:
            if param.location == "path" and param.name in values:
                self.check(values[param.name], self.resolve(param.schema), param.name)

    def check_body(self, op: SpecOperation, raw: bytes) -> Any:
        """Parse and check a JSON body against the operation's request schema."""
        if op.body is None:
            return None
        if not raw.strip():
            if op.body_required:
                raise ApiError(400, "Request body is required")
            return None
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError):
            raise ApiError(400, "Request body must be valid JSON") from None
        self.check(data, op.body, "")
        return data

    def check(self, value: Any, schema: Mapping[str, Any], where: str) -> None:
        """Raise a 400 naming ``where`` when ``value`` breaks ``schema`` (OpenAPI 3.0 subset)."""
        schema = self.resolve(schema)
        label = where or "Request body"
        if value is None:
            if schema.get("nullable"):
                return
            if _types(schema):
                raise ApiError(400, f"{label} must not be null")
        for member in schema.get("allOf", ()):
            self.check(value, member, where)
        for key in ("anyOf", "oneOf"):
            if key in schema:
                self._check_any(value, schema[key], label, where)
        if "not" in schema and self._passes(value, schema["not"], where):
            reason = self.resolve(schema["not"]).get("description") or "a form the API refuses"
            raise ApiError(400, f"{label} is refused: {reason[0].lower()}{reason[1:].rstrip('.')}")
        kinds = _types(schema)
        if kinds and not any(_is(value, k) for k in kinds):
            raise ApiError(400, f"{label} must be {_describe(schema, self)}")
        if "enum" in schema and value not in schema["enum"]:
            allowed = ", ".join(str(v) for v in schema["enum"])
            raise ApiError(400, f"{label} must be one of: {allowed} (not {value!r})")
        if isinstance(value, str):
            self._check_string(value, schema, label)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            low, high = schema.get("minimum"), schema.get("maximum")
            if (low is not None and value < low) or (high is not None and value > high):
                raise ApiError(400, f"{label} must be between {low} and {high}")
        elif isinstance(value, list):
            self._check_array(value, schema, label, where)
        elif isinstance(value, dict):
            self._check_object(value, schema, label, where)

    # ------------------------------------------------------------------ answering
    def sample(self, op: SpecOperation) -> Any:
        """The response body of ``op``: its example, else one built from its schema."""
        if "example" in op.response:
            return op.response["example"]
        examples = op.response.get("examples")
        if isinstance(examples, Mapping) and examples:
            first = self.resolve(next(iter(examples.values())))
            if isinstance(first, Mapping) and "value" in first:
                return first["value"]
        schema = op.response.get("schema")
        return None if schema is None else self.build(schema)

    def build(self, schema: Mapping[str, Any], depth: int = 0) -> Any:
        """A value valid against ``schema``: examples, defaults and enum values first."""
        schema = self.resolve(schema)
        for key in ("example", "default"):
            if key in schema:
                return schema[key]
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.build(schema[key][0], depth + 1)
        kinds = _types(schema)
        if "object" in kinds or (not kinds and ("properties" in schema or "allOf" in schema)):
            props = self._properties(schema)
            required = self._required(schema)
            out: dict[str, Any] = {}
            for name in props:
                if name in required or depth < 1:
                    out[name] = self.build(props[name], depth + 1)
            return out
        if "array" in kinds:
            count = int(schema.get("minItems", 0))
            return [self.build(schema.get("items", {}), depth + 1) for _ in range(count)]
        if "string" in kinds:
            return _sample_string(schema)
        if "integer" in kinds:
            return int(schema.get("minimum", 0))
        if "number" in kinds:
            return schema.get("minimum", 0)
        if "boolean" in kinds:
            return True
        return {}

    # ------------------------------------------------------------------ internals
    def _operation(
        self, path: str, method: str, op: Mapping[str, Any], shared: list[Any]
    ) -> SpecOperation:
        params: dict[tuple[str, str], SpecParam] = {}
        for raw in [*shared, *op.get("parameters", [])]:
            p = self.resolve(raw)
            params[(p["in"], p["name"])] = SpecParam(
                p["name"], p["in"], bool(p.get("required", p["in"] == "path")),
                p.get("schema", {}),
            )  # fmt: skip
        body = None
        body_required = False
        request_body = self.resolve(op.get("requestBody"))
        if isinstance(request_body, Mapping):
            media = (request_body.get("content") or {}).get("application/json")
            if media is not None:
                body = self.resolve(media.get("schema", {}))
                body_required = bool(request_body.get("required", False))
        security = op.get("security", self.document.get("security", []))
        public = any("publicAuthToken" in s for s in security or [])
        status, response = 200, dict[str, Any]()
        for code, answer in (op.get("responses") or {}).items():
            if str(code).isdigit() and 200 <= int(code) < 300:
                status = int(code)
                content = self.resolve(answer).get("content") or {}
                response = content.get("application/json") or {}
                break
        op_id = op.get("operationId") or f"{method} {path}"
        return SpecOperation(
            op_id, method.upper(), path, tuple(params.values()), body, body_required, public,
            status, response,
        )  # fmt: skip

    def _enum(self, schema: Mapping[str, Any]) -> tuple[str, ...]:
        schema = self.resolve(schema)
        if "enum" in schema:
            return tuple(str(v) for v in schema["enum"])
        for member in schema.get("allOf", ()):
            found = self._enum(member)
            if found:
                return found
        return ()

    def _properties(self, schema: Mapping[str, Any]) -> dict[str, Any]:
        schema = self.resolve(schema)
        props: dict[str, Any] = dict(schema.get("properties") or {})
        for member in schema.get("allOf", ()):
            props.update(self._properties(member))
        return props

    def _required(self, schema: Mapping[str, Any]) -> set[str]:
        schema = self.resolve(schema)
        required = set(schema.get("required") or ())
        for member in schema.get("allOf", ()):
            required |= self._required(member)
        return required

    def _closed(self, schema: Mapping[str, Any]) -> bool:
        schema = self.resolve(schema)
        if schema.get("additionalProperties") is False:
            return True
        return any(self._closed(m) for m in schema.get("allOf", ()))

    def _scalar(self, raw: str, schema: Mapping[str, Any], where: str) -> Any:
        kinds = _types(schema)
        if "boolean" in kinds:
            if raw.lower() in ("true", "1"):
                return True
            if raw.lower() in ("false", "0"):
                return False
            raise ApiError(400, f"{where} must be a boolean (true or false)")
        if "integer" in kinds:
            try:
                return int(raw)
            except ValueError:
                raise ApiError(400, f"{where} must be an integer") from None
        if "number" in kinds:
            try:
                return float(raw)
            except ValueError:
                raise ApiError(400, f"{where} must be a number") from None
        return raw

    def _passes(self, value: Any, schema: Mapping[str, Any], where: str) -> bool:
        try:
            self.check(value, schema, where)
        except ApiError:
            return False
        return True

    def _check_any(self, value: Any, members: Sequence[Any], label: str, where: str) -> None:
        problems = []
        for member in members:
            try:
                self.check(value, member, where)
            except ApiError as exc:
                problems.append(exc.message)
            else:
                return
        raise ApiError(400, f"{label} matches none of the allowed forms ({'; '.join(problems)})")

    def _check_string(self, value: str, schema: Mapping[str, Any], label: str) -> None:
        low, high = schema.get("minLength"), schema.get("maxLength")
        if low is not None and len(value) < low:
            raise ApiError(400, f"{label} must not be empty" if low == 1 else
                           f"{label} must be at least {low} characters")  # fmt: skip
        if high is not None and len(value) > high:
            raise ApiError(400, f"{label} must be at most {high} characters")
        pattern = schema.get("pattern")
        if pattern is not None and not re.search(pattern, value):
            raise ApiError(400, f"{label} must match {pattern}")
        fmt = schema.get("format")
        if fmt in ("date-time", "date") or schema.get("x-date-time"):
            try:
                parse_date(value)
            except ValueError:
                raise ApiError(400, f"{label} must be an ISO-8601 date") from None
        elif fmt == "byte":  # other formats (``resource-id``) are the client's own checks
            try:  # as lenient as the stateful handlers: whitespace, a data-URL prefix
                decode_base64(value)
            except ValueError as exc:
                raise ApiError(400, f"{label} must be a base64 string ({exc})") from None

    def _check_array(self, value: list[Any], schema: Mapping[str, Any], label: str,
                     where: str) -> None:  # fmt: skip
        low, high = schema.get("minItems"), schema.get("maxItems")
        if (low is not None and len(value) < low) or (high is not None and len(value) > high):
            if high is None:
                raise ApiError(400, f"{label} must contain at least {low} items")
            if low is None:
                raise ApiError(400, f"{label} is limited to {high} items")
            raise ApiError(400, f"{label} must contain between {low} and {high} items")
        items = schema.get("items")
        if items is not None:
            for index, item in enumerate(value):
                self.check(item, items, f"{where}[{index}]")
        if schema.get("uniqueItems") and len({json.dumps(v, sort_keys=True) for v in value}) < len(
            value
        ):
            raise ApiError(400, f"{label} must not repeat a value")

    def _check_object(self, value: dict[str, Any], schema: Mapping[str, Any], label: str,
                      where: str) -> None:  # fmt: skip
        prefix = f"{where}." if where else ""
        props = self._properties(schema)
        if self._closed(schema):
            for name in value:
                if name not in props:
                    raise ApiError(400, f"property {prefix}{name} should not exist")
        for name in sorted(self._required(schema)):
            if name not in value:
                raise ApiError(400, f"{prefix}{name} is required")
        low = schema.get("minProperties")
        if low is not None and len(value) < low:
            raise ApiError(400, f"{label} must have at least {low} properties")
        for name, item in value.items():
            if name in props:
                self.check(item, props[name], f"{prefix}{name}")


def route_order(path: str) -> list[int]:
    """Sort key putting literal segments before parameters (``/download`` before ``/{id}``)."""
    return [1 if seg.startswith("{") else 0 for seg in path.strip("/").split("/")]


def _types(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    if kind is None:
        return set()
    return {kind} if isinstance(kind, str) else set(kind)


def _is(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


def _describe(schema: Mapping[str, Any], spec: ApiSpec) -> str:
    kinds = sorted(_types(schema))
    if kinds == ["array"]:
        items = spec.resolve(schema.get("items", {}))
        inner = sorted(_types(items))
        if len(inner) == 1:
            return f"an array of {inner[0]}s"
        return "an array"
    words = {"integer": "an integer", "object": "an object", "array": "an array"}
    return " or ".join(words.get(k, f"a {k}") for k in kinds)


def _sample_string(schema: Mapping[str, Any]) -> str:
    fmt = schema.get("format")
    if fmt in ("date-time", "date") or schema.get("x-date-time"):
        return _SAMPLE_DATE
    if fmt == "byte":
        return base64.b64encode(b"sample").decode()
    if fmt == "resource-id":
        return "sample_id"
    low = int(schema.get("minLength", 0))
    return "string" if low <= 6 else "s" * low


@functools.cache
def default_spec() -> ApiSpec:
    """The spec the generated package was built from (``scenario_assets_api/_spec.json``)."""
    text = resources.files("scenario_assets_api").joinpath("_spec.json").read_text("utf-8")
    return ApiSpec(json.loads(text))


def iter_operations(spec: ApiSpec) -> Iterator[SpecOperation]:
    """Operations in routing order: literal path segments before parameters."""
    yield from sorted(spec.operations.values(), key=lambda o: (route_order(o.path), o.path))
