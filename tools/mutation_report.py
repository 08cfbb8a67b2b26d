"""Summarise a ``mutmut run`` (``make mutation``): killed, survived, equivalent and message-only.

mutmut leaves, for each mutated module, the mutated source (``mutants/<path>``: every mutant is a
copy of its function named ``..__mutmut_N`` next to the original ``..__mutmut_orig``) and the
outcome of each (``mutants/<path>.meta``: the test run's exit code per mutant). This script
reads both, and sorts the mutants that were not killed into three kinds:

* message-only: the mutant only changes the text of string constants inside a ``raise``, a
  logging call or an ``add_note`` (``"XXttl must be..XX"``, upper/lower case): the message
  still says the same thing to a reader; tests pin what a message must name, not its wording;
* equivalent: listed by hand in ``tests/mutation/EQUIVALENT.md`` (each with its reason), matched
  by module, function and the mutated line, so the list survives mutmut renumbering mutants;
* survived: everything else, a real gap in the tests.

The score is killed / (all - equivalent - message-only). Exit status 1 when a module is below
``--threshold`` (95 % by default), so a regression in the tests is noticed.

    python tools/mutation_report.py [--threshold 95] [--verbose]
"""

from __future__ import annotations

import argparse
import ast
import difflib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
EQUIVALENT = ROOT / "tests" / "mutation" / "EQUIVALENT.md"
MODULES = (
    "scenario_assets/_retry.py",
    "scenario_assets/_validation.py",
    "scenario_assets/_lock_parts.py",
    "scenario_assets/_async/_locks.py",
    "scenario_assets/_sync/_locks.py",
)
# mutmut's exit codes: 1 = a test failed, 3 = pytest's internal error; 36 / 24 / -24 / 152 / 255 =
# the tests did not finish within mutmut's limit (a hang the mutant caused): all count as killed.
KILLED = {1, 3, 36, 24, -24, 152, 255}
NAME = re.compile(r"^(?P<func>.+)__mutmut_(?P<n>\d+|orig)$")
LOGGING = {"debug", "info", "warning", "error", "exception", "critical", "add_note"}


@dataclass
class Mutant:
    """One mutant: its key (as mutmut names it), function, diff lines and outcome."""

    key: str
    func: str
    removed: list[str]
    added: list[str]
    exit_code: int | None
    kind: str = ""
    reason: str = ""


@dataclass
class Tally:
    """Counts for one module."""

    killed: int = 0
    survived: list[Mutant] = field(default_factory=list)
    equivalent: list[Mutant] = field(default_factory=list)
    message: list[Mutant] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.killed + len(self.survived) + len(self.equivalent) + len(self.message)

    @property
    def score(self) -> float:
        judged = self.killed + len(self.survived)
        return 100.0 * self.killed / judged if judged else 100.0


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    out: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and NAME.match(node.name):
            out[node.name] = node
    return out


def _strings_only(orig: ast.AST, mutant: ast.AST) -> bool:
    """True when the two functions differ only in string constants inside messages."""
    a, b = list(ast.walk(orig)), list(ast.walk(mutant))
    if len(a) != len(b):
        return False
    parents = {child: node for node in ast.walk(orig) for child in ast.iter_child_nodes(node)}
    changed = False
    for x, y in zip(a, b, strict=True):
        if type(x) is not type(y):
            return False
        if isinstance(x, ast.Constant) and isinstance(y, ast.Constant):
            if x.value == y.value:
                continue
            if not (isinstance(x.value, str) and isinstance(y.value, str)):
                return False
            if not _in_message(x, parents):
                return False
            changed = True
            continue
        for name in x._fields:
            vx, vy = getattr(x, name), getattr(y, name)
            if isinstance(vx, ast.AST | list) or name == "ctx":
                continue
            if vx != vy and name != "name":  # function names differ (__mutmut_orig / _N)
                return False
    return changed


