"""The async ``AsyncClient`` end to end, through recorded emulator traffic (replayed offline).

The twin of ``tests/integration/test_client_sync.py``: the same scenarios and assertions,
awaited. Retries use an async fake sleep, so replays never wait.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from io import BytesIO
from typing import Any

import pytest
from dateutil.parser import isoparse
from scenario_assets_api import models
from scenario_assets_api.types import Unset

from scenario_assets import AsyncClient, BulkResult, RetryPolicy
from scenario_assets.errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    LockConflictError,
    NotFoundError,
    RateLimitError,
)
from scenario_assets.testing import Target, make_png

pytestmark = [pytest.mark.scenario_vcr, pytest.mark.anyio]

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@asynccontextmanager
async def open_client(
    target: Target, sleeps: list[float] | None = None, **kwargs: Any
) -> AsyncIterator[AsyncClient]:
    """A client on the target whose retries never wait (they record the wait in ``sleeps``)."""
    waits = sleeps if sleeps is not None else []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    kwargs.setdefault("api_key", target.api_key)
    kwargs.setdefault("api_secret", target.api_secret)
    kwargs.setdefault("now", target.now)
    async with AsyncClient(base_url=target.base_url, sleep=fake_sleep, **kwargs) as client:
        yield client


async def test_every_asset_operation(target: Target) -> None:
    async with open_client(target) as client:
        # upload (image)
        up = await client.assets.upload("red.png", image=make_png(8, 4, (255, 0, 0)))
        assert isinstance(up, models.AssetUploadResponse)
        image = up.asset
        assert isinstance(image, models.Asset)
        assert (image.kind, image.mime_type) == (models.AssetKind.IMAGE, "image/png")
        assert image.metadata.type_ == models.AssetType.UPLOADED
        assert image.metadata.name == "red.png"
        assert (image.properties.width, image.properties.height) == (8, 4)
        assert image.status == models.AssetStatus.SUCCESS
        assert image.privacy == models.AssetPrivacy.PRIVATE

        # upload (canvas, from a dict, with a thumbnail)
        canvas = (
            await client.assets.upload(
                "scene.json", canvas={"layers": []}, thumbnail=make_png(2, 2, (0, 0, 0))
            )
        ).asset
        assert (canvas.kind, canvas.metadata.type_) == (
            models.AssetKind.JSON,
            models.AssetType.CANVAS,
        )
        assert isinstance(canvas.metadata.thumbnail, models.AssetFileRef)

        # retrieve
        fetched = await client.assets.retrieve(image.id)
        assert isinstance(fetched, models.Asset)
        assert (fetched.id, fetched.metadata.name) == (image.id, "red.png")

        # list: the image, the canvas and the canvas's thumbnail (a canvas-export image)
        listed = await client.assets.list(sort_by="createdAt", sort_direction="asc")
        assert isinstance(listed, models.AssetListResponse)
        assert listed.assets[0].id == image.id
        assert canvas.id in {a.id for a in listed.assets}
        assert sorted(str(a.metadata.type_) for a in listed.assets) == [
            "canvas",
            "canvas-export",
            "uploaded",
        ]

        # get_bulk: request order, duplicates once, unknown ids reported
        bulk = await client.assets.get_bulk([canvas.id, "asset_doesnotexist", image.id, canvas.id])
        assert isinstance(bulk, BulkResult)
        assert [a.id for a in bulk.assets] == [canvas.id, image.id]
        assert all(isinstance(a, models.Asset) for a in bulk)
        assert bulk.missing == ["asset_doesnotexist"]

        # update_tags
        tags = await client.assets.update_tags(image.id, add=["hero", "red"])
        assert isinstance(tags, models.AssetUpdateTagsResponse)
        assert (sorted(tags.added), tags.deleted) == (["hero", "red"], [])
        tags = await client.assets.update_tags(image.id, add=["blue"], delete=["red"])
        assert (tags.added, tags.deleted) == (["blue"], ["red"])
        assert sorted((await client.assets.retrieve(image.id)).tags) == ["blue", "hero"]

        # duplicate
        copy = await client.assets.duplicate(image.id)
        assert isinstance(copy, models.Asset)
        assert copy.id != image.id
        assert (copy.metadata.name, sorted(copy.tags)) == ("red.png", ["blue", "hero"])

        # lock / update (with the lock id) / list_snapshots / iter_snapshots / unlock
        lock = await client.assets.lock(canvas.id, ttl=timedelta(minutes=5))
        assert isinstance(lock, models.AssetLockResponse)
        assert isinstance(lock.lock_id, str)
        assert isinstance(lock.asset.metadata.lock_expires_at, str)

        updated = await client.assets.update(
            canvas.id,
            canvas={"layers": [1]},
            name="scene-v2.json",
            description="second version",
            lock_id=lock.lock_id,
        )
        assert isinstance(updated, models.Asset)
        assert (updated.metadata.name, updated.description) == ("scene-v2.json", "second version")

        snapshots = await client.assets.list_snapshots(canvas.id)
        assert isinstance(snapshots, models.AssetListSnapshotsResponse)
        assert [s.raw_data for s in snapshots.snapshots] == ['{"layers":[1]}']
        assert isinstance(snapshots.snapshots[0], models.Snapshot)
        assert [s.hash_ async for s in client.assets.iter_snapshots(canvas.id)] == [
            snapshots.snapshots[0].hash_
        ]

        unlocked = await client.assets.unlock(canvas.id, lock_id=lock.lock_id)
        assert isinstance(unlocked, models.Asset)
        assert isinstance(unlocked.metadata.lock_expires_at, Unset)

        # delete_many (duplicates sent once), then the assets are gone
        assert await client.assets.delete_many([copy.id, image.id, copy.id]) == 2
        gone = await client.assets.get_bulk([image.id, copy.id, canvas.id])
        assert gone.missing == [image.id, copy.id]
        with pytest.raises(NotFoundError):
            await client.assets.retrieve(copy.id)


async def test_pagination_over_several_pages(target: Target) -> None:
    async with open_client(target) as client:
        ids = [
            (await client.assets.upload(f"p{i}.png", image=make_png(2, 2, (i * 40, 0, 0)))).asset.id
            for i in range(5)
        ]
        order: dict[str, Any] = {"sort_by": "createdAt", "sort_direction": "asc", "page_size": 2}

        assert [a.id async for a in client.assets.iter(**order)] == ids
        pages = [p async for p in client.assets.iter(**order).pages()]
        assert [len(p.items) for p in pages] == [2, 2, 1]
        assert [p.next_token is None for p in pages] == [False, False, True]
        assert [a.id for p in pages for a in p.items] == ids

        limited = client.assets.iter(limit=3, **order)
        assert [a.id async for a in limited] == ids[:3]
        assert [len(p.items) async for p in limited.pages()] == [2, 1]

        # one page by hand, then resume from its token
        first = await client.assets.list(**order)
        assert [a.id for a in first.assets] == ids[:2]
        assert isinstance(first.next_pagination_token, str)
        rest = client.assets.iter(pagination_token=first.next_pagination_token, **order)
        assert [a.id async for a in rest] == ids[2:]

        newest_first = client.assets.iter(sort_by="createdAt", sort_direction="desc", page_size=2)
        assert [a.id async for a in newest_first] == ids[::-1]


async def test_snapshot_pagination(target: Target) -> None:
    async with open_client(target) as client:
        canvas = (await client.assets.upload("board.json", canvas='{"v": 0}')).asset
        lock = await client.assets.lock(canvas.id, ttl=timedelta(minutes=10))
        assert isinstance(lock.lock_id, str)
        for version in range(1, 12):  # 11 updates, 11 snapshots
            await client.assets.update(canvas.id, canvas={"v": version}, lock_id=lock.lock_id)
        # disable_snapshot: the content changes, no snapshot is taken
        await client.assets.update(
            canvas.id, canvas={"v": 99}, disable_snapshot=True, lock_id=lock.lock_id
        )
        await client.assets.unlock(canvas.id, lock_id=lock.lock_id)

        newest_first = [json.dumps({"v": v}, separators=(",", ":")) for v in range(11, 0, -1)]
        pager = client.assets.iter_snapshots(canvas.id, page_size=10)
        assert [s.raw_data async for s in pager] == newest_first
        assert [len(p.items) async for p in pager.pages()] == [10, 1]
        assert [s.raw_data async for s in client.assets.iter_snapshots(canvas.id, limit=3)] == (
            newest_first[:3]
        )

        first = await client.assets.list_snapshots(canvas.id, page_size=10)
        assert len(first.snapshots) == 10
        assert isinstance(first.next_pagination_token, str)
        second = await client.assets.list_snapshots(
            canvas.id, page_size=10, pagination_token=first.next_pagination_token
        )
        assert [s.raw_data for s in second.snapshots] == ['{"v":1}']
        assert isinstance(second.next_pagination_token, Unset)
        taken = [s.taken_at for s in [*first.snapshots, *second.snapshots]]
        assert taken == sorted(taken, reverse=True)


@pytest.mark.emulator_only
async def test_list_filters(target: Target) -> None:
    async with open_client(target) as client:
        first = (await client.assets.upload("first.png", image=make_png(3, 3, (1, 2, 3)))).asset
        canvas = (await client.assets.upload("plan.json", canvas={"layers": ["a"]})).asset
        target.advance_clock(60)  # the next assets are created a minute later
        hero = (await client.assets.upload("hero.png", image=make_png(3, 3, (4, 5, 6)))).asset
        villain = (await client.assets.upload("villain.png", image=make_png(3, 3, (7, 8, 9)))).asset
        await client.assets.update_tags(hero.id, add=["hero", "red"])
        await client.assets.update_tags(villain.id, add=["red"])

        async def ids(**filters: Any) -> list[str]:
            return [a.id async for a in client.assets.iter(**filters)]

        assert await ids(types=["canvas"]) == [canvas.id]
        assert await ids(type=models.AssetType.CANVAS) == [canvas.id]
        assert await ids(type="uploaded", sort_by="createdAt", sort_direction="asc") == [
            first.id,
            hero.id,
            villain.id,
        ]
        assert await ids(types=["canvas", "uploaded"], sort_direction="asc") == [
            first.id,
            canvas.id,
            hero.id,
            villain.id,
        ]
        assert await ids(tags=["red"], sort_direction="asc") == [hero.id, villain.id]
        assert await ids(tags=["hero", "red"]) == [hero.id]
        assert await ids(tags="red,hero") == [hero.id]

        # dates come from recorded data, never from the wall clock: replays send the same query
        cutoff = isoparse(first.created_at) + timedelta(seconds=30)
        later = await ids(created_after=cutoff, sort_by="createdAt", sort_direction="asc")
        assert later == [hero.id, villain.id]
        earlier = await ids(created_before=cutoff.isoformat(), sort_by="createdAt")
        assert earlier == [canvas.id, first.id]


# --------------------------------------------------------------------------------------
# Errors, each from a real server answer
# --------------------------------------------------------------------------------------


async def test_not_found_error(target: Target) -> None:
    async with open_client(target) as client:
        with pytest.raises(NotFoundError) as info:
            await client.assets.retrieve("asset_doesnotexist")
    err = info.value
    assert type(err) is NotFoundError
    assert (err.status_code, err.method, err.path) == (404, "GET", "/v1/assets/asset_doesnotexist")
    assert err.message == "Asset asset_doesnotexist not found"
    assert isinstance(err.request_id, str)


async def test_authentication_error(target: Target) -> None:
    async with open_client(target, api_key="wrong-key", api_secret="wrong-secret") as client:
        with pytest.raises(AuthenticationError) as info:
            await client.assets.list()
    err = info.value
    assert (err.status_code, err.method, err.path) == (401, "GET", "/v1/assets")
    assert err.message == "Invalid API key or secret"
    assert "wrong-secret" not in str(err) and "wrong-secret" not in repr(err)


async def test_bad_request_error_from_the_server(target: Target) -> None:
    # The client lets lock_expires_at through on any update; the server only accepts it to
    # extend an active lock held with its lock id.
    async with open_client(target) as client:
        canvas = (await client.assets.upload("c.json", canvas={})).asset
        later = target.now() + timedelta(hours=1)
        with pytest.raises(BadRequestError) as info:
            await client.assets.update(canvas.id, name="renamed", lock_expires_at=later)
        err = info.value
        assert type(err) is BadRequestError
        assert (err.status_code, err.method, err.path) == (400, "PUT", f"/v1/assets/{canvas.id}")
        assert err.message is not None and "lockExpiresAt" in err.message
        unchanged = await client.assets.retrieve(canvas.id)
        assert unchanged.metadata.name == "c.json"  # nothing changed


async def test_lock_conflict_error(target: Target) -> None:
    async with open_client(target) as client:
        canvas = (await client.assets.upload("locked.json", canvas={"a": 1})).asset
        lock = await client.assets.lock(canvas.id, ttl=timedelta(minutes=5))
        held_until = lock.asset.metadata.lock_expires_at
        assert isinstance(held_until, str) and isinstance(lock.lock_id, str)

        with pytest.raises(LockConflictError) as info:
            await client.assets.update(canvas.id, canvas={"a": 2})
        err = info.value
        assert isinstance(err, ConflictError)
        assert (err.status_code, err.method, err.path) == (409, "PUT", f"/v1/assets/{canvas.id}")
        assert err.lock_expires_at == held_until

        with pytest.raises(LockConflictError) as again:  # locking a locked canvas
            await client.assets.lock(canvas.id, ttl=timedelta(minutes=1))
        assert again.value.lock_expires_at == held_until
        with pytest.raises(LockConflictError):  # unlocking with a wrong lock id
            await client.assets.unlock(canvas.id, lock_id="lock_wrong")

        # extend the lock with its id, then break it by force
        extended = await client.assets.update(
            canvas.id,
            canvas={"a": 3},
            lock_id=lock.lock_id,
            lock_expires_at=isoparse(held_until) + timedelta(minutes=10),
        )
        new_expiry = extended.metadata.lock_expires_at
        assert isinstance(new_expiry, str)
        assert isoparse(new_expiry) > isoparse(held_until)
        forced = await client.assets.unlock(canvas.id, force=True)
        assert isinstance(forced.metadata.lock_expires_at, Unset)
        renamed = await client.assets.update(canvas.id, name="free.json")
        assert renamed.metadata.name == "free.json"


async def test_conflict_error_for_a_strict_duplicate_tag(target: Target) -> None:
    async with open_client(target) as client:
        image = (await client.assets.upload("t.png", image=make_png(2, 2))).asset
        await client.assets.update_tags(image.id, add=["dup"], strict=True)
        with pytest.raises(ConflictError) as info:
            await client.assets.update_tags(image.id, add=["dup"], strict=True)
        err = info.value
        assert type(err) is ConflictError  # /tags is not a lock path
        assert (err.status_code, err.method, err.path) == (
            409,
            "PUT",
            f"/v1/assets/{image.id}/tags",
        )
        assert err.message is not None and "dup" in err.message
        # not strict: adding an existing tag is a no-op
        lenient = await client.assets.update_tags(image.id, add=["dup"])
        assert (lenient.added, lenient.deleted) == ([], [])


@pytest.mark.emulator_only
async def test_rate_limit_is_retried_after_the_servers_delay(target: Target) -> None:
    sleeps: list[float] = []
    async with open_client(target, sleeps, max_retries=2) as client:
        image = (await client.assets.upload("r.png", image=make_png(2, 2))).asset
        target.fault("GET", "/v1/assets/*", status=429, retry_after=1, times=1)
        assert (await client.assets.retrieve(image.id)).id == image.id
    assert sleeps == [1.0]


@pytest.mark.emulator_only
async def test_service_unavailable_on_a_read_is_retried(target: Target) -> None:
    sleeps: list[float] = []
    policy = RetryPolicy(max_retries=2, initial_backoff=0.5, jitter=0.0)
    async with open_client(target, sleeps, retry_policy=policy) as client:
        image = (await client.assets.upload("s.png", image=make_png(2, 2))).asset
        target.fault("GET", "/v1/assets/*", status=503, times=2)
        assert (await client.assets.retrieve(image.id)).id == image.id
    assert sleeps == [0.5, 1.0]  # exponential backoff, no jitter


@pytest.mark.emulator_only
async def test_server_error_on_upload_is_not_retried(target: Target) -> None:
    sleeps: list[float] = []
    async with open_client(target, sleeps, max_retries=2) as client:
        target.fault("POST", "/v1/assets", status=500, times=1)
        with pytest.raises(InternalServerError) as info:
            await client.assets.upload("u.png", image=make_png(2, 2))
        assert (info.value.status_code, info.value.method) == (500, "POST")
        assert sleeps == []
        assert (await client.assets.list()).assets == []  # sent once, refused: nothing created


@pytest.mark.emulator_only
async def test_rate_limit_error_without_retries(target: Target) -> None:
    sleeps: list[float] = []
    async with open_client(target, sleeps, max_retries=0) as client:
        target.fault("GET", "/v1/assets", status=429, retry_after=1, times=1)
        with pytest.raises(RateLimitError) as info:
            await client.assets.list()
        assert (info.value.status_code, info.value.retry_after) == (429, 1.0)
        assert sleeps == []
        assert (await client.assets.list()).assets == []  # the fault was used up


# --------------------------------------------------------------------------------------
# Downloads
# --------------------------------------------------------------------------------------


@pytest.mark.emulator_only
async def test_batch_download(target: Target) -> None:
    target.set_job_steps("queued", "in-progress", "success")
    async with open_client(target) as client:
        a = (await client.assets.upload("a.png", image=make_png(4, 4, (0, 0, 255)))).asset
        b = (await client.assets.upload("b.png", image=make_png(4, 4, (0, 255, 0)))).asset
        job = await client.downloads.request_batch(
            asset_ids=[a.id, b.id], file_name_template="<name>", flat=True
        )
        job_id = job.job_id
        assert isinstance(job_id, str)

        statuses: list[str] = []
        status = await client.downloads.get_status(job_id)
        for _ in range(10):  # each poll advances the job one step: no waiting needed
            assert isinstance(status, models.DownloadGetStatusResponse)
            statuses.append(status.job_status)
            if status.job_status == "success":
                break
            assert isinstance(status.download_url, Unset)
            status = await client.downloads.get_status(job_id)
        assert statuses == ["queued", "in-progress", "success"]
        assert status.job_id == job_id
        assert isinstance(status.download_url, str)

        response = await client.http.get(status.download_url)
        assert response.status_code == 200
        assert "authorization" not in response.request.headers
        archive = zipfile.ZipFile(BytesIO(response.content))
        assert sorted(archive.namelist()) == ["a.png", "b.png"]
        assert archive.read("a.png") == make_png(4, 4, (0, 0, 255))


@pytest.mark.emulator_only
async def test_batch_download_failure(target: Target) -> None:
    target.set_job_steps("queued", "success")
    target.fail_next_jobs()
    async with open_client(target) as client:
        a = (await client.assets.upload("f.png", image=make_png(2, 2))).asset
        job_id = (await client.downloads.request_batch(asset_ids=[a.id])).job_id
        statuses = [(await client.downloads.get_status(job_id)).job_status for _ in range(3)]
        assert statuses == ["queued", "failure", "failure"]
        final = await client.downloads.get_status(job_id)
        assert isinstance(final.download_url, Unset)


async def test_single_download_converted_to_jpeg(target: Target) -> None:
    async with open_client(target) as client:
        image = (await client.assets.upload("photo.png", image=make_png(6, 6, (10, 200, 30)))).asset

        url = await client.downloads.request(image.id, target_format="jpeg")
        assert isinstance(url, str)
        response = await client.http.get(url)
        # The emulator's storage answers 400 to any request carrying an Authorization
        # header: a 200 proves the API credentials did not leak to the storage host.
        assert response.status_code == 200
        assert "authorization" not in response.request.headers
        assert response.headers["content-type"] == "image/jpeg"
        assert response.content[:3] == JPEG_MAGIC

        original = await client.http.get(await client.downloads.request(image.id))
        assert original.status_code == 200
        assert original.content == make_png(6, 6, (10, 200, 30))
        assert original.content[:8] == PNG_MAGIC
