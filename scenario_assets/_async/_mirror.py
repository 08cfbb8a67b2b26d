"""The I/O driver of ``client.assets.sync``: :class:`AsyncMirror`, written once for both flavours.

Everything that is not I/O (filters, the state store, layout and names, planning, unpacking
archives, the report) is in :mod:`scenario_assets._mirror_plan`, shared by both flavours. How
work runs concurrently (a task group for the async client, a thread pool for the blocking one) is
:func:`~._flavour.each`, and the request-counting hook's shape is :func:`~._flavour.request_hook`.

A run: lock the folder and read its state; list (every page, by ``updatedAt``, oldest first,
after the high-water mark unless the listing must be complete), queueing new and changed assets
and starting a batch download job each time a full one (:data:`~.._mirror_plan.BATCH_LIMIT`
assets) is queued, so jobs run while the listing goes on; when the listing ends, the rest goes
to batch jobs too, or to single links when there are few. Archives are unpacked into the layout
as they download (:mod:`scenario_assets._unzip`; one that cannot be read that way is downloaded
whole first); whatever a job did not deliver is fetched through single links. Then, with
``prune``, files of assets the complete listing no longer returned are removed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx

from .._mirror_plan import ARCHIVE_TEMPLATE, ArchiveSink, SyncPlan, SyncReport
from .._mirror_state import PendingRow
from .._storage import Expired
from .._unzip import StreamingUnzip, Unstreamable, ZipFormatError
from ..errors import APIConnectionError, APIStatusError, DownloadError, NotFoundError
from ._flavour import each, request_hook
from ._storage import fetch_into, fetch_to_file

if TYPE_CHECKING:
    from ._assets import AsyncAssets
    from ._downloads import AsyncBatchJob, AsyncDownloads

__all__ = ["AsyncMirror"]

logger = logging.getLogger("scenario_assets")

#: What makes one job or one file fail without ending the run.
_ITEM_ERRORS = (DownloadError, APIStatusError, APIConnectionError)
#: A job of small files can be ready within a tenth of a second: poll soon, then back off
#: (x1.5 a poll, up to 5 s: a job of a minute costs 29 status requests, four more than
#: starting at 0.02 s would; a job ready by its third poll waits 0.0125 s instead of 0.05 s).
_POLL_INTERVAL, _MAX_INTERVAL = 0.005, 5.0


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
        """List and fetch (batch jobs start while the listing goes on), prune; the report."""
        plan = self._plan
        counter = _Counter()
        before = _hooked(self._downloads.http, request_hook(counter.observe))
        try:
            plan.begin()
            try:
                await each(self._batch, self._listing(), plan.jobs_in_flight)
                if not plan.dry_run:
                    await each(self._single, plan.singles(), plan.concurrency)
                plan.prune()
            except OSError as exc:
                raise plan.disk_error(exc) from exc
            finally:
                plan.finish()
        finally:
            self._downloads.http.event_hooks = before
            plan.report.requests = counter.count
        return plan.report

    async def _listing(self) -> AsyncIterator[list[PendingRow]]:
        """List every page; a batch of work each time the listing has found a full one, then
        the rest (what a batch job will not fetch is left to single links)."""
        plan = self._plan
        async for page in self._assets.iter(**plan.list_args()).pages():
            plan.observe(page.items)
            while (rows := plan.take_batch()) is not None:
                yield rows
        plan.listed()
        for rows in plan.rest_batches():
            yield rows

    async def _batch(self, rows: list[PendingRow]) -> None:
        """One batch job: start it, wait for it, unpack its archive as it downloads."""
        plan = self._plan
        rows = [row for row in rows if not plan.adopt(row)]  # placed by a killed run
        if not rows:
            return
        try:
            job = await self._downloads.request_batch(
                asset_ids=[row.id for row in rows], file_name_template=ARCHIVE_TEMPLATE, flat=True
            )
            plan.job_started()
            url = await job.wait(poll_interval=_POLL_INTERVAL, max_interval=_MAX_INTERVAL)
        except _ITEM_ERRORS as exc:  # its assets stay queued and are fetched one by one
            plan.batch_failed(rows, exc)
            return
        sink = plan.archive_sink(rows)
        try:
            try:
                await self._unpack(url, sink)
            except Expired:  # the link expired before we got to it: ask for a fresh one
                url = await job.wait(poll_interval=_POLL_INTERVAL, max_interval=_MAX_INTERVAL)
                await self._unpack(url, sink)
        except Unstreamable as exc:  # read the archive whole instead
            logger.info("sync: the archive of %s is read whole: %s", job.job_id, exc)
            await self._unpack_whole(job, sink.close())
        except (Expired, ZipFormatError, *_ITEM_ERRORS) as exc:
            plan.batch_failed(sink.close(), exc)
        except BaseException:
            sink.close()  # what is in place is recorded, a part file removed
            raise
        else:
            plan.not_delivered(sink.close())

    async def _unpack(self, url: str, sink: ArchiveSink) -> None:
        unzip = StreamingUnzip(sink)

        def feed(chunk: bytes) -> None:
            with self._plan.placing:
                unzip.feed(chunk)

        await fetch_into(self._downloads.http, url, feed)
        with self._plan.placing:
            unzip.close()

    async def _unpack_whole(self, job: AsyncBatchJob, rows: list[PendingRow]) -> None:
        plan = self._plan
        try:
            archive = await job.download_to(
                plan.archive_path(job.job_id),
                poll_interval=_POLL_INTERVAL,
                max_interval=_MAX_INTERVAL,
            )
        except _ITEM_ERRORS as exc:
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
