"""Draft ``openapi/scenario-assets.yaml`` from the API reference.

Usage: ``python tools/build_spec.py --reference PATH [--check]``

The reference text is the only input. Nested objects and enums become named components
(``Asset``, ``AssetMetadata``, ``Job``, ``FlowNode``, ``AssetKind``, ``JobStatus`` ...) so the
generated classes have short, stable, shared names; limits that the reference states in prose
(page sizes, id-list caps) become ``minimum``/``maximum``/``default``/``maxItems``, and each
such rule is checked against the prose it comes from, so a change in the reference fails loudly
instead of silently dropping a limit.

The YAML it writes is the source of truth people edit afterwards; this script is kept so the
reconstruction stays auditable and can be re-run (``--check`` reports drift without writing).
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reference as ref
from enum_names import suggested_name

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "scenario-assets.yaml"

OPERATION_IDS = {
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


# -- Names by rule ---------------------------------------------------------------------------
# Every name the draft gives is computed here, once, from the reference's own names: a newer page
# with new operations, sections or nested objects needs no edit of this file.


def _words(name: str) -> list[str]:
    """The words of a name: split at anything but letters and digits, and at camelCase humps."""
    out: list[str] = []
    for chunk in re.split(r"[^A-Za-z0-9]+", name):
        out += re.findall(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+|[A-Z]+|[0-9]+", chunk)
    return [w for w in out if w]


def pascal(name: str) -> str:
    """``ip-detection`` -> ``IpDetection``, ``cuCostDetails`` -> ``CuCostDetails``."""
    return "".join(w[:1].upper() + w[1:] for w in _words(name))


def snake(name: str) -> str:
    """``Delete Multiple`` -> ``delete_multiple``, ``projectId`` -> ``project_id``."""
    return "_".join(w.lower() for w in _words(name))


def section_noun(section: str) -> str:
    """The singular a section's types are named with (``Assets`` -> ``Asset``)."""
    return {"Assets": "Asset", "Download": "Download"}.get(section) or pascal(
        section[:-1] if section.endswith("s") and not section.endswith("ss") else section
    )


def operation_id(op: ref.Operation) -> str:
    """The operationId: the committed one, else ``<title in camelCase><Section>``
    (``## Restore`` in ``# Assets`` -> ``restoreAssets``)."""
    known = OPERATION_IDS.get((op.method, op.path))
    if known:
        return known
    title = pascal(op.title)
    return title[:1].lower() + title[1:] + pascal(op.section)


def method_name(op: ref.Operation) -> str:
    """The client method name of an operation: its title in snake_case (``Get Bulk`` -> ``get_bulk``)."""
    return snake(op.title)


def component_name(owner: str, field_name: str) -> str:
    """A nested object or enum without a committed name is named after its parent and field:
    ``AssetMetadata`` + ``ip-detection`` -> ``AssetMetadataIpDetection``."""
    return owner[:1].upper() + owner[1:] + pascal(field_name)


# Stainless names the response and parameter types after section + title.
def _type_prefix(op: ref.Operation) -> str:
    return section_noun(op.section) + pascal(op.title)


# The reference's own wording for an operation open to the public token.
PUBLIC_ACCESS = re.compile(
    r"public access \(via the `Authorization` header set to `public-auth-token`\)"
)


# (parent component, field) -> component name for nested objects.
OBJECT_NAMES: dict[tuple[str, str], str] = {
    ("*", "asset"): "Asset",
    ("*", "assets"): "Asset",
    ("Asset", "metadata"): "AssetMetadata",
    ("Asset", "properties"): "AssetProperties",
    ("Asset", "firstFrame"): "AssetFileRef",
    ("Asset", "lastFrame"): "AssetFileRef",
    ("Asset", "preview"): "AssetFileRef",
    ("Asset", "thumbnail"): "AssetFileRef",
    ("AssetMetadata", "thumbnail"): "AssetFileRef",
    ("AssetMetadata", "concepts"): "MetadataConcept",
    ("AssetProperties", "transcription"): "AudioTranscription",
    ("AssetUploadResponse", "job"): "Job",
    ("Job", "metadata"): "JobMetadata",
    ("Job", "statusHistory"): "JobStatusChange",
    ("Job", "billing"): "JobBilling",
    ("JobMetadata", "flow"): "FlowNode",
    ("FlowNode", "assets"): "AssetFileRef",
    ("FlowNode", "inputs"): "FlowInput",
    ("FlowNode", "logic"): "FlowLogic",
    ("FlowLogic", "cases"): "FlowLogicCase",
    ("FlowInput", "items"): "FlowInputItem",
    ("FlowInput", "ref"): "FlowInputRef",
    ("FlowInput", "required"): "FlowInputRequirement",
    ("FlowInputItem", "ref"): "FlowInputRef",
    ("FlowInputItem", "required"): "FlowInputRequirement",
    ("AssetListSnapshotsResponse", "snapshots"): "Snapshot",
    ("DownloadRequestBatchRequest", "options"): "BatchDownloadOptions",
    ("DownloadRequestBatchRequest", "query"): "BatchDownloadQuery",
}

