"""``client.downloads``: batch archives and single-asset files, sync and async.

A batch download is a job: :meth:`Downloads.request_batch` starts it and returns a
:class:`BatchJob`, whose :meth:`~BatchJob.wait` polls (with backoff, an injectable clock and
sleep) until the archive is ready and :meth:`~BatchJob.download_to` streams it to disk.
:meth:`Downloads.download_assets` does all of it in one call, splitting more than 1000 assets
into several jobs. :meth:`Downloads.download_asset` fetches one asset, optionally converted.

Files are streamed to a temporary file beside the destination, their length checked, then
renamed atomically: on any error no partial file remains. Signed storage URLs are fetched
without the API's Authorization header; an expired one (403 from storage) is requested
afresh once.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import anyio
import httpx
from scenario_assets_api._operations import OPERATIONS
from scenario_assets_api.api.download import (
    request_batch_download,
)
from scenario_assets_api.models import (
    BatchDownloadOptions,
    BatchDownloadQuery,
    DownloadGetStatusResponse,
    DownloadRequestBatchRequest,
    TargetFormat,
)
from scenario_assets_api.operations import (
    AsyncDownloadOperations,
    AsyncDownloadOperationsWithRawResponse,
    CallOptions,
    DownloadOperations,
    DownloadOperationsWithRawResponse,
)
from scenario_assets_api.params import (
    GetBatchDownloadStatusQueryParams,
    RequestAssetDownloadParams,
    RequestBatchDownloadQueryParams,
)
from scenario_assets_api.types import UNSET

from ._async._runner import AsyncRunner
from ._async._storage import fetch_to_file as afetch_to_file
from ._call import Call, deadline
from ._files import ProgressCallback, resolve_destination
from ._forward import forward, split
from ._retry import Deadline, should_retry_status
from ._runner import prepare
from ._storage import Expired
from ._sync._runner import Runner
from ._sync._storage import fetch_to_file
from ._validation import boolean, check_callback, id_list, positive_number
from .errors import (
    APIConnectionError,
    APIStatusError,
    DownloadError,
    DownloadJobFailedError,
    PollTimeoutError,
    ValidationError,
)

if TYPE_CHECKING:
    from ._async._invoker import AsyncInvoker
    from ._sync._invoker import Invoker

__all__ = ["AsyncBatchJob", "AsyncDownloads", "BatchJob", "BatchParams", "Downloads"]

logger: logging.Logger = logging.getLogger("scenario_assets")

Timeout = httpx.Timeout | float | None
#: The most assets one batch job may carry: the spec's ``maxItems`` of ``query.assetIds``.
BATCH_LIMIT: int = next(
    p for p in OPERATIONS["requestBatchDownload"].params if p.name == "query"
).schema["properties"]["assetIds"]["maxItems"]
DEFAULT_TEMPLATE = "<id>"
#: Statuses after which a job changes no more.
FAILED_STATUSES = frozenset({"failure", "canceled"})
#: Statuses of a job still on its way (the API documents these for jobs).
PENDING_STATUSES = frozenset({"queued", "pending", "warming-up", "in-progress", "finalizing"})
StatusCallback = Callable[[str], None]
#: The status request of a job wait: a failed poll is polled past when retrying it would be.
_STATUS_POLL = OPERATIONS["getBatchDownloadStatus"]


def _seconds(value: object, name: str) -> float:
    return positive_number(value, name, "a positive number of seconds")


def check_wait(timeout: object, poll_interval: object, max_interval: object) -> None:
    """The options of a job wait, each named when wrong (before any request)."""
    _seconds(timeout, "timeout")
    interval = _seconds(poll_interval, "poll_interval")
    if _seconds(max_interval, "max_interval") < interval:
        raise ValidationError(
            f"max_interval ({max_interval!r}) must not be shorter than poll_interval "
            f"({poll_interval!r})"
        )


class _Poll:
    """Deadline and backoff of one wait, shared by the sync and async jobs."""

    def __init__(
        self,
        job_id: str,
        timeout: float,
        poll_interval: float,
        max_interval: float,
        monotonic: Callable[[], float],
    ) -> None:
        check_wait(timeout, poll_interval, max_interval)
        self.job_id = job_id
        self.deadline = monotonic() + timeout
        self.interval = poll_interval
        self.max_interval = max_interval
        self.monotonic = monotonic
        self.last: str | None = None
        self.error: Exception | None = None  # the last failed poll, kept as the cause

    def outcome(
        self, status: DownloadGetStatusResponse, on_status: StatusCallback | None
    ) -> str | None:
        """The URL when the job is done; raises when it failed; None to keep polling."""
        self.last = status.job_status
        if on_status is not None:
            on_status(status.job_status)
        url = status.download_url if isinstance(status.download_url, str) else None
        if status.job_status == "success" and url:
            return url
        if status.job_status in FAILED_STATUSES:
            raise DownloadJobFailedError(
                f"batch download {self.job_id} ended with status {status.job_status!r}",
                job_id=self.job_id,
                status=status.job_status,
            )
        if status.job_status not in PENDING_STATUSES:
            logger.info(
                "batch download %s: status %r; still waiting", self.job_id, status.job_status
            )
        return None

    def budget(self) -> Deadline:
        """The wait's deadline for the status requests: each one's timeouts and retries are
        bounded by the time left (see :mod:`scenario_assets._retry`)."""
        return Deadline(self.deadline, self.monotonic)

    def timeout(self) -> PollTimeoutError:
        return PollTimeoutError(
            f"batch download {self.job_id} not ready before the deadline "
            f"(last status {self.last!r})",
            job_id=self.job_id,
            last_status=self.last,
        )

    def failed(self, error: APIConnectionError | APIStatusError, budget: Deadline) -> None:
        """A status request failed (after its own retries). Past the deadline, or stopped by
        it, that is the wait's own :class:`PollTimeoutError`, raised from the request's error. With
        time left, a transient failure (no response, 408, 429, 5xx) is polled past; any other
        error is re-raised."""
        if budget.hit or budget.remaining() <= 0:
            raise self.timeout() from error
        transient = isinstance(error, APIConnectionError) or should_retry_status(
            error.status_code, safe=_STATUS_POLL.retry_safe
        )
        if not transient:
            raise error
        logger.info("batch download %s: status poll failed (%s); polling on", self.job_id, error)
        self.error = error

    def next_wait(self) -> float:
        """Seconds to sleep before the next poll; raises PollTimeoutError past the deadline."""
        remaining = self.deadline - self.monotonic()
        if remaining <= 0:
            raise self.timeout() from self.error
        wait = min(self.interval, remaining)
        self.interval = min(self.interval * 1.5, self.max_interval)
        return wait


def _asset_file_name(asset_id: str, url: str, target_format: TargetFormat | str | None) -> str:
    suffix = PurePosixPath(httpx.URL(url).path).suffix
    if target_format is not None:
        suffix = "." + str(target_format)
    return f"{asset_id}{suffix}"


class _Destination:
    """Where a download goes, checked before any request is sent; never guessed.

    * ``dest`` is a **directory** when it exists as one, or is a string ending with a slash
      (``"out/"``, created if missing); the file name is then decided once the URL is known.
    * Otherwise it is the **file** to write: its directory must exist, and a file that does not
      exist yet must be named with an extension (``out/hero.png``). A path such as
      ``Path("newdir/")`` (pathlib drops the slash) that is neither is refused rather than
      written as a file called ``newdir``.
    * An existing file is replaced, atomically, only once the whole download has arrived (it is
      written to a temporary file beside it first); a failed download leaves it untouched.
    """

    def __init__(self, dest: Path | str) -> None:
        if not isinstance(dest, str | os.PathLike):
            raise ValidationError(f"dest must be a path, got {type(dest).__name__}")
        text = os.fspath(dest)
        if not text:
            raise ValidationError("dest must not be empty")
        path = Path(text)
        self.is_dir = path.is_dir() or text.endswith(("/", os.sep))
        if self.is_dir:
            self.path = _prepare_dir(path)
        else:
            if not path.parent.is_dir():
                raise ValidationError(f"dest: the directory of {text!r} does not exist")
            if not path.exists() and not path.suffix:
                raise ValidationError(
                    f"dest {text!r} is neither an existing folder nor a file name with an "
                    f"extension: create the folder, pass {text.rstrip('/') + '/'!r} to create "
                    f"it, or name the file (like {text.rstrip('/') + '.png'!r})"
                )
            self.path = path

    def file(self, default_name: str) -> Path:
        """The file to write: ``dest`` itself, or ``default_name`` (sanitised) inside it."""
        return resolve_destination(self.path, default_name) if self.is_dir else self.path


def _prepare_dir(dest_dir: Path | str) -> Path:
    path = Path(dest_dir)
    if path.exists() and not path.is_dir():
        raise ValidationError(f"{str(path)!r} exists and is not a directory")
    path.mkdir(parents=True, exist_ok=True)
    return path


def batch_chunks(asset_ids: Iterable[str]) -> list[list[str]]:
    """Distinct ids (validated) cut into batches of at most 1000."""
    ids = list(dict.fromkeys(id_list(asset_ids)))
    return [ids[i : i + BATCH_LIMIT] for i in range(0, len(ids), BATCH_LIMIT)]


class BatchQuery(TypedDict, total=False):
    """What :meth:`Downloads.request_batch` takes (at least one id list non-empty)."""

    asset_ids: Iterable[str]
    inference_ids: Iterable[str]
    model_ids: Iterable[str]
    file_name_template: str
    flat: bool | None


class BatchParams(RequestBatchDownloadQueryParams, GetBatchDownloadStatusQueryParams, total=False):
    """The query parameters a batch download forwards: those of the batch request and of the
    job's status polls (a name both declare takes one value); each request sends those its
    operation declares."""


class BatchArgs(BatchQuery, BatchParams, total=False):
    """What :meth:`Downloads.request_batch` takes: the body it builds, and the parameters it
    forwards (:class:`BatchParams`)."""


_REQUEST = OPERATIONS["requestAssetDownload"]
BATCH_OPERATIONS = (OPERATIONS["requestBatchDownload"], OPERATIONS["getBatchDownloadStatus"])
"""What a batch download sends: the batch request, then its job's status polls."""


