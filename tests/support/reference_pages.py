"""Newer API reference pages, written by editing the committed reference in its own format.

A page is edited as its lines (``reference.split_lines``) and joined again with spaces, which the
reader reads exactly as the original one-line page. An object or enum is edited everywhere it
appears (every operation that returns it and its Domain Type), found by its members rather than
by position, and the announced counts (``object { a, b, N more }``, ``"x" or N more``) follow,
so the result is a page the vendor could have published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import reference as ref

from tests.support.spec import load_spec

ROOT = Path(__file__).resolve().parents[2]
REFERENCE_PATH = ROOT / "openapi" / "reference" / "api-reference.txt"


def committed_text() -> str:
    """The reference the committed spec stands on."""
    return REFERENCE_PATH.read_text(encoding="utf-8")


def _walk_all(fields: list[ref.Field]) -> Iterator[ref.Field]:
    for _, fld in ref.walk(fields):
        yield fld


class ReferencePage:
    """A reference page under edit; every edit keeps it readable by ``reference.parse``."""

    def __init__(self, text: str) -> None:
        self.lines = ref.split_lines(text)

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    def fresh(self, name: str) -> str:
        """``name``, or ``name2``, ``name3``...: a name the page does not use anywhere."""
        candidate, n = name, 1
        while re.search(rf"(?<![A-Za-z0-9_$.-]){re.escape(candidate)}(?![A-Za-z0-9_-])", self.text):
            n += 1
            candidate = f"{name}{n}"
        return candidate

    # -- finding ---------------------------------------------------------------------------
    def _parsed(self) -> tuple[list[ref.Operation], list[ref.Field]]:
        return ref.parse_all(self.text)

    def _every_field(self) -> list[ref.Field]:
        ops, types = self._parsed()
        out: list[ref.Field] = list(types)
        for op in ops:
            for fields in (op.path_params, op.query_params, op.body_params, op.returns):
                out += _walk_all(fields)
        for root in types:
            out += _walk_all(ref.innermost(root.type)[0].children)
        return out

    def field(self, title: str, dotted: str) -> ref.Field:
        """A field of the operation titled ``title``, by its ``reference.walk`` path."""
        ops, _ = self._parsed()
        (op,) = [o for o in ops if o.title == title]
        for fields in (op.path_params, op.query_params, op.body_params, op.returns):
            for path, fld in ref.walk(fields):
                if path == dotted:
                    return fld
        raise KeyError(f"{title}: no field {dotted}")

    def objects_like(self, title: str, dotted: str) -> list[ref.Field]:
        """Every object with the same members as the one at ``dotted`` (one type, every place)."""
        target = ref.innermost(self.field(title, dotted).type)[0]
        names = [c.name for c in target.children]
        return [
            f
            for f in self._every_field()
            if ref.innermost(f.type)[0].kind == "object"
            and [c.name for c in ref.innermost(f.type)[0].children] == names
        ]

    def enums_like(self, title: str, dotted: str) -> list[ref.Field]:
        """Every enum field with the same values as the one at ``dotted``."""
        values = ref.innermost(self.field(title, dotted).type)[0].values
        return [
            f
            for f in self._every_field()
            if ref.innermost(f.type)[0].kind == "enum" and ref.innermost(f.type)[0].values == values
        ]

    # -- editing -----------------------------------------------------------------------------
    def _apply(self, edits: list[tuple[int, int, list[str]]]) -> None:
        """Replace ``lines[start:stop]`` by the given lines, bottom-up so indexes stay valid."""
        for start, stop, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
            self.lines[start:stop] = new

    @staticmethod
    def _recount(line: str, pattern: str, delta: int, name: str, sep: str) -> str:
        match = re.search(pattern, line)
        assert match, line
        inner = match.group(1)
        parts = [p.strip() for p in inner.split(sep)]
        more = [p for p in parts if re.fullmatch(r"\d+ more", p)]
        listed = [p for p in parts if p not in more]
        extra = int(more[0].split()[0]) if more else 0
        if delta > 0:
            if more:
                extra += delta
            else:
                listed.append(name)
        elif name in listed and not extra:
            listed.remove(name)
        elif extra:
            extra += delta
        else:
            listed.remove(name)
        parts = listed + ([f"{extra} more"] if extra else [])
        return (
            line[: match.start(1)] + f"{sep} ".join(parts).replace(" ,", ",") + line[match.end(1) :]
        )

    def _bump_object(self, line: str, delta: int, name: str) -> str:
        return self._recount(line, r"object \{ ?([^}]*?) ?\}", delta, name, ",")

    def _bump_enum(self, line: str, delta: int, value: str) -> str:
        return self._recount(
            line, r'((?:"[^"]*"|\d+ more)(?: or (?:"[^"]*"|\d+ more))*)', delta, f'"{value}"', " or"
        )

    def add_field(self, title: str, parent: str, lines: list[str]) -> None:
        """Add a field (its line, then its children or values) to an object, everywhere."""
        name = re.match(r"- `([^:]+):", lines[0])
        assert name, lines[0]
        edits = []
        for obj in self.objects_like(title, parent):
            edits.append(
                (
                    obj.line,
                    obj.line + 1,
                    [self._bump_object(self.lines[obj.line], 1, name.group(1))],
                )
            )
            edits.append((obj.end, obj.end, list(lines)))
        self._apply(edits)

    def remove_field(self, title: str, parent: str, name: str) -> None:
        """Remove a field (with its children) from an object, everywhere."""
        edits = []
        for obj in self.objects_like(title, parent):
            (child,) = [c for c in ref.innermost(obj.type)[0].children if c.name == name]
            edits.append(
                (obj.line, obj.line + 1, [self._bump_object(self.lines[obj.line], -1, name)])
            )
            edits.append((child.line, child.end, []))
        self._apply(edits)

    def change_type(self, title: str, parent: str, name: str, new_type: str) -> None:
        """Give a scalar field another scalar type, everywhere."""
        edits = []
        for obj in self.objects_like(title, parent):
            (child,) = [c for c in ref.innermost(obj.type)[0].children if c.name == name]
            line = self.lines[child.line]
            new = line.replace(f": {child.raw_type}`", f": {new_type}`").replace(
                f": optional {child.raw_type}`", f": optional {new_type}`"
            )
            assert new != line, line
            edits.append((child.line, child.line + 1, [new]))
        self._apply(edits)

    def add_enum_value(self, title: str, dotted: str, value: str) -> None:
        """Add a value to an enum, everywhere it appears."""
        edits = []
        for fld in self.enums_like(title, dotted):
            assert value not in ref.innermost(fld.type)[0].values, f"{dotted} already has {value!r}"
            edits.append(
                (fld.line, fld.line + 1, [self._bump_enum(self.lines[fld.line], 1, value)])
            )
            edits.append((fld.end, fld.end, [f'- `"{value}"`']))
        self._apply(edits)

    def remove_enum_value(self, title: str, dotted: str, value: str) -> None:
        """Remove a value from an enum, everywhere it appears."""
        edits = []
        for fld in self.enums_like(title, dotted):
            at = self.lines.index(f'- `"{value}"`', fld.line, fld.end)
            edits.append(
                (fld.line, fld.line + 1, [self._bump_enum(self.lines[fld.line], -1, value)])
            )
            edits.append((at, at + 1, []))
        self._apply(edits)

    def add_query_parameter_everywhere(self, line: str) -> None:
        """Add a query parameter to every operation (the page has no shared parameters)."""
        edits = []
        ops, _ = self._parsed()
        for op in ops:
            end = self._section_end(op)
            heading = self._heading_index(op, "### Query Parameters", end)
            if heading is not None:
                edits.append((heading + 1, heading + 1, [line]))
                continue
            before = next(
                h
                for h in (
                    self._heading_index(op, "### Header Parameters", end),
                    self._heading_index(op, "### Body Parameters", end),
                    self._heading_index(op, "### Returns", end),
                    self._heading_index(op, "### Example", end),
                )
                if h is not None
            )
            edits.append((before, before, ["### Query Parameters", line]))
        self._apply(edits)

    def _section_end(self, op: ref.Operation) -> int:
        n = op.line  # 1-based: the line after the title
        while n < len(self.lines) and not self.lines[n].startswith(("## ", "# ")):
            n += 1
        return n

    def _heading_index(self, op: ref.Operation, heading: str, end: int) -> int | None:
        for n in range(op.line, end):
            if self.lines[n] == heading:
                return n
        return None

    def add_operation(self, section: str, text: str) -> None:
        """Add an operation (its whole markdown, one line) at the end of a section's operations."""
        ops, _ = self._parsed()
        last = [o for o in ops if o.section == section][-1]
        self._apply([(self._section_end(last), self._section_end(last), ref.split_lines(text))])

    def add_domain_type(self, section: str, text: str) -> None:
        """Add a Domain Type (heading, declaration, fields) at the end of a section."""
        start = self.lines.index(f"# {section}")
        end = next(
            (n for n in range(start + 1, len(self.lines)) if self.lines[n].startswith("# ")),
            len(self.lines),
        )
        self._apply([(end, end, ref.split_lines(text))])


