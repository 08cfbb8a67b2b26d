"""The I/O drivers of ``client.assets.sync``: :class:`Mirror` (blocking) and :class:`AsyncMirror`.

Everything that is not I/O (filters, the state store, layout and names, planning, unpacking
archives, the report) is in :mod:`scenario_assets._mirror_plan`, shared by both. The two
drivers are written line for line alike, so that one is the other with ``async``/``await``
added and ``Async`` prefixed; the only real difference, how work runs concurrently (a thread
pool or a task group), is in :func:`_each` and :func:`_aeach`.

A run: lock the folder and read its state; list (every page, by ``updatedAt``, oldest first,
after the high-water mark unless the listing must be complete); queue new and changed assets;
fetch them through batch download jobs (at most :data:`~._mirror_plan.BATCH_LIMIT` assets each,
several in flight, archives unpacked entry by entry into the layout) or through single links
when there are few, falling back to single links for whatever a job did not deliver; then,
with ``prune``, remove files of assets the complete listing no longer returned.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Any, TypeVar

import anyio
import httpx

from ._mirror_plan import ARCHIVE_TEMPLATE, SyncPlan, SyncReport
from ._mirror_state import PendingRow
from .downloads import _afetch, _Expired, _fetch
from .errors import APIConnectionError, APIStatusError, DownloadError, NotFoundError

if TYPE_CHECKING:
    from .assets import Assets, AsyncAssets
    from .downloads import AsyncDownloads, Downloads

__all__ = ["AsyncMirror", "Mirror"]

T = TypeVar("T")
#: What makes one job or one file fail without ending the run.
_ITEM_ERRORS = (DownloadError, APIStatusError, APIConnectionError)
_POLL_INTERVAL, _MAX_INTERVAL = 0.2, 5.0  # a job of small files is ready in about a second


def _each(fn: Callable[[T], None], items: Iterable[T], limit: int) -> None:
    """``fn`` on every item, at most ``limit`` at once in threads; items are drawn lazily."""
    with ThreadPoolExecutor(max_workers=limit, thread_name_prefix="scenario-sync") as pool:
        running: set[Future[None]] = set()
        try:
            for item in items:
                if len(running) >= limit:
                    done, running = wait(running, return_when=FIRST_COMPLETED)
                    for future in done:
                        future.result()
                running.add(pool.submit(fn, item))
            for future in running:
                future.result()
        finally:
            for future in running:
                future.cancel()


async def _aeach(fn: Callable[[T], Awaitable[None]], items: Iterable[T], limit: int) -> None:
    """``fn`` on every item, at most ``limit`` at once in a task group; items drawn lazily.

    The first exception stops the rest and is raised as itself (not as an exception group).
    """
    slots = anyio.Semaphore(limit)
    failures: list[Exception] = []

    async with anyio.create_task_group() as group:

        async def one(item: T) -> None:
            try:
                await fn(item)
            except Exception as exc:
                failures.append(exc)
                group.cancel_scope.cancel()
            finally:
                slots.release()

        for item in items:
            await slots.acquire()
            if failures:
                break
            group.start_soon(one, item)
    if failures:
        raise failures[0]


class _Counter:
    """Counts the HTTP requests of a run (an httpx request hook)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def hook(self, request: httpx.Request) -> None:
        with self._lock:
            self.count += 1

    async def ahook(self, request: httpx.Request) -> None:
        self.hook(request)


def _hooked(http: Any, hook: Any) -> dict[str, list[Any]]:
    before: dict[str, list[Any]] = http.event_hooks
    http.event_hooks = {**before, "request": [*before.get("request", []), hook]}
    return before


