"""Does the spec still say everything the API reference says? And what does it add?

Usage: ``python tools/spec_fidelity.py [--spec PATH] [--index PATH]`` prints the report and
exits 1 when a reference fact is lost.

The facts come from ``openapi/reference-index.json`` (see ``tools/reference_index.py``). The
spec may grow, as the real API does: new optional fields, parameters, enum values and whole
operations are *additions*, listed in the report. What fails is a *loss*: a reference field,
parameter, enum value, limit, description, public access or required-ness that the spec no
longer states, or states differently.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reference_index

import scenario_assets_runtime as spec_reader

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "scenario-assets.yaml"


@dataclass
class Report:
    """Losses (each fails the check) and additions (reported), each a readable line.

    A line about a shared component (``Asset.mimeType``) is listed once, with the operations
    it was seen in.
    """

    lost: dict[str, set[str]] = field(default_factory=dict)
    added: dict[str, set[str]] = field(default_factory=dict)
    notes: dict[str, set[str]] = field(default_factory=dict)

    def lose(self, what: str, op_id: str) -> None:
        self.lost.setdefault(what, set()).add(op_id)

    def add(self, what: str, op_id: str) -> None:
        self.added.setdefault(what, set()).add(op_id)

    def note(self, what: str, op_id: str) -> None:
        self.notes.setdefault(what, set()).add(op_id)

    @staticmethod
    def _lines(entries: dict[str, set[str]]) -> list[str]:
        out = []
        for what in sorted(entries):
            ops = sorted(entries[what])
            where = ops[0] if len(ops) == 1 else f"{len(ops)} operations"
            out.append(f"{what}  [{where}]")
        return out

    @property
    def lost_lines(self) -> list[str]:
        return self._lines(self.lost)

    @property
    def added_lines(self) -> list[str]:
        return self._lines(self.added)

    def render(self) -> str:
        parts = []
        if self.lost:
            parts.append(f"LOST: {len(self.lost)} reference facts the spec no longer states:")
            parts += ["  - " + line for line in self.lost_lines]
        parts.append(
            f"Additions beyond the API reference: {len(self.added)}"
            + (":" if self.added else " (the spec says what the reference says)")
        )
        parts += ["  + " + line for line in self.added_lines]
        if self.notes:
            parts.append("Notes:")
            parts += ["  ~ " + line for line in self._lines(self.notes)]
        return "\n".join(parts)


class _Spec:
    """The spec, read through the shared reader (``scenario_assets_runtime``'s ``resolve``)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, schema: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
        """The schema behind ``$ref`` / single ``allOf`` wrappers, and its component name."""
        return spec_reader.resolve(self.spec, schema)

    def operations(self) -> dict[str, tuple[str, str, dict[str, Any]]]:
        return spec_reader.operations(self.spec)

    def parameters(self, path: str, op: dict[str, Any]) -> list[dict[str, Any]]:
        """The operation's parameters, ``$ref`` resolved (a shared one names its component in
        ``x-shared``)."""
        return spec_reader.parameters(self.spec, path, op)

    def response(self, op: dict[str, Any]) -> dict[str, Any]:
        """The 200 response's JSON content (``$ref`` to ``components/responses`` followed)."""
        ok = spec_reader.deref(self.spec, op.get("responses", {}).get("200", {}))
        content: dict[str, Any] = ok.get("content", {}).get("application/json", {})
        return content


def _description(s: _Spec, schema: dict[str, Any]) -> str:
    text = schema.get("description") or s.resolve(schema)[0].get("description") or ""
    return str(text)


def _check_type(
    s: _Spec,
    kind: str,
    fact: dict[str, Any],
    schema: dict[str, Any],
    where: str,
    op_id: str,
    r: Report,
) -> None:
    """Compare a reference type word with a spec schema (losses and enum additions)."""
    resolved, name = s.resolve(schema)
    stype = resolved.get("type")
    if kind.startswith("array of "):
        if stype != "array":
            r.lose(f"{where}: type is {stype!r}, the reference says {kind}", op_id)
            return
        _check_type(
            s, kind[len("array of ") :], fact, resolved.get("items", {}), where + "[]", op_id, r
        )
        return
    expected = {
        "string": ("string",),
        "number": ("number", "integer"),
        "boolean": ("boolean",),
        "true": ("boolean",),
        "map": ("object",),
        "enum": ("string",),
        "object": ("object",),
    }.get(kind)
    if expected is None:  # `unknown`: any schema describes it
        return
    if stype not in expected:
        r.lose(f"{where}: type is {stype!r}, the reference says {kind}", op_id)
        return
    if kind == "map" and resolved.get("additionalProperties") in (None, False):
        r.lose(f"{where}: a map must allow additionalProperties", op_id)
    if kind == "enum":
        values = set(resolved.get("enum") or [])
        owner = name or where
        for value in sorted(set(fact.get("enum", [])) - values):
            r.lose(f"{owner}: enum value {value!r} missing", op_id)
        for value in sorted(values - set(fact.get("enum", []))):
            r.add(f"{owner}: enum value {value!r}", op_id)
        for value in resolved.get("x-enum-deprecated") or []:
            r.note(f"{owner}: enum value {value!r} deprecated", op_id)


def _check_fields(
    s: _Spec,
    facts: dict[str, dict[str, Any]],
    root: dict[str, Any],
    label: str,
    op_id: str,
    r: Report,
) -> None:
    """Walk every reference field path into ``root``; report losses and extra properties."""
    # path -> (resolved object schema, component name) of every object the reference describes
    objects: dict[str, tuple[dict[str, Any], str | None]] = {"": s.resolve(root)}
    for path, fact in facts.items():
        parent_path, _, leaf = path.rpartition(".")
        parent = objects.get(parent_path)
        where = f"{label} {path}"
        if parent is None:
            continue  # the parent's loss is reported already
        pschema, pname = parent
        props = pschema.get("properties") or {}
        owner = f"{pname}.{leaf}" if pname else where
        if leaf not in props:
            r.lose(f"{owner}: field missing ({fact['type']})", op_id)
            continue
        required = leaf in (pschema.get("required") or [])
        if required != fact["required"]:
            want = "required" if fact["required"] else "optional"
            r.lose(f"{owner}: the reference says {want}", op_id)
        schema = props[leaf]
        if schema.get("deprecated") or s.resolve(schema)[0].get("deprecated"):
            r.note(f"{owner}: deprecated", op_id)
        if fact.get("described") and not _description(s, schema):
            r.lose(f"{owner}: description lost", op_id)
        _check_type(s, fact["type"], fact, schema, owner, op_id, r)
        # Remember the object (inside any array levels) for its children.
        if fact["type"].endswith("object"):
            depth = fact["type"].count("array of ")
            node = s.resolve(schema)
            for _ in range(depth):
                node = s.resolve(node[0].get("items", {}))
            if node[0].get("type") == "object":
                objects[path + "[]" * depth] = node
    # Properties of described objects that the reference does not name: additions.
    for path, (schema, name) in objects.items():
        for prop in schema.get("properties") or {}:
            child = f"{path}.{prop}" if path else prop
            if child not in facts:
                optional = prop not in (schema.get("required") or [])
                what = f"{name}.{prop}" if name else f"{label} {child}"
                deprecated = (schema["properties"][prop] or {}).get("deprecated")
                flags = ("" if optional else " (required)") + (
                    " (deprecated)" if deprecated else ""
                )
                r.add(f"{what}{flags}", op_id)


def _lookup_body(s: _Spec, op: dict[str, Any], path: str) -> dict[str, Any] | None:
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "schema" not in body:
        return None
    node, _ = s.resolve(body["schema"])
    for part in path.split("."):
        props = node.get("properties") or {}
        if part not in props:
            return None
        node, _ = s.resolve(props[part])
    return node


def compare(index: dict[str, Any], spec: dict[str, Any]) -> Report:
    """The fidelity report of ``spec`` against a reference ``index``."""
    s = _Spec(spec)
    r = Report()
    spec_ops = s.operations()
    for op_id, facts in index["operations"].items():
        if op_id not in spec_ops:
            r.lose(f"operation {op_id} ({facts['method']} {facts['path']}) missing", op_id)
            continue
        method, path, op = spec_ops[op_id]
        if (method, path) != (facts["method"], facts["path"]):
            r.lose(
                f"{op_id}: is {method} {path}, the reference says {facts['method']} {facts['path']}",
                op_id,
            )
        if facts["tag"] not in op.get("tags", []):
            r.lose(f"{op_id}: tag {facts['tag']!r} missing", op_id)
        public = {"publicAuthToken": []} in op.get("security", [])
        if public != facts["public"]:
            if facts["public"]:
                r.lose(f"{op_id}: public-token access missing", op_id)
            else:
                r.add(f"{op_id}: public-token access", op_id)
        _check_parameters(s, op_id, s.parameters(path, op), facts["parameters"], r)
        _check_body(s, op_id, op, facts["body"], r)
        if op.get("deprecated"):
            r.note(f"{op_id}: deprecated", op_id)
        ok = s.response(op)
        if "schema" not in ok:
            r.lose(f"{op_id}: 200 response schema missing", op_id)
            continue
        if facts["response"]:
            _check_fields(s, facts["response"], ok["schema"], f"{op_id} response", op_id, r)
        if (
            "example" in ok
            and reference_index.example_digest(ok["example"]) != facts["response_example_sha256"]
        ):
            r.note(f"{op_id}: the response example differs from the reference's", op_id)
    for op_id, (method, path, op) in spec_ops.items():
        if op_id not in index["operations"]:
            r.add(f"operation {op_id} ({method} {path})", op_id)
            for param in s.parameters(path, op):
                _report_added_parameter(op_id, param, r)
    _check_limits(s, index["limits"], spec_ops, r)
    return r


def _check_parameters(
    s: _Spec,
    op_id: str,
    declared: list[dict[str, Any]],
    facts: dict[str, dict[str, Any]],
    r: Report,
) -> None:
    params = {f"{p['in']}.{p['name']}": p for p in declared}
    for key, fact in facts.items():
        where = f"{op_id} parameter {key}"
        if key not in params:
            r.lose(f"{where}: missing", op_id)
            continue
        param = params[key]
        if bool(param.get("required", False)) != fact["required"]:
            r.lose(
                f"{where}: the reference says {'required' if fact['required'] else 'optional'}",
                op_id,
            )
        _check_type(s, fact["type"], fact, param.get("schema", {}), where, op_id, r)
        if fact.get("description") and fact["description"] not in str(param.get("description", "")):
            r.lose(f"{where}: description lost or changed", op_id)
        if param.get("deprecated"):
            r.note(f"{where}: deprecated", op_id)
    for key, param in params.items():
        if key not in facts:
            _report_added_parameter(op_id, param, r)


def _report_added_parameter(op_id: str, param: dict[str, Any], r: Report) -> None:
    """One line per added parameter; a shared one (``$ref``) once for all its operations."""
    key = f"{param['in']}.{param['name']}"
    flags = "".join(f" ({word})" for word in ("required", "deprecated") if param.get(word))
    shared = param.get("x-shared")
    what = f"parameter {shared} ({key})" if shared else f"parameter {key}"
    r.add(what + flags, op_id)


def _check_body(
    s: _Spec, op_id: str, op: dict[str, Any], facts: dict[str, dict[str, Any]], r: Report
) -> None:
    body = op.get("requestBody")
    if not facts:
        if body is not None:
            r.add(f"{op_id}: request body", op_id)
        return
    if body is None:
        r.lose(f"{op_id}: request body missing", op_id)
        return
    must = any(f["required"] for path, f in facts.items() if "." not in path)
    if bool(body.get("required", False)) != must:
        r.lose(
            f"{op_id}: request body {'required' if must else 'optional'} in the reference", op_id
        )
    schema = body.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        r.lose(f"{op_id}: JSON request body schema missing", op_id)
        return
    _check_fields(s, facts, schema, f"{op_id} body", op_id, r)


def _check_limits(
    s: _Spec, limits: list[dict[str, Any]], spec_ops: dict[str, Any], r: Report
) -> None:
    for limit in limits:
        op_id = limit["operation"]
        if op_id not in spec_ops:
            continue  # reported as a missing operation
        op = spec_ops[op_id][2]
        if limit["in"] == "query":
            method_path = spec_ops[op_id][1]
            found = [p for p in s.parameters(method_path, op) if p["name"] == limit["name"]]
            schema = s.resolve(found[0].get("schema", {}))[0] if found else None
        else:
            schema = _lookup_body(s, op, limit["name"])
        where = f"{op_id} {limit['in']} {limit['name']}"
        if schema is None:
            continue  # reported as a missing field or parameter
        for keyword, value in limit["schema"].items():
            if schema.get(keyword) != value:
                r.lose(
                    f"{where}: {keyword} is {schema.get(keyword)!r}, the reference says {value!r} "
                    f"({limit['prose']!r})",
                    op_id,
                )


def load_spec(path: Path = SPEC_PATH) -> dict[str, Any]:
    """A spec file as plain data."""
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=SPEC_PATH)
    parser.add_argument("--index", type=Path, default=reference_index.INDEX_PATH)
    args = parser.parse_args(argv)
    report = compare(reference_index.load(args.index), load_spec(args.spec))
    print(report.render())
    return 1 if report.lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