# Neutral descriptions for fields of components that several places describe differently.
SHARED_DESCRIPTIONS: dict[tuple[str, str], str] = {
    (
        "AssetFileRef",
        "assetId",
    ): 'The id of the referenced asset (example: "asset_GTrL3mq4SXWyMxkOHRxlpw")',
    ("AssetFileRef", "url"): "Signed URL of the referenced asset's content",
}

# (component or operation, field) -> enum component name.
ENUM_NAMES: dict[tuple[str, str], str] = {
    ("*", "kind"): "AssetKind",
    ("AssetMetadata", "type"): "AssetType",
    ("listAssets", "type"): "AssetType",
    ("listAssets", "types"): "AssetType",
    ("Asset", "source"): "AssetSource",
    ("Asset", "status"): "AssetStatus",
    ("Asset", "privacy"): "AssetPrivacy",
    ("Asset", "editCapabilities"): "EditCapability",
    ("*", "modelType"): "ModelType",
    ("*", "modelTypes"): "ModelType",
    ("AssetMetadata", "style"): "AssetStyle",
    ("AssetMetadata", "modality"): "DetectionModality",
    ("AssetMetadata", "imageType"): "SeamlessImageType",
    ("AssetMetadata", "inputFidelity"): "InputFidelity",
    ("AssetMetadata", "inputLocation"): "InputLocation",
    ("AssetProperties", "classification"): "AudioClassification",
    ("Job", "jobType"): "JobType",
    ("Job", "status"): "JobStatus",
    ("JobStatusChange", "status"): "JobStatus",
    ("FlowNode", "status"): "FlowNodeStatus",
    ("FlowNode", "type"): "FlowNodeType",
    ("FlowNode", "logicType"): "FlowLogicType",
    ("*", "backgroundBehavior"): "BackgroundBehavior",
    ("FlowInput", "type"): "FlowInputType",
    ("FlowInputItem", "type"): "FlowInputType",
    ("DownloadRequestRequest", "targetFormat"): "TargetFormat",
}


def enum_varname(value: str) -> str:
    """A stable Python member name for an enum value (``3d-texture`` -> ``THREE_D_TEXTURE``)."""
    return suggested_name(value)


def _strip_meta(schema: Any) -> Any:
    """Schema without descriptions/examples, to compare structure."""
    if isinstance(schema, dict):
        return {k: _strip_meta(v) for k, v in schema.items() if k not in ("description", "example")}
    if isinstance(schema, list):
        return [_strip_meta(v) for v in schema]
    return schema


class ShapeConflict(ValueError):
    """Two places give one component name two different shapes."""


def _check_member_names(enum: str, values: list[str], names: list[str]) -> None:
    """Refuse an enum whose values are listed twice or would share a member name."""
    owners: dict[str, list[str]] = {}
    for value, member in zip(values, names, strict=True):
        owners.setdefault(member, []).append(value)
    clashes = [f"{m} ({', '.join(repr(v) for v in vs)})" for m, vs in owners.items() if len(vs) > 1]
    if clashes:
        raise ValueError(f"enum {enum}: member names collide: {'; '.join(clashes)}")


