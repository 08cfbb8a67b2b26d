"""The async workflow helpers end to end, through recorded emulator traffic (replayed offline).

The twin of ``tests/integration/test_helpers_sync.py`` on :class:`AsyncClient`: the same
scenarios and assertions, awaited. The fake ``sleep`` is a coroutine; ``now`` and
``monotonic`` are fakes as in the sync file, so replays never wait and locks recorded long ago
still look live.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import AsyncIterable, AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, cast

import httpcore
import httpx
import pytest
from dateutil.parser import isoparse
from scenario_assets_api import models

from scenario_assets import (
    AsyncClient,
    DownloadError,
    DownloadJobFailedError,
    InternalServerError,
    LockConflictError,
    PollTimeoutError,
    ScenarioError,
    UploadOutcome,
    ValidationError,
)
from scenario_assets.testing import Target, make_png

pytestmark = [pytest.mark.scenario_vcr, pytest.mark.anyio]

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MINUTE = timedelta(minutes=1)


class FakeClock:
    """Time that moves only when told: ``now`` (lock expiries), ``monotonic`` (poll deadlines).

    ``sleep`` records each wait and advances ``monotonic`` by it; ``start`` anchors ``now`` on
    a time the emulator reported (recorded in the cassette, so replays agree with it).
    """

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.ticks = 0.0
        self.anchor: datetime | None = None
        self.offset = timedelta(0)

    def start(self, iso: str) -> None:
        self.anchor = isoparse(iso)

    def advance(self, delta: timedelta) -> None:
        self.offset += delta

    def now(self) -> datetime:
        assert self.anchor is not None, "the test did not anchor the clock (clock.start)"
        return self.anchor + self.offset

    def monotonic(self) -> float:
        return self.ticks

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.ticks += seconds


@asynccontextmanager
async def open_client(
    target: Target, clock: FakeClock | None = None, **kwargs: Any
) -> AsyncIterator[AsyncClient]:
    clock = clock or FakeClock()
    async with AsyncClient(
        target.api_key,
        target.api_secret,
        base_url=target.base_url,
        sleep=clock.sleep,
        now=clock.now,
        monotonic=clock.monotonic,
        **kwargs,
    ) as client:
        yield client


async def new_canvas(
    client: AsyncClient, clock: FakeClock, name: str = "scene.json"
) -> models.Asset:
    """Upload a canvas and anchor the fake clock on its creation time (the emulator's clock)."""
    canvas = await client.assets.upload_canvas({"layers": []}, name)
    clock.start(canvas.created_at)
    return canvas


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --------------------------------------------------------------------------------------
# Uploads
# --------------------------------------------------------------------------------------


async def test_upload_file_from_path_bytes_and_open_file(target: Target, tmp_path: Path) -> None:
    red = tmp_path / "red.png"
    red.write_bytes(make_png(8, 4, (255, 0, 0)))
    blue = tmp_path / "blue.png"
    blue.write_bytes(make_png(3, 5, (0, 0, 255)))
    async with open_client(target) as client:
        from_path = await client.assets.upload_file(red)
        assert from_path.metadata.name == "red.png"
        assert from_path.kind == models.AssetKind.IMAGE
        assert from_path.mime_type == "image/png"
        assert (from_path.properties.width, from_path.properties.height) == (8, 4)

        from_bytes = await client.assets.upload_file(make_png(6, 2, (0, 255, 0)))
        assert from_bytes.metadata.name == "upload.png"
        assert (from_bytes.kind, from_bytes.mime_type) == (models.AssetKind.IMAGE, "image/png")
        assert (from_bytes.properties.width, from_bytes.properties.height) == (6, 2)

        with blue.open("rb") as handle:
            from_file = await client.assets.upload_file(handle)
        assert from_file.metadata.name == "blue.png"
        assert (from_file.kind, from_file.mime_type) == (models.AssetKind.IMAGE, "image/png")
        assert (from_file.properties.width, from_file.properties.height) == (3, 5)

        assert len({from_path.id, from_bytes.id, from_file.id}) == 3
        fetched = await client.assets.retrieve(from_file.id)
        assert fetched.properties.size == len(make_png(3, 5, (0, 0, 255)))


async def test_upload_canvas_with_thumbnail(target: Target, tmp_path: Path) -> None:
    thumb = tmp_path / "thumb.png"
    thumb.write_bytes(make_png(4, 4, (9, 9, 9)))
    async with open_client(target) as client:
        canvas = await client.assets.upload_canvas(
            {"layers": [{"id": 1}]}, "board.json", thumbnail=thumb
        )
        assert canvas.metadata.type_ == models.AssetType.CANVAS
        assert canvas.metadata.name == "board.json"
        assert isinstance(canvas.metadata.thumbnail, models.AssetFileRef)
        thumbnail = await client.assets.retrieve(canvas.metadata.thumbnail.asset_id)
        assert thumbnail.kind == models.AssetKind.IMAGE
        assert thumbnail.id != canvas.id


async def test_upload_many_keeps_input_order_and_isolates_a_bad_item(
    target: Target, tmp_path: Path
) -> None:
    first = tmp_path / "first.png"
    first.write_bytes(make_png(2, 2, (1, 2, 3)))
    last = tmp_path / "last.png"
    last.write_bytes(make_png(5, 1, (7, 8, 9)))
    progress: list[tuple[int, int, int]] = []

    def on_progress(done: int, total: int, outcome: UploadOutcome) -> None:
        progress.append((done, total, outcome.index))

    async with open_client(target) as client:
        with last.open("rb") as handle:
            items: list[Any] = [
                first,
                make_png(4, 3, (40, 50, 60)),
                b"plain text, no image",
                handle,
            ]
            # Every request body differs, so replay matches each upload whatever the order; the
            # recording itself is sequential so that re-recording gives the same cassette.
            concurrency = 1 if target.recording else 2
            outcomes = await client.assets.upload_many(
                items, concurrency=concurrency, on_item=on_progress
            )

    assert [o.index for o in outcomes] == [0, 1, 2, 3]
    assert [o.item for o in outcomes] == items
    assert [o.ok for o in outcomes] == [True, True, False, True]
    assert isinstance(outcomes[2].error, ValidationError)
    assert outcomes[2].asset is None
    names = []
    for outcome in (outcomes[0], outcomes[1], outcomes[3]):
        assert outcome.error is None
        assert isinstance(outcome.asset, models.Asset)
        names.append(outcome.asset.metadata.name)
    assert names == ["first.png", "upload.png", "last.png"]
    assert [p[0] for p in progress] == [1, 2, 3, 4]
    assert {p[1] for p in progress} == {4}
    assert sorted(p[2] for p in progress) == [0, 1, 2, 3]


# --------------------------------------------------------------------------------------
# Lock sessions
# --------------------------------------------------------------------------------------


async def test_lock_session_threads_the_lock_id_and_unlocks(target: Target) -> None:
    clock = FakeClock()
    async with open_client(target, clock) as client, open_client(target, clock) as other:
        canvas = await new_canvas(client, clock)
        async with client.assets.lock_session(canvas.id, ttl=5 * MINUTE) as lock:
            assert isinstance(lock.lock_id, str)
            assert lock.expires_at == clock.now() + 5 * MINUTE
            first = await lock.update(canvas={"layers": [1]})
            assert first.id == canvas.id
            with pytest.raises(LockConflictError) as blocked:
                await other.assets.update(canvas.id, name="no lock id")
            assert blocked.value.status_code == 409
            second = await lock.update(canvas={"layers": [1, 2]}, name="renamed.json")
            assert second.metadata.name == "renamed.json"

        snapshots = await client.assets.list_snapshots(canvas.id)
        assert len(snapshots.snapshots) == 2
        assert [json.loads(s.raw_data) for s in snapshots.snapshots] == [
            {"layers": [1, 2]},
            {"layers": [1]},
        ]
        # Unlocked on exit: someone else can take the lock now.
        again = await other.assets.lock(canvas.id, ttl=MINUTE)
        assert isinstance(again.lock_id, str) and again.lock_id != lock.lock_id
        await other.assets.unlock(canvas.id, lock_id=again.lock_id)


async def test_lock_conflict_and_forced_break(target: Target) -> None:
    clock = FakeClock()
    async with open_client(target, clock) as alice, open_client(target, clock) as bob:
        canvas = await new_canvas(alice, clock)
        async with alice.assets.lock_session(canvas.id, ttl=5 * MINUTE) as held:
            with pytest.raises(LockConflictError) as conflict:
                async with bob.assets.lock_session(canvas.id, ttl=MINUTE):
                    pytest.fail("entered a session on a canvas someone else holds")
            assert conflict.value.lock_expires_at is not None
            assert isoparse(conflict.value.lock_expires_at) == held.expires_at

            async with bob.assets.lock_session(canvas.id, ttl=MINUTE, force=True) as taken:
                assert taken.lock_id != held.lock_id
                with pytest.raises(LockConflictError):
                    await held.update(name="alice was overruled")
                assert (await taken.update(name="bob.json")).metadata.name == "bob.json"
        # Both sessions ended without error; the canvas is free again.
        relock = await alice.assets.lock(canvas.id, ttl=MINUTE)
        assert isinstance(relock.lock_id, str)
        await alice.assets.unlock(canvas.id, lock_id=relock.lock_id)


@pytest.mark.emulator_only
async def test_expired_lock_is_taken_again_on_update(target: Target) -> None:
    clock = FakeClock()
    async with open_client(target, clock) as client:
        canvas = await new_canvas(client, clock)
        async with client.assets.lock_session(canvas.id, ttl=MINUTE) as lock:
            first_id = lock.lock_id
            target.advance_clock(120)
            clock.advance(2 * MINUTE)
            updated = await lock.update(canvas={"layers": ["late"]})
            assert updated.metadata.lock_expires_at is not None
            assert lock.lock_id != first_id
            assert lock.expires_at == clock.now() + MINUTE
        relock = await client.assets.lock(canvas.id, ttl=MINUTE)
        assert isinstance(relock.lock_id, str)
        await client.assets.unlock(canvas.id, lock_id=relock.lock_id)


@pytest.mark.emulator_only
async def test_unlock_failure_is_a_note_on_the_body_error(target: Target) -> None:
    clock = FakeClock()
    async with open_client(target, clock) as client:
        canvas = await new_canvas(client, clock)
        with pytest.raises(ValueError, match="the body failed") as raised:
            async with client.assets.lock_session(canvas.id, ttl=MINUTE) as lock:
                await lock.update(name="edited.json")
                target.fault("PUT", "/v1/assets/*/unlock", status=500, times=5)
                raise ValueError("the body failed")
        notes = getattr(raised.value, "__notes__", [])
        assert len(notes) == 1
        assert "unlocking the canvas failed" in notes[0]
        assert "InternalServerError" in notes[0]
        assert isinstance(raised.value.__context__, InternalServerError)

        # Without a body error, the unlock failure itself is raised (the fault is still on).
        other = await client.assets.upload_canvas({"layers": []}, "other.json")
        with pytest.raises(InternalServerError) as unlock_error:
            async with client.assets.lock_session(other.id, ttl=MINUTE) as lock:
                await lock.update(name="fine.json")
        assert unlock_error.value.status_code == 500
        assert unlock_error.value.path.endswith("/unlock")


# --------------------------------------------------------------------------------------
# Batch jobs
# --------------------------------------------------------------------------------------


@pytest.mark.emulator_only
@pytest.mark.parametrize("final", ["failure", "canceled"])
async def test_failed_job_raises(target: Target, final: str) -> None:
    target.set_job_steps("queued", "success")
    target.fail_next_jobs(1, final)
    clock = FakeClock()
    async with open_client(target, clock) as client:
        image = await client.assets.upload_file(make_png(2, 2, (3, 3, 3)))
        job = await client.downloads.request_batch(asset_ids=[image.id])
        seen: list[str] = []
        with pytest.raises(DownloadJobFailedError) as failed:
            await job.wait(on_status=seen.append)
    assert failed.value.status == final
    assert failed.value.job_id == job.job_id
    assert seen == ["queued", final]
    assert clock.waits == [1.0]


@pytest.mark.emulator_only
async def test_poll_timeout_with_a_fake_clock(target: Target) -> None:
    target.set_job_steps(*["queued"] * 6, "success")
    clock = FakeClock()
    async with open_client(target, clock) as client:
        image = await client.assets.upload_file(make_png(2, 2, (4, 4, 4)))
        job = await client.downloads.request_batch(asset_ids=[image.id])
        with pytest.raises(PollTimeoutError) as timed_out:
            await job.wait(timeout=3, poll_interval=1)
    assert timed_out.value.last_status == "queued"
    assert timed_out.value.job_id == job.job_id
    # The interval grows by half each poll, and the last wait is cut to the deadline.
    assert clock.waits == [1.0, 1.5, 0.5]
    assert clock.ticks == 3.0


# --------------------------------------------------------------------------------------
# Downloads: expired signed URLs
# --------------------------------------------------------------------------------------


@pytest.mark.emulator_only
async def test_single_download_retries_once_after_a_storage_403(
    target: Target, tmp_path: Path
) -> None:
    async with open_client(target) as client:
        image = await client.assets.upload_file(make_png(7, 7, (1, 1, 1)))
        target.fault("GET", "/_storage/*", status=403, times=1)
        path = await client.downloads.download_asset(image.id, tmp_path)
        assert path == tmp_path / f"{image.id}.png"
        assert path.read_bytes() == make_png(7, 7, (1, 1, 1))

        target.fault("GET", "/_storage/*", status=403, times=2)
        dest = tmp_path / "twice"
        dest.mkdir()
        with pytest.raises(DownloadError, match="twice"):
            await client.downloads.download_asset(image.id, dest)
        assert leftovers(dest) == []


@pytest.mark.emulator_only
async def test_batch_download_refreshes_an_expired_archive_url(
    target: Target, tmp_path: Path
) -> None:
    target.set_job_steps("queued", "success")
    async with open_client(target) as client:
        image = await client.assets.upload_file(make_png(3, 3, (2, 2, 2)), name="pic.png")
        job = await client.downloads.request_batch(
            asset_ids=[image.id], file_name_template="<name>"
        )
        await job.wait()
        target.fault("GET", "/_storage/*", status=403, times=1)
        path = await job.download_to(tmp_path)
        assert path == tmp_path / f"{job.job_id}.zip"
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
        assert len(names) == 1 and names[0].endswith("pic.png")

        again = await client.downloads.request_batch(asset_ids=[image.id])
        await again.wait()
        target.fault("GET", "/_storage/*", status=403, times=2)
        dest = tmp_path / "twice"
        dest.mkdir()
        with pytest.raises(DownloadError, match="twice"):
            await again.download_to(dest)
        assert leftovers(dest) == []


# --------------------------------------------------------------------------------------
# Downloads: interrupted streams
# --------------------------------------------------------------------------------------


class _KeepPartialBody(httpx.AsyncByteStream):
    """httpcore body stream that ends quietly where the server cut it (recording side)."""

    def __init__(self, stream: AsyncIterable[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._stream:
                yield chunk
        except httpcore.RemoteProtocolError:
            return

    async def aclose(self) -> None:
        aclose = getattr(self._stream, "aclose", None)
        if aclose is not None:
            await aclose()


class _PartialBodyPool:
    """Wraps httpcore's pool so vcrpy can record a cut-off body instead of an exception."""

    def __init__(self, pool: httpcore.AsyncConnectionPool) -> None:
        self._pool = pool

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        response = await self._pool.handle_async_request(request)
        assert not isinstance(response.stream, bytes)
        return httpcore.Response(
            response.status,
            headers=response.headers,
            content=_KeepPartialBody(cast(AsyncIterable[bytes], response.stream)),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._pool.aclose()


class _CutStream(httpx.AsyncByteStream):
    def __init__(self, body: bytes, expected: int) -> None:
        self._body = body
        self._expected = expected

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._body
        raise httpx.RemoteProtocolError(
            "peer closed connection without sending complete message body "
            f"(received {len(self._body)} bytes, expected {self._expected})"
        )


class CutConnectionTransport(httpx.AsyncBaseTransport):
    """A real transport whose truncated bodies survive recording and replay alike.

    vcrpy reads each body inside the transport, so a connection the emulator cuts (``truncate``
    fault) would raise there and never be recorded. Here the cut-off body is recorded as is
    (shorter than its ``Content-Length``), and whenever a body is shorter than announced the
    response raises ``httpx.RemoteProtocolError`` after the bytes that did arrive: what httpx
    does on a real connection, so the library sees the same failure when recording and
    replaying.
    """

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        pool = _PartialBodyPool(self._inner._pool)
        self._inner._pool = cast(httpcore.AsyncConnectionPool, pool)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        announced = response.headers.get("content-length")
        body = await response.aread()  # vcrpy has buffered it already
        await response.aclose()
        stream: httpx.AsyncByteStream = httpx.ByteStream(body)
        if announced is not None and announced.isdigit() and len(body) < int(announced):
            stream = _CutStream(body, int(announced))
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=stream,
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.mark.emulator_only
async def test_interrupted_downloads_leave_no_file(target: Target, tmp_path: Path) -> None:
    async with open_client(target, transport=CutConnectionTransport()) as client:
        image = await client.assets.upload_file(make_png(64, 64, (5, 6, 7)))
        # Enough cuts to exhaust the retry budget (1 try + 2 retries) should it ever retry.
        target.fault("GET", "/_storage/*", truncate=True, times=3)
        folder = tmp_path / "single"
        folder.mkdir()
        with pytest.raises((ScenarioError, httpx.TransportError)):
            await client.downloads.download_asset(image.id, folder)
        assert leftovers(folder) == []

        existing = tmp_path / "keep.png"
        existing.write_bytes(b"previous content")
        target.fault("GET", "/_storage/*", truncate=True, times=3)
        with pytest.raises((ScenarioError, httpx.TransportError)):
            await client.downloads.download_asset(image.id, existing)
        assert existing.read_bytes() == b"previous content"
        assert leftovers(tmp_path) == ["keep.png", "single"]

        job = await client.downloads.request_batch(asset_ids=[image.id])
        await job.wait()
        archives = tmp_path / "archives"
        archives.mkdir()
        target.fault("GET", "/_storage/*", truncate=True, times=3)
        with pytest.raises((ScenarioError, httpx.TransportError)):
            await job.download_to(archives)
        assert leftovers(archives) == []


@pytest.mark.emulator_only
async def test_interrupted_download_raises_a_scenario_error(target: Target, tmp_path: Path) -> None:
    async with open_client(target, transport=CutConnectionTransport()) as client:
        image = await client.assets.upload_file(make_png(64, 64, (8, 9, 10)))
        target.fault("GET", "/_storage/*", truncate=True, times=3)
        with pytest.raises(DownloadError, match="interrupted") as info:
            await client.downloads.download_asset(image.id, tmp_path)
        assert isinstance(info.value, ScenarioError)
        assert isinstance(info.value.__cause__, httpx.RemoteProtocolError)
        assert list(tmp_path.iterdir()) == []


# --------------------------------------------------------------------------------------
# Downloads: archives and credentials
# --------------------------------------------------------------------------------------


async def test_download_assets_flat_and_grouped(target: Target, tmp_path: Path) -> None:
    pictures = {
        "a.png": make_png(2, 3, (255, 0, 0)),
        "b.png": make_png(3, 2, (0, 255, 0)),
        "c.png": make_png(4, 1, (0, 0, 255)),
    }
    async with open_client(target) as client:
        assets = [
            await client.assets.upload_file(data, name=name) for name, data in pictures.items()
        ]
        ids = [a.id for a in assets]
        kind = str(assets[0].metadata.type_)

        flat_dir = tmp_path / "new" / "flat"
        statuses: list[str] = []
        flat = await client.downloads.download_assets(
            ids, flat_dir, file_name_template="<name>", flat=True, on_status=statuses.append
        )
        assert len(flat) == 1 and flat[0].parent == flat_dir
        assert statuses[-1] == "success"
        with zipfile.ZipFile(flat[0]) as archive:
            assert sorted(archive.namelist()) == sorted(pictures)
            for name, data in pictures.items():
                assert archive.read(name) == data

        grouped_dir = tmp_path / "new" / "grouped"
        grouped = await client.downloads.download_assets(
            ids, grouped_dir, file_name_template="<name>"
        )
        assert len(grouped) == 1
        with zipfile.ZipFile(grouped[0]) as archive:
            assert sorted(archive.namelist()) == sorted(f"{kind}/{n}" for n in pictures)
        assert leftovers(grouped_dir) == [grouped[0].name]


async def test_no_credentials_are_sent_to_storage(target: Target, tmp_path: Path) -> None:
    seen: list[tuple[str, bool]] = []

    async def capture(request: httpx.Request) -> None:
        seen.append((request.url.path, "authorization" in request.headers))

    async with open_client(target) as client:
        client.http.event_hooks["request"].append(capture)
        image = await client.assets.upload_file(make_png(5, 5, (50, 60, 70)))
        # Emulator storage answers 400 to any request carrying Authorization: success proves
        # none was sent; the hook checks it on the request itself.
        single = await client.downloads.download_asset(image.id, tmp_path)
        assert single.read_bytes()[:8] == PNG_MAGIC
        job = await client.downloads.request_batch(asset_ids=[image.id])
        archive = await job.download_to(tmp_path)
        assert zipfile.is_zipfile(archive)

    storage = [auth for path, auth in seen if path.startswith("/_storage/")]
    api = [auth for path, auth in seen if path.startswith("/v1/")]
    assert len(storage) == 2 and not any(storage)
    assert api and all(api)
