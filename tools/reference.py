"""Read the Stainless-style API reference into a tree of operations and fields.

The reference (a text file outside this repository, given by path) is one long line of markdown in which nested
fields are flattened into one list. This module restores the nesting:

* ``- `name: optional TYPE` description`` is a field; ``optional`` marks a non-required one;
* ``object { a, b, N more }`` announces ``len([a, b]) + N`` child fields that follow;
* ``"a" or "b" or N more`` is an enum whose values follow as ``- `"a"``` lines;
* ``array of X`` wraps any of the above; ``map[unknown]``, ``unknown`` and ``true`` also occur.

It is used by ``tools/build_spec.py`` to draft the OpenAPI spec and by
``tools/reference_index.py``, which extracts the facts the fidelity test checks the
(hand-maintained) spec against.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

_FIELD = re.compile(
    r"^- `(?P<name>[A-Za-z_][A-Za-z0-9_]*): (?P<opt>optional )?(?P<type>[^`]+)`(?: (?P<desc>.*))?$"
)
_ENUM_VALUE = re.compile(r'^- `(?:"(?P<s>[^"]*)"|(?P<lit>true|false))`$')
_DESC_FRAGMENT = re.compile(r"^- `[^`:]+`:? ?.*$")
_OP = re.compile(
    r"^## (?P<title>.+?) \*\*(?P<method>get|post|put|delete|patch)\*\* `(?P<path>[^`]+)` ?(?P<summary>.*)$"
)
_EXAMPLE = re.compile(r"\(example: (?P<value>.+?)\)(?=\s|$|\.)")


@dataclass
class TypeRef:
    """A parsed reference type."""

    kind: str  # string | number | boolean | unknown | map | true | enum | object | array
    values: list[str] = field(default_factory=list)  # enum values
    count: int = 0  # announced child or value count
    items: TypeRef | None = None  # array items
    children: list[Field] = field(default_factory=list)  # object fields


@dataclass
class Field:
    name: str
    required: bool
    type: TypeRef
    description: str = ""
    raw_type: str = ""

    @property
    def example(self) -> Any:
        match = _EXAMPLE.search(self.description)
        if not match:
            return None
        raw = match.group("value")
        try:
            return json.loads(raw)
        except ValueError:
            return raw


@dataclass
class Operation:
    title: str
    method: str
    path: str
    summary: str
    section: str  # "Assets" or "Download"
    path_params: list[Field] = field(default_factory=list)
    query_params: list[Field] = field(default_factory=list)
    body_params: list[Field] = field(default_factory=list)
    returns: list[Field] = field(default_factory=list)
    response_example: Any = None
    curl: str = ""


def split_lines(text: str) -> list[str]:
    """Split the one-line reference into its markdown lines."""
    return [line.strip() for line in re.split(r" (?=#|- `|```)", text) if line.strip()]


def _parse_type(raw: str) -> TypeRef:
    raw = raw.strip()
    if raw.startswith("array of "):
        return TypeRef("array", items=_parse_type(raw[len("array of ") :]))
    if raw.startswith("object {"):
        inner = raw[len("object {") : raw.rindex("}")]
        names = [n.strip() for n in inner.split(",") if n.strip()]
        count = 0
        for name in names:
            more = re.fullmatch(r"(\d+) more", name)
            count += int(more.group(1)) if more else 1
        return TypeRef("object", count=count)
    if raw.startswith('"'):
        parts = [p.strip() for p in raw.split(" or ")]
        count = 0
        for part in parts:
            more = re.fullmatch(r"(\d+) more", part)
            count += int(more.group(1)) if more else 1
        return TypeRef("enum", count=count)
    if raw == "map[unknown]":
        return TypeRef("map")
    if raw in ("string", "number", "boolean", "unknown", "true"):
        return TypeRef(raw)
    raise ValueError(f"unknown reference type: {raw!r}")


class _Reader:
    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.i = start

    def peek(self) -> str:
        return self.lines[self.i] if self.i < len(self.lines) else ""

    def field(self) -> Field:
        line = self.peek()
        match = _FIELD.match(line)
        if not match:
            raise ValueError(f"line {self.i}: expected a field, got {line[:120]!r}")
        self.i += 1
        raw_type = match.group("type")
        fld = Field(
            name=match.group("name"),
            required=not match.group("opt"),
            type=_parse_type(raw_type),
            description=(match.group("desc") or "").strip(),
            raw_type=raw_type,
        )
        # Markdown lists inside a description were split off as lines of their own.
        while (
            _DESC_FRAGMENT.match(self.peek())
            and not _FIELD.match(self.peek())
            and not _ENUM_VALUE.match(self.peek())
        ):
            fld.description += " " + self.peek()[2:]
            self.i += 1
        self._fill(fld.type)
        return fld

    def _fill(self, tref: TypeRef) -> None:
        if tref.kind == "array":
            assert tref.items is not None
            self._fill(tref.items)
        elif tref.kind == "enum":
            for _ in range(tref.count):
                match = _ENUM_VALUE.match(self.peek())
                if not match or match.group("s") is None:
                    raise ValueError(
                        f"line {self.i}: expected enum value, got {self.peek()[:80]!r}"
                    )
                tref.values.append(match.group("s"))
                self.i += 1
        elif tref.kind == "true":
            if _ENUM_VALUE.match(self.peek()):
                self.i += 1
        elif tref.kind == "object":
            tref.children = [self.field() for _ in range(tref.count)]

    def fields_until_heading(self) -> list[Field]:
        out = []
        while (
            self.i < len(self.lines)
            and not self.peek().startswith("#")
            and not self.peek().startswith("```")
        ):
            out.append(self.field())
        return out


def parse(text: str) -> list[Operation]:
    """Parse the reference text into its operations."""
    lines = split_lines(text)
    ops: list[Operation] = []
    section = ""
    i = 0
    current: Operation | None = None
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            section = line[2:].strip()
            current = None
            i += 1
            continue
        op_match = _OP.match(line)
        if op_match:
            current = Operation(
                title=op_match.group("title"),
                method=op_match.group("method"),
                path=op_match.group("path"),
                summary=op_match.group("summary").strip(),
                section=section,
            )
            ops.append(current)
            i += 1
            continue
        if line.startswith("## Domain Types"):
            current = None
            i += 1
            continue
        if current is not None and line.startswith("### "):
            heading = line[4:].strip()
            reader = _Reader(lines, i + 1)
            target = {
                "Path Parameters": current.path_params,
                "Query Parameters": current.query_params,
                "Body Parameters": current.body_params,
                "Returns": current.returns,
            }.get(heading)
            if target is not None:
                target.extend(reader.fields_until_heading())
                i = reader.i
                continue
            if heading == "Example":
                current.curl = lines[i + 1]
                i += 2
                continue
        if current is not None and line.startswith("#### Response"):
            body = lines[i + 1]
            assert body.startswith("```json"), body[:40]
            current.response_example = json.loads(body[len("```json") :])
            i += 2
            continue
        i += 1
    return ops


def walk(fields: list[Field], prefix: str = "") -> list[tuple[str, Field]]:
    """Flatten a field tree into ``(dotted.path, field)`` pairs; array levels are ``[]``."""
    out: list[tuple[str, Field]] = []
    for fld in fields:
        path = f"{prefix}.{fld.name}" if prefix else fld.name
        out.append((path, fld))
        tref = fld.type
        suffix = ""
        while tref.kind == "array" and tref.items is not None:
            suffix += "[]"
            tref = tref.items
        if tref.kind == "object":
            out.extend(walk(tref.children, path + suffix))
    return out


def innermost(tref: TypeRef) -> tuple[TypeRef, int]:
    """The type inside all array levels, and how many array levels wrap it."""
    depth = 0
    while tref.kind == "array" and tref.items is not None:
        tref = tref.items
        depth += 1
    return tref, depth


def count_field_lines(text: str) -> int:
    """How many field lines the operation sections (not Domain Types) hold."""
    n = 0
    in_types = False
    for line in split_lines(text):
        if line.startswith("## "):
            in_types = line.startswith("## Domain Types")
        if not in_types and _FIELD.match(line):
            n += 1
    return n
