"""Per-operation facts from the spec's ``x-`` extensions (written by codegen.sh; do not edit).

Read by the client's retry layer (``retry_safe``), auth check (``public``), error mapping
(``conflict``) and pager (``pagination``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pagination:
    """Where an operation's page token and items are (Python names)."""

    request: str
    """The request parameter that carries the token."""
    response: str
    """The response attribute with the next token (empty or absent at the end)."""
    items: str
    """The response attribute listing the page's items."""


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    module: str
    """The generated endpoint module, ``scenario_assets_api.api.<tag>.<name>``."""
    tag: str
    method: str
    path: str
    method_name: str
    """The client method name (``x-method-name``, else the module name)."""
    retry_safe: bool
    """Whether a 408, a 5xx or a lost response may be retried (``x-retry-safe``)."""
    public: bool
    """Whether the public token may call it (``publicAuthToken`` in its security)."""
    conflict: str | None
    """What a 409 means (``x-conflict``): ``"lock"`` for a canvas lock conflict."""
    pagination: Pagination | None


OPERATIONS: dict[str, Operation] = {
    "deleteAssets": Operation(
        operation_id="deleteAssets",
        module="scenario_assets_api.api.assets.delete_assets",
        tag="assets",
        method="DELETE",
        path="/assets",
        method_name="delete_many",
        retry_safe=True,
        public=False,
        conflict=None,
        pagination=None,
    ),
    "duplicateAsset": Operation(
        operation_id="duplicateAsset",
        module="scenario_assets_api.api.assets.duplicate_asset",
        tag="assets",
        method="POST",
        path="/assets/{assetId}/copy",
        method_name="duplicate",
        retry_safe=False,
        public=False,
        conflict=None,
        pagination=None,
    ),
    "getBatchDownloadStatus": Operation(
        operation_id="getBatchDownloadStatus",
        module="scenario_assets_api.api.download.get_batch_download_status",
        tag="download",
        method="GET",
        path="/assets/download/{jobId}",
        method_name="get_status",
        retry_safe=True,
        public=False,
        conflict=None,
        pagination=None,
    ),
    "getBulkAssets": Operation(
        operation_id="getBulkAssets",
        module="scenario_assets_api.api.assets.get_bulk_assets",
        tag="assets",
        method="POST",
        path="/assets/get-bulk",
        method_name="get_bulk",
        retry_safe=True,
        public=False,
        conflict=None,
        pagination=None,
    ),
    "listAssetSnapshots": Operation(
        operation_id="listAssetSnapshots",
        module="scenario_assets_api.api.assets.list_asset_snapshots",
        tag="assets",
        method="GET",
        path="/assets/{assetId}/snapshots",
        method_name="list_snapshots",
        retry_safe=True,
        public=False,
        conflict=None,
        pagination=Pagination(request="pagination_token", response="next_pagination_token", items="snapshots"),
    ),
    "listAssets": Operation(
        operation_id="listAssets",
        module="scenario_assets_api.api.assets.list_assets",
        tag="assets",
        method="GET",
        path="/assets",
        method_name="list",
        retry_safe=True,
        public=True,
        conflict=None,
        pagination=Pagination(request="pagination_token", response="next_pagination_token", items="assets"),
    ),
    "lockAsset": Operation(
        operation_id="lockAsset",
        module="scenario_assets_api.api.assets.lock_asset",
        tag="assets",
        method="PUT",
        path="/assets/{assetId}/lock",
        method_name="lock",
        retry_safe=False,
        public=False,
        conflict="lock",
        pagination=None,
    ),
    "requestAssetDownload": Operation(
        operation_id="requestAssetDownload",
        module="scenario_assets_api.api.download.request_asset_download",
        tag="download",
        method="POST",
        path="/assets/{assetId}/download",
        method_name="request",
        retry_safe=True,
        public=False,
        conflict=None,
        pagination=None,
    ),
    "requestBatchDownload": Operation(
        operation_id="requestBatchDownload",
        module="scenario_assets_api.api.download.request_batch_download",
        tag="download",
        method="POST",
        path="/assets/download",
        method_name="request_batch",
        retry_safe=False,
        public=False,
        conflict=None,
        pagination=None,
    ),
    "retrieveAsset": Operation(
        operation_id="retrieveAsset",
        module="scenario_assets_api.api.assets.retrieve_asset",
        tag="assets",
        method="GET",
        path="/assets/{assetId}",
        method_name="retrieve",
        retry_safe=True,
        public=True,
        conflict=None,
        pagination=None,
    ),
    "unlockAsset": Operation(
        operation_id="unlockAsset",
        module="scenario_assets_api.api.assets.unlock_asset",
        tag="assets",
        method="PUT",
        path="/assets/{assetId}/unlock",
        method_name="unlock",
        retry_safe=False,
        public=False,
        conflict="lock",
        pagination=None,
    ),
    "updateAsset": Operation(
        operation_id="updateAsset",
        module="scenario_assets_api.api.assets.update_asset",
        tag="assets",
        method="PUT",
        path="/assets/{assetId}",
        method_name="update",
        retry_safe=False,
        public=False,
        conflict="lock",
        pagination=None,
    ),
    "updateAssetTags": Operation(
        operation_id="updateAssetTags",
        module="scenario_assets_api.api.assets.update_asset_tags",
        tag="assets",
        method="PUT",
        path="/assets/{assetId}/tags",
        method_name="update_tags",
        retry_safe=False,
        public=False,
        conflict=None,
        pagination=None,
    ),
    "uploadAsset": Operation(
        operation_id="uploadAsset",
        module="scenario_assets_api.api.assets.upload_asset",
        tag="assets",
        method="POST",
        path="/assets",
        method_name="upload",
        retry_safe=False,
        public=False,
        conflict=None,
        pagination=None,
    ),
}
"""Every operation of the spec, by operationId."""

BY_MODULE: dict[str, Operation] = {op.module: op for op in OPERATIONS.values()}
"""The same operations, by generated endpoint module."""
