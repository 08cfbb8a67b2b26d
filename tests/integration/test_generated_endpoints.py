"""Every generated endpoint function, end to end, through recorded emulator traffic.

These prove the harness: the requests the generated code builds are what the emulator (or the
API) accepts, and what it answers parses into the generated models. Replayed offline.
"""

from __future__ import annotations

import base64
import json
import zipfile
from datetime import timedelta
from io import BytesIO

import httpx
import pytest
from scenario_assets_api import models
from scenario_assets_api.api.assets import (
    delete_assets,
    duplicate_asset,
    get_bulk_assets,
    list_asset_snapshots,
    list_assets,
    lock_asset,
    retrieve_asset,
    unlock_asset,
    update_asset,
    update_asset_tags,
    upload_asset,
)
from scenario_assets_api.api.download import (
    get_batch_download_status,
    request_asset_download,
    request_batch_download,
)
from scenario_assets_api.client import AuthenticatedClient

from scenario_assets.testing import Target, make_png

pytestmark = pytest.mark.scenario_vcr


def _client(target: Target) -> AuthenticatedClient:
    token = base64.b64encode(f"{target.api_key}:{target.api_secret}".encode()).decode()
    return AuthenticatedClient(base_url=target.base_url, token=token, prefix="Basic")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_assets_lifecycle_through_generated_functions(target: Target) -> None:
    client = _client(target)
    image = upload_asset.sync_detailed(
        client=client,
        body=models.AssetUploadRequest(name="red.png", image=_b64(make_png(8, 4, (255, 0, 0)))),
    )
    assert image.status_code == 200
    assert isinstance(image.parsed, models.AssetUploadResponse)
    asset = image.parsed.asset
    assert (asset.kind, asset.mime_type) == (models.AssetKind.IMAGE, "image/png")
    assert (asset.properties.width, asset.properties.height) == (8, 4)

    canvas = upload_asset.sync_detailed(
        client=client,
        body=models.AssetUploadRequest(name="scene.json", canvas=json.dumps({"layers": []})),
    ).parsed
    assert isinstance(canvas, models.AssetUploadResponse)
    canvas_id = canvas.asset.id
    assert canvas.asset.metadata.type_ == models.AssetType.CANVAS

    listed = list_assets.sync_detailed(
        client=client, page_size=1, sort_by=models.AssetSortField.CREATED_AT
    )
    assert isinstance(listed.parsed, models.AssetListResponse)
    assert len(listed.parsed.assets) == 1
    assert isinstance(listed.parsed.next_pagination_token, str)
    second = list_assets.sync_detailed(
        client=client,
        page_size=1,
        sort_by=models.AssetSortField.CREATED_AT,
        pagination_token=listed.parsed.next_pagination_token,
    ).parsed
    assert isinstance(second, models.AssetListResponse)
    assert {listed.parsed.assets[0].id, second.assets[0].id} == {asset.id, canvas_id}

    only_canvas = list_assets.sync_detailed(client=client, types=[models.AssetType.CANVAS]).parsed
    assert isinstance(only_canvas, models.AssetListResponse)
    assert [a.id for a in only_canvas.assets] == [canvas_id]

    fetched = retrieve_asset.sync_detailed(asset.id, client=client).parsed
    assert isinstance(fetched, models.AssetRetrieveResponse)
    assert fetched.asset.id == asset.id

    bulk = get_bulk_assets.sync_detailed(
        client=client, body=models.AssetGetBulkRequest(asset_ids=[asset.id, canvas_id])
    ).parsed
    assert isinstance(bulk, models.AssetGetBulkResponse)
    assert {a.id for a in bulk.assets} == {asset.id, canvas_id}

    tags = update_asset_tags.sync_detailed(
        asset.id, client=client, body=models.AssetUpdateTagsRequest(add=["hero", "red"])
    ).parsed
    assert isinstance(tags, models.AssetUpdateTagsResponse)
    assert sorted(tags.added) == ["hero", "red"]

    copy = duplicate_asset.sync_detailed(
        asset.id, client=client, body=models.AssetDuplicateRequest()
    ).parsed
    assert isinstance(copy, models.AssetDuplicateResponse)
    assert copy.asset.id != asset.id

    expires = (target.now() + timedelta(minutes=5)).isoformat(timespec="milliseconds")
    locked = lock_asset.sync_detailed(
        canvas_id, client=client, body=models.AssetLockRequest(lock_expires_at=expires)
    ).parsed
    assert isinstance(locked, models.AssetLockResponse)
    assert isinstance(locked.lock_id, str)

    blocked = update_asset.sync_detailed(
        canvas_id, client=client, body=models.AssetUpdateRequest(name="no lock id")
    )
    assert blocked.status_code == 409
    assert isinstance(blocked.parsed, models.Error)

    updated = update_asset.sync_detailed(
        canvas_id,
        client=client,
        body=models.AssetUpdateRequest(canvas=json.dumps({"layers": [1]}), lock_id=locked.lock_id),
    ).parsed
    assert isinstance(updated, models.AssetUpdateResponse)

    snapshots = list_asset_snapshots.sync_detailed(canvas_id, client=client).parsed
    assert isinstance(snapshots, models.AssetListSnapshotsResponse)
    assert len(snapshots.snapshots) == 1

    unlocked = unlock_asset.sync_detailed(
        canvas_id, client=client, body=models.AssetUnlockRequest(lock_id=locked.lock_id)
    ).parsed
    assert isinstance(unlocked, models.AssetUnlockResponse)

    deleted = delete_assets.sync_detailed(
        client=client, body=models.AssetDeleteMultipleRequest(asset_ids=[copy.asset.id])
    )
    assert deleted.status_code == 200
    gone = retrieve_asset.sync_detailed(copy.asset.id, client=client)
    assert gone.status_code == 404