class Builder:
    def __init__(self) -> None:
        self.schemas: dict[str, dict[str, Any]] = {}

    # -- components -------------------------------------------------------------------
    def _register(self, name: str, schema: dict[str, Any]) -> dict[str, Any]:
        existing = self.schemas.get(name)
        if existing is None:
            self.schemas[name] = schema
        elif existing.get("enum") is not None and schema.get("enum") is not None:
            if set(existing["enum"]) != set(schema["enum"]):
                # One enum named in several places holds every value any of them lists.
                values = sorted(set(existing["enum"]) | set(schema["enum"]))
                names = [enum_varname(v) for v in values]
                _check_member_names(name, values, names)
                existing["enum"], existing["x-enum-varnames"] = values, names
        elif _strip_meta(existing) != _strip_meta(schema):
            raise ShapeConflict(f"component {name} has two different shapes")
        else:
            # A shared component describes its fields in general terms: where the places it
            # is used describe a field differently, the neutral wording below is used (or,
            # for a field without one, the first place's wording is kept).
            for key, prop in schema.get("properties", {}).items():
                old = existing["properties"][key]
                if prop.get("description") != old.get("description"):
                    neutral = SHARED_DESCRIPTIONS.get((name, key))
                    if neutral is not None:
                        old["description"] = neutral
                        old.pop("example", None)
        return {"$ref": f"#/components/schemas/{name}"}

    def _enum_name(self, owner: str, fld: ref.Field) -> str:
        return (
            ENUM_NAMES.get((owner, fld.name))
            or ENUM_NAMES.get(("*", fld.name))
            or component_name(owner, fld.name)
        )

    def _object_name(self, owner: str, fld: ref.Field) -> str:
        return (
            OBJECT_NAMES.get((owner, fld.name))
            or OBJECT_NAMES.get(("*", fld.name))
            or component_name(owner, fld.name)
        )

    def enum_schema(self, name: str, values: list[str], description: str = "") -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "enum": sorted(values)}
        if description:
            schema["description"] = description
        schema["x-enum-varnames"] = [enum_varname(v) for v in schema["enum"]]
        _check_member_names(name, schema["enum"], schema["x-enum-varnames"])
        return self._register(name, schema)

    def type_schema(self, owner: str, fld: ref.Field, tref: ref.TypeRef) -> dict[str, Any]:
        kind = tref.kind
        if kind == "array":
            assert tref.items is not None
            return {"type": "array", "items": self.type_schema(owner, fld, tref.items)}
        if kind == "string":
            return {"type": "string"}
        if kind == "number":
            return {"type": "number"}
        if kind == "boolean":
            return {"type": "boolean"}
        if kind == "true":
            # The reference types this as the literal `true`; the generator needs `type: boolean`.
            return {"type": "boolean", "description": "Only `true` (or absent) is meaningful."}
        if kind == "unknown":
            return {}
        if kind == "map":
            values = {} if tref.items is None else self.type_schema(owner, fld, tref.items)
            return {"type": "object", "additionalProperties": values}
        if kind == "enum":
            return self.enum_schema(self._enum_name(owner, fld), tref.values)
        if kind == "object":
            name = self._object_name(owner, fld)
            saved = copy.deepcopy(self.schemas)
            try:
                return self._register(name, self.object_schema(name, tref.children))
            except ShapeConflict:
                # A shared name (``assets`` -> Asset) whose shape differs here: the object is
                # named after its parent and field instead, as any unnamed object is.
                alt = component_name(owner, fld.name)
                if alt == name:
                    raise
                self.schemas = saved
                return self._register(alt, self.object_schema(alt, tref.children))
        raise ValueError(kind)

    def field_schema(self, owner: str, fld: ref.Field) -> dict[str, Any]:
        schema = self.type_schema(owner, fld, fld.type)
        extra: dict[str, Any] = {}
        if fld.description:
            extra["description"] = fld.description
        example = fld.example
        if example is not None and fld.type.kind in ("string", "number", "array"):
            extra["example"] = example
        if "$ref" in schema:
            # 3.0.3: siblings of $ref are ignored, so wrap to keep the description.
            return {"allOf": [schema], **extra} if extra.get("description") else schema
        if schema.get("description") and extra.get("description"):
            extra["description"] = extra["description"] + " " + schema.pop("description")
        return {**schema, **extra}

    def object_schema(self, name: str, fields: list[ref.Field]) -> dict[str, Any]:
        required = [f.name for f in fields if f.required]
        schema: dict[str, Any] = {"type": "object"}
        if required:
            schema["required"] = required
        schema["properties"] = {f.name: self.field_schema(name, f) for f in fields}
        return schema


# Limits stated in prose: (operation, location, name, prose regex, schema additions).
PROSE_LIMITS: list[tuple[str, str, str, str, dict[str, Any]]] = [
    (
        "listAssets",
        "query",
        "pageSize",
        r"default value is 50, maximum value is 100, minimum value is 1\b",
        {"type": "integer", "minimum": 1, "maximum": 100, "default": 50},
    ),
    (
        "listAssetSnapshots",
        "query",
        "pageSize",
        r"default value is 10, maximum value is 100, minimum value is 10\b",
        {"type": "integer", "minimum": 10, "maximum": 100, "default": 10},
    ),
    ("deleteAssets", "body", "assetIds", r"\(Max 100 at once\)", {"minItems": 1, "maxItems": 100}),
    ("getBulkAssets", "body", "assetIds", r"Limit of 200 assets", {"maxItems": 200}),
]


