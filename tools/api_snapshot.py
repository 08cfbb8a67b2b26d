"""The generated package's public API, against a committed snapshot (griffe's breakage check).

Usage::

    python tools/api_snapshot.py            # compare generated/ with openapi/public-api.json
    python tools/api_snapshot.py --write    # accept the current API (``make api-snapshot``)

Users write ``AssetKind.THREE_D``, ``asset.mime_type`` and ``list_assets.sync(author_id=...)``:
a regeneration that removes or renames any of them breaks their code. The snapshot is griffe's
own JSON dump of ``scenario_assets_api`` (models, fields, enum members, endpoint functions and
their parameters), without docstrings or line numbers so that it changes only when the API does.
``griffe.find_breaking_changes`` compares it with the package as generated now; what griffe does
not report, additions, is listed here so that a review sees them.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import griffe

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "scenario_assets_api"
SNAPSHOT_PATH = ROOT / "openapi" / "public-api.json"
GENERATED = ROOT / "generated"

# Dump keys that change with formatting or wording, not with the API.
_VOLATILE = {"docstring", "filepath", "relative_filepath", "relative_package_filepath"}


def _prune(node: Any) -> Any:
    if isinstance(node, dict):
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _VOLATILE:
                continue
            if key in ("lineno", "endlineno"):
                value = 0  # griffe needs the keys to load a dump back
            elif key == "members" and isinstance(value, dict):
                # Private members (``_parse_response``) are not API.
                value = {k: v for k, v in value.items() if not k.startswith("_") or k == "__init__"}
            out[key] = _prune(value)
        return out
    if isinstance(node, list):
        return [_prune(v) for v in node]
    return node


def load_package(search_path: Path = GENERATED) -> griffe.Module:
    """The generated package as griffe sees it (static analysis: nothing is imported)."""
    module = griffe.load(PACKAGE, search_paths=[str(search_path)], resolve_aliases=False)
    assert isinstance(module, griffe.Module)
    return module


def dump(module: griffe.Module) -> str:
    """The snapshot text of a package: griffe's JSON, pruned, keys sorted."""
    data = json.loads(json.dumps(module, cls=griffe.JSONEncoder, full=False))
    return json.dumps(_prune(data), indent=1, sort_keys=True) + "\n"


def load_snapshot(path: Path = SNAPSHOT_PATH) -> griffe.Module:
    """A committed snapshot as a griffe module (in a collection of its own, for aliases)."""
    module = json.loads(path.read_text(encoding="utf-8"), object_hook=griffe.json_decoder)
    assert isinstance(module, griffe.Module)
    collection = griffe.ModulesCollection()
    collection[module.path] = module
    return module


@dataclass
class Comparison:
    """Breaking changes (a removal, rename or incompatible change) and additions."""

    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    def render(self) -> str:
        lines = []
        if self.breaking:
            lines.append(f"BREAKING: {len(self.breaking)} changes to the generated public API:")
            lines += ["  - " + line for line in self.breaking]
            lines.append(
                "If this is deliberate, accept it with `make api-snapshot` and say so in the "
                "changelog; otherwise fix the spec (x-enum-varnames, field names) and `make regen`."
            )
        grouped = self.added_lines
        lines.append(
            f"Public API additions since the snapshot: {len(grouped)}" + (":" if grouped else "")
        )
        lines += ["  + " + line for line in grouped]
        return "\n".join(lines)

    @property
    def added_lines(self) -> list[str]:
        """Each addition once: a parameter or field is one line naming every place it shows.

        The generated package repeats one spec addition many times: a query parameter is a
        parameter of the endpoint module's ``sync``/``sync_detailed``/``asyncio``/
        ``asyncio_detailed`` and of the sync, async and raw-response client methods; a body
        field is also an attribute of the request model. Those collapse into one line.
        """
        places: dict[str, set[str]] = {}
        others: list[str] = []
        for line in self.added:
            target, _, what = line.partition(": ")
            owner, _, member = target.rpartition(".")
            if what.startswith("parameter "):
                places.setdefault(what.removeprefix("parameter "), set()).add(_owner(target))
            elif what == "attribute added" and target.startswith("models.") and member.islower():
                places.setdefault(member, set()).add(owner)
            else:  # a new method is one line for its sync, async and raw twins
                others.append(f"{_owner(target)}: {what}")
        grouped = [f"{name}: {', '.join(sorted(where))}" for name, where in places.items()]
        return sorted(set(grouped + others))


