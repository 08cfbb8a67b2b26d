"""``client.downloads``: batch archives and single-asset links, sync and async.

A batch download is a job: :meth:`Downloads.request_batch` starts it, :meth:`Downloads.get_status`
reads it. :meth:`Downloads.request` asks for a signed link to one asset in a target format.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx
from scenario_assets_api.api.download import (
    get_batch_download_status,
    request_asset_download,
    request_batch_download,
)
from scenario_assets_api.models import (
    BatchDownloadOptions,
    BatchDownloadQuery,
    DownloadGetStatusResponse,
    DownloadRequestBatchRequest,
    DownloadRequestRequest,
    TargetFormat,
)
from scenario_assets_api.types import UNSET

from . import _validation as v
from .errors import ValidationError

if TYPE_CHECKING:
    from ._http import AsyncInvoker, Invoker

__all__ = ["AsyncDownloads", "Downloads"]

Timeout = httpx.Timeout | float | None
BATCH_LIMIT = 1000  # "batch limited to 1000 assets"
DEFAULT_TEMPLATE = "<id>"


def batch_body(
    *,
    asset_ids: Iterable[str] = (),
    inference_ids: Iterable[str] = (),
    model_ids: Iterable[str] = (),
    file_name_template: str = DEFAULT_TEMPLATE,
    flat: bool | None = None,
) -> DownloadRequestBatchRequest:
    """The batch request body; refuses an empty query and more than 1000 asset ids."""
    assets = list(dict.fromkeys(v.id_list(asset_ids, "asset_ids", allow_empty=True)))
    inferences = v.id_list(inference_ids, "inference_ids", allow_empty=True)
    models = v.id_list(model_ids, "model_ids", allow_empty=True)
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
            file_name_template=file_name_template, flat=UNSET if flat is None else flat
        ),
        query=BatchDownloadQuery(asset_ids=assets, inference_ids=inferences, model_ids=models),
    )


def asset_download_kwargs(
    asset_id: str, target_format: TargetFormat | str | None
) -> dict[str, Any]:
    return {
        "asset_id": v.resource_id(asset_id),
        "body": DownloadRequestRequest(
            target_format=UNSET
            if target_format is None
            else v.enum_member(target_format, TargetFormat, "target_format")
        ),
    }


class Downloads:
    """Download operations (sync). Reached as ``client.downloads``."""

    def __init__(self, invoker: Invoker) -> None:
        self._invoker = invoker

    def request_batch(self, *, timeout: Timeout = None, **query: Any) -> str:
        """Start a batch download job; returns its job id.

        Args:
            **query: asset_ids, inference_ids, model_ids (at least one non-empty; at most 1000
                asset ids), file_name_template (default ``"<id>"``), flat.

        Raises:
            ValidationError: empty query, too many assets, bad template.
        """
        result = self._invoker.call(
            request_batch_download.sync_detailed, body=batch_body(**query), timeout=timeout
        )
        job_id: str = result.job_id
        return job_id

    def get_status(self, job_id: str, *, timeout: Timeout = None) -> DownloadGetStatusResponse:
        """The status of a batch job (``job_status``) and, once done, its ``download_url``."""
        result: DownloadGetStatusResponse = self._invoker.call(
            get_batch_download_status.sync_detailed,
            job_id=v.resource_id(job_id, "job_id"),
            timeout=timeout,
        )
        return result

    def request(
        self,
        asset_id: str,
        *,
        target_format: TargetFormat | str | None = None,
        timeout: Timeout = None,
    ) -> str:
        """A signed URL to download one asset, optionally converted to ``target_format``."""
        result = self._invoker.call(
            request_asset_download.sync_detailed,
            timeout=timeout,
            **asset_download_kwargs(asset_id, target_format),
        )
        url: str = result.url
        return url


class AsyncDownloads:
    """Download operations (async); same methods as :class:`Downloads`."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def request_batch(self, *, timeout: Timeout = None, **query: Any) -> str:
        """Start a batch download job; see :meth:`Downloads.request_batch`."""
        result = await self._invoker.call(
            request_batch_download.asyncio_detailed, body=batch_body(**query), timeout=timeout
        )
        job_id: str = result.job_id
        return job_id

    async def get_status(
        self, job_id: str, *, timeout: Timeout = None
    ) -> DownloadGetStatusResponse:
        """The status of a batch job; see :meth:`Downloads.get_status`."""
        result: DownloadGetStatusResponse = await self._invoker.call(
            get_batch_download_status.asyncio_detailed,
            job_id=v.resource_id(job_id, "job_id"),
            timeout=timeout,
        )
        return result

    async def request(
        self,
        asset_id: str,
        *,
        target_format: TargetFormat | str | None = None,
        timeout: Timeout = None,
    ) -> str:
        """A signed URL for one asset; see :meth:`Downloads.request`."""
        result = await self._invoker.call(
            request_asset_download.asyncio_detailed,
            timeout=timeout,
            **asset_download_kwargs(asset_id, target_format),
        )
        url: str = result.url
        return url
