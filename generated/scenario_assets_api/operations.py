"""Typed operation classes, one sync and one async per tag (written by codegen.sh; do not edit).

Each method is one operation of the spec: its keyword parameters, checked before sending by the
runner the client provides; its docstring from the spec; the parsed model as its return. The
handwritten client (``scenario_assets``) builds on these classes; use them through it. The
runner protocols, ``CallOptions`` and ``RawResponse`` are defined in ``scenario_assets_runtime``
(and re-exported here).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

import httpx  # noqa: F401  (the Timeout alias names it: typing.get_type_hints resolves it here)

from scenario_assets_runtime._operations import (
    AsyncPaginator,
    AsyncRunner,
    CallOptions,
    Paginator,
    RawResponse,
    Runner,
    Timeout,
)

from ._operations import OPERATIONS, Operation
from .models import (
    Asset,
    AssetDuplicateResponse,
    AssetGetBulkResponse,
    AssetListResponse,
    AssetListSnapshotsResponse,
    AssetLockResponse,
    AssetPrivacy,
    AssetRetrieveResponse,
    AssetSortField,
    AssetType,
    AssetUnlockResponse,
    AssetUpdateResponse,
    AssetUpdateTagsResponse,
    AssetUploadResponse,
    DownloadGetStatusResponse,
    DownloadRequestBatchResponse,
    DownloadRequestResponse,
    Snapshot,
    SortDirection,
    TargetFormat,
)

__all__ = [
    "AssetsOperations",
    "AssetsOperationsWithRawResponse",
    "AsyncAssetsOperations",
    "AsyncAssetsOperationsWithRawResponse",
    "AsyncDownloadOperations",
    "AsyncDownloadOperationsWithRawResponse",
    "AsyncPaginator",
    "AsyncRunner",
    "CallOptions",
    "DownloadOperations",
    "DownloadOperationsWithRawResponse",
    "Operation",
    "Paginator",
    "RawResponse",
    "Runner",
    "Timeout",
]


class AssetsOperations:
    """Operations of the ``assets`` tag (sync), returning parsed models."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def _delete_many(
        self,
        *,
        asset_ids: Sequence[str],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete Multiple.

        Delete multiple assets

        Args:
            asset_ids: The ids of the assets to delete. (Max 100 at once)
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Any
        """
        return self._runner.call(
            OPERATIONS["deleteAssets"],
            {"assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def duplicate(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        target_project_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Duplicate.

        Duplicate an asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            target_project_id: The id of the project to copy the asset to. If not provided, the
                asset will be copied to the canvas project.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Asset
        """
        return self._runner.call(
            OPERATIONS["duplicateAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "targetProjectId": target_project_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def _get_bulk(
        self,
        *,
        original_assets: bool | None = None,
        asset_ids: Sequence[str] | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetGetBulkResponse:
        """Get Bulk.

        Get multiple assets by their IDs

        Args:
            original_assets: If set to true, returns the original asset without transformation
            asset_ids: The list of asset ids the team has read access to. Limit of 200 assets.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetGetBulkResponse
        """
        return self._runner.call(
            OPERATIONS["getBulkAssets"],
            {"originalAssets": original_assets, "assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list_snapshots(
        self,
        asset_id: str,
        *,
        page_size: int | None = None,
        pagination_token: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListSnapshotsResponse:
        """List Snapshots.

        List snapshots of a canvas type asset

        Args:
            page_size: The number of items to return in the response. The default value is 10,
                maximum value is 100, minimum value is 10
            pagination_token: A token you received in a previous request to query the next page of
                items
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            AssetListSnapshotsResponse
        """
        return self._runner.call(
            OPERATIONS["listAssetSnapshots"],
            {"assetId": asset_id, "pageSize": page_size, "paginationToken": pagination_token},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def iter_snapshots(
        self,
        asset_id: str,
        *,
        page_size: int | None = None,
        pagination_token: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[Snapshot]:
        """List Snapshots.

        List snapshots of a canvas type asset

        Args:
            page_size: The number of items to return in the response. The default value is 10,
                maximum value is 100, minimum value is 10
            pagination_token: A token you received in a previous request to query the next page of
                items
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            limit: stop after this many items.

        Returns:
            Paginator[Snapshot]
        """
        return self._runner.paginate(
            OPERATIONS["listAssetSnapshots"],
            {"assetId": asset_id, "pageSize": page_size, "paginationToken": pagination_token},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
            limit,
        )

    def list(
        self,
        *,
        author_id: str | None = None,
        collection_id: str | None = None,
        created_after: datetime | str | None = None,
        created_before: datetime | str | None = None,
        inference_id: str | None = None,
        model_id: str | None = None,
        original_assets: bool | None = None,
        page_size: int | None = None,
        pagination_token: str | None = None,
        parent_asset_id: str | None = None,
        privacy: AssetPrivacy | str | None = None,
        root_asset_id: str | None = None,
        sort_by: AssetSortField | str | None = None,
        sort_direction: SortDirection | str | None = None,
        tags: Sequence[str] | str | None = None,
        type: AssetType | str | None = None,
        types: Sequence[AssetType | str] | None = None,
        updated_after: datetime | str | None = None,
        updated_before: datetime | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListResponse:
        """List.

        List assets of a project team. Supports both public access (via the `Authorization` header
        set to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            author_id: List assets generated by a specific author (the user that created the asset)
            created_after: Filter results to only return assets created after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            created_before: Filter results to only return assets created before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            inference_id: List assets generated from a specific inference
            model_id: List assets generated from all inferences coming from a specific model (this
                is not the training images)
            original_assets: If set to true, returns the original asset without transformation
            page_size: The number of items to return in the response. The default value is 50,
                maximum value is 100, minimum value is 1
            pagination_token: A token you received in a previous request to query the next page of
                items
            parent_asset_id: List all the children assets that were generated from a specific parent
                asset
            privacy: Filters result by asset privacy. If set to public, it will return -all- public
                assets from all organizations
            root_asset_id: List all the children assets that were generated from a specific root
                asset
            sort_by: Sort results by the createdAt or updatedAt
            sort_direction: Sort results in ascending (asc) or descending (desc) order
            tags: List of tags, comma separated. Only for public assets on all teams.
            type: List all the assets of a specific type. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video, assets with a type starting with
                "inference-" will be returned
            types: List of the asset types to request. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video
            updated_after: Filter results to only return assets updated after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            updated_before: Filter results to only return assets updated before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            AssetListResponse
        """
        return self._runner.call(
            OPERATIONS["listAssets"],
            {
                "authorId": author_id,
                "collectionId": collection_id,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "inferenceId": inference_id,
                "modelId": model_id,
                "originalAssets": original_assets,
                "pageSize": page_size,
                "paginationToken": pagination_token,
                "parentAssetId": parent_asset_id,
                "privacy": privacy,
                "rootAssetId": root_asset_id,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "tags": tags,
                "type": type,
                "types": types,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def iter(
        self,
        *,
        author_id: str | None = None,
        collection_id: str | None = None,
        created_after: datetime | str | None = None,
        created_before: datetime | str | None = None,
        inference_id: str | None = None,
        model_id: str | None = None,
        original_assets: bool | None = None,
        page_size: int | None = None,
        pagination_token: str | None = None,
        parent_asset_id: str | None = None,
        privacy: AssetPrivacy | str | None = None,
        root_asset_id: str | None = None,
        sort_by: AssetSortField | str | None = None,
        sort_direction: SortDirection | str | None = None,
        tags: Sequence[str] | str | None = None,
        type: AssetType | str | None = None,
        types: Sequence[AssetType | str] | None = None,
        updated_after: datetime | str | None = None,
        updated_before: datetime | str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Paginator[Asset]:
        """List.

        List assets of a project team. Supports both public access (via the `Authorization` header
        set to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            author_id: List assets generated by a specific author (the user that created the asset)
            created_after: Filter results to only return assets created after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            created_before: Filter results to only return assets created before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            inference_id: List assets generated from a specific inference
            model_id: List assets generated from all inferences coming from a specific model (this
                is not the training images)
            original_assets: If set to true, returns the original asset without transformation
            page_size: The number of items to return in the response. The default value is 50,
                maximum value is 100, minimum value is 1
            pagination_token: A token you received in a previous request to query the next page of
                items
            parent_asset_id: List all the children assets that were generated from a specific parent
                asset
            privacy: Filters result by asset privacy. If set to public, it will return -all- public
                assets from all organizations
            root_asset_id: List all the children assets that were generated from a specific root
                asset
            sort_by: Sort results by the createdAt or updatedAt
            sort_direction: Sort results in ascending (asc) or descending (desc) order
            tags: List of tags, comma separated. Only for public assets on all teams.
            type: List all the assets of a specific type. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video, assets with a type starting with
                "inference-" will be returned
            types: List of the asset types to request. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video
            updated_after: Filter results to only return assets updated after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            updated_before: Filter results to only return assets updated before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            limit: stop after this many items.

        Returns:
            Paginator[Asset]
        """
        return self._runner.paginate(
            OPERATIONS["listAssets"],
            {
                "authorId": author_id,
                "collectionId": collection_id,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "inferenceId": inference_id,
                "modelId": model_id,
                "originalAssets": original_assets,
                "pageSize": page_size,
                "paginationToken": pagination_token,
                "parentAssetId": parent_asset_id,
                "privacy": privacy,
                "rootAssetId": root_asset_id,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "tags": tags,
                "type": type,
                "types": types,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
            limit,
        )

    def _lock(
        self,
        asset_id: str,
        *,
        lock_expires_at: datetime | str,
        original_assets: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetLockResponse:
        """Lock.

        Lock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetLockResponse
        """
        return self._runner.call(
            OPERATIONS["lockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "lockExpiresAt": lock_expires_at},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def retrieve(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        with_embedding: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Retrieve.

        Get the details of an asset. Supports both public access (via the `Authorization` header set
        to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            original_assets: If set to true, returns the original asset without transformation
            with_embedding: Include the embedding in the response
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            Asset
        """
        return self._runner.call(
            OPERATIONS["retrieveAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "withEmbedding": with_embedding},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def _unlock(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        force_unlock: bool | None = None,
        lock_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Unlock.

        Unlock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            force_unlock: If true, no need to pass a lockId.
            lock_id: The value of the lock on this canvas.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Asset
        """
        return self._runner.call(
            OPERATIONS["unlockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "forceUnlock": force_unlock, "lockId": lock_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def _update(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        canvas: str | None = None,
        description: str | None = None,
        disable_snapshot: bool | None = None,
        lock_expires_at: datetime | str | None = None,
        lock_id: str | None = None,
        name: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Update.

        Update a canvas asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            canvas: The new value for the canvas as a stringified JSON.
            description: The new description of the asset.
            disable_snapshot: If true, no snapshot will be created for this update.
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            lock_id: The value of the lock to use when updating a locked canvas.
            name: The new name for the canvas.
            thumbnail: The new thumbnail for the canvas in base64 format string.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Asset
        """
        return self._runner.call(
            OPERATIONS["updateAsset"],
            {
                "assetId": asset_id,
                "originalAssets": original_assets,
                "canvas": canvas,
                "description": description,
                "disableSnapshot": disable_snapshot,
                "lockExpiresAt": lock_expires_at,
                "lockId": lock_id,
                "name": name,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def _update_tags(
        self,
        asset_id: str,
        *,
        add: Sequence[str] | None = None,
        delete: Sequence[str] | None = None,
        strict: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetUpdateTagsResponse:
        """Update Tags.

        Add/delete tags on a specific asset

        Args:
            add: The list of tags to add
            delete: The list of tags to delete
            strict: If true, the function will throw an error if: - one of the tags to add already
                exists - one of the tags to delete is not found If false, the endpoint will behave as if
                it was idempotent
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetUpdateTagsResponse
        """
        return self._runner.call(
            OPERATIONS["updateAssetTags"],
            {"assetId": asset_id, "add": add, "delete": delete, "strict": strict},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def _upload(
        self,
        *,
        name: str,
        original_assets: bool | None = None,
        canvas: str | None = None,
        collection_ids: Sequence[str] | None = None,
        hide: bool | None = None,
        image: str | None = None,
        parent_id: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetUploadResponse:
        """Upload.

        Upload an image or canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            name: The original file name of the image (example: "low-res-image.jpg").
            canvas: The canvas to upload as a stringified JSON. Ignored if `image` is provided.
            collection_ids: The IDs of the collections to add the asset to. If provided, the new
                asset will be added to the collections.
            hide: Toggles the hidden status of the asset.
            image: The image to upload in base64 format string.
            parent_id: Specifies the parent asset Id for the asset.
            thumbnail: The thumbnail for the canvas in base64 format string. Ignored if `image` is
                provided.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetUploadResponse
        """
        return self._runner.call(
            OPERATIONS["uploadAsset"],
            {
                "originalAssets": original_assets,
                "name": name,
                "canvas": canvas,
                "collectionIds": collection_ids,
                "hide": hide,
                "image": image,
                "parentId": parent_id,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AssetsOperationsWithRawResponse:
    """Operations of the ``assets`` tag (sync), returning whole parsed bodies with their HTTP responses."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def delete_many(
        self,
        *,
        asset_ids: Sequence[str],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Delete Multiple.

        Delete multiple assets

        Args:
            asset_ids: The ids of the assets to delete. (Max 100 at once)
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[Any]
        """
        return self._runner.call_raw(
            OPERATIONS["deleteAssets"],
            {"assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def duplicate(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        target_project_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetDuplicateResponse]:
        """Duplicate.

        Duplicate an asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            target_project_id: The id of the project to copy the asset to. If not provided, the
                asset will be copied to the canvas project.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetDuplicateResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["duplicateAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "targetProjectId": target_project_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def get_bulk(
        self,
        *,
        original_assets: bool | None = None,
        asset_ids: Sequence[str] | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetGetBulkResponse]:
        """Get Bulk.

        Get multiple assets by their IDs

        Args:
            original_assets: If set to true, returns the original asset without transformation
            asset_ids: The list of asset ids the team has read access to. Limit of 200 assets.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetGetBulkResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["getBulkAssets"],
            {"originalAssets": original_assets, "assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def list_snapshots(
        self,
        asset_id: str,
        *,
        page_size: int | None = None,
        pagination_token: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListSnapshotsResponse]:
        """List Snapshots.

        List snapshots of a canvas type asset

        Args:
            page_size: The number of items to return in the response. The default value is 10,
                maximum value is 100, minimum value is 10
            pagination_token: A token you received in a previous request to query the next page of
                items
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[AssetListSnapshotsResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["listAssetSnapshots"],
            {"assetId": asset_id, "pageSize": page_size, "paginationToken": pagination_token},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def list(
        self,
        *,
        author_id: str | None = None,
        collection_id: str | None = None,
        created_after: datetime | str | None = None,
        created_before: datetime | str | None = None,
        inference_id: str | None = None,
        model_id: str | None = None,
        original_assets: bool | None = None,
        page_size: int | None = None,
        pagination_token: str | None = None,
        parent_asset_id: str | None = None,
        privacy: AssetPrivacy | str | None = None,
        root_asset_id: str | None = None,
        sort_by: AssetSortField | str | None = None,
        sort_direction: SortDirection | str | None = None,
        tags: Sequence[str] | str | None = None,
        type: AssetType | str | None = None,
        types: Sequence[AssetType | str] | None = None,
        updated_after: datetime | str | None = None,
        updated_before: datetime | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListResponse]:
        """List.

        List assets of a project team. Supports both public access (via the `Authorization` header
        set to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            author_id: List assets generated by a specific author (the user that created the asset)
            created_after: Filter results to only return assets created after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            created_before: Filter results to only return assets created before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            inference_id: List assets generated from a specific inference
            model_id: List assets generated from all inferences coming from a specific model (this
                is not the training images)
            original_assets: If set to true, returns the original asset without transformation
            page_size: The number of items to return in the response. The default value is 50,
                maximum value is 100, minimum value is 1
            pagination_token: A token you received in a previous request to query the next page of
                items
            parent_asset_id: List all the children assets that were generated from a specific parent
                asset
            privacy: Filters result by asset privacy. If set to public, it will return -all- public
                assets from all organizations
            root_asset_id: List all the children assets that were generated from a specific root
                asset
            sort_by: Sort results by the createdAt or updatedAt
            sort_direction: Sort results in ascending (asc) or descending (desc) order
            tags: List of tags, comma separated. Only for public assets on all teams.
            type: List all the assets of a specific type. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video, assets with a type starting with
                "inference-" will be returned
            types: List of the asset types to request. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video
            updated_after: Filter results to only return assets updated after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            updated_before: Filter results to only return assets updated before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[AssetListResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["listAssets"],
            {
                "authorId": author_id,
                "collectionId": collection_id,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "inferenceId": inference_id,
                "modelId": model_id,
                "originalAssets": original_assets,
                "pageSize": page_size,
                "paginationToken": pagination_token,
                "parentAssetId": parent_asset_id,
                "privacy": privacy,
                "rootAssetId": root_asset_id,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "tags": tags,
                "type": type,
                "types": types,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def lock(
        self,
        asset_id: str,
        *,
        lock_expires_at: datetime | str,
        original_assets: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetLockResponse]:
        """Lock.

        Lock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetLockResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["lockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "lockExpiresAt": lock_expires_at},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def retrieve(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        with_embedding: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetRetrieveResponse]:
        """Retrieve.

        Get the details of an asset. Supports both public access (via the `Authorization` header set
        to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            original_assets: If set to true, returns the original asset without transformation
            with_embedding: Include the embedding in the response
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[AssetRetrieveResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["retrieveAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "withEmbedding": with_embedding},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def unlock(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        force_unlock: bool | None = None,
        lock_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUnlockResponse]:
        """Unlock.

        Unlock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            force_unlock: If true, no need to pass a lockId.
            lock_id: The value of the lock on this canvas.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUnlockResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["unlockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "forceUnlock": force_unlock, "lockId": lock_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def update(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        canvas: str | None = None,
        description: str | None = None,
        disable_snapshot: bool | None = None,
        lock_expires_at: datetime | str | None = None,
        lock_id: str | None = None,
        name: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUpdateResponse]:
        """Update.

        Update a canvas asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            canvas: The new value for the canvas as a stringified JSON.
            description: The new description of the asset.
            disable_snapshot: If true, no snapshot will be created for this update.
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            lock_id: The value of the lock to use when updating a locked canvas.
            name: The new name for the canvas.
            thumbnail: The new thumbnail for the canvas in base64 format string.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUpdateResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["updateAsset"],
            {
                "assetId": asset_id,
                "originalAssets": original_assets,
                "canvas": canvas,
                "description": description,
                "disableSnapshot": disable_snapshot,
                "lockExpiresAt": lock_expires_at,
                "lockId": lock_id,
                "name": name,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def update_tags(
        self,
        asset_id: str,
        *,
        add: Sequence[str] | None = None,
        delete: Sequence[str] | None = None,
        strict: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUpdateTagsResponse]:
        """Update Tags.

        Add/delete tags on a specific asset

        Args:
            add: The list of tags to add
            delete: The list of tags to delete
            strict: If true, the function will throw an error if: - one of the tags to add already
                exists - one of the tags to delete is not found If false, the endpoint will behave as if
                it was idempotent
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUpdateTagsResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["updateAssetTags"],
            {"assetId": asset_id, "add": add, "delete": delete, "strict": strict},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def upload(
        self,
        *,
        name: str,
        original_assets: bool | None = None,
        canvas: str | None = None,
        collection_ids: Sequence[str] | None = None,
        hide: bool | None = None,
        image: str | None = None,
        parent_id: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUploadResponse]:
        """Upload.

        Upload an image or canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            name: The original file name of the image (example: "low-res-image.jpg").
            canvas: The canvas to upload as a stringified JSON. Ignored if `image` is provided.
            collection_ids: The IDs of the collections to add the asset to. If provided, the new
                asset will be added to the collections.
            hide: Toggles the hidden status of the asset.
            image: The image to upload in base64 format string.
            parent_id: Specifies the parent asset Id for the asset.
            thumbnail: The thumbnail for the canvas in base64 format string. Ignored if `image` is
                provided.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUploadResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["uploadAsset"],
            {
                "originalAssets": original_assets,
                "name": name,
                "canvas": canvas,
                "collectionIds": collection_ids,
                "hide": hide,
                "image": image,
                "parentId": parent_id,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncAssetsOperations:
    """Operations of the ``assets`` tag (async), returning parsed models."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def _delete_many(
        self,
        *,
        asset_ids: Sequence[str],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Any:
        """Delete Multiple.

        Delete multiple assets

        Args:
            asset_ids: The ids of the assets to delete. (Max 100 at once)
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Any
        """
        return await self._runner.call(
            OPERATIONS["deleteAssets"],
            {"assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def duplicate(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        target_project_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Duplicate.

        Duplicate an asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            target_project_id: The id of the project to copy the asset to. If not provided, the
                asset will be copied to the canvas project.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Asset
        """
        return await self._runner.call(
            OPERATIONS["duplicateAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "targetProjectId": target_project_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def _get_bulk(
        self,
        *,
        original_assets: bool | None = None,
        asset_ids: Sequence[str] | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetGetBulkResponse:
        """Get Bulk.

        Get multiple assets by their IDs

        Args:
            original_assets: If set to true, returns the original asset without transformation
            asset_ids: The list of asset ids the team has read access to. Limit of 200 assets.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetGetBulkResponse
        """
        return await self._runner.call(
            OPERATIONS["getBulkAssets"],
            {"originalAssets": original_assets, "assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list_snapshots(
        self,
        asset_id: str,
        *,
        page_size: int | None = None,
        pagination_token: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListSnapshotsResponse:
        """List Snapshots.

        List snapshots of a canvas type asset

        Args:
            page_size: The number of items to return in the response. The default value is 10,
                maximum value is 100, minimum value is 10
            pagination_token: A token you received in a previous request to query the next page of
                items
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            AssetListSnapshotsResponse
        """
        return await self._runner.call(
            OPERATIONS["listAssetSnapshots"],
            {"assetId": asset_id, "pageSize": page_size, "paginationToken": pagination_token},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def iter_snapshots(
        self,
        asset_id: str,
        *,
        page_size: int | None = None,
        pagination_token: str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Snapshot]:
        """List Snapshots.

        List snapshots of a canvas type asset

        Args:
            page_size: The number of items to return in the response. The default value is 10,
                maximum value is 100, minimum value is 10
            pagination_token: A token you received in a previous request to query the next page of
                items
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            limit: stop after this many items.

        Returns:
            AsyncPaginator[Snapshot]
        """
        return self._runner.paginate(
            OPERATIONS["listAssetSnapshots"],
            {"assetId": asset_id, "pageSize": page_size, "paginationToken": pagination_token},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
            limit,
        )

    async def list(
        self,
        *,
        author_id: str | None = None,
        collection_id: str | None = None,
        created_after: datetime | str | None = None,
        created_before: datetime | str | None = None,
        inference_id: str | None = None,
        model_id: str | None = None,
        original_assets: bool | None = None,
        page_size: int | None = None,
        pagination_token: str | None = None,
        parent_asset_id: str | None = None,
        privacy: AssetPrivacy | str | None = None,
        root_asset_id: str | None = None,
        sort_by: AssetSortField | str | None = None,
        sort_direction: SortDirection | str | None = None,
        tags: Sequence[str] | str | None = None,
        type: AssetType | str | None = None,
        types: Sequence[AssetType | str] | None = None,
        updated_after: datetime | str | None = None,
        updated_before: datetime | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AssetListResponse:
        """List.

        List assets of a project team. Supports both public access (via the `Authorization` header
        set to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            author_id: List assets generated by a specific author (the user that created the asset)
            created_after: Filter results to only return assets created after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            created_before: Filter results to only return assets created before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            inference_id: List assets generated from a specific inference
            model_id: List assets generated from all inferences coming from a specific model (this
                is not the training images)
            original_assets: If set to true, returns the original asset without transformation
            page_size: The number of items to return in the response. The default value is 50,
                maximum value is 100, minimum value is 1
            pagination_token: A token you received in a previous request to query the next page of
                items
            parent_asset_id: List all the children assets that were generated from a specific parent
                asset
            privacy: Filters result by asset privacy. If set to public, it will return -all- public
                assets from all organizations
            root_asset_id: List all the children assets that were generated from a specific root
                asset
            sort_by: Sort results by the createdAt or updatedAt
            sort_direction: Sort results in ascending (asc) or descending (desc) order
            tags: List of tags, comma separated. Only for public assets on all teams.
            type: List all the assets of a specific type. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video, assets with a type starting with
                "inference-" will be returned
            types: List of the asset types to request. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video
            updated_after: Filter results to only return assets updated after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            updated_before: Filter results to only return assets updated before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            AssetListResponse
        """
        return await self._runner.call(
            OPERATIONS["listAssets"],
            {
                "authorId": author_id,
                "collectionId": collection_id,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "inferenceId": inference_id,
                "modelId": model_id,
                "originalAssets": original_assets,
                "pageSize": page_size,
                "paginationToken": pagination_token,
                "parentAssetId": parent_asset_id,
                "privacy": privacy,
                "rootAssetId": root_asset_id,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "tags": tags,
                "type": type,
                "types": types,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def iter(
        self,
        *,
        author_id: str | None = None,
        collection_id: str | None = None,
        created_after: datetime | str | None = None,
        created_before: datetime | str | None = None,
        inference_id: str | None = None,
        model_id: str | None = None,
        original_assets: bool | None = None,
        page_size: int | None = None,
        pagination_token: str | None = None,
        parent_asset_id: str | None = None,
        privacy: AssetPrivacy | str | None = None,
        root_asset_id: str | None = None,
        sort_by: AssetSortField | str | None = None,
        sort_direction: SortDirection | str | None = None,
        tags: Sequence[str] | str | None = None,
        type: AssetType | str | None = None,
        types: Sequence[AssetType | str] | None = None,
        updated_after: datetime | str | None = None,
        updated_before: datetime | str | None = None,
        limit: int | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> AsyncPaginator[Asset]:
        """List.

        List assets of a project team. Supports both public access (via the `Authorization` header
        set to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            author_id: List assets generated by a specific author (the user that created the asset)
            created_after: Filter results to only return assets created after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            created_before: Filter results to only return assets created before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            inference_id: List assets generated from a specific inference
            model_id: List assets generated from all inferences coming from a specific model (this
                is not the training images)
            original_assets: If set to true, returns the original asset without transformation
            page_size: The number of items to return in the response. The default value is 50,
                maximum value is 100, minimum value is 1
            pagination_token: A token you received in a previous request to query the next page of
                items
            parent_asset_id: List all the children assets that were generated from a specific parent
                asset
            privacy: Filters result by asset privacy. If set to public, it will return -all- public
                assets from all organizations
            root_asset_id: List all the children assets that were generated from a specific root
                asset
            sort_by: Sort results by the createdAt or updatedAt
            sort_direction: Sort results in ascending (asc) or descending (desc) order
            tags: List of tags, comma separated. Only for public assets on all teams.
            type: List all the assets of a specific type. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video, assets with a type starting with
                "inference-" will be returned
            types: List of the asset types to request. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video
            updated_after: Filter results to only return assets updated after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            updated_before: Filter results to only return assets updated before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            limit: stop after this many items.

        Returns:
            AsyncPaginator[Asset]
        """
        return self._runner.paginate(
            OPERATIONS["listAssets"],
            {
                "authorId": author_id,
                "collectionId": collection_id,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "inferenceId": inference_id,
                "modelId": model_id,
                "originalAssets": original_assets,
                "pageSize": page_size,
                "paginationToken": pagination_token,
                "parentAssetId": parent_asset_id,
                "privacy": privacy,
                "rootAssetId": root_asset_id,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "tags": tags,
                "type": type,
                "types": types,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
            limit,
        )

    async def _lock(
        self,
        asset_id: str,
        *,
        lock_expires_at: datetime | str,
        original_assets: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetLockResponse:
        """Lock.

        Lock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetLockResponse
        """
        return await self._runner.call(
            OPERATIONS["lockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "lockExpiresAt": lock_expires_at},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def retrieve(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        with_embedding: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Retrieve.

        Get the details of an asset. Supports both public access (via the `Authorization` header set
        to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            original_assets: If set to true, returns the original asset without transformation
            with_embedding: Include the embedding in the response
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            Asset
        """
        return await self._runner.call(
            OPERATIONS["retrieveAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "withEmbedding": with_embedding},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def _unlock(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        force_unlock: bool | None = None,
        lock_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Unlock.

        Unlock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            force_unlock: If true, no need to pass a lockId.
            lock_id: The value of the lock on this canvas.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Asset
        """
        return await self._runner.call(
            OPERATIONS["unlockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "forceUnlock": force_unlock, "lockId": lock_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def _update(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        canvas: str | None = None,
        description: str | None = None,
        disable_snapshot: bool | None = None,
        lock_expires_at: datetime | str | None = None,
        lock_id: str | None = None,
        name: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> Asset:
        """Update.

        Update a canvas asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            canvas: The new value for the canvas as a stringified JSON.
            description: The new description of the asset.
            disable_snapshot: If true, no snapshot will be created for this update.
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            lock_id: The value of the lock to use when updating a locked canvas.
            name: The new name for the canvas.
            thumbnail: The new thumbnail for the canvas in base64 format string.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            Asset
        """
        return await self._runner.call(
            OPERATIONS["updateAsset"],
            {
                "assetId": asset_id,
                "originalAssets": original_assets,
                "canvas": canvas,
                "description": description,
                "disableSnapshot": disable_snapshot,
                "lockExpiresAt": lock_expires_at,
                "lockId": lock_id,
                "name": name,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def _update_tags(
        self,
        asset_id: str,
        *,
        add: Sequence[str] | None = None,
        delete: Sequence[str] | None = None,
        strict: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetUpdateTagsResponse:
        """Update Tags.

        Add/delete tags on a specific asset

        Args:
            add: The list of tags to add
            delete: The list of tags to delete
            strict: If true, the function will throw an error if: - one of the tags to add already
                exists - one of the tags to delete is not found If false, the endpoint will behave as if
                it was idempotent
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetUpdateTagsResponse
        """
        return await self._runner.call(
            OPERATIONS["updateAssetTags"],
            {"assetId": asset_id, "add": add, "delete": delete, "strict": strict},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def _upload(
        self,
        *,
        name: str,
        original_assets: bool | None = None,
        canvas: str | None = None,
        collection_ids: Sequence[str] | None = None,
        hide: bool | None = None,
        image: str | None = None,
        parent_id: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> AssetUploadResponse:
        """Upload.

        Upload an image or canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            name: The original file name of the image (example: "low-res-image.jpg").
            canvas: The canvas to upload as a stringified JSON. Ignored if `image` is provided.
            collection_ids: The IDs of the collections to add the asset to. If provided, the new
                asset will be added to the collections.
            hide: Toggles the hidden status of the asset.
            image: The image to upload in base64 format string.
            parent_id: Specifies the parent asset Id for the asset.
            thumbnail: The thumbnail for the canvas in base64 format string. Ignored if `image` is
                provided.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            AssetUploadResponse
        """
        return await self._runner.call(
            OPERATIONS["uploadAsset"],
            {
                "originalAssets": original_assets,
                "name": name,
                "canvas": canvas,
                "collectionIds": collection_ids,
                "hide": hide,
                "image": image,
                "parentId": parent_id,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncAssetsOperationsWithRawResponse:
    """Operations of the ``assets`` tag (async), returning whole parsed bodies with their HTTP responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def delete_many(
        self,
        *,
        asset_ids: Sequence[str],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[Any]:
        """Delete Multiple.

        Delete multiple assets

        Args:
            asset_ids: The ids of the assets to delete. (Max 100 at once)
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[Any]
        """
        return await self._runner.call_raw(
            OPERATIONS["deleteAssets"],
            {"assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def duplicate(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        target_project_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetDuplicateResponse]:
        """Duplicate.

        Duplicate an asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            target_project_id: The id of the project to copy the asset to. If not provided, the
                asset will be copied to the canvas project.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetDuplicateResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["duplicateAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "targetProjectId": target_project_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def get_bulk(
        self,
        *,
        original_assets: bool | None = None,
        asset_ids: Sequence[str] | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetGetBulkResponse]:
        """Get Bulk.

        Get multiple assets by their IDs

        Args:
            original_assets: If set to true, returns the original asset without transformation
            asset_ids: The list of asset ids the team has read access to. Limit of 200 assets.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetGetBulkResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["getBulkAssets"],
            {"originalAssets": original_assets, "assetIds": asset_ids},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def list_snapshots(
        self,
        asset_id: str,
        *,
        page_size: int | None = None,
        pagination_token: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListSnapshotsResponse]:
        """List Snapshots.

        List snapshots of a canvas type asset

        Args:
            page_size: The number of items to return in the response. The default value is 10,
                maximum value is 100, minimum value is 10
            pagination_token: A token you received in a previous request to query the next page of
                items
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[AssetListSnapshotsResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["listAssetSnapshots"],
            {"assetId": asset_id, "pageSize": page_size, "paginationToken": pagination_token},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def list(
        self,
        *,
        author_id: str | None = None,
        collection_id: str | None = None,
        created_after: datetime | str | None = None,
        created_before: datetime | str | None = None,
        inference_id: str | None = None,
        model_id: str | None = None,
        original_assets: bool | None = None,
        page_size: int | None = None,
        pagination_token: str | None = None,
        parent_asset_id: str | None = None,
        privacy: AssetPrivacy | str | None = None,
        root_asset_id: str | None = None,
        sort_by: AssetSortField | str | None = None,
        sort_direction: SortDirection | str | None = None,
        tags: Sequence[str] | str | None = None,
        type: AssetType | str | None = None,
        types: Sequence[AssetType | str] | None = None,
        updated_after: datetime | str | None = None,
        updated_before: datetime | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetListResponse]:
        """List.

        List assets of a project team. Supports both public access (via the `Authorization` header
        set to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            author_id: List assets generated by a specific author (the user that created the asset)
            created_after: Filter results to only return assets created after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            created_before: Filter results to only return assets created before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "createdAt"
            inference_id: List assets generated from a specific inference
            model_id: List assets generated from all inferences coming from a specific model (this
                is not the training images)
            original_assets: If set to true, returns the original asset without transformation
            page_size: The number of items to return in the response. The default value is 50,
                maximum value is 100, minimum value is 1
            pagination_token: A token you received in a previous request to query the next page of
                items
            parent_asset_id: List all the children assets that were generated from a specific parent
                asset
            privacy: Filters result by asset privacy. If set to public, it will return -all- public
                assets from all organizations
            root_asset_id: List all the children assets that were generated from a specific root
                asset
            sort_by: Sort results by the createdAt or updatedAt
            sort_direction: Sort results in ascending (asc) or descending (desc) order
            tags: List of tags, comma separated. Only for public assets on all teams.
            type: List all the assets of a specific type. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video, assets with a type starting with
                "inference-" will be returned
            types: List of the asset types to request. The parameter "type" and "types" cannot be
                used together. Can be any of the following values: inference-txt2img, inference-txt2img-
                ip-adapter, inference-txt2img-texture, inference-img2img, inference-img2img-ip-adapter,
                inference-img2img-texture, inference-inpaint, inference-inpaint-ip-adapter, inference-
                reference, inference-reference-texture, inference-controlnet, inference-controlnet-ip-
                adapter, inference-controlnet-img2img, inference-controlnet-reference, inference-
                controlnet-inpaint, inference-controlnet-inpaint-ip-adapter, inference-controlnet-
                texture, background-removal, canvas, canvas-export, canvas-drawing, detection, patch,
                pixelization, upscale, upscale-texture, upscale-skybox, vectorization, segment,
                segmentation-image, segmentation-mask, skybox-base-360, skybox-hdri, skybox-3d, restyle,
                reframe, generative-fill, texture, texture-height, texture-normal, texture-smoothness,
                texture-metallic, texture-edge, texture-ao, texture-albedo, image-prompt-editing,
                unknown, img23d, txt23d, video23d, 3d23d, 3d23d-texture, 3d-texture, 3d-texture-mtl,
                3d-texture-albedo, 3d-texture-normal, 3d-texture-roughness, 3d-texture-metallic,
                img2video, txt2audio, audio2audio, audio2video, video2audio, voice-clone, video2video,
                video2img, txt2img, img2img, txt2video, uploaded, uploaded-video, uploaded-audio,
                uploaded-3d, uploaded-avatar, upscale-video
            updated_after: Filter results to only return assets updated after the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            updated_before: Filter results to only return assets updated before the specified ISO
                string date (exclusive). Requires the sortBy parameter to be "updatedAt"
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[AssetListResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["listAssets"],
            {
                "authorId": author_id,
                "collectionId": collection_id,
                "createdAfter": created_after,
                "createdBefore": created_before,
                "inferenceId": inference_id,
                "modelId": model_id,
                "originalAssets": original_assets,
                "pageSize": page_size,
                "paginationToken": pagination_token,
                "parentAssetId": parent_asset_id,
                "privacy": privacy,
                "rootAssetId": root_asset_id,
                "sortBy": sort_by,
                "sortDirection": sort_direction,
                "tags": tags,
                "type": type,
                "types": types,
                "updatedAfter": updated_after,
                "updatedBefore": updated_before,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def lock(
        self,
        asset_id: str,
        *,
        lock_expires_at: datetime | str,
        original_assets: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetLockResponse]:
        """Lock.

        Lock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetLockResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["lockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "lockExpiresAt": lock_expires_at},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def retrieve(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        with_embedding: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetRetrieveResponse]:
        """Retrieve.

        Get the details of an asset. Supports both public access (via the `Authorization` header set
        to `public-auth-token`) and authenticated user access (including API keys).

        Args:
            original_assets: If set to true, returns the original asset without transformation
            with_embedding: Include the embedding in the response
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[AssetRetrieveResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["retrieveAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "withEmbedding": with_embedding},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def unlock(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        force_unlock: bool | None = None,
        lock_id: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUnlockResponse]:
        """Unlock.

        Unlock a canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            force_unlock: If true, no need to pass a lockId.
            lock_id: The value of the lock on this canvas.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUnlockResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["unlockAsset"],
            {"assetId": asset_id, "originalAssets": original_assets, "forceUnlock": force_unlock, "lockId": lock_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def update(
        self,
        asset_id: str,
        *,
        original_assets: bool | None = None,
        canvas: str | None = None,
        description: str | None = None,
        disable_snapshot: bool | None = None,
        lock_expires_at: datetime | str | None = None,
        lock_id: str | None = None,
        name: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUpdateResponse]:
        """Update.

        Update a canvas asset

        Args:
            original_assets: If set to true, returns the original asset without transformation
            canvas: The new value for the canvas as a stringified JSON.
            description: The new description of the asset.
            disable_snapshot: If true, no snapshot will be created for this update.
            lock_expires_at: The ISO timestamp when the lock on the canvas will expire.
            lock_id: The value of the lock to use when updating a locked canvas.
            name: The new name for the canvas.
            thumbnail: The new thumbnail for the canvas in base64 format string.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUpdateResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["updateAsset"],
            {
                "assetId": asset_id,
                "originalAssets": original_assets,
                "canvas": canvas,
                "description": description,
                "disableSnapshot": disable_snapshot,
                "lockExpiresAt": lock_expires_at,
                "lockId": lock_id,
                "name": name,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def update_tags(
        self,
        asset_id: str,
        *,
        add: Sequence[str] | None = None,
        delete: Sequence[str] | None = None,
        strict: bool | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUpdateTagsResponse]:
        """Update Tags.

        Add/delete tags on a specific asset

        Args:
            add: The list of tags to add
            delete: The list of tags to delete
            strict: If true, the function will throw an error if: - one of the tags to add already
                exists - one of the tags to delete is not found If false, the endpoint will behave as if
                it was idempotent
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUpdateTagsResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["updateAssetTags"],
            {"assetId": asset_id, "add": add, "delete": delete, "strict": strict},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def upload(
        self,
        *,
        name: str,
        original_assets: bool | None = None,
        canvas: str | None = None,
        collection_ids: Sequence[str] | None = None,
        hide: bool | None = None,
        image: str | None = None,
        parent_id: str | None = None,
        thumbnail: str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[AssetUploadResponse]:
        """Upload.

        Upload an image or canvas

        Args:
            original_assets: If set to true, returns the original asset without transformation
            name: The original file name of the image (example: "low-res-image.jpg").
            canvas: The canvas to upload as a stringified JSON. Ignored if `image` is provided.
            collection_ids: The IDs of the collections to add the asset to. If provided, the new
                asset will be added to the collections.
            hide: Toggles the hidden status of the asset.
            image: The image to upload in base64 format string.
            parent_id: Specifies the parent asset Id for the asset.
            thumbnail: The thumbnail for the canvas in base64 format string. Ignored if `image` is
                provided.
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[AssetUploadResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["uploadAsset"],
            {
                "originalAssets": original_assets,
                "name": name,
                "canvas": canvas,
                "collectionIds": collection_ids,
                "hide": hide,
                "image": image,
                "parentId": parent_id,
                "thumbnail": thumbnail,
            },
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class DownloadOperations:
    """Operations of the ``download`` tag (sync), returning parsed models."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_status(
        self,
        job_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DownloadGetStatusResponse:
        """Get Status.

        Retrieve the status and the url of a batch download assets request

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            DownloadGetStatusResponse
        """
        return self._runner.call(
            OPERATIONS["getBatchDownloadStatus"],
            {"jobId": job_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def request(
        self,
        asset_id: str,
        *,
        target_format: TargetFormat | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """Request.

        Request a link to download the given `assetId` in the given `targetFormat`

        Args:
            target_format: The format to download the asset in
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            str
        """
        return self._runner.call(
            OPERATIONS["requestAssetDownload"],
            {"assetId": asset_id, "targetFormat": target_format},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def _request_batch(
        self,
        *,
        options: Mapping[str, Any],
        query: Mapping[str, Any],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DownloadRequestBatchResponse:
        """Request Batch.

        Request a link to batch download assets (batch limited to 1000 assets)

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            DownloadRequestBatchResponse
        """
        return self._runner.call(
            OPERATIONS["requestBatchDownload"],
            {"options": options, "query": query},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class DownloadOperationsWithRawResponse:
    """Operations of the ``download`` tag (sync), returning whole parsed bodies with their HTTP responses."""

    def __init__(self, runner: Runner) -> None:
        self._runner = runner

    def get_status(
        self,
        job_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DownloadGetStatusResponse]:
        """Get Status.

        Retrieve the status and the url of a batch download assets request

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[DownloadGetStatusResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["getBatchDownloadStatus"],
            {"jobId": job_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    def request(
        self,
        asset_id: str,
        *,
        target_format: TargetFormat | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[DownloadRequestResponse]:
        """Request.

        Request a link to download the given `assetId` in the given `targetFormat`

        Args:
            target_format: The format to download the asset in
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[DownloadRequestResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["requestAssetDownload"],
            {"assetId": asset_id, "targetFormat": target_format},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    def request_batch(
        self,
        *,
        options: Mapping[str, Any],
        query: Mapping[str, Any],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[DownloadRequestBatchResponse]:
        """Request Batch.

        Request a link to batch download assets (batch limited to 1000 assets)

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[DownloadRequestBatchResponse]
        """
        return self._runner.call_raw(
            OPERATIONS["requestBatchDownload"],
            {"options": options, "query": query},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncDownloadOperations:
    """Operations of the ``download`` tag (async), returning parsed models."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_status(
        self,
        job_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> DownloadGetStatusResponse:
        """Get Status.

        Retrieve the status and the url of a batch download assets request

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            DownloadGetStatusResponse
        """
        return await self._runner.call(
            OPERATIONS["getBatchDownloadStatus"],
            {"jobId": job_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def request(
        self,
        asset_id: str,
        *,
        target_format: TargetFormat | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> str:
        """Request.

        Request a link to download the given `assetId` in the given `targetFormat`

        Args:
            target_format: The format to download the asset in
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            str
        """
        return await self._runner.call(
            OPERATIONS["requestAssetDownload"],
            {"assetId": asset_id, "targetFormat": target_format},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def _request_batch(
        self,
        *,
        options: Mapping[str, Any],
        query: Mapping[str, Any],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> DownloadRequestBatchResponse:
        """Request Batch.

        Request a link to batch download assets (batch limited to 1000 assets)

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            DownloadRequestBatchResponse
        """
        return await self._runner.call(
            OPERATIONS["requestBatchDownload"],
            {"options": options, "query": query},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )


class AsyncDownloadOperationsWithRawResponse:
    """Operations of the ``download`` tag (async), returning whole parsed bodies with their HTTP responses."""

    def __init__(self, runner: AsyncRunner) -> None:
        self._runner = runner

    async def get_status(
        self,
        job_id: str,
        *,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
    ) -> RawResponse[DownloadGetStatusResponse]:
        """Get Status.

        Retrieve the status and the url of a batch download assets request

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.

        Returns:
            RawResponse[DownloadGetStatusResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["getBatchDownloadStatus"],
            {"jobId": job_id},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query),
        )

    async def request(
        self,
        asset_id: str,
        *,
        target_format: TargetFormat | str | None = None,
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[DownloadRequestResponse]:
        """Request.

        Request a link to download the given `assetId` in the given `targetFormat`

        Args:
            target_format: The format to download the asset in
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[DownloadRequestResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["requestAssetDownload"],
            {"assetId": asset_id, "targetFormat": target_format},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )

    async def request_batch(
        self,
        *,
        options: Mapping[str, Any],
        query: Mapping[str, Any],
        timeout: Timeout = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
    ) -> RawResponse[DownloadRequestBatchResponse]:
        """Request Batch.

        Request a link to batch download assets (batch limited to 1000 assets)

        Args:
            timeout: seconds (or ``httpx.Timeout``) for this call.
            extra_headers: headers sent as given, after the described ones.
            extra_query: query parameters sent as given, after the described ones.
            extra_body: body fields sent as given, after the described ones.

        Returns:
            RawResponse[DownloadRequestBatchResponse]
        """
        return await self._runner.call_raw(
            OPERATIONS["requestBatchDownload"],
            {"options": options, "query": query},
            CallOptions(timeout=timeout, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body),
        )