def batch_call(args: Mapping[str, Any], helper: str) -> tuple[Call, dict[str, Any]]:
    """The checked batch request for ``args`` (its body fields and forwarded parameters), and
    the parameters its job's status polls forward (by keyword)."""
    body_keys = BatchQuery.__optional_keys__
    body = {k: v for k, v in args.items() if k in body_keys}
    params = {k: v for k, v in args.items() if k not in body_keys}
    query, _ = forward(BATCH_OPERATIONS, params, helper)
    _, status_params = split(BATCH_OPERATIONS, params, helper)
    return Call(request_batch_download, {"body": batch_body(**body), **query}), status_params


def batch_body(
    *,
    asset_ids: Iterable[str] = (),
    inference_ids: Iterable[str] = (),
    model_ids: Iterable[str] = (),
    file_name_template: str = DEFAULT_TEMPLATE,
    flat: bool | None = None,
) -> DownloadRequestBatchRequest:
    """The batch request body; refuses an empty query and more than 1000 asset ids."""
    assets = list(dict.fromkeys(id_list(asset_ids, "asset_ids", allow_empty=True)))
    inferences = id_list(inference_ids, "inference_ids", allow_empty=True)
    models = id_list(model_ids, "model_ids", allow_empty=True)
    if not (assets or inferences or models):
        raise ValidationError("give asset_ids, inference_ids or model_ids")
    if len(assets) > BATCH_LIMIT:
        raise ValidationError(
            f"a batch download is limited to {BATCH_LIMIT} assets, got {len(assets)}"
        )
    if not isinstance(file_name_template, str) or not file_name_template.strip():
        raise ValidationError("file_name_template must be a non-empty string")
    if "/" in file_name_template or "\\" in file_name_template:
        raise ValidationError("file_name_template must not contain path separators")
    return DownloadRequestBatchRequest(
        options=BatchDownloadOptions(
            file_name_template=file_name_template,
            flat=UNSET if flat is None else boolean(flat, "flat"),
        ),
        query=BatchDownloadQuery(asset_ids=assets, inference_ids=inferences, model_ids=models),
    )