def build(ops: list[ref.Operation]) -> dict[str, Any]:
    b = Builder()
    paths: dict[str, dict[str, Any]] = {}
    for op in ops:
        op_id = operation_id(op)
        prefix = _type_prefix(op)
        operation: dict[str, Any] = {
            "operationId": op_id,
            "tags": [op.section.lower()],
            "summary": op.title,
            "description": op.summary,
        }
        params: list[dict[str, Any]] = []
        for fld in op.path_params:
            params.append(
                {
                    "name": fld.name,
                    "in": "path",
                    "required": True,
                    "schema": b.field_schema(op_id, fld),
                }
            )
        located = [("query", f) for f in op.query_params] + [
            ("header", f) for f in op.header_params
        ]
        for where, fld in located:
            schema = b.field_schema(op_id, fld)
            description = schema.pop("description", None)
            param: dict[str, Any] = {"name": fld.name, "in": where, "required": fld.required}
            if description:
                param["description"] = description
            if schema == {}:
                # `unknown` in the reference; ids travel as strings in a query.
                schema = {"type": "string"}
            if schema.get("type") == "array" and where == "query":
                # The API takes arrays comma-joined (`types=a,b`), not as repeated keys.
                param["style"] = "form"
                param["explode"] = False
            param["schema"] = schema
            params.append(param)
        if params:
            operation["parameters"] = params
        if op.body_params:
            body_name = prefix + "Request"
            body = b.object_schema(body_name, op.body_params)
            operation["requestBody"] = {
                "required": any(f.required for f in op.body_params),
                "content": {"application/json": {"schema": b._register(body_name, body)}},
            }
        response_name = prefix + "Response"
        response_schema = (
            b.object_schema(response_name, op.returns) if op.returns else {"type": "object"}
        )
        ok: dict[str, Any] = {
            "description": "Success",
            "content": {
                "application/json": {
                    "schema": b._register(response_name, response_schema),
                    "example": op.response_example,
                }
            },
        }
        responses: dict[str, Any] = {"200": ok}
        for code, name in ERROR_RESPONSES:
            responses[code] = {"$ref": f"#/components/responses/{name}"}
        operation["responses"] = responses
        if PUBLIC_ACCESS.search(op.summary):
            operation["security"] = [{"basicAuth": []}, {"publicAuthToken": []}]
        paths.setdefault(op.path, {})[op.method] = operation

    _apply_prose_limits(ops, paths, b)
    _apply_batch_limit(ops, b)

    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {
            "title": "Scenario Assets API",
            "version": "1.0.0",
            "description": INFO_DESCRIPTION,
        },
        "servers": [{"url": "https://api.cloud.scenario.com/v1", "description": "Production"}],
        "security": [{"basicAuth": []}],
        "tags": [
            {
                "name": "assets",
                "description": "List, upload, update, tag, lock, duplicate and delete assets.",
            },
            {"name": "download", "description": "Download assets singly or as batch archives."},
        ],
        "paths": dict(sorted(paths.items(), key=lambda kv: kv[0])),
        "components": {
            "securitySchemes": {
                "basicAuth": {
                    "type": "http",
                    "scheme": "basic",
                    "description": "API key as the user name, API secret as the password.",
                },
                "publicAuthToken": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "Authorization",
                    "description": "The literal value `public-auth-token`: read access to public assets "
                    "(list and retrieve only).",
                },
            },
            "responses": ERROR_RESPONSE_COMPONENTS,
            "schemas": {"Error": ERROR_SCHEMA, **dict(sorted(b.schemas.items()))},
        },
    }
    return spec


def _apply_prose_limits(ops: list[ref.Operation], paths: dict[str, Any], b: Builder) -> None:
    by_id = {operation_id(o): o for o in ops}
    for op_id, where, name, prose, additions in PROSE_LIMITS:
        if op_id not in by_id:
            continue  # the page no longer has the operation, nor its limits
        op = by_id[op_id]
        fields = op.query_params if where == "query" else op.body_params
        found_fields = [f for f in fields if f.name == name]
        if not found_fields:
            continue  # the page no longer has the field, nor its limit
        (fld,) = found_fields
        if not re.search(prose, fld.description):
            raise ValueError(f"{op_id}.{name}: the reference no longer says {prose!r}")
        if where == "query":
            (param,) = [p for p in paths[op.path][op.method]["parameters"] if p["name"] == name]
            param["schema"].update(additions)
        else:
            schema = b.schemas[_type_prefix(op) + "Request"]["properties"][name]
            schema.update(additions)


