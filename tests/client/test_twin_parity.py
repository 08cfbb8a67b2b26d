"""The handwritten sync and async twins offer the same methods with the same parameters.

The twins are kept as two classes rather than generated one from the other (unasync): their
bodies genuinely differ (a thread pool against a task group for concurrent uploads, a keep-alive
thread against a task, blocking against async file writes), so a text rewrite would need
exceptions in most methods. This test keeps their public surfaces in step instead; the operation
classes under them are generated, sync and async, from the spec.
"""

from __future__ import annotations

import inspect

import pytest

import scenario_assets as sa
from scenario_assets._mirror import AsyncMirror, Mirror
from scenario_assets.downloads import AsyncBatchJob, BatchJob

PAIRS = [
    (sa.Client, sa.AsyncClient),
    (sa.Assets, sa.AsyncAssets),
    (sa.Downloads, sa.AsyncDownloads),
    (sa.LockSession, sa.AsyncLockSession),
    (BatchJob, AsyncBatchJob),
    (sa.Pager, sa.AsyncPager),
    (Mirror, AsyncMirror),
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