def checked_asset_id(asset_id: str, target_format: TargetFormat | str | None) -> str:
    """Check a single-asset download request by the spec's rules, before any request."""
    call = prepare(
        OPERATIONS["requestAssetDownload"],
        {"assetId": asset_id, "targetFormat": target_format},
        CallOptions(),
    )
    checked: str = call.kwargs["asset_id"]
    return checked


class BatchJob:
    """A batch download job (sync): poll it, then stream its archive to disk.

    Attributes:
        job_id: the API's job id.
        download_url: the archive's signed URL once known.
        status: the last status seen.
    """

    def __init__(
        self, downloads: Downloads, job_id: str, params: Mapping[str, Any] | None = None
    ) -> None:
        self._downloads = downloads
        self._params = dict(params or {})  # the status polls' forwarded parameters
        self.job_id = job_id
        self.download_url: str | None = None
        self.status: str | None = None

    def __repr__(self) -> str:
        return f"BatchJob(job_id={self.job_id!r}, status={self.status!r})"

    def refresh(self) -> DownloadGetStatusResponse:
        """Read the job's status once."""
        result = self._downloads.get_status(self.job_id, **self._params)
        self.status = result.job_status
        return result

    def wait(
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
                    status = self.refresh()
                except (APIConnectionError, APIStatusError) as exc:
                    poll.failed(exc, budget)
                else:
                    url = poll.outcome(status, on_status)
                    if url is not None:
                        self.download_url = url
                        return url
                self._downloads.sleep(poll.next_wait())

    def download_to(
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
        url = self.download_url or self.wait(
            timeout=timeout, poll_interval=poll_interval, max_interval=max_interval
        )
        try:
            return fetch_to_file(self._downloads.http, url, target, on_progress)
        except Expired:
            logger.info("archive URL of %s expired; asking for a fresh one", self.job_id)
            self.download_url = None
            url = self.wait(timeout=timeout, poll_interval=poll_interval, max_interval=max_interval)
        try:
            return fetch_to_file(self._downloads.http, url, target, on_progress)
        except Expired:
            raise DownloadError(
                f"storage refused the archive of {self.job_id} twice (403)"
            ) from None


class Downloads(DownloadOperations):
    """Download operations (sync). Reached as ``client.downloads``.

    ``get_status`` (and any download operation the spec gains) is the generated class's; the
    batch job polling, streamed downloads and fresh-link retry are here.

    Attributes:
        with_raw_response: the same operations, returning a ``RawResponse``.
    """

    def __init__(
        self,
        invoker: Invoker,
        *,
        sleep: Callable[[float], None] = time.sleep,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        runner = Runner(invoker)
        super().__init__(runner)
        self.with_raw_response: DownloadOperationsWithRawResponse = (
            DownloadOperationsWithRawResponse(runner)
        )
        self._invoker = invoker
        self.http: httpx.Client = invoker.http
        self.sleep = sleep
        self.monotonic = monotonic

    def request_batch(self, *, timeout: Timeout = None, **query: Unpack[BatchArgs]) -> BatchJob:
        """Start a batch download job.

        Args:
            **query: asset_ids, inference_ids, model_ids (at least one non-empty; at most 1000
                asset ids), file_name_template (default ``"<id>"``), flat; and the query
                parameters of the request and of the job's polls (:class:`BatchParams`),
                forwarded to each operation that declares them.

        Returns:
            The job: ``job.wait()`` then ``job.download_to(path)``.

        Raises:
            ValidationError: empty query, too many assets, bad template.

        Example:
            >>> job = client.downloads.request_batch(asset_ids=ids, flat=True)
            >>> job.download_to("out/", on_progress=print)
        """
        call, status_params = batch_call(query, "request_batch")
        result = self._invoker.run(call, timeout)
        return BatchJob(self, result.job_id, status_params)

    def download_assets(
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
            timeout: each job's deadline (see :meth:`BatchJob.wait`).
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
            job = self.request_batch(
                asset_ids=group, file_name_template=file_name_template, flat=flat, **params
            )
            job.wait(
                on_status=on_status,
                timeout=timeout,
                poll_interval=poll_interval,
                max_interval=max_interval,
            )
            paths.append(
                job.download_to(
                    folder,
                    on_progress=on_progress,
                    timeout=timeout,
                    poll_interval=poll_interval,
                    max_interval=max_interval,
                )
            )
        return paths

    def download_asset(
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
            url = self.request(asset_id, **params)
            target = where.file(_asset_file_name(checked, url, target_format))
            try:
                return fetch_to_file(self.http, url, target, on_progress)
            except Expired:
                logger.info("signed URL for %s expired (attempt %d)", asset_id, attempt)
        raise DownloadError(f"storage refused the download of {asset_id} twice (403)")


class AsyncBatchJob:
    """A batch download job (async); see :class:`BatchJob`."""

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
        """Poll until the archive is ready; see :meth:`BatchJob.wait`."""
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
        """Stream the archive to ``dest``; see :meth:`BatchJob.download_to`."""
        target = _Destination(dest).file(f"{self.job_id}.zip")
        check_wait(timeout, poll_interval, max_interval)
        check_callback(on_progress, "on_progress")
        url = self.download_url or await self.wait(
            timeout=timeout, poll_interval=poll_interval, max_interval=max_interval
        )
        try:
            return await afetch_to_file(self._downloads.http, url, target, on_progress)
        except Expired:
            logger.info("archive URL of %s expired; asking for a fresh one", self.job_id)
            self.download_url = None
            url = await self.wait(
                timeout=timeout, poll_interval=poll_interval, max_interval=max_interval
            )
        try:
            return await afetch_to_file(self._downloads.http, url, target, on_progress)
        except Expired:
            raise DownloadError(
                f"storage refused the archive of {self.job_id} twice (403)"
            ) from None


class AsyncDownloads(AsyncDownloadOperations):
    """Download operations (async); same methods as :class:`Downloads`."""

    def __init__(
        self,
        invoker: AsyncInvoker,
        *,
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
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
        """Start a batch download job; see :meth:`Downloads.request_batch`."""
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
        """Download assets as archives; see :meth:`Downloads.download_assets`."""
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
        """Download one asset; see :meth:`Downloads.download_asset`."""
        target_format = params.get("target_format")
        checked = checked_asset_id(asset_id, target_format)
        split((_REQUEST,), params, "download_asset", ("query", "body"))
        check_callback(on_progress, "on_progress")
        where = _Destination(dest)
        for attempt in (1, 2):
            url = await self.request(asset_id, **params)
            target = where.file(_asset_file_name(checked, url, target_format))
            try:
                return await afetch_to_file(self.http, url, target, on_progress)
            except Expired:
                logger.info("signed URL for %s expired (attempt %d)", asset_id, attempt)
        raise DownloadError(f"storage refused the download of {asset_id} twice (403)")
