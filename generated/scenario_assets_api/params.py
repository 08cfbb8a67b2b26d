"""The optional parameters of each operation, as typed records (written by codegen.sh; do not
edit).

A helper that wraps an operation forwards the operation's other optional parameters with
``**params: Unpack[ListAssetsParams]``: when the spec gains a parameter, the record gains it too,
and the helper takes it with no edit. Keys are the operation method's keywords.
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
    "DeleteAssetsParams",
    "DuplicateAssetParams",
    "GetBatchDownloadStatusParams",
    "GetBulkAssetsParams",
    "ListAssetSnapshotsParams",
    "ListAssetsParams",
    "LockAssetParams",
    "RequestAssetDownloadParams",
    "RequestBatchDownloadParams",
    "RetrieveAssetParams",
    "UnlockAssetParams",
    "UpdateAssetParams",
    "UpdateAssetTagsParams",
    "UploadAssetParams",
]


class DeleteAssetsParams(TypedDict, total=False):
    """The optional parameters of ``deleteAssets`` (``AssetsOperations.delete_many``)."""


class DuplicateAssetParams(TypedDict, total=False):
    """The optional parameters of ``duplicateAsset`` (``AssetsOperations.duplicate``)."""

    original_assets: bool | None
    target_project_id: str | None


class GetBatchDownloadStatusParams(TypedDict, total=False):
    """The optional parameters of ``getBatchDownloadStatus`` (``DownloadOperations.get_status``)."""


class GetBulkAssetsParams(TypedDict, total=False):
    """The optional parameters of ``getBulkAssets`` (``AssetsOperations.get_bulk``)."""

    original_assets: bool | None
    asset_ids: Sequence[str] | None


class ListAssetSnapshotsParams(TypedDict, total=False):
    """The optional parameters of ``listAssetSnapshots`` (``AssetsOperations.list_snapshots``)."""

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


class LockAssetParams(TypedDict, total=False):
    """The optional parameters of ``lockAsset`` (``AssetsOperations.lock``)."""

    original_assets: bool | None


class RequestAssetDownloadParams(TypedDict, total=False):
    """The optional parameters of ``requestAssetDownload`` (``DownloadOperations.request``)."""

    target_format: TargetFormat | str | None


class RequestBatchDownloadParams(TypedDict, total=False):
    """The optional parameters of ``requestBatchDownload`` (``DownloadOperations.request_batch``)."""


class RetrieveAssetParams(TypedDict, total=False):
    """The optional parameters of ``retrieveAsset`` (``AssetsOperations.retrieve``)."""

    original_assets: bool | None
    with_embedding: bool | None


class UnlockAssetParams(TypedDict, total=False):
    """The optional parameters of ``unlockAsset`` (``AssetsOperations.unlock``)."""

    original_assets: bool | None
    force_unlock: bool | None
    lock_id: str | None


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


class UpdateAssetTagsParams(TypedDict, total=False):
    """The optional parameters of ``updateAssetTags`` (``AssetsOperations.update_tags``)."""

    add: Sequence[str] | None
    delete: Sequence[str] | None
    strict: bool | None


class UploadAssetParams(TypedDict, total=False):
    """The optional parameters of ``uploadAsset`` (``AssetsOperations.upload``)."""

    original_assets: bool | None
    canvas: str | None
    collection_ids: Sequence[str] | None
    hide: bool | None
    image: str | None
    parent_id: str | None
    thumbnail: str | None