@pytest.mark.emulator_only
def test_downloads_through_generated_functions(target: Target) -> None:
    target.set_job_steps("queued", "in-progress", "success")
    client = _client(target)
    up = upload_asset.sync_detailed(
        client=client,
        body=models.AssetUploadRequest(name="blue.png", image=_b64(make_png(4, 4, (0, 0, 255)))),
    ).parsed
    assert isinstance(up, models.AssetUploadResponse)

    link = request_asset_download.sync_detailed(
        up.asset.id,
        client=client,
        body=models.DownloadRequestRequest(target_format=models.TargetFormat.PNG),
    ).parsed
    assert isinstance(link, models.DownloadRequestResponse)
    with httpx.Client() as storage:  # a signed URL: no credentials
        assert storage.get(link.url).content[:4] == b"\x89PNG"

    job = request_batch_download.sync_detailed(
        client=client,
        body=models.DownloadRequestBatchRequest(
            options=models.BatchDownloadOptions(file_name_template="<name>", flat=True),
            query=models.BatchDownloadQuery(
                asset_ids=[up.asset.id], inference_ids=[], model_ids=[]
            ),
        ),
    ).parsed
    assert isinstance(job, models.DownloadRequestBatchResponse)

    statuses = []
    status = None
    for _ in range(5):
        status = get_batch_download_status.sync_detailed(job.job_id, client=client).parsed
        assert isinstance(status, models.DownloadGetStatusResponse)
        statuses.append(status.job_status)
        if status.job_status == "success":
            break
    assert statuses == ["queued", "in-progress", "success"]
    assert isinstance(status, models.DownloadGetStatusResponse)
    assert isinstance(status.download_url, str)
    with httpx.Client() as storage:
        archive = zipfile.ZipFile(BytesIO(storage.get(status.download_url).content))
    assert archive.namelist() == ["blue.png"]


@pytest.mark.anyio
async def test_async_generated_functions(target: Target) -> None:
    client = _client(target)
    up = await upload_asset.asyncio_detailed(
        client=client,
        body=models.AssetUploadRequest(name="g.png", image=_b64(make_png(2, 2, (0, 255, 0)))),
    )
    assert isinstance(up.parsed, models.AssetUploadResponse)
    got = await retrieve_asset.asyncio_detailed(up.parsed.asset.id, client=client)
    assert isinstance(got.parsed, models.AssetRetrieveResponse)
    assert got.parsed.asset.id == up.parsed.asset.id
