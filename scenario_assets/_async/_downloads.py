"""``client.downloads``: batch archives and single-asset files (see :mod:`scenario_assets.downloads`).

Written once, async; the sync twin (``_sync/_downloads.py``) is generated from it by
``tools/unasync.py``. The rules both flavours share are in ``scenario_assets._download_parts``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Unpack

import httpx
from scenario_assets_api.models import DownloadGetStatusResponse
from scenario_assets_api.operations import (
    AsyncDownloadOperations,
    AsyncDownloadOperationsWithRawResponse,
)
from scenario_assets_api.params import RequestAssetDownloadParams

from .._call import deadline
from .._download_parts import (
    _REQUEST,
    BATCH_OPERATIONS,
    DEFAULT_TEMPLATE,
    BatchArgs,
    BatchParams,
    StatusCallback,
    Timeout,
    _asset_file_name,
    _Destination,
    _Poll,
    _prepare_dir,
    batch_body,
    batch_call,
    batch_chunks,
    check_wait,
    checked_asset_id,
    logger,
)
from .._files import ProgressCallback
from .._forward import forward, split
from .._storage import Expired
from .._validation import check_callback
from ..errors import APIConnectionError, APIStatusError, DownloadError
from ._flavour import Sleep, sleep
from ._runner import AsyncRunner
from ._storage import fetch_to_file

if TYPE_CHECKING:
    from ._invoker import AsyncInvoker

__all__ = ["AsyncBatchJob", "AsyncDownloads"]


class AsyncBatchJob:
    """A batch download job: poll it, then stream its archive to disk.

    Attributes:
        job_id: the API's job id.
        download_url: the archive's signed URL once known.
        status: the last status seen.
    """

    def __init__(
        self, downloads: AsyncDownloads, job_id: str, params: Mapping[str, Any] | None = None
    ) -> None:
        self._downloads = downloads
        self._params = dict(params or {})  # the status polls' forwarded parameters
        self.job_id = job_id
        self.download_url: str | None = None
        self.status: str | None = None

    def __repr__(self) -> str:
        return f"AsyncBatchJob(job_id={self.job_id!r}, status={self.status!r})"

    async def refresh(self) -> DownloadGetStatusResponse:
        """Read the job's status once."""
        result = await self._downloads.get_status(self.job_id, **self._params)
        self.status = result.job_status
        return result

    async def wait(
        self,
        *,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 15.0,
        on_status: StatusCallback | None = None,
    ) -> str:
        """Poll until the archive is ready; returns its URL.

        The interval grows by half each poll up to ``max_interval``. An unknown status is
        logged and polling goes on.

        The deadline holds for the status requests too: each one's timeouts are cut to the
        time left and none is retried past it, so a poll that hangs ends the wait at the
        deadline, as a :class:`PollTimeoutError` (the request's error is its ``__cause__``). A poll
        that fails transiently (no response, 408, 429, 5xx, after its own retries) is polled
        past while time is left; another error status (a 404) is raised as is.

        Raises:
            DownloadJobFailedError: the job ended in ``failure`` or ``canceled``.
            PollTimeoutError: not ready within ``timeout`` seconds.
        """
        check_callback(on_status, "on_status")
        poll = _Poll(self.job_id, timeout, poll_interval, max_interval, self._downloads.monotonic)
        with deadline(poll.budget()) as budget:
            while True:
                try:
                    status = await self.refresh()
                except (APIConnectionError, APIStatusError) as exc:
                    poll.failed(exc, budget)
                else:
                    url = poll.outcome(status, on_status)
                    if url is not None:
                        self.download_url = url
                        return url
                await self._downloads.sleep(poll.next_wait())

    async def download_to(
        self,
        dest: Path | str,
        *,
        on_progress: ProgressCallback | None = None,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 15.0,
    ) -> Path:
        """Stream the archive to ``dest`` (a file path, or a directory: ``<job_id>.zip``).

        Waits for the job first if needed (``timeout``, ``poll_interval`` and ``max_interval``
        go to :meth:`wait`). If the signed URL has expired, a fresh one is fetched once.

        Raises:
            IntegrityError: fewer or more bytes than announced (nothing is left on disk).
            DownloadError: storage refused the download.
        """
        target = _Destination(dest).file(f"{self.job_id}.zip")
        check_wait(timeout, poll_interval, max_interval)
        check_callback(on_progress, "on_progress")
        url = self.download_url or await self.wait(
            timeout=timeout, poll_interval=poll_interval, max_interval=max_interval
        )
        try:
            return await fetch_to_file(self._downloads.http, url, target, on_progress)
        except Expired:
            logger.info("archive URL of %s expired; asking for a fresh one", self.job_id)
            self.download_url = None
            url = await self.wait(
                timeout=timeout, poll_interval=poll_interval, max_interval=max_interval
            )
        try:
            return await fetch_to_file(self._downloads.http, url, target, on_progress)
        except Expired:
            raise DownloadError(
                f"storage refused the archive of {self.job_id} twice (403)"
            ) from None


