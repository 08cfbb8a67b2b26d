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

The classes are written once, async (``_async/_downloads.py``), and their sync twins generated
from it; the rules both share (the job wait's deadline and backoff, the batch body, where a
download goes) are in ``_download_parts``. This module is where users import them from.
"""

from __future__ import annotations

from ._async._downloads import AsyncBatchJob as AsyncBatchJob
from ._async._downloads import AsyncDownloads as AsyncDownloads
from ._download_parts import BATCH_LIMIT as BATCH_LIMIT
from ._download_parts import BATCH_OPERATIONS as BATCH_OPERATIONS
from ._download_parts import DEFAULT_TEMPLATE as DEFAULT_TEMPLATE
from ._download_parts import FAILED_STATUSES as FAILED_STATUSES
from ._download_parts import PENDING_STATUSES as PENDING_STATUSES
from ._download_parts import READY_STATUSES as READY_STATUSES
from ._download_parts import BatchArgs as BatchArgs
from ._download_parts import BatchParams as BatchParams
from ._download_parts import BatchQuery as BatchQuery
from ._download_parts import StatusCallback as StatusCallback
from ._download_parts import Timeout as Timeout
from ._download_parts import batch_body as batch_body
from ._download_parts import batch_call as batch_call
from ._download_parts import batch_chunks as batch_chunks
from ._download_parts import check_wait as check_wait
from ._download_parts import checked_asset_id as checked_asset_id
from ._download_parts import logger as logger
from ._sync._downloads import BatchJob as BatchJob
from ._sync._downloads import Downloads as Downloads

__all__ = ["AsyncBatchJob", "AsyncDownloads", "BatchJob", "BatchParams", "Downloads"]
