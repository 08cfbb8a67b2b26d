"""Read the Stainless-style API reference into a tree of operations and fields.

The reference (committed as ``openapi/reference/api-reference.txt``; a newer one is given by path)
is one long line of markdown in which nested fields are flattened into one list. This module
restores the nesting:

* ``- `name: optional TYPE` description`` is a field; ``optional`` marks a non-required one. A
  name may hold letters, digits, ``_``, ``$``, ``.`` and ``-`` (keys of free-form objects are
  written as on the wire, e.g. ``ip-detection``);
* ``object { a, b, N more }`` announces ``len([a, b]) + N`` child fields that follow;
* ``"a" or "b" or N more`` is an enum whose values follow as ``- `"a"``` lines;
* ``array of X`` and ``map[X]`` wrap any of the above; ``unknown`` and ``true`` also occur.

Operations may sit in any ``# Section``; parameters come as Path, Query, Header or Body
Parameters. What the reader cannot read is refused with its line number (lines as
``split_lines`` cuts them) and the reason: nothing is silently dropped.

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
    r"^- `(?P<name>[A-Za-z0-9_$.-]+): (?P<opt>optional )?(?P<type>[^`]+)`(?: (?P<desc>.*))?$"
)
# A Domain Type: ``- `AssetLockResponse object { asset, lockId }``` or ``- `X = unknown```.
_DOMAIN_TYPE = re.compile(
    r"^- `(?P<name>[A-Za-z0-9_]+)(?: = | )(?P<type>[^`]+)`(?: (?P<desc>.*))?$"
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
    items: TypeRef | None = None  # array items, map values (None: ``map[unknown]``)
    children: list[Field] = field(default_factory=list)  # object fields


@dataclass
class Field:
    name: str
    required: bool
    type: TypeRef
    description: str = ""
    raw_type: str = ""
    line: int = 0  # index of the field's line in ``split_lines``
    end: int = 0  # index just after its last child or enum value

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
    section: str  # "Assets", "Download", or a section a newer page adds
    path_params: list[Field] = field(default_factory=list)
    query_params: list[Field] = field(default_factory=list)
    header_params: list[Field] = field(default_factory=list)
    body_params: list[Field] = field(default_factory=list)
    returns: list[Field] = field(default_factory=list)
    response_example: Any = None
    curl: str = ""
    line: int = 0  # where the operation's title is


class ReferenceError(ValueError):
    """A reference text the reader cannot read whole: names the line and the reason."""

    def __init__(self, line: int, reason: str, text: str = "") -> None:
        self.line = line
        self.reason = reason
        shown = f", got {text[:120]!r}" if text else ""
        super().__init__(f"line {line}: {reason}{shown}")


def split_lines(text: str) -> list[str]:
    """Split the one-line reference into its markdown lines."""
    return [line.strip() for line in re.split(r" (?=#|- `|```)", text) if line.strip()]


def _parse_type(raw: str) -> TypeRef:
    raw = raw.strip()
    if raw.startswith("array of "):
        return TypeRef("array", items=_parse_type(raw[len("array of ") :]))
    if raw.startswith("map[") and raw.endswith("]"):
        inner_type = raw[len("map[") : -1]
        return TypeRef("map", items=None if inner_type == "unknown" else _parse_type(inner_type))
    if raw.startswith("object {"):
        if not raw.endswith("}"):
            raise ValueError(f"unclosed object type: {raw!r}")
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
            if not more and not re.fullmatch(r'"[^"]*"', part):
                raise ValueError(f"enum type with a part that is not a quoted value: {part!r}")
            count += int(more.group(1)) if more else 1
        return TypeRef("enum", count=count)
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
            raise ReferenceError(self.i + 1, "expected a field", line)
        raw_type = match.group("type")
        try:
            tref = _parse_type(raw_type)
        except ValueError as exc:
            raise ReferenceError(self.i + 1, str(exc), line) from None
        self.i += 1
        fld = Field(
            name=match.group("name"),
            required=not match.group("opt"),
            type=tref,
            description=(match.group("desc") or "").strip(),
            raw_type=raw_type,
            line=self.i - 1,
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
        fld.end = self.i
        return fld

    def _fill(self, tref: TypeRef) -> None:
        if tref.kind in ("array", "map"):
            if tref.items is not None:
                self._fill(tref.items)
        elif tref.kind == "enum":
            for _ in range(tref.count):
                match = _ENUM_VALUE.match(self.peek())
                if not match or match.group("s") is None:
                    raise ReferenceError(self.i + 1, "expected enum value", self.peek())
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
    """Parse the reference text into its operations (see ``parse_all``)."""
    return parse_all(text)[0]


def parse_all(text: str) -> tuple[list[Operation], list[Field]]:
    """Parse the reference text into its operations and its Domain Types.

    Raises ``ReferenceError`` (a ``ValueError``) naming the line of anything it cannot place:
    an unknown ``###`` heading inside an operation, a field it cannot read, an enum shorter
    than announced, a response example that is not JSON. Domain Types are read too (they
    repeat the response trees), so an unreadable one is refused as well.
    """
    lines = split_lines(text)
    ops: list[Operation] = []
    types: list[Field] = []
    section = ""
    i = 0
    current: Operation | None = None
    in_types = False
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            section = line[2:].strip()
            current = None
            in_types = False
            i += 1
            continue
        op_match = _OP.match(line)
        if op_match:
            if not section:
                raise ReferenceError(i + 1, "an operation before any # section", line)
            current = Operation(
                title=op_match.group("title"),
                method=op_match.group("method"),
                path=op_match.group("path"),
                summary=op_match.group("summary").strip(),
                section=section,
                line=i + 1,
            )
            ops.append(current)
            in_types = False
            i += 1
            continue
        if line.startswith("## Domain Types"):
            current = None
            in_types = True
            i += 1
            continue
        if line.startswith("## "):
            raise ReferenceError(
                i + 1, "a ## heading that is neither an operation nor Domain Types", line
            )
        if in_types and line.startswith("### "):
            # A named type: its declaration line, then the fields its type announces.
            reader = _Reader(lines, i + 1)
            decl = _DOMAIN_TYPE.match(reader.peek())
            if not decl:
                # No declaration line: the type's fields follow directly.
                reader.fields_until_heading()
                i = reader.i
                continue
            try:
                tref = _parse_type(decl.group("type"))
            except ValueError as exc:
                raise ReferenceError(i + 2, str(exc), reader.peek()) from None
            reader.i += 1
            reader._fill(tref)
            types.append(
                Field(
                    decl.group("name"),
                    True,
                    tref,
                    raw_type=decl.group("type"),
                    line=i + 1,
                    end=reader.i,
                )
            )
            if not (reader.peek().startswith("#") or reader.i >= len(lines)):
                raise ReferenceError(
                    reader.i + 1, "more fields than the Domain Type announces", reader.peek()
                )
            i = reader.i
            continue
        if current is not None and line.startswith("### "):
            heading = line[4:].strip()
            reader = _Reader(lines, i + 1)
            target = {
                "Path Parameters": current.path_params,
                "Query Parameters": current.query_params,
                "Header Parameters": current.header_params,
                "Body Parameters": current.body_params,
                "Returns": current.returns,
            }.get(heading)
            if target is not None:
                target.extend(reader.fields_until_heading())
                i = reader.i
                continue
            if heading == "Example":
                current.curl = lines[i + 1] if i + 1 < len(lines) else ""
                i += 2
                continue
            raise ReferenceError(i + 1, f"unknown heading {heading!r} in an operation", line)
        if current is not None and line.startswith("#### Response"):
            body = lines[i + 1] if i + 1 < len(lines) else ""
            if not body.startswith("```json"):
                raise ReferenceError(i + 2, "a response example must follow as ```json", body)
            raw = body[len("```json") :].strip().removesuffix("```")
            try:
                current.response_example = json.loads(raw)
            except ValueError as exc:
                raise ReferenceError(i + 2, f"the response example is not JSON ({exc})") from None
            i += 2
            continue
        if _FIELD.match(line):
            raise ReferenceError(i + 1, "a field outside any parameter or Returns list", line)
        i += 1
    return ops, types


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