def _apply_batch_limit(ops: list[ref.Operation], b: Builder) -> None:
    found = [o for o in ops if operation_id(o) == "requestBatchDownload"]
    if not found:
        return
    (op,) = found
    if "BatchDownloadQuery" not in b.schemas or "BatchDownloadOptions" not in b.schemas:
        return  # the page no longer has the objects the limits stand on
    if "limited to 1000 assets" not in op.summary:
        raise ValueError(
            "requestBatchDownload: the reference no longer states the 1000-asset limit"
        )
    query = b.schemas["BatchDownloadQuery"]["properties"]
    query["assetIds"]["maxItems"] = 1000
    query["assetIds"]["description"] += " A batch is limited to 1000 assets in all."
    template = b.schemas["BatchDownloadOptions"]["properties"]["fileNameTemplate"]
    template["minLength"] = 1


INFO_DESCRIPTION = (
    "Reconstructed description of Scenario's Assets API (14 operations): listing, uploading, "
    "updating, tagging, locking, duplicating and deleting assets, and downloading them singly or "
    "as batch archives.\n\n"
    "Conventions of this spec:\n"
    "- Dates are ISO-8601 strings. They are typed plain `string` (no `format: date-time`) so a "
    "malformed date from the server never makes a whole response unreadable; clients convert.\n"
    "- Error bodies are not documented by the API; `Error` is deliberately permissive.\n"
    "- Enumerations are closed here for documentation, but the API adds values over time: "
    "clients must keep unknown values rather than fail.\n"
    "- Array query parameters are sent comma-joined (`style: form`, `explode: false`)."
)

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "An error body. The API does not document its shape, so nothing is required; "
    "fields seen in practice are listed for convenience.",
    "properties": {
        "message": {"description": "Human-readable explanation (a string, sometimes a list)."},
        "error": {"type": "string", "description": "Short error name."},
        "statusCode": {"type": "number", "description": "The HTTP status repeated."},
        "requestId": {"type": "string", "description": "Identifier of the failed request."},
    },
    "additionalProperties": {},
}

ERROR_RESPONSES = [
    ("400", "BadRequest"),
    ("401", "Unauthorized"),
    ("403", "Forbidden"),
    ("404", "NotFound"),
    ("409", "Conflict"),
    ("422", "UnprocessableEntity"),
    ("429", "TooManyRequests"),
    ("5XX", "ServerError"),
]

_ERROR_TEXT = {
    "BadRequest": "The request is malformed or breaks a documented rule.",
    "Unauthorized": "Missing or invalid credentials.",
    "Forbidden": "The credentials do not give access to this resource.",
    "NotFound": "No such asset or job.",
    "Conflict": "The resource is in a conflicting state (for example, a canvas locked by someone else).",
    "UnprocessableEntity": "The request is well-formed but cannot be processed.",
    "TooManyRequests": "Rate limited; retry after the delay in `Retry-After`.",
    "ServerError": "The server failed; the request may be retried when it is safe to repeat.",
}


def _error_response(name: str) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": _ERROR_TEXT[name],
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    if name in ("TooManyRequests", "ServerError"):
        response["headers"] = {
            "Retry-After": {
                "description": "Seconds (or an HTTP date) to wait before retrying.",
                "schema": {"type": "string"},
            }
        }
    return response


ERROR_RESPONSE_COMPONENTS = {name: _error_response(name) for _, name in ERROR_RESPONSES}


class _Dumper(yaml.SafeDumper):
    pass


def _str_presenter(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", data)


_Dumper.add_representer(str, _str_presenter)
_Dumper.ignore_aliases = lambda self, data: True  # type: ignore[method-assign]


def render(spec: dict[str, Any]) -> str:
    header = (
        "# Scenario Assets API: the source of truth for generated/ (run `make regen` after editing).\n"
        "# First drafted by tools/build_spec.py from the API reference; edit this file by hand.\n"
    )
    return header + yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="the API reference text")
    parser.add_argument("--check", action="store_true", help="report drift, do not write")
    parser.add_argument("--output", type=Path, default=SPEC_PATH)
    args = parser.parse_args()
    spec = build(ref.parse(args.reference.read_text(encoding="utf-8")))
    text = render(copy.deepcopy(spec))
    json.loads(json.dumps(spec))  # plain data only
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} differs from a fresh draft of the reference")
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(
        f"wrote {args.output} ({len(spec['paths'])} paths, {len(spec['components']['schemas'])} schemas)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
