"""The sync and async twins offer the same methods with the same parameters.

Every pair below is written once, async, under ``scenario_assets/_async/`` (``_client``,
``_assets``, ``_downloads``, ``_locks``, ``_pager``, with the invoker, storage transfers and the
mirror's driver); ``tools/unasync.py`` generates the sync twins and ``make test`` checks they are
current. The pairs stay here all the same: a cheap check that the rewrite keeps the public
surfaces in step (a name it renames, a method left sync by mistake). What the code does
differently per flavour (a task group against a thread pool, a keep-alive task against a
thread, a shielded exit) sits in the two handwritten ``_flavour`` modules, checked below to
define the same names, and their ``KeepAlive`` to offer the same methods.
"""

from __future__ import annotations

import ast
import inspect
from types import ModuleType

import pytest

import scenario_assets as sa
from scenario_assets._async import _flavour as async_flavour
from scenario_assets._sync import _flavour as sync_flavour
from scenario_assets.downloads import AsyncBatchJob, BatchJob

PAIRS = [
    (sa.Client, sa.AsyncClient),
    (sa.Assets, sa.AsyncAssets),
    (sa.Downloads, sa.AsyncDownloads),
    (sa.LockSession, sa.AsyncLockSession),
    (BatchJob, AsyncBatchJob),
    (sa.Pager, sa.AsyncPager),
]
# Protocol methods that differ by name between the twins.
RENAMED = {
    "close": "aclose",
    "__enter__": "__aenter__",
    "__exit__": "__aexit__",
    "__iter__": "__aiter__",
}


def _methods(cls: type) -> dict[str, object]:
    return {
        name: member
        for name, member in inspect.getmembers(cls, callable)
        if (not name.startswith("_") or name in RENAMED or name in RENAMED.values())
        and not isinstance(member, type)
    }


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_same_methods(sync: type, async_: type) -> None:
    expected = {RENAMED.get(name, name) for name in _methods(sync)}
    assert expected == set(_methods(async_))


@pytest.mark.parametrize(("sync", "async_"), PAIRS, ids=[s.__name__ for s, _ in PAIRS])
def test_same_parameters_defaults_and_documented(sync: type, async_: type) -> None:
    for name, method in _methods(sync).items():
        twin = getattr(async_, RENAMED.get(name, name))
        ours = inspect.signature(method).parameters  # type: ignore[arg-type]
        theirs = inspect.signature(twin).parameters
        assert [(p.name, p.kind, p.default) for p in ours.values()] == [
            (p.name, p.kind, p.default) for p in theirs.values()
        ], f"{sync.__name__}.{name}"
        if not name.startswith("_"):
            assert inspect.getdoc(method) and inspect.getdoc(twin), f"{sync.__name__}.{name}"


def test_async_methods_are_awaitable_where_sync_ones_block() -> None:
    for sync, async_ in PAIRS[:3]:
        for name in _methods(sync):
            if name.startswith("_") or name in ("iter", "iter_snapshots", "lock_session"):
                continue
            twin = getattr(async_, RENAMED.get(name, name))
            if name in ("with_options",):
                continue
            assert inspect.iscoroutinefunction(twin), f"{async_.__name__}.{name}"


def _own_names(module: ModuleType) -> set[str]:
    """The public names a module defines itself (assignments, functions, classes)."""
    tree = ast.parse(inspect.getsource(module))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(target.id for target in targets if isinstance(target, ast.Name))
    return {name for name in names if not name.startswith("_")}


def test_the_flavour_modules_define_the_same_names() -> None:
    names = _own_names(sync_flavour)
    assert {"each", "request_hook", "sleep", "Sleep", "RequestHook"} <= names
    assert names == _own_names(async_flavour)


@pytest.mark.parametrize("name", ["each", "request_hook"])
def test_flavour_functions_take_the_same_parameters(name: str) -> None:
    ours = inspect.signature(getattr(sync_flavour, name)).parameters
    theirs = inspect.signature(getattr(async_flavour, name)).parameters
    assert [(p.name, p.kind, p.default) for p in ours.values()] == [
        (p.name, p.kind, p.default) for p in theirs.values()
    ]


def test_the_keepalive_flavours_offer_the_same_methods() -> None:
    def methods(cls: type) -> dict[str, list[str]]:
        return {
            name: list(inspect.signature(member).parameters)
            for name, member in vars(cls).items()
            if callable(member) and not name.startswith("_")
        }

    ours, theirs = methods(sync_flavour.KeepAlive), methods(async_flavour.KeepAlive)
    assert ours == theirs and {"start", "pause", "stop"} <= set(ours)
    for name in ours:
        assert inspect.iscoroutinefunction(getattr(async_flavour.KeepAlive, name)), name
