"""Take the spec to a newer API reference page: ``make spec-update REFERENCE=path``.

A three-way merge. *Base* is a draft (``tools/build_spec.py``) of the reference the spec stands on,
committed as ``openapi/reference/api-reference.txt``; *theirs* is a draft of the newer page; *ours*
is the committed spec, which carries decisions no page states (``x-`` facts, component and member
names, rules between parameters, limits and enums tightened from prose). Every change from base to
theirs is applied to ours; everything ours decided is kept:

* where base and theirs agree, ours is kept whatever it says;
* where ours still says what base says, theirs is taken;
* where all three differ, ours is kept and the place is listed as a to-do.

Names are given by rule, never by position: new components are named by ``build_spec`` from their
parent and field, new enum members by ``enum_names.suggested_name``, and a parameter that every
operation gains becomes one ``components/parameters`` entry (marked ``x-client-option`` with its
Python name) that each operation references. A name that is already taken is a collision: it is
reported and nothing is written.

What needs a human gets a safe default and a to-do: a new operation gets its method name from its
title, ``x-retry-safe: false`` and public-token access only if the page states it; a field,
parameter or enum value the page no longer lists stays in the spec as deprecated (old code keeps
working); a changed type and a newly required field are listed as breaking.

The merge is deterministic and idempotent: with the page the spec already stands on, it changes
nothing. On success the page becomes the committed reference, ``openapi/reference-index.json``
follows it, ``CHANGELOG.md`` gets the entry, and ``codegen.sh`` regenerates ``generated/``.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_spec
import reference as ref
import reference_index
from enum_names import suggested_name

ROOT = Path(__file__).resolve().parent.parent
REFERENCE_PATH = ROOT / "openapi" / "reference" / "api-reference.txt"
CHANGELOG_PATH = ROOT / "CHANGELOG.md"

# Marks an enum's values the API reference no longer lists (OpenAPI 3.0 cannot deprecate a value).
DEPRECATED_VALUES = "x-enum-deprecated"
CLIENT_OPTION = "x-client-option"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
KINDS = ("added", "changed", "deprecated", "breaking", "todo")
# Keys whose change is reported elsewhere (types) or not at all (placeholder examples).
_SILENT = {"type", "$ref", "allOf", "items", "additionalProperties", "example", "format"}
_BUMP = {"breaking": "major", "added": "minor", "deprecated": "minor", "changed": "patch"}


class Collision(Exception):
    """A name the rules give is already taken by something else."""


@dataclass
class Report:
    """What the merge did, per operation and per schema, each fact once."""

    facts: dict[str, dict[str, list[str]]] = field(
        default_factory=lambda: {kind: {} for kind in KINDS}
    )
    collisions: list[str] = field(default_factory=list)

    def note(self, kind: str, subject: str, text: str) -> None:
        found = self.facts[kind].setdefault(subject, [])
        if text not in found:
            found.append(text)

    def count(self, kind: str) -> int:
        return sum(len(v) for v in self.facts[kind].values())

    @property
    def empty(self) -> bool:
        return not any(self.count(kind) for kind in KINDS)

    def bump(self) -> str:
        """The semantic-version bump the changes imply: major, minor, patch or none."""
        for kind in ("breaking", "added", "deprecated", "changed"):
            if self.count(kind):
                return _BUMP[kind]
        return "none"

    def render(self) -> str:
        titles = {
            "added": "Added",
            "changed": "Changed",
            "deprecated": "Deprecated (kept in the spec, so old code keeps working)",
            "breaking": "Breaking",
            "todo": "To do (a safe default was chosen; decide and edit the spec)",
        }
        if self.empty:
            return "spec-update: the spec already says everything this page says; nothing changed."
        out = [f"spec-update: semantic-version bump: {self.bump()}"]
        for kind in KINDS:
            if not self.count(kind):
                continue
            out.append(f"{titles[kind]} ({self.count(kind)}):")
            for subject in sorted(self.facts[kind]):
                out.append(f"  {subject}:")
                out += [f"    - {text}" for text in self.facts[kind][subject]]
        return "\n".join(out)

    def changelog_entry(self, heading: str = "## [Unreleased]") -> str:
        """The entry in Keep a Changelog form (breaking changes lead the Changed section)."""
        sections: dict[str, list[str]] = {"Added": [], "Changed": [], "Deprecated": []}
        for kind, title in (("breaking", "Changed"), ("added", "Added"), ("changed", "Changed")):
            for subject in sorted(self.facts[kind]):
                for text in self.facts[kind][subject]:
                    mark = "**Breaking:** " if kind == "breaking" else ""
                    sections[title].append(f"- {mark}{subject}: {text}")
        for subject in sorted(self.facts["deprecated"]):
            sections["Deprecated"] += [
                f"- {subject}: {t}" for t in self.facts["deprecated"][subject]
            ]
        out = [heading, ""]
        for title, lines in sections.items():
            if lines:
                out += [f"### {title}", "", *lines, ""]
        return "\n".join(out)


def draft(text: str) -> dict[str, Any]:
    """The spec ``build_spec`` drafts from a reference text (raises ``ValueError`` naming a line)."""
    return build_spec.build(ref.parse(text))


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method, op in item.items():
            if method in METHODS:
                yield path, method, op


def _shape(schema: Any) -> Any:
    """What a schema says about types (no words, no limits), to tell a type change."""
    if isinstance(schema, dict):
        if "$ref" in schema:
            return schema["$ref"].rsplit("/", 1)[-1]
        if len(schema.get("allOf", [])) == 1:
            return _shape(schema["allOf"][0])
        out: dict[str, Any] = {}
        if "type" in schema:
            out["type"] = schema["type"]
        if "items" in schema:
            out["items"] = _shape(schema["items"])
        if isinstance(schema.get("additionalProperties"), dict):
            out["values"] = _shape(schema["additionalProperties"])
        if "enum" in schema:
            out["enum"] = True
        return out
    return schema


def _describe(schema: Any) -> str:
    """A schema's type in a few words: ``string``, ``array of Asset``, ``string enum``."""
    return _describe_shape(_shape(schema))


