"""Refuse a spec whose enums would get unstable member names (run by ``codegen.sh``).

Usage: ``python tools/enum_names.py SPEC`` exits 1 with one line per problem;
``python tools/enum_names.py --write SPEC`` (``make enum-names``) first writes the missing
``x-enum-varnames`` into the spec with :func:`suggested_name`, touching no other line, for review
by diff.

openapi-python-client names a string enum's members from ``x-enum-varnames`` only when that list
is exactly as long as ``enum``; otherwise it derives every name from its value, and a value that
does not start with a letter (``3d``) gets a *positional* name, ``VALUE_<index>``. So adding one
value without adding its name silently renames existing members (``AssetKind.THREE_D`` becomes
``VALUE_0``), breaking users' code. This check refuses, naming the schema and the value:

* an enum with ``x-enum-varnames`` of another length than ``enum``, or with duplicate or
  non-identifier names;
* names that are paired with the wrong values (a value inserted in ``enum`` while its name was
  appended at the end of ``x-enum-varnames``);
* an enum without ``x-enum-varnames`` one of whose values would get a positional name;
* an unquoted enum value that YAML reads as a boolean, null or number (``on``, ``yes``,
  ``true``): the message says to quote it.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import snake_case

_DIGIT_WORDS = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")


def suggested_name(value: str) -> str:
    """The member name this project uses for a value (``3d-texture`` -> ``THREE_D_TEXTURE``)."""
    name = re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_").upper()
    if name and name[0].isdigit():
        name = _DIGIT_WORDS[int(name[0])] + "_" + name[1:]
    return name or "EMPTY"


def generated_name(value: str) -> str:
    """The member name openapi-python-client derives from a value starting with a letter (when
    the enum has no ``x-enum-varnames``): ``createdAt`` -> ``CREATEDAT``."""
    return snake_case(value.upper()).upper()


def _enums(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if isinstance(node.get("enum"), list) and node.get("type") == "string":
            yield where, node
        for key, value in node.items():
            yield from _enums(value, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _enums(value, f"{where}[{i}]")


def _label(where: str) -> str:
    prefix = "components.schemas."
    return where.removeprefix(prefix) if where.startswith(prefix) else where


def problems(spec: dict[str, Any]) -> list[str]:
    """Every reason the spec's enums would get unstable or wrong member names."""
    out: list[str] = []
    for where, schema in _enums(spec, ""):
        name = _label(where)
        values = [str(v) for v in schema["enum"]]
        names = schema.get("x-enum-varnames")
        if names is None:
            for index, value in enumerate(values):
                if not (value and value[0].isalpha()):
                    out.append(
                        f"{name}: value {value!r} would be named VALUE_{index} by its position; "
                        f"add x-enum-varnames (e.g. {suggested_name(value)!r})"
                    )
            continue
        names = [str(n) for n in names]
        if len(names) != len(values):
            unnamed = [v for v in values if suggested_name(v) not in names]
            which = ", ".join(repr(v) for v in unnamed) or "(cannot tell which)"
            out.append(
                f"{name}: {len(values)} enum values but {len(names)} x-enum-varnames; "
                f"every value needs a name at the same position. Unnamed: {which}"
                + (f" (e.g. {suggested_name(unnamed[0])!r})" if unnamed else "")
            )
            continue
        if len(set(names)) != len(names):
            dupes = sorted({n for n in names if names.count(n) > 1})
            out.append(f"{name}: duplicate x-enum-varnames {dupes}")
        for value, member in zip(values, names, strict=True):
            if not member.isidentifier() or member[0].isdigit():
                out.append(
                    f"{name}: x-enum-varnames {member!r} (for {value!r}) is not a valid name"
                )
            elif member != suggested_name(value) and suggested_name(value) in names:
                out.append(
                    f"{name}: value {value!r} is paired with {member!r}, but "
                    f"{suggested_name(value)!r} names another value: x-enum-varnames is out of "
                    "step with enum"
                )
    return out


# --------------------------------------------------------------------------------------
# YAML pitfalls: values YAML reads as something else than the string that was meant
# --------------------------------------------------------------------------------------

_NOT_STRINGS = {
    "tag:yaml.org,2002:bool": "a boolean",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
}