class Mirror:
    """Runs one sync with the blocking client (see :meth:`Assets.sync`)."""

    def __init__(self, assets: Assets, downloads: Downloads, plan: SyncPlan) -> None:
        self._assets = assets
        self._downloads = downloads
        self._plan = plan

    def run(self) -> SyncReport:
        """List, fetch, prune; the report."""
        plan = self._plan
        counter = _Counter()
        before = _hooked(self._downloads.http, counter.hook)
        try:
            plan.begin()
            try:
                self._list()
                plan.listed()
                if not plan.dry_run:
                    self._download()
                plan.prune()
            except OSError as exc:
                raise plan.disk_error(exc) from exc
            finally:
                plan.finish()
        finally:
            self._downloads.http.event_hooks = before
            plan.report.requests = counter.count
        return plan.report

    def _list(self) -> None:
        for page in self._assets.iter(**self._plan.list_args()).pages():
            self._plan.observe(page.items)

    def _download(self) -> None:
        plan = self._plan
        if plan.use_batches():
            _each(self._batch, plan.batches(), plan.jobs_in_flight)
        _each(self._single, plan.singles(), plan.concurrency)

    def _batch(self, rows: list[PendingRow]) -> None:
        plan = self._plan
        try:
            job = self._downloads.request_batch(
                asset_ids=[row.id for row in rows], file_name_template=ARCHIVE_TEMPLATE, flat=True
            )
            plan.job_started()
            archive = job.download_to(
                plan.archive_path(job.job_id),
                poll_interval=_POLL_INTERVAL,
                max_interval=_MAX_INTERVAL,
            )
        except _ITEM_ERRORS as exc:  # its assets stay queued and are fetched one by one
            plan.batch_failed(rows, exc)
            return
        try:
            plan.unpack(archive, rows)
        finally:
            archive.unlink(missing_ok=True)

    def _single(self, row: PendingRow) -> None:
        plan = self._plan
        if plan.adopt(row):
            return
        target = plan.target(row)
        try:
            try:
                _fetch(self._downloads.http, row.url, target, None, durable=False)
            except _Expired:  # the listing's link expired: ask for a fresh one
                url = self._downloads.request(row.id)
                _fetch(self._downloads.http, url, target, None, durable=False)
        except _Expired:
            plan.fail(row, "the storage refused a fresh link too (403)")
            return
        except NotFoundError:  # deleted since it was listed
            plan.vanished(row)
            return
        except _ITEM_ERRORS as exc:
            plan.fail(row, str(exc))
            return
        plan.record(row)


class AsyncMirror:
    """Runs one sync with the async client (see :meth:`AsyncAssets.sync`)."""

    def __init__(self, assets: AsyncAssets, downloads: AsyncDownloads, plan: SyncPlan) -> None:
        self._assets = assets
        self._downloads = downloads
        self._plan = plan

    async def run(self) -> SyncReport:
        """List, fetch, prune; the report."""
        plan = self._plan
        counter = _Counter()
        before = _hooked(self._downloads.http, counter.ahook)
        try:
            plan.begin()
            try:
                await self._list()
                plan.listed()
                if not plan.dry_run:
                    await self._download()
                plan.prune()
            except OSError as exc:
                raise plan.disk_error(exc) from exc
            finally:
                plan.finish()
        finally:
            self._downloads.http.event_hooks = before
            plan.report.requests = counter.count
        return plan.report

    async def _list(self) -> None:
        async for page in self._assets.iter(**self._plan.list_args()).pages():
            self._plan.observe(page.items)

    async def _download(self) -> None:
        plan = self._plan
        if plan.use_batches():
            await _aeach(self._batch, plan.batches(), plan.jobs_in_flight)
        await _aeach(self._single, plan.singles(), plan.concurrency)

    async def _batch(self, rows: list[PendingRow]) -> None:
        plan = self._plan
        try:
            job = await self._downloads.request_batch(
                asset_ids=[row.id for row in rows], file_name_template=ARCHIVE_TEMPLATE, flat=True
            )
            plan.job_started()
            archive = await job.download_to(
                plan.archive_path(job.job_id),
                poll_interval=_POLL_INTERVAL,
                max_interval=_MAX_INTERVAL,
            )
        except _ITEM_ERRORS as exc:  # its assets stay queued and are fetched one by one
            plan.batch_failed(rows, exc)
            return
        try:
            plan.unpack(archive, rows)
        finally:
            archive.unlink(missing_ok=True)

    async def _single(self, row: PendingRow) -> None:
        plan = self._plan
        if plan.adopt(row):
            return
        target = plan.target(row)
        try:
            try:
                await _afetch(self._downloads.http, row.url, target, None, durable=False)
            except _Expired:  # the listing's link expired: ask for a fresh one
                url = await self._downloads.request(row.id)
                await _afetch(self._downloads.http, url, target, None, durable=False)
        except _Expired:
            plan.fail(row, "the storage refused a fresh link too (403)")
            return
        except NotFoundError:  # deleted since it was listed
            plan.vanished(row)
            return
        except _ITEM_ERRORS as exc:
            plan.fail(row, str(exc))
            return
        plan.record(row)
