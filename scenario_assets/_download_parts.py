"""What the sync and async downloads share: the batch job's rules, its wait and its body.

Flavour-free: the job wait's deadline and backoff (``_Poll``), where a download goes
(``_Destination``), the batch request's body and forwarded parameters. The classes that send
the requests, :class:`~scenario_assets.AsyncDownloads` and its job, are written once in
``_async/_downloads.py``; their sync twins are generated from it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import Any, TypedDict

import httpx
from scenario_assets_api._operations import OPERATIONS, Poll
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
from scenario_assets_api.operations import CallOptions
from scenario_assets_api.params import (
    GetBatchDownloadStatusQueryParams,
    RequestBatchDownloadQueryParams,
)
from scenario_assets_api.types import UNSET

from ._call import Call
from ._files import resolve_destination
from ._forward import forward, split
from ._retry import Deadline, should_retry_status
from ._runner import prepare
from ._validation import boolean, id_list, positive_number
from .errors import (
    APIConnectionError,
    APIStatusError,
    DownloadJobFailedError,
    PollTimeoutError,
    ValidationError,
)

logger: logging.Logger = logging.getLogger("scenario_assets")

Timeout = httpx.Timeout | float | None
#: The most assets one batch job may carry: the spec's ``maxItems`` of ``query.assetIds``.
BATCH_LIMIT: int = next(
    p for p in OPERATIONS["requestBatchDownload"].params if p.name == "query"
).schema["properties"]["assetIds"]["maxItems"]
DEFAULT_TEMPLATE = "<id>"
StatusCallback = Callable[[str], None]
#: The status request of a job wait: a failed poll is polled past when retrying it would be.
_STATUS_POLL = OPERATIONS["getBatchDownloadStatus"]
if _STATUS_POLL.poll is None:  # pragma: no cover - the spec lost a fact the waits need
    raise ImportError("the spec's getBatchDownloadStatus has no x-poll: what its statuses mean")
_JOB: Poll = _STATUS_POLL.poll
#: Statuses of a job whose archive is ready (the spec's ``x-poll``).
READY_STATUSES = frozenset(_JOB.ready)
#: Statuses after which a job changes no more, without an archive.
FAILED_STATUSES = frozenset(_JOB.failed)
#: Statuses of a job still on its way; another one is logged, and waited past.
PENDING_STATUSES = frozenset(_JOB.pending)


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
        job_status = str(getattr(status, _JOB.status))
        self.last = job_status
        if on_status is not None:
            on_status(job_status)
        url = status.download_url if isinstance(status.download_url, str) else None
        if job_status in READY_STATUSES and url:
            return url
        if job_status in FAILED_STATUSES:
            raise DownloadJobFailedError(
                f"batch download {self.job_id} ended with status {job_status!r}",
                job_id=self.job_id,
                status=job_status,
            )
        if job_status not in PENDING_STATUSES:
            logger.info("batch download %s: status %r; still waiting", self.job_id, job_status)
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