def _describe_shape(shape: Any) -> str:
    if isinstance(shape, str):
        return shape
    if not shape:
        return "any"
    if "items" in shape:
        return "array of " + _describe_shape(shape["items"])
    if "values" in shape:
        return "map of " + _describe_shape(shape["values"])
    return str(shape.get("type", "any")) + (" enum" if shape.get("enum") else "")


def _members(schema: dict[str, Any]) -> str:
    """A new component in a line: its fields or its values."""
    if "enum" in schema:
        return "enum " + ", ".join(repr(v) for v in schema["enum"])
    if "properties" in schema:
        return "object with " + ", ".join(schema["properties"])
    return _describe(schema)


def _insert_sorted(mapping: dict[str, Any], key: str, value: Any) -> dict[str, Any]:
    """``mapping`` with ``key`` added before the first existing key that sorts after it."""
    items = list(mapping.items())
    at = next((n for n, (k, _) in enumerate(items) if k > key and k != "Error"), len(items))
    items.insert(at, (key, value))
    return dict(items)


class Merger:
    """Applies base→theirs to ours, writing what it does into a ``Report``."""

    def __init__(self, base: dict[str, Any], theirs: dict[str, Any], ours: dict[str, Any]) -> None:
        self.base, self.theirs = base, theirs
        self.out = copy.deepcopy(ours)
        self.report = Report()
        self.request_schemas = self._request_side(theirs) | self._request_side(base)
        self.shared_definitions: dict[tuple[str, str], dict[str, Any]] = {}

    # -- helpers ------------------------------------------------------------------------------
    def _request_side(self, spec: dict[str, Any]) -> set[str]:
        """Components reached from a request body (a new required field there breaks callers)."""
        schemas = spec["components"]["schemas"]
        todo = [
            op["requestBody"]["content"]["application/json"]["schema"]
            for _, _, op in _operations(spec)
            if "requestBody" in op
        ]
        seen: set[str] = set()
        while todo:
            node = todo.pop()
            if isinstance(node, dict):
                target = node.get("$ref")
                if isinstance(target, str):
                    name = target.rsplit("/", 1)[-1]
                    if name not in seen and name in schemas:
                        seen.add(name)
                        todo.append(schemas[name])
                todo.extend(node.values())
            elif isinstance(node, list):
                todo.extend(node)
        return seen

    def _resolve_param(self, param: dict[str, Any]) -> dict[str, Any]:
        target = param.get("$ref")
        if isinstance(target, str):
            name = target.rsplit("/", 1)[-1]
            found: dict[str, Any] = self.out["components"].get("parameters", {}).get(name, {})
            return found
        return param

    # -- the generic three-way rule ------------------------------------------------------------
    def value(self, b: Any, t: Any, o: Any, subject: str, where: str) -> Any:
        """Merge one value: dicts key by key, anything else whole."""
        if b == t:
            return o
        if isinstance(b, dict) and isinstance(t, dict) and isinstance(o, dict):
            return self.mapping(b, t, o, subject, where)
        if o == b:
            self._changed(b, t, subject, where)
            return copy.deepcopy(t)
        if o != t:
            self.report.note(
                "todo",
                subject,
                f"{where}: the page changed {b!r:.60} to {t!r:.60}; the spec's {o!r:.60} was kept",
            )
        return o

    def _changed(self, b: Any, t: Any, subject: str, where: str) -> None:
        """Report a plain change taken from the page (type changes are reported as breaking
        where the field is, and response examples hold placeholders only)."""
        key = where.rsplit(".", 1)[-1]
        if key in _SILENT or not where:
            return
        if key in ("description", "summary"):
            self.report.note("changed", subject, f"{where}: reworded")
        else:
            self.report.note("changed", subject, f"{where}: {b!r:.60} -> {t!r:.60}")

    def mapping(
        self, b: dict[str, Any], t: dict[str, Any], o: dict[str, Any], subject: str, where: str
    ) -> dict[str, Any]:
        out = dict(o)
        if "enum" in b or "enum" in t:
            self.enum(b, t, out, subject, where)
        if "properties" in b or "properties" in t:
            self.properties(b, t, out, subject)
        for key in list(dict.fromkeys([*b, *t])):
            if key in ("enum", "x-enum-varnames", "properties", "required") and (
                "enum" in b or "enum" in t or "properties" in b or "properties" in t
            ):
                continue
            at = f"{where}.{key}" if where else key
            if key not in b:
                if key not in out:
                    out[key] = copy.deepcopy(t[key])
                elif out[key] != t[key]:
                    out[key] = self.value({}, t[key], out[key], subject, at)
            elif key not in t:
                if key in out and out[key] == b[key]:
                    del out[key]
                elif key in out:
                    self.report.note(
                        "todo", subject, f"{at}: the page dropped it; the spec's own value was kept"
                    )
            elif key in out:
                out[key] = self.value(b[key], t[key], out[key], subject, at)
            else:
                self.report.note(
                    "todo", subject, f"{at}: the page changed it, but the spec had removed it"
                )
        return out

    # -- schemas --------------------------------------------------------------------------------
    def enum(
        self, b: dict[str, Any], t: dict[str, Any], out: dict[str, Any], subject: str, where: str
    ) -> None:
        old, new = list(b.get("enum", [])), list(t.get("enum", []))
        values = list(out.get("enum", []))
        names = list(out.get("x-enum-varnames", []))
        named = len(names) == len(values)
        ordered = values == sorted(values, key=str)
        label = f"{where} " if where else ""
        for value in new:
            if value in old or value in values:
                continue
            member = suggested_name(str(value))
            if named and member in names:
                owner = values[names.index(member)]
                self.report.collisions.append(
                    f"{subject}: {label}new value {value!r} would be named {member}, "
                    f"which already names {owner!r}"
                )
                continue
            at = bisect.bisect(values, value) if ordered else len(values)
            values.insert(at, value)
            if named:
                names.insert(at, member)
            self.report.note("added", subject, f"{label}enum value {value!r} ({member})")
        gone = [v for v in old if v not in new and v in values]
        if gone:
            marked = list(out.get(DEPRECATED_VALUES, []))
            for value in gone:
                if value not in marked:
                    marked.append(value)
                    self.report.note(
                        "deprecated", subject, f"{label}enum value {value!r}: no longer listed"
                    )
            out[DEPRECATED_VALUES] = marked
        back = [v for v in out.get(DEPRECATED_VALUES, []) if v in new and v not in old]
        if back:
            out[DEPRECATED_VALUES] = [v for v in out[DEPRECATED_VALUES] if v not in back]
            if not out[DEPRECATED_VALUES]:
                del out[DEPRECATED_VALUES]
        if values:
            out["enum"] = values
        if named and names:
            out["x-enum-varnames"] = names

    def properties(
        self, b: dict[str, Any], t: dict[str, Any], out: dict[str, Any], subject: str
    ) -> None:
        bp, tp = b.get("properties", {}), t.get("properties", {})
        props = dict(out.get("properties", {}))
        breq, treq = set(b.get("required", [])), set(t.get("required", []))
        required = list(out.get("required", []))
        request = subject.removeprefix("schema ") in self.request_schemas
        for name, schema in tp.items():
            if name in bp:
                continue
            flag = "required" if name in treq else "optional"
            if name not in props:
                props[name] = copy.deepcopy(schema)
                self.report.note("added", subject, f"field {name} ({_describe(schema)}, {flag})")
                if name in treq and request:
                    self.report.note("breaking", subject, f"field {name} is required in requests")
            if name in treq and name not in required:
                required.append(name)
        for name, schema in bp.items():
            if name in tp:
                if _shape(schema) != _shape(tp[name]):
                    self.report.note(
                        "breaking",
                        subject,
                        f"field {name}: type {_describe(schema)} -> {_describe(tp[name])}",
                    )
                if name in props:
                    props[name] = self.value(schema, tp[name], props[name], subject, name)
                if name in treq and name not in breq:
                    self.report.note("breaking", subject, f"field {name} became required")
                    if name not in required:
                        required.append(name)
                elif name in breq and name not in treq:
                    kind = "changed" if request else "breaking"
                    self.report.note(kind, subject, f"field {name} became optional")
                    required = [r for r in required if r != name]
                continue
            if name not in props:
                continue
            if not props[name].get("deprecated"):
                props[name] = _deprecated(props[name])
                self.report.note("deprecated", subject, f"field {name}: no longer listed")
            if name in required:
                required = [r for r in required if r != name]
                self.report.note(
                    "breaking",
                    subject,
                    f"field {name} was required and is no longer listed: now optional",
                )
        if props:
            out["properties"] = props
        if required:
            out["required"] = required
        elif "required" in out:
            del out["required"]

    def schemas(self) -> None:
        bs = self.base["components"]["schemas"]
        ts = self.theirs["components"]["schemas"]
        os_ = self.out["components"]["schemas"]
        for name in sorted(set(ts) - set(bs)):
            if name in os_:
                if os_[name] != ts[name]:
                    self.report.collisions.append(
                        f"schema {name}: the page needs a new component of this name, "
                        "but the spec already has a different one"
                    )
                continue
            os_ = _insert_sorted(os_, name, copy.deepcopy(ts[name]))
            self.report.note("added", f"schema {name}", f"new component: {_members(ts[name])}")
        for name in sorted(set(bs) & set(ts)):
            if name in os_:
                os_[name] = self.value(bs[name], ts[name], os_[name], f"schema {name}", "")
            elif bs[name] != ts[name]:
                self.report.note(
                    "todo", f"schema {name}", "the page changed it, but the spec had removed it"
                )
        self.out["components"]["schemas"] = os_

    # -- operations ---------------------------------------------------------------------------
    def operations(self) -> None:
        base_ops = {(p, m): op for p, m, op in _operations(self.base)}
        their_ops = {(p, m): op for p, m, op in _operations(self.theirs)}
        shared = self._shared_parameters(base_ops, their_ops)
        taken = {
            (tuple(op.get("tags", [])), op.get("x-method-name"))
            for _, _, op in _operations(self.out)
        }
        paths = self.out["paths"]
        for key in sorted(set(their_ops) - set(base_ops)):
            path, method = key
            op = copy.deepcopy(their_ops[key])
            subject = f"operation {op['operationId']}"
            if (path in paths and method in paths[path]) or any(
                o.get("operationId") == op["operationId"] for _, _, o in _operations(self.out)
            ):
                self.report.collisions.append(
                    f"{subject} ({method} {path}): the spec already has this operation or name"
                )
                continue
            name = build_spec.snake(op["summary"])
            if (tuple(op.get("tags", [])), name) in taken:
                self.report.collisions.append(
                    f"{subject}: method name {name!r} is already taken in its tag"
                )
                continue
            op["x-method-name"] = name
            op["x-retry-safe"] = False
            op["parameters"] = [self._shared_ref(p, shared) for p in op.get("parameters", [])]
            if not op["parameters"]:
                del op["parameters"]
            self.report.note(
                "added", subject, f"new operation {method.upper()} {path}, method {name}"
            )
            self.report.note(
                "todo", subject, "x-retry-safe: false until someone checks it is safe to repeat"
            )
            public = {"publicAuthToken": []} in op.get("security", [])
            self.report.note(
                "todo",
                subject,
                "public-token access as the page states it"
                if public
                else "no public-token access (the page does not state it)",
            )
            if path not in paths:
                paths = _insert_sorted(paths, path, {})
            paths[path][method] = op
        self.out["paths"] = paths
        for key in sorted(set(base_ops) & set(their_ops)):
            path, method = key
            mine = paths.get(path, {}).get(method)
            subject = f"operation {base_ops[key]['operationId']}"
            if mine is None:
                if base_ops[key] != their_ops[key]:
                    self.report.note(
                        "todo", subject, "the page changed it; the spec has no such operation"
                    )
                continue
            paths[path][method] = self.operation(
                base_ops[key], their_ops[key], mine, subject, shared
            )
        for key in sorted(set(base_ops) - set(their_ops)):
            path, method = key
            mine = paths.get(path, {}).get(method)
            if mine is not None and not mine.get("deprecated"):
                mine["deprecated"] = True
                self.report.note(
                    "deprecated",
                    f"operation {mine.get('operationId', base_ops[key]['operationId'])}",
                    f"{method.upper()} {path}: no longer listed",
                )

    def operation(
        self,
        b: dict[str, Any],
        t: dict[str, Any],
        o: dict[str, Any],
        subject: str,
        shared: dict[tuple[str, str], str],
    ) -> dict[str, Any]:
        bparams = {(p["in"], p["name"]): p for p in b.get("parameters", [])}
        tparams = {(p["in"], p["name"]): p for p in t.get("parameters", [])}
        mine = list(o.get("parameters", []))
        index = {
            (r["in"], r["name"]): n
            for n, r in ((n, self._resolve_param(p)) for n, p in enumerate(mine))
            if "in" in r
        }
        for key, param in tparams.items():
            if key in bparams or key in index:
                continue
            mine.append(self._shared_ref(param, shared))
            if key not in shared:
                flag = "required" if param.get("required") else "optional"
                self.report.note(
                    "added",
                    subject,
                    f"{key[0]} parameter {key[1]} ({_describe(param.get('schema'))}, {flag})",
                )
                if param.get("required"):
                    self.report.note(
                        "breaking", subject, f"{key[0]} parameter {key[1]} is required"
                    )
        for key, param in bparams.items():
            if key not in index:
                continue
            n = index[key]
            if "$ref" in mine[n]:
                continue  # a shared parameter is merged once, as a component
            if key in tparams:
                if _shape(param.get("schema")) != _shape(tparams[key].get("schema")):
                    self.report.note(
                        "breaking",
                        subject,
                        f"{key[0]} parameter {key[1]}: type {_describe(param.get('schema'))} -> "
                        f"{_describe(tparams[key].get('schema'))}",
                    )
                if tparams[key].get("required") and not param.get("required"):
                    self.report.note(
                        "breaking", subject, f"{key[0]} parameter {key[1]} became required"
                    )
                mine[n] = self.value(
                    param, tparams[key], mine[n], subject, f"{key[0]} parameter {key[1]}"
                )
            elif not mine[n].get("deprecated"):
                mine[n] = {**mine[n], "deprecated": True}
                if mine[n].get("required"):
                    mine[n]["required"] = False
                self.report.note(
                    "deprecated", subject, f"{key[0]} parameter {key[1]}: no longer listed"
                )
        out = dict(o)
        if mine:
            out["parameters"] = mine
        rest_b = {k: v for k, v in b.items() if k != "parameters"}
        rest_t = {k: v for k, v in t.items() if k != "parameters"}
        rest_o = {k: v for k, v in out.items() if k != "parameters"}
        merged = self.value(rest_b, rest_t, rest_o, subject, "")
        result = {k: v for k, v in merged.items()}
        if mine:
            # Keep the parameters where the spec has them.
            ordered: dict[str, Any] = {}
            for k in o:
                if k == "parameters":
                    ordered[k] = mine
                elif k in result:
                    ordered[k] = result[k]
            for k in result:
                ordered.setdefault(k, result[k])
            if "parameters" not in ordered:
                ordered = _insert_after(ordered, "description", "parameters", mine)
            result = ordered
        return result

    # -- shared parameters --------------------------------------------------------------------
    def _shared_parameters(
        self,
        base_ops: dict[tuple[str, str], dict[str, Any]],
        their_ops: dict[tuple[str, str], dict[str, Any]],
    ) -> dict[tuple[str, str], str]:
        """A parameter every existing operation gains, alike everywhere: one component, which
        a new operation with the same parameter references too."""
        gained: dict[tuple[str, str], list[dict[str, Any]]] = {}
        existing_ops = [key for key in their_ops if key in base_ops]
        for key in existing_ops:
            op = their_ops[key]
            before = {(p["in"], p["name"]) for p in base_ops[key].get("parameters", [])}
            for param in op.get("parameters", []):
                pkey = (param["in"], param["name"])
                if pkey not in before and param["in"] != "path":
                    gained.setdefault(pkey, []).append(param)
        shared: dict[tuple[str, str], str] = {}
        if "parameters" not in self.out["components"]:
            # Where OpenAPI's own examples put it: before the schemas.
            self.out["components"] = _insert_before(self.out["components"], "schemas", "parameters")
        components = self.out["components"]["parameters"]
        for pkey, params in sorted(gained.items()):
            if len(existing_ops) < 2 or len(params) != len(existing_ops):
                continue
            if any(p != params[0] for p in params[1:]):
                self.report.note(
                    "todo",
                    "all operations",
                    f"{pkey[0]} parameter {pkey[1]} is added to every operation, but not alike "
                    "everywhere: kept per operation",
                )
                continue
            name = build_spec.pascal(pkey[1])
            entry = {**copy.deepcopy(params[0]), CLIENT_OPTION: build_spec.snake(pkey[1])}
            existing = [
                key
                for key, value in components.items()
                if (value.get("in"), value.get("name")) == pkey
            ]
            if existing:
                # The spec already shares this parameter (under its own name and wording).
                name, entry = existing[0], components[existing[0]]
            elif name in components:
                self.report.collisions.append(
                    f"components/parameters/{name}: the shared parameter {pkey[1]} needs this "
                    "name, but the spec already has a different one"
                )
                continue
            components[name] = entry
            shared[pkey] = name
            self.shared_definitions[pkey] = params[0]
            flag = "required" if params[0].get("required") else "optional"
            self.report.note(
                "added",
                "all operations",
                f"{pkey[0]} parameter {pkey[1]} ({_describe(params[0].get('schema'))}, {flag}), "
                f"shared as components/parameters/{name}; client-wide option "
                f"{build_spec.snake(pkey[1])}",
            )
            if params[0].get("required"):
                self.report.note(
                    "breaking", "all operations", f"{pkey[0]} parameter {pkey[1]} is required"
                )
        if not components:
            del self.out["components"]["parameters"]
        return shared

    def _shared_ref(
        self, param: dict[str, Any], shared: dict[tuple[str, str], str]
    ) -> dict[str, Any]:
        key = (param["in"], param["name"])
        name = shared.get(key)
        if name and param == self.shared_definitions[key]:
            return {"$ref": f"#/components/parameters/{name}"}
        return copy.deepcopy(param)

    def run(self) -> tuple[dict[str, Any], Report]:
        self.operations()
        self.schemas()
        for section in ("securitySchemes", "responses"):
            b = self.base["components"].get(section, {})
            t = self.theirs["components"].get(section, {})
            o = self.out["components"].get(section, {})
            self.out["components"][section] = self.value(b, t, o, f"components {section}", "")
        return self.out, self.report