class AsyncDownloads(AsyncDownloadOperations):
    """Download operations, reached as ``client.downloads`` on
    :class:`~scenario_assets.AsyncClient`.

    ``get_status`` (and any download operation the spec gains) is the generated class's; the
    batch job polling, streamed downloads and fresh-link retry are here.

    Attributes:
        with_raw_response: the same operations, returning a ``RawResponse``.
    """

    def __init__(
        self,
        invoker: AsyncInvoker,
        *,
        sleep: Sleep = sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        runner = AsyncRunner(invoker)
        super().__init__(runner)
        self.with_raw_response: AsyncDownloadOperationsWithRawResponse = (
            AsyncDownloadOperationsWithRawResponse(runner)
        )
        self._invoker = invoker
        self.http: httpx.AsyncClient = invoker.http
        self.sleep = sleep
        self.monotonic = monotonic

    async def request_batch(
        self, *, timeout: Timeout = None, **query: Unpack[BatchArgs]
    ) -> AsyncBatchJob:
        """Start a batch download job.

        Args:
            **query: asset_ids, inference_ids, model_ids (at least one non-empty; at most 1000
                asset ids), file_name_template (default ``"<id>"``), flat; and the query
                parameters of the request and of the job's polls (:class:`BatchParams`),
                forwarded to each operation that declares them.

        Returns:
            The job: ``await job.wait()`` then ``await job.download_to(path)``.

        Raises:
            ValidationError: empty query, too many assets, bad template.

        Example:
            >>> job = await client.downloads.request_batch(asset_ids=ids, flat=True)
            >>> await job.download_to("out/", on_progress=print)
        """
        call, status_params = batch_call(query, "request_batch")
        result = await self._invoker.run(call, timeout)
        return AsyncBatchJob(self, result.job_id, status_params)

    async def download_assets(
        self,
        asset_ids: Iterable[str],
        dest_dir: Path | str,
        *,
        file_name_template: str = DEFAULT_TEMPLATE,
        flat: bool | None = None,
        on_progress: ProgressCallback | None = None,
        on_status: StatusCallback | None = None,
        timeout: float = 600.0,
        poll_interval: float = 1.0,
        max_interval: float = 15.0,
        **params: Unpack[BatchParams],
    ) -> list[Path]:
        """Download assets as zip archives into ``dest_dir`` (created if missing).

        More than 1000 assets are split into several jobs, one archive each
        (``<job_id>.zip``), in order.

        Args:
            asset_ids: the assets (any number; duplicates once).
            dest_dir: the folder for the archives (created if missing).
            file_name_template: how files are named inside the archives.
            flat: no folders inside the archives.
            on_progress: ``on_progress(done_bytes, total_bytes)`` while an archive streams.
            on_status: called with each job status seen while polling.
            timeout: each job's deadline (see :meth:`AsyncBatchJob.wait`).
            poll_interval: each job's first interval between polls.
            max_interval: each job's longest interval between polls.
            **params: query parameters of the batch request and of the status polls
                (:class:`BatchParams`), forwarded to each operation that declares them.

        Returns:
            The archives' paths.

        Raises:
            ValidationError: a bad id, option or callback, before the first request.
        """
        check_wait(timeout, poll_interval, max_interval)
        check_callback(on_progress, "on_progress")
        check_callback(on_status, "on_status")
        groups = batch_chunks(asset_ids)
        forward(BATCH_OPERATIONS, params, "download_assets")
        for group in groups:  # every body is checked before the first job is created
            batch_body(asset_ids=group, file_name_template=file_name_template, flat=flat)
        folder = _prepare_dir(dest_dir)
        paths = []
        for group in groups:
            job = await self.request_batch(
                asset_ids=group, file_name_template=file_name_template, flat=flat, **params
            )
            await job.wait(
                on_status=on_status,
                timeout=timeout,
                poll_interval=poll_interval,
                max_interval=max_interval,
            )
            paths.append(
                await job.download_to(
                    folder,
                    on_progress=on_progress,
                    timeout=timeout,
                    poll_interval=poll_interval,
                    max_interval=max_interval,
                )
            )
        return paths

    async def download_asset(
        self,
        asset_id: str,
        dest: Path | str,
        *,
        on_progress: ProgressCallback | None = None,
        **params: Unpack[RequestAssetDownloadParams],
    ) -> Path:
        """Download one asset (optionally converted) to ``dest``.

        ``dest`` is a folder when it exists as one or is a string ending with ``/`` (created;
        the file is named after the asset), otherwise the file to write: its folder must exist,
        a new file must be named with an extension, and an existing file is replaced only once
        the whole download has arrived. Anything else is refused before any request.

        ``**params``: the download operation's optional parameters
        (``RequestAssetDownloadParams``: ``target_format`` converts the file), forwarded.

        Raises:
            ValidationError: bad id or format, before any request.
            IntegrityError: truncated transfer (nothing is left on disk).
            DownloadError: storage refused the download twice.
        """
        target_format = params.get("target_format")
        checked = checked_asset_id(asset_id, target_format)
        split((_REQUEST,), params, "download_asset", ("query", "body"))
        check_callback(on_progress, "on_progress")
        where = _Destination(dest)
        for attempt in (1, 2):
            url = await self.request(asset_id, **params)
            target = where.file(_asset_file_name(checked, url, target_format))
            try:
                return await fetch_to_file(self.http, url, target, on_progress)
            except Expired:
                logger.info("signed URL for %s expired (attempt %d)", asset_id, attempt)
        raise DownloadError(f"storage refused the download of {asset_id} twice (403)")