def _in_message(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether ``node`` sits in a raised exception's arguments or a logging/add_note call."""
    current: ast.AST | None = node
    while current is not None:
        parent = parents.get(current)
        if isinstance(parent, ast.Raise) and current is parent.exc:
            return True
        if (
            isinstance(parent, ast.Call)
            and current is not parent.func
            and isinstance(parent.func, ast.Attribute)
            and parent.func.attr in LOGGING
        ):
            return True
        if isinstance(parent, ast.stmt):
            return False
        current = parent
    return False


def _equivalents() -> list[tuple[str, str, str, str]]:
    """(module, function, mutated line, reason) rows of the table in EQUIVALENT.md."""
    rows = []
    for line in EQUIVALENT.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
        if len(cells) != 4 or not cells[2].startswith("`"):
            continue
        module, func, code, reason = cells
        rows.append(
            (module.strip("`"), func.strip("`"), code.strip("`").replace(r"\|", "|"), reason)
        )
    return rows


def _load(module: str) -> list[Mutant]:
    source = MUTANTS / module
    meta = json.loads(source.with_name(source.name + ".meta").read_text(encoding="utf-8"))
    codes: dict[str, int | None] = meta["exit_code_by_key"]
    functions = _functions(ast.parse(source.read_text(encoding="utf-8")))
    mutants = []
    for key, code in codes.items():
        name = key.rsplit(".", 1)[-1]
        match = NAME.match(name)
        assert match, key
        func = match["func"]
        mutated, orig = functions[name], functions[f"{func}__mutmut_orig"]
        before = ast.unparse(orig).replace(orig.name, "f").splitlines()
        after = ast.unparse(mutated).replace(mutated.name, "f").splitlines()
        diff = list(difflib.unified_diff(before, after, lineterm="", n=0))
        removed = [d[1:].strip() for d in diff[2:] if d.startswith("-")]
        added = [d[1:].strip() for d in diff[2:] if d.startswith("+")]
        mutant = Mutant(key, func, removed, added, code)
        if code not in KILLED and _strings_only(orig, mutated):
            mutant.kind = "message"
        mutants.append(mutant)
    return mutants


def _readable(func: str) -> str:
    """``xǁLockSessionǁ__exit__`` -> ``LockSession.__exit__``; ``x_check`` -> ``check``."""
    if func.startswith("xǁ"):
        return ".".join(func[2:].split("ǁ"))
    return func[2:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=95.0)
    parser.add_argument("--verbose", action="store_true", help="list equivalent and message-only")
    args = parser.parse_args(argv)
    equivalents = _equivalents()
    used: set[int] = set()
    tallies: dict[str, Tally] = {}
    for module in MODULES:
        tally = tallies[module] = Tally()
        dotted = module.removesuffix(".py").replace("/", ".")
        for mutant in _load(module):
            if mutant.exit_code in KILLED:
                tally.killed += 1
                continue
            if mutant.kind == "message":
                tally.message.append(mutant)
                continue
            for i, (mod, func, code, reason) in enumerate(equivalents):
                if mod == dotted and func == _readable(mutant.func) and code in mutant.added:
                    mutant.kind, mutant.reason = "equivalent", reason
                    used.add(i)
                    break
            (tally.equivalent if mutant.kind == "equivalent" else tally.survived).append(mutant)

    print(
        f"{'module':32} {'mutants':>7} {'killed':>7} {'survived':>8} {'equivalent':>10} "
        f"{'message':>7} {'score':>7}"
    )
    failed = False
    for module, t in tallies.items():
        print(
            f"{module:32} {t.total:7} {t.killed:7} {len(t.survived):8} {len(t.equivalent):10} "
            f"{len(t.message):7} {t.score:6.1f}%"
        )
        failed |= t.score < args.threshold
    for t in tallies.values():
        shown = t.survived + ((t.equivalent + t.message) if args.verbose else [])
        for m in shown:
            status = "survived" if m.exit_code == 0 else f"exit {m.exit_code}"
            label = m.kind or status
            print(f"\n{label}: {m.key} ({_readable(m.func)}){' - ' + m.reason if m.reason else ''}")
            for line in m.removed:
                print(f"  - {line}")
            for line in m.added:
                print(f"  + {line}")
    stale = [row for i, row in enumerate(equivalents) if i not in used]
    for mod, func, code, _ in stale:
        print(
            f"\nnote: EQUIVALENT.md lists {mod} {func} `{code}`, which no surviving mutant matches"
        )
    if failed:
        print(f"\nbelow {args.threshold:.0f}% killed: see the survivors above", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