def _insert_before(mapping: dict[str, Any], before: str, key: str) -> dict[str, Any]:
    """``mapping`` with ``key`` (an empty mapping) added before ``before`` (or last)."""
    items = list(mapping.items())
    at = next((n for n, (k, _) in enumerate(items) if k == before), len(items))
    items.insert(at, (key, {}))
    return dict(items)


def _insert_after(mapping: dict[str, Any], after: str, key: str, value: Any) -> dict[str, Any]:
    items = list(mapping.items())
    at = next((n + 1 for n, (k, _) in enumerate(items) if k == after), len(items))
    items.insert(at, (key, value))
    return dict(items)


def _deprecated(schema: dict[str, Any]) -> dict[str, Any]:
    """A field schema marked deprecated (a bare ``$ref`` is wrapped: its siblings are ignored)."""
    if "$ref" in schema:
        return {"allOf": [schema], "deprecated": True}
    return {**schema, "deprecated": True}


def merge(
    base: dict[str, Any], theirs: dict[str, Any], ours: dict[str, Any]
) -> tuple[dict[str, Any], Report]:
    """Apply every base→theirs change to ours; the merged spec and what was done."""
    return Merger(base, theirs, ours).run()


# -- files --------------------------------------------------------------------------------------
def write_changelog(path: Path, entry: str) -> None:
    """Add ``entry``'s items to the ``[Unreleased]`` section of a Keep a Changelog file."""
    header = (
        "# Changelog\n\nAll notable changes to this project are documented here. The format follows "
        "[Keep a Changelog](https://keepachangelog.com/en/1.1.0/), and the project uses "
        "[Semantic Versioning](https://semver.org/spec/v2.0.0.html).\n\n"
    )
    text = path.read_text(encoding="utf-8") if path.exists() else header
    sections = _sections(entry)
    match = re.search(r"^## \[Unreleased\][^\n]*\n", text, re.M)
    if match is None:
        first = re.search(r"^## ", text, re.M)
        at = first.start() if first else len(text)
        text = text[:at] + entry.rstrip("\n") + "\n\n" + text[at:]
    else:
        end_match = re.search(r"^## ", text[match.end() :], re.M)
        end = match.end() + (end_match.start() if end_match else len(text) - match.end())
        current = _sections(text[match.start() : end])
        for title, lines in sections.items():
            have = current.setdefault(title, [])
            have += [line for line in lines if line not in have]
        body = "".join(f"### {t}\n\n" + "\n".join(v) + "\n\n" for t, v in current.items() if v)
        text = text[: match.end()] + "\n" + body + text[end:]
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def _sections(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("### "):
            current = out.setdefault(line[4:].strip(), [])
        elif line.startswith("- ") and current is not None:
            current.append(line)
    return out


@dataclass
class Outcome:
    report: Report
    spec_changed: bool
    written: bool


def update(
    page: str,
    *,
    root: Path = ROOT,
    write: bool = True,
) -> Outcome:
    """Merge a page into the spec under ``root``; write spec, reference, index and changelog."""
    spec_path = root / "openapi" / "scenario-assets.yaml"
    reference_path = root / "openapi" / "reference" / REFERENCE_PATH.name
    index_path = root / "openapi" / "reference-index.json"
    theirs = draft(page)
    index = reference_index.extract(page)
    base = draft(reference_path.read_text(encoding="utf-8"))
    spec_text = spec_path.read_text(encoding="utf-8")
    ours = yaml.safe_load(spec_text)
    merged, report = merge(base, theirs, ours)
    if report.collisions or not write:
        return Outcome(report, merged != ours, False)
    changed = merged != ours
    if changed:
        spec_path.write_text(build_spec.render(merged), encoding="utf-8")
    if reference_path.read_text(encoding="utf-8") != page:
        reference_path.write_text(page, encoding="utf-8")
    rendered = reference_index.render(index)
    if not index_path.exists() or index_path.read_text(encoding="utf-8") != rendered:
        index_path.write_text(rendered, encoding="utf-8")
    if not report.empty:
        write_changelog(root / "CHANGELOG.md", report.changelog_entry())
    return Outcome(report, changed, True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="the newer reference page")
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to update")
    parser.add_argument("--no-regen", action="store_true", help="do not run codegen.sh")
    parser.add_argument("--test", action="store_true", help="run make test after regenerating")
    parser.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    args = parser.parse_args(argv)
    if not args.reference.is_file():
        parser.error(f"no reference page at {args.reference}")
    page = args.reference.read_text(encoding="utf-8")
    try:
        outcome = update(page, root=args.root, write=not args.dry_run)
    except ValueError as exc:
        print(f"spec-update: {args.reference}: {exc}; nothing was written", file=sys.stderr)
        return 2
    report = outcome.report
    if report.collisions:
        print("spec-update: names collide; nothing was written:", file=sys.stderr)
        print("\n".join(f"  - {c}" for c in report.collisions), file=sys.stderr)
        return 1
    print(report.render())
    if not report.empty:
        print("\nCHANGELOG.md entry:\n")
        print(report.changelog_entry())
    if args.dry_run:
        return 0
    if not outcome.spec_changed:
        print("spec-update: the spec is unchanged; make test is not needed for it.")
        return 0
    if args.no_regen:
        print("spec-update: the spec changed: run make regen, then make test.")
        return 0
    # The interpreter running this script is the project's: codegen.sh uses its tools.
    env = {**os.environ, "VENV_BIN": os.environ.get("VENV_BIN", str(Path(sys.executable).parent))}
    regen = subprocess.run(["./codegen.sh"], cwd=args.root, env=env, check=False)
    if regen.returncode != 0:
        print("spec-update: make regen failed (see above); the spec is written.", file=sys.stderr)
        return regen.returncode
    if not args.test:
        print("spec-update: regenerated; make test is needed (run it, or pass TEST=1).")
        return 0
    test = subprocess.run(["make", "test"], cwd=args.root, check=False)
    print(f"spec-update: make test {'passed' if test.returncode == 0 else 'FAILED'}.")
    return test.returncode


if __name__ == "__main__":
    raise SystemExit(main())
