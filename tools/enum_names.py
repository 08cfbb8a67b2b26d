"""Refuse a spec whose enums would get unstable member names (run by ``codegen.sh``).

Usage: ``python tools/enum_names.py SPEC`` exits 1 with one line per problem.

openapi-python-client names a string enum's members from ``x-enum-varnames`` only when that list
is exactly as long as ``enum``; otherwise it derives every name from its value, and a value that
does not start with a letter (``3d``) gets a *positional* name, ``VALUE_<index>``. So adding one
value without adding its name silently renames existing members (``AssetKind.THREE_D`` becomes
``VALUE_0``), breaking users' code. This check refuses, naming the schema and the value:

* an enum with ``x-enum-varnames`` of another length than ``enum``, or with duplicate or
  non-identifier names;
* names that are paired with the wrong values (a value inserted in ``enum`` while its name was
  appended at the end of ``x-enum-varnames``);
* an enum without ``x-enum-varnames`` one of whose values would get a positional name.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

_DIGIT_WORDS = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE")


def suggested_name(value: str) -> str:
    """The member name this project uses for a value (``3d-texture`` -> ``THREE_D_TEXTURE``)."""
    name = re.sub(r"[^A-Za-z0-9]+", "_", value).strip("_").upper()
    if name and name[0].isdigit():
        name = _DIGIT_WORDS[int(name[0])] + "_" + name[1:]
    return name or "EMPTY"


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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: enum_names.py SPEC", file=sys.stderr)
        return 2
    spec = yaml.safe_load(Path(args[0]).read_text(encoding="utf-8"))
    found = problems(spec)
    for line in found:
        print(f"enum names: {line}", file=sys.stderr)
    if found:
        print(
            "enum names: refusing to generate: member names must not depend on position "
            "(fix x-enum-varnames in the spec)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