def _enum_nodes(node: yaml.Node) -> Iterator[tuple[yaml.MappingNode, yaml.SequenceNode]]:
    """Every mapping with an ``enum`` sequence (a schema), with that sequence."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == "enum" and isinstance(value, yaml.SequenceNode):
                yield node, value
            yield from _enum_nodes(value)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _enum_nodes(item)


def _is_string_schema(node: yaml.MappingNode) -> bool:
    return any(k.value == "type" and v.value == "string" for k, v in node.value)


def yaml_pitfalls(text: str) -> list[str]:
    """An unquoted enum value that YAML reads as a boolean, null or number in a string enum
    (``on``, ``yes``, ``true``, ``null``, ``1``), with what to write instead."""
    root = yaml.compose(text)
    out: list[str] = []
    if root is None:
        return out
    for schema, values in _enum_nodes(root):
        if not _is_string_schema(schema):
            continue
        for item in values.value:
            kind = _NOT_STRINGS.get(item.tag) if isinstance(item, yaml.ScalarNode) else None
            if kind is not None and item.style is None:
                out.append(
                    f"line {item.start_mark.line + 1}: enum value {item.value} is read by YAML as "
                    f'{kind}, not a string: quote it: "{item.value}"'
                )
    return out


# --------------------------------------------------------------------------------------
# make enum-names: write the missing x-enum-varnames into the spec, for review by diff
# --------------------------------------------------------------------------------------


def completed_names(values: list[str], names: list[str] | None) -> list[str] | None:
    """The full ``x-enum-varnames`` for ``values``: the names already there kept with their
    values, a suggested name for each new value; None when nothing is missing, or when the
    names cannot be paired with their values (then the check says why)."""
    if names is None:
        if all(value and value[0].isalpha() for value in values):
            return None  # the generator names every member from its value, by value
        # Members named from their values keep the names the generator gave them.
        return [
            generated_name(value) if value and value[0].isalpha() else suggested_name(value)
            for value in values
        ]
    if len(names) == len(values):
        return None
    new = [value for value in values if suggested_name(value) not in names]
    if len(values) - len(new) != len(names):
        return None
    kept = iter(names)
    return [suggested_name(value) if value in new else next(kept) for value in values]


def write_names(text: str) -> tuple[str, list[str]]:
    """The spec text with the missing ``x-enum-varnames`` written in (block style, at the
    ``enum`` key's indentation; nothing else in the text changes), and one line per enum."""
    root = yaml.compose(text)
    if root is None:
        return text, []
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, list[str]]] = []  # (first line, end line, new lines)
    changed: list[str] = []
    for schema, values_node in _enum_nodes(root):
        if not _is_string_schema(schema):
            continue
        keys = {k.value: (k, v) for k, v in schema.value}
        values = [str(item.value) for item in values_node.value]
        names_entry = keys.get("x-enum-varnames")
        names = (
            [str(item.value) for item in names_entry[1].value]
            if names_entry and isinstance(names_entry[1], yaml.SequenceNode)
            else None
        )
        full = completed_names(values, names)
        if full is None:
            continue
        indent = " " * keys["enum"][0].start_mark.column
        dash = indent if values_node.flow_style else " " * values_node.start_mark.column
        block = [f"{indent}x-enum-varnames:\n", *(f"{dash}- {name}\n" for name in full)]
        if names_entry is not None:
            start = names_entry[0].start_mark.line
            end = _end_line(names_entry[1])
        else:
            start = end = _end_line(values_node)
        edits.append((start, end, block))
        added = [name for name in full if name not in (names or [])]
        line = keys["enum"][0].start_mark.line + 1
        changed.append(f"line {line}: x-enum-varnames for {len(full)} values, new: {added}")
    for start, end, block in sorted(edits, reverse=True):
        lines[start:end] = block
    return "".join(lines), changed


def _end_line(node: yaml.Node) -> int:
    """The index of the line after a node's last line."""
    if isinstance(node, yaml.SequenceNode) and node.value and not node.flow_style:
        return _end_line(node.value[-1])
    return int(node.end_mark.line) + 1


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    write = "--write" in args
    paths = [a for a in args if a != "--write"]
    if len(paths) != 1:
        print("usage: enum_names.py [--write] SPEC", file=sys.stderr)
        return 2
    path = Path(paths[0])
    text = path.read_text(encoding="utf-8")
    pitfalls = yaml_pitfalls(text)
    for line in pitfalls:
        print(f"enum names: {path}: {line}", file=sys.stderr)
    if pitfalls:
        return 1
    if write:
        new_text, changed = write_names(text)
        if new_text != text:
            path.write_text(new_text, encoding="utf-8")
        for line in changed:
            print(f"enum names: {path}: {line}")
        print(f"enum names: wrote {len(changed)} x-enum-varnames lists; review them with git diff")
    found = problems(yaml.safe_load(path.read_text(encoding="utf-8")))
    for line in found:
        print(f"enum names: {line}", file=sys.stderr)
    if found:
        print(
            "enum names: refusing to generate: member names must not depend on position "
            "(fix x-enum-varnames in the spec; `make enum-names` writes the missing ones for review)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
