"""The I/O driver of ``client.assets.sync``: :class:`AsyncMirror`, written once for both flavours.

Everything that is not I/O (filters, the state store, layout and names, planning, unpacking
archives, the report) is in :mod:`scenario_assets._mirror_plan`, shared by both flavours. How
work runs concurrently (a task group for the async client, a thread pool for the blocking one) is
:func:`~._flavour.each`, and the request-counting hook's shape is :func:`~._flavour.request_hook`.

A run: lock the folder and read its state; list (every page, by ``updatedAt``, oldest first,
after the high-water mark unless the listing must be complete); queue new and changed assets;
fetch them through batch download jobs (at most :data:`~.._mirror_plan.BATCH_LIMIT` assets each,
several in flight, archives unpacked entry by entry into the layout) or through single links
when there are few, falling back to single links for whatever a job did not deliver; then,
with ``prune``, remove files of assets the complete listing no longer returned.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import httpx

from .._mirror_plan import ARCHIVE_TEMPLATE, SyncPlan, SyncReport
from .._mirror_state import PendingRow
from .._storage import Expired
from ..errors import APIConnectionError, APIStatusError, DownloadError, NotFoundError
from ._flavour import each, request_hook
from ._storage import fetch_to_file

if TYPE_CHECKING:
    from ..assets import AsyncAssets
    from ._downloads import AsyncDownloads

__all__ = ["AsyncMirror"]

#: What makes one job or one file fail without ending the run.
_ITEM_ERRORS = (DownloadError, APIStatusError, APIConnectionError)
_POLL_INTERVAL, _MAX_INTERVAL = 0.2, 5.0  # a job of small files is ready in about a second


class _Counter:
    """Counts the HTTP requests of a run (through an httpx request hook)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def observe(self, request: httpx.Request) -> None:
        with self._lock:
            self.count += 1


def _hooked(http: httpx.AsyncClient, hook: Any) -> dict[str, list[Any]]:
    """Add ``hook`` to the client's request hooks; the hooks as they were before."""
    before: dict[str, list[Any]] = http.event_hooks
    http.event_hooks = {**before, "request": [*before.get("request", []), hook]}
    return before


class AsyncMirror:
    """Runs one sync (see :meth:`AsyncAssets.sync`)."""

    def __init__(self, assets: AsyncAssets, downloads: AsyncDownloads, plan: SyncPlan) -> None:
        self._assets = assets
        self._downloads = downloads
        self._plan = plan

    async def run(self) -> SyncReport:
        """List, fetch, prune; the report."""
        plan = self._plan
        counter = _Counter()
        before = _hooked(self._downloads.http, request_hook(counter.observe))
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
            await each(self._batch, plan.batches(), plan.jobs_in_flight)
        await each(self._single, plan.singles(), plan.concurrency)

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
        http = self._downloads.http
        try:
            try:
                await fetch_to_file(http, row.url, target, None, durable=False)
            except Expired:  # the listing's link expired: ask for a fresh one
                url = await self._downloads.request(row.id)
                await fetch_to_file(http, url, target, None, durable=False)
        except Expired:
            plan.fail(row, "the storage refused a fresh link too (403)")
            return
        except NotFoundError:  # deleted since it was listed
            plan.vanished(row)
            return
        except _ITEM_ERRORS as exc:
            plan.fail(row, str(exc))
            return
        plan.record(row)
