"""The optional parameters of each operation, as typed records (written by codegen.sh; do not
edit).

A helper that wraps an operation forwards the operation's other optional parameters with
``**params: Unpack[ListAssetsParams]``: when the spec gains a parameter, the record gains it too,
and the helper takes it with no edit. Keys are the operation method's keywords. A helper that
builds the operation's request body itself forwards the query parameters
(``...QueryParams``). ``ClientOptions`` holds the client-wide options (``x-client-option``):
set once on the client, sent by every operation that declares them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TypedDict

from .models import (
    AssetPrivacy,
    AssetSortField,
    AssetType,
    SortDirection,
    TargetFormat,
)

__all__ = [
    "ClientOptions",
    "DeleteAssetsParams",
    "DeleteAssetsQueryParams",
    "DuplicateAssetParams",
    "DuplicateAssetQueryParams",
    "GetBatchDownloadStatusParams",
    "GetBatchDownloadStatusQueryParams",
    "GetBulkAssetsParams",
    "GetBulkAssetsQueryParams",
    "ListAssetSnapshotsParams",
    "ListAssetSnapshotsQueryParams",
    "ListAssetsParams",
    "ListAssetsQueryParams",
    "LockAssetParams",
    "LockAssetQueryParams",
    "RequestAssetDownloadParams",
    "RequestAssetDownloadQueryParams",
    "RequestBatchDownloadParams",
    "RequestBatchDownloadQueryParams",
    "RetrieveAssetParams",
    "RetrieveAssetQueryParams",
    "UnlockAssetParams",
    "UnlockAssetQueryParams",
    "UpdateAssetParams",
    "UpdateAssetQueryParams",
    "UpdateAssetTagsParams",
    "UpdateAssetTagsQueryParams",
    "UploadAssetParams",
    "UploadAssetQueryParams",
]


class ClientOptions(TypedDict, total=False):
    """The client-wide options (``x-client-option``): ``Client(**options)``,
    ``client.with_options(**options)``."""


class DeleteAssetsParams(TypedDict, total=False):
    """The optional parameters of ``deleteAssets`` (``AssetsOperations.delete_many``)."""


class DeleteAssetsQueryParams(TypedDict, total=False):
    """The optional query parameters of ``deleteAssets``: what a helper that builds its body forwards."""


class DuplicateAssetParams(TypedDict, total=False):
    """The optional parameters of ``duplicateAsset`` (``AssetsOperations.duplicate``)."""

    original_assets: bool | None
    target_project_id: str | None


class DuplicateAssetQueryParams(TypedDict, total=False):
    """The optional query parameters of ``duplicateAsset``: what a helper that builds its body forwards."""

    original_assets: bool | None


class GetBatchDownloadStatusParams(TypedDict, total=False):
    """The optional parameters of ``getBatchDownloadStatus`` (``DownloadOperations.get_status``)."""


class GetBatchDownloadStatusQueryParams(TypedDict, total=False):
    """The optional query parameters of ``getBatchDownloadStatus``: what a helper that builds its body forwards."""


class GetBulkAssetsParams(TypedDict, total=False):
    """The optional parameters of ``getBulkAssets`` (``AssetsOperations.get_bulk``)."""

    original_assets: bool | None
    asset_ids: Sequence[str] | None


class GetBulkAssetsQueryParams(TypedDict, total=False):
    """The optional query parameters of ``getBulkAssets``: what a helper that builds its body forwards."""

    original_assets: bool | None


class ListAssetSnapshotsParams(TypedDict, total=False):
    """The optional parameters of ``listAssetSnapshots`` (``AssetsOperations.list_snapshots``)."""

    page_size: int | None
    pagination_token: str | None


class ListAssetSnapshotsQueryParams(TypedDict, total=False):
    """The optional query parameters of ``listAssetSnapshots``: what a helper that builds its body forwards."""

    page_size: int | None
    pagination_token: str | None


class ListAssetsParams(TypedDict, total=False):
    """The optional parameters of ``listAssets`` (``AssetsOperations.list``)."""

    author_id: str | None
    collection_id: str | None
    created_after: datetime | str | None
    created_before: datetime | str | None
    inference_id: str | None
    model_id: str | None
    original_assets: bool | None
    page_size: int | None
    pagination_token: str | None
    parent_asset_id: str | None
    privacy: AssetPrivacy | str | None
    root_asset_id: str | None
    sort_by: AssetSortField | str | None
    sort_direction: SortDirection | str | None
    tags: Sequence[str] | str | None
    type: AssetType | str | None
    types: Sequence[AssetType | str] | None
    updated_after: datetime | str | None
    updated_before: datetime | str | None


class ListAssetsQueryParams(TypedDict, total=False):
    """The optional query parameters of ``listAssets``: what a helper that builds its body forwards."""

    author_id: str | None
    collection_id: str | None
    created_after: datetime | str | None
    created_before: datetime | str | None
    inference_id: str | None
    model_id: str | None
    original_assets: bool | None
    page_size: int | None
    pagination_token: str | None
    parent_asset_id: str | None
    privacy: AssetPrivacy | str | None
    root_asset_id: str | None
    sort_by: AssetSortField | str | None
    sort_direction: SortDirection | str | None
    tags: Sequence[str] | str | None
    type: AssetType | str | None
    types: Sequence[AssetType | str] | None
    updated_after: datetime | str | None
    updated_before: datetime | str | None


class LockAssetParams(TypedDict, total=False):
    """The optional parameters of ``lockAsset`` (``AssetsOperations.lock``)."""

    original_assets: bool | None


class LockAssetQueryParams(TypedDict, total=False):
    """The optional query parameters of ``lockAsset``: what a helper that builds its body forwards."""

    original_assets: bool | None


class RequestAssetDownloadParams(TypedDict, total=False):
    """The optional parameters of ``requestAssetDownload`` (``DownloadOperations.request``)."""

    target_format: TargetFormat | str | None


class RequestAssetDownloadQueryParams(TypedDict, total=False):
    """The optional query parameters of ``requestAssetDownload``: what a helper that builds its body forwards."""


class RequestBatchDownloadParams(TypedDict, total=False):
    """The optional parameters of ``requestBatchDownload`` (``DownloadOperations.request_batch``)."""


class RequestBatchDownloadQueryParams(TypedDict, total=False):
    """The optional query parameters of ``requestBatchDownload``: what a helper that builds its body forwards."""


class RetrieveAssetParams(TypedDict, total=False):
    """The optional parameters of ``retrieveAsset`` (``AssetsOperations.retrieve``)."""

    original_assets: bool | None
    with_embedding: bool | None


class RetrieveAssetQueryParams(TypedDict, total=False):
    """The optional query parameters of ``retrieveAsset``: what a helper that builds its body forwards."""

    original_assets: bool | None
    with_embedding: bool | None


class UnlockAssetParams(TypedDict, total=False):
    """The optional parameters of ``unlockAsset`` (``AssetsOperations.unlock``)."""

    original_assets: bool | None
    force_unlock: bool | None
    lock_id: str | None


class UnlockAssetQueryParams(TypedDict, total=False):
    """The optional query parameters of ``unlockAsset``: what a helper that builds its body forwards."""

    original_assets: bool | None


class UpdateAssetParams(TypedDict, total=False):
    """The optional parameters of ``updateAsset`` (``AssetsOperations.update``)."""

    original_assets: bool | None
    canvas: str | None
    description: str | None
    disable_snapshot: bool | None
    lock_expires_at: datetime | str | None
    lock_id: str | None
    name: str | None
    thumbnail: str | None


class UpdateAssetQueryParams(TypedDict, total=False):
    """The optional query parameters of ``updateAsset``: what a helper that builds its body forwards."""

    original_assets: bool | None


class UpdateAssetTagsParams(TypedDict, total=False):
    """The optional parameters of ``updateAssetTags`` (``AssetsOperations.update_tags``)."""

    add: Sequence[str] | None
    delete: Sequence[str] | None
    strict: bool | None


class UpdateAssetTagsQueryParams(TypedDict, total=False):
    """The optional query parameters of ``updateAssetTags``: what a helper that builds its body forwards."""


class UploadAssetParams(TypedDict, total=False):
    """The optional parameters of ``uploadAsset`` (``AssetsOperations.upload``)."""

    original_assets: bool | None
    canvas: str | None
    collection_ids: Sequence[str] | None
    hide: bool | None
    image: str | None
    parent_id: str | None
    thumbnail: str | None


class UploadAssetQueryParams(TypedDict, total=False):
    """The optional query parameters of ``uploadAsset``: what a helper that builds its body forwards."""

    original_assets: bool | None