_VARIANTS = re.compile(r"\.(sync|sync_detailed|asyncio|asyncio_detailed)$")
_CLIENT_CLASS = re.compile(r"^operations\.(?:Async)?(\w+?Operations)(?:WithRawResponse)?\.")


def _owner(target: str) -> str:
    """Where a parameter was added, the same for every twin of one method."""
    target = _VARIANTS.sub("", target)
    return _CLIENT_CLASS.sub(r"operations.\1.", target)


def unaccepted_changes(snapshot: str, current: str) -> list[str]:
    """Where ``current`` (a :func:`dump`) differs from ``snapshot`` other than by additions.

    Members, parameters, exports and keys that only ``current`` has are additions (reported,
    accepted); anything the snapshot has that is missing or different in ``current`` is not.
    """
    out: list[str] = []
    _differences(json.loads(snapshot), json.loads(current), "", out)
    return out


def _differences(old: Any, new: Any, where: str, out: list[str]) -> None:
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in old.items():
            if key not in new:
                out.append(f"{where}.{key}: missing")
            else:
                _differences(value, new[key], f"{where}.{key}", out)
        return
    if isinstance(old, list) and isinstance(new, list):
        if all(isinstance(v, dict) and "name" in v for v in [*old, *new]):
            by_name = {v["name"]: v for v in new}
            kept = [v["name"] for v in new if v["name"] in {o["name"] for o in old}]
            if kept != [v["name"] for v in old if v["name"] in by_name]:
                out.append(f"{where}: order changed")
            for item in old:
                if item["name"] not in by_name:
                    out.append(f"{where}[{item['name']}]: missing")
                else:
                    _differences(item, by_name[item["name"]], f"{where}[{item['name']}]", out)
            return
        if all(isinstance(v, str) for v in [*old, *new]):
            out += [f"{where}[{v}]: missing" for v in old if v not in new]
            return
    if old != new:
        out.append(f"{where}: {json.dumps(old)[:60]} -> {json.dumps(new)[:60]}")


def _short(path: str) -> str:
    return path.removeprefix(PACKAGE + ".")


def _describe(breakage: griffe.Breakage) -> str:
    kind = breakage.kind.value
    old, new = breakage.old_value, breakage.new_value
    target = _short(breakage.obj.path)
    if isinstance(old, griffe.Parameter):
        return f"{target}: {kind}: {old.name}"
    if breakage.kind is griffe.BreakageKind.OBJECT_REMOVED:
        return f"{target}: {kind}"
    return f"{target}: {kind}: {old} -> {new}"


def _public(name: str) -> bool:
    return not name.startswith("_") or name == "__init__"


def _additions(
    old: griffe.Object | griffe.Alias, new: griffe.Object | griffe.Alias, out: list[str]
) -> None:
    if new.is_alias or old.is_alias:
        return  # an alias is compared where its target is defined
    if isinstance(new, griffe.Function) and isinstance(old, griffe.Function):
        before = {p.name for p in old.parameters}
        for param in new.parameters:
            if param.name not in before:
                optional = param.default is not None
                out.append(
                    f"{_short(new.path)}: parameter {param.name}"
                    + ("" if optional else " (required)")
                )
        return
    for name, member in new.members.items():
        if not _public(name):
            continue
        if name not in old.members:
            if member.is_alias and not (
                isinstance(new, griffe.Module) and name in (new.exports or [])
            ):
                continue  # an import, not an export
            out.append(f"{_short(member.path)}: {member.kind.value} added")
            continue
        _additions(old.members[name], member, out)


def compare(old: griffe.Module, new: griffe.Module) -> Comparison:
    """What changed between a snapshot and the package as generated now."""
    result = Comparison()
    result.breaking = sorted({_describe(b) for b in griffe.find_breaking_changes(old, new)})
    _additions(old, new, result.added)
    result.added.sort()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=Path, default=GENERATED, help="where the package is")
    parser.add_argument("--snapshot", type=Path, default=SNAPSHOT_PATH)
    parser.add_argument("--write", action="store_true", help="accept the current public API")
    args = parser.parse_args(argv)
    current = load_package(args.generated)
    if args.write:
        args.snapshot.write_text(dump(current), encoding="utf-8")
        print(f"wrote {args.snapshot}")
        return 0
    result = compare(load_snapshot(args.snapshot), current)
    print(result.render())
    return 1 if result.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
