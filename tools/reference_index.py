"""The facts of the API reference, as a committed index the tests can read.

Usage::

    make spec-draft REFERENCE=PATH            # what changed, and what the spec lacks
    make spec-draft REFERENCE=PATH WRITE=1    # and update the committed index

The API reference is prose (one long line of markdown, see ``tools/reference.py``); tests must
not need it, since a clone of this repository has nothing beside it. This module extracts from it
the facts the spec must keep saying, and ``openapi/reference-index.json`` holds them:

* every operation: method, path, tag, whether it accepts the public token;
* every parameter, body field and response field at every depth, by dotted path (array levels
  are ``[]``): its type (``string``, ``number``, ``boolean``, ``true``, ``unknown``, ``map``,
  ``enum``, ``object``, or ``array of ...``), whether it is required, its enum values, whether it
  is described (parameter descriptions are kept as text: the spec must quote them);
* the digest of each operation's response example;
* the limits stated in prose (page sizes, id-list caps), with the phrase each comes from.

``tools/spec_fidelity.py`` checks the spec against this index. When a new reference text is at
hand, ``make spec-draft REFERENCE=path`` re-extracts the index and prints the differences.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import reference as ref
from build_spec import PROSE_LIMITS, PUBLIC_ACCESS, operation_id

ROOT = Path(__file__).resolve().parent.parent
INDEX_PATH = ROOT / "openapi" / "reference-index.json"

# The 1000-asset cap of batch downloads is stated in the operation's summary, not on a field.
BATCH_LIMIT = (
    "requestBatchDownload",
    "body",
    "query.assetIds",
    r"limited to 1000 assets",
    {"maxItems": 1000},
)


def type_name(tref: ref.TypeRef) -> str:
    """A reference type as one word (``array of enum`` for nested kinds)."""
    if tref.kind == "array":
        assert tref.items is not None
        return "array of " + type_name(tref.items)
    return tref.kind


def _fields(fields: list[ref.Field], *, keep_text: bool = False) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for path, fld in ref.walk(fields):
        inner, _ = ref.innermost(fld.type)
        fact: dict[str, Any] = {"type": type_name(fld.type), "required": fld.required}
        if inner.kind == "enum":
            fact["enum"] = sorted(inner.values)
        if keep_text and fld.description:
            fact["description"] = fld.description
        else:
            fact["described"] = bool(fld.description)
        out[path] = fact
    return out


def example_digest(example: Any) -> str:
    """sha256 of an example body in canonical JSON (sorted keys, no spaces)."""
    text = json.dumps(example, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def extract(text: str) -> dict[str, Any]:
    """The index of a reference text (raises ``ValueError`` if the text cannot be read whole)."""
    ops = ref.parse(text)
    walked = sum(
        len(ref.walk(fields))
        for op in ops
        for fields in (
            op.path_params,
            op.query_params,
            op.header_params,
            op.body_params,
            op.returns,
        )
    )
    if walked != ref.count_field_lines(text):
        raise ValueError(
            f"the reader consumed {walked} of {ref.count_field_lines(text)} field lines"
        )
    operations: dict[str, Any] = {}
    for op in ops:
        op_id = operation_id(op)
        if op_id in operations:
            raise ref.ReferenceError(op.line, f"a second operation named {op_id}")
        params = {
            **{f"path.{k}": v for k, v in _fields(op.path_params, keep_text=True).items()},
            **{f"query.{k}": v for k, v in _fields(op.query_params, keep_text=True).items()},
            **{f"header.{k}": v for k, v in _fields(op.header_params, keep_text=True).items()},
        }
        operations[op_id] = {
            "method": op.method,
            "path": op.path,
            "tag": op.section.lower(),
            "public": bool(PUBLIC_ACCESS.search(op.summary)),
            "parameters": params,
            "body": _fields(op.body_params),
            "response": _fields(op.returns),
            "response_example_sha256": example_digest(op.response_example),
        }
    return {
        "about": "Facts of the API reference (tools/reference_index.py); the spec must keep "
        "saying all of them (tools/spec_fidelity.py).",
        "operations": dict(sorted(operations.items())),
        "limits": _limits(ops),
    }


def _limits(ops: list[ref.Operation]) -> list[dict[str, Any]]:
    by_id = {operation_id(o): o for o in ops}
    out: list[dict[str, Any]] = []
    for op_id, where, name, prose, additions in PROSE_LIMITS:
        if op_id not in by_id:
            continue  # the page no longer has the operation, nor its limits
        fields = by_id[op_id].query_params if where == "query" else by_id[op_id].body_params
        found_fields = [f for f in fields if f.name == name]
        if not found_fields:
            continue  # the page no longer has the field, nor its limit
        (fld,) = found_fields
        found = re.search(prose, fld.description)
        if not found:
            raise ValueError(f"{op_id}.{name}: the reference no longer says {prose!r}")
        keywords = {k: v for k, v in additions.items() if k != "type"}
        out.append(
            {
                "operation": op_id,
                "in": where,
                "name": name,
                "schema": keywords,
                "prose": found.group(0),
            }
        )
    op_id, where, name, prose, keywords = BATCH_LIMIT
    if op_id not in by_id:
        return out
    found = re.search(prose, by_id[op_id].summary)
    if not found:
        raise ValueError(f"{op_id}: the reference no longer says {prose!r}")
    out.append(
        {"operation": op_id, "in": where, "name": name, "schema": keywords, "prose": found.group(0)}
    )
    return out


def render(index: dict[str, Any]) -> str:
    """The index as committed: one fact per line, so a review sees each change on its own."""

    def one(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    out = ["{", f' "about": {one(index["about"])},', ' "operations": {']
    ops = list(index["operations"].items())
    for n, (op_id, op) in enumerate(ops):
        out.append(f"  {one(op_id)}: {{")
        for key in ("method", "path", "tag", "public", "response_example_sha256"):
            out.append(f"   {one(key)}: {one(op[key])},")
        sections = ("parameters", "body", "response")
        for m, section in enumerate(sections):
            facts = list(op[section].items())
            if not facts:
                out.append(f"   {one(section)}: {{}}" + ("," if m < len(sections) - 1 else ""))
                continue
            out.append(f"   {one(section)}: {{")
            out += [
                f"    {one(path)}: {one(fact)}" + ("," if k < len(facts) - 1 else "")
                for k, (path, fact) in enumerate(facts)
            ]
            out.append("   }" + ("," if m < len(sections) - 1 else ""))
        out.append("  }" + ("," if n < len(ops) - 1 else ""))
    out.append(" },")
    out.append(' "limits": [')
    limits = index["limits"]
    out += [f"  {one(x)}" + ("," if k < len(limits) - 1 else "") for k, x in enumerate(limits)]
    out += [" ]", "}"]
    text = "\n".join(out) + "\n"
    assert json.loads(text) == index
    return text


def load(path: Path = INDEX_PATH) -> dict[str, Any]:
    """The committed index."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """Readable differences between two indexes (``+`` new in ``new``, ``-`` gone, ``~`` changed)."""
    lines: list[str] = []
    old_ops, new_ops = old["operations"], new["operations"]
    for op_id in sorted(set(old_ops) | set(new_ops)):
        if op_id not in new_ops:
            lines.append(f"- operation {op_id}")
            continue
        if op_id not in old_ops:
            lines.append(
                f"+ operation {op_id} ({new_ops[op_id]['method']} {new_ops[op_id]['path']})"
            )
            continue
        a, b = old_ops[op_id], new_ops[op_id]
        for key in ("method", "path", "tag", "public", "response_example_sha256"):
            if a[key] != b[key]:
                lines.append(f"~ {op_id}.{key}: {a[key]!r} -> {b[key]!r}")
        for section in ("parameters", "body", "response"):
            fa, fb = a[section], b[section]
            for path in sorted(set(fa) | set(fb)):
                where = f"{op_id} {section} {path}"
                if path not in fb:
                    lines.append(f"- {where}")
                elif path not in fa:
                    lines.append(f"+ {where}: {_brief(fb[path])}")
                elif fa[path] != fb[path]:
                    lines.append(f"~ {where}: {_changes(fa[path], fb[path])}")
    old_limits = {json.dumps(x, sort_keys=True) for x in old["limits"]}
    new_limits = {json.dumps(x, sort_keys=True) for x in new["limits"]}
    lines += [f"- limit {x}" for x in sorted(old_limits - new_limits)]
    lines += [f"+ limit {x}" for x in sorted(new_limits - old_limits)]
    return lines


def _brief(fact: dict[str, Any]) -> str:
    text = f"{fact['type']}{'' if fact['required'] else ', optional'}"
    if "enum" in fact:
        text += f", {len(fact['enum'])} values"
    return text


def _changes(a: dict[str, Any], b: dict[str, Any]) -> str:
    parts = []
    for key in sorted(set(a) | set(b)):
        if key == "enum" and key in a and key in b:
            added = sorted(set(b[key]) - set(a[key]))
            gone = sorted(set(a[key]) - set(b[key]))
            parts.append(f"enum +{added} -{gone}")
        elif a.get(key) != b.get(key):
            parts.append(f"{key}: {a.get(key)!r} -> {b.get(key)!r}")
    return "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, required=True, help="the API reference text")
    parser.add_argument("--index", type=Path, default=INDEX_PATH)
    parser.add_argument("--write", action="store_true", help="update the committed index")
    args = parser.parse_args(argv)
    if not args.reference.is_file():
        parser.error(f"no reference text at {args.reference}")
    fresh = extract(args.reference.read_text(encoding="utf-8"))
    current = load(args.index) if args.index.exists() else {"operations": {}, "limits": []}
    changes = diff(current, fresh)
    if changes:
        print(f"{len(changes)} differences between {args.index.name} and {args.reference}:")
        print("\n".join("  " + line for line in changes))
    else:
        print(f"{args.index.name} matches {args.reference}")
    import spec_fidelity  # (imports this module)

    report = spec_fidelity.compare(fresh, spec_fidelity.load_spec())
    if report.lost:
        print(f"The spec does not yet say {len(report.lost)} facts of this reference:")
        print("\n".join("  - " + line for line in report.lost_lines))
    else:
        print("The spec says everything this reference says.")
    if args.write:
        args.index.write_text(render(fresh), encoding="utf-8")
        print(f"wrote {args.index}")
    elif changes:
        print("Accept the new facts with: make spec-draft REFERENCE=... WRITE=1")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