class NewerPage:
    """A page a newer API could publish, and the names it introduced (all absent before)."""

    @staticmethod
    def _removable_asset_field(page: ReferencePage) -> str:
        """The first optional Asset field of the page that the spec does not deprecate yet."""
        asset = load_spec()["components"]["schemas"]["Asset"]
        required = set(asset.get("required", []))
        for name in sorted(asset["properties"]):
            schema = asset["properties"][name]
            if name in required or name == "outputIndex" or schema.get("deprecated"):
                continue
            try:
                page.field("Retrieve", f"asset.{name}")
            except (KeyError, LookupError, ValueError):
                continue  # a field of the spec's own, not of the page
            return str(name)
        raise LookupError("no optional Asset field left to drop")

    def __init__(self, *, shared_parameter: bool) -> None:
        page = ReferencePage(committed_text())
        self.top_field = page.fresh("archivedAt")
        self.nested_object = page.fresh("moderation")
        self.hyphenated = page.fresh("ip-detection")
        self.dotted = page.fresh("nsfw.score")
        self.dollar = page.fresh("$source")
        self.deep_field = page.fresh("creditsRefunded")
        self.kind_values = [page.fresh("hologram"), page.fresh("4d-scan")]
        self.source_values = ["scan", "manual"]
        self.parameter = page.fresh("workspaceId") if shared_parameter else None
        self.title = page.fresh("Archive")
        # The names the rules give it (build_spec: operationId, method, response type).
        self.operation_id = self.title[:1].lower() + self.title[1:] + "Assets"
        self.method = self.title.lower()
        self.response = f"Asset{self.title}Response"
        self.path = page.fresh("/assets/archive")
        self.dry_run = page.fresh("dryRun")
        self.state_values = ["queued", "done"]
        # What the page drops or changes.
        self.removed_field = self._removable_asset_field(page)
        self.removed_value = "unlisted"
        self.retyped_field = "outputIndex"

        # New fields at three depths: Asset, Asset.metadata (an object with keys written as on
        # the wire: a hyphen, a dot, a dollar, an enum), and Job.billing.
        page.add_field(
            "Retrieve",
            "asset",
            [f"- `{self.top_field}: optional string` When the asset was archived"],
        )
        s1, s2 = self.source_values
        page.add_field(
            "Retrieve",
            "asset.metadata",
            [
                f"- `{self.nested_object}: optional object {{ {self.hyphenated}, {self.dotted}, {self.dollar} }}` "
                "Moderation results, keyed as the moderation service names them",
                f"- `{self.hyphenated}: optional boolean` Whether an IP was detected",
                f"- `{self.dotted}: optional number` The NSFW score",
                f'- `{self.dollar}: optional "{s1}" or "{s2}"` Who moderated',
                f'- `"{s1}"`',
                f'- `"{s2}"`',
            ],
        )
        page.add_field(
            "Upload", "job.billing", [f"- `{self.deep_field}: optional number` Credits refunded"]
        )
        for value in self.kind_values:
            page.add_enum_value("Retrieve", "asset.kind", value)
        page.remove_enum_value("Retrieve", "asset.privacy", self.removed_value)
        page.remove_field("Retrieve", "asset", self.removed_field)
        page.change_type("Retrieve", "asset", self.retyped_field, "string")
        q1, q2 = self.state_values
        page.add_operation(
            "Assets",
            f"## {self.title} **post** `{self.path}` Archive assets: they leave listings but can be "
            f'restored. ### Query Parameters - `{self.dry_run}: optional "true" or "api"` Validate only '
            '- `"true"` - `"api"` ### Body Parameters - `assetIds: array of string` The asset ids '
            f'### Returns - `archived: array of string` The archived ids - `state: "{q1}" or "{q2}"` '
            f'Where the archive job is - `"{q1}"` - `"{q2}"` ### Example ```http curl '
            f"https://api.cloud.scenario.com/v1{self.path} -X POST ``` #### Response ```json "
            f'{{ "archived": [ "string" ], "state": "{q1}" }} ```',
        )
        page.add_domain_type(
            "Assets",
            f"### Asset {self.title} Response - `{self.response} object {{ archived, state }}` "
            f'- `archived: array of string` The archived ids - `state: "{q1}" or "{q2}"` '
            f'Where the archive job is - `"{q1}"` - `"{q2}"`',
        )
        if self.parameter:
            page.add_query_parameter_everywhere(
                f"- `{self.parameter}: optional string` The workspace the request acts in"
            )
        self.text = page.text
