"""Downloads: job polling (fake clock), streaming to disk, expired links, batching, memory.

A mock API answers job requests, statuses and link requests; a mock storage host
(``storage.test``) serves the files behind signed URLs. ``FakeTime`` is both the injected
``sleep`` and ``monotonic``: sleeping moves the clock, so deadlines are reached without waiting.
"""

from __future__ import annotations

import gzip
import json
import logging
import tracemalloc
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

import scenario_assets as sa
from scenario_assets.testing import make_png
from tests.support.mock import Recorder, ok
from tests.support.spec import job_poll

BASE = "https://api.test/v1"
STORAGE_HOST = "storage.test"
SECRET = "s3cr3t"

Reply = Callable[[httpx.Request], httpx.Response]


class FakeTime:
    """Injected sleep + monotonic clock: each sleep advances the clock by its duration."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def archive_of(path: str) -> bytes:
    """What storage serves at ``path``: distinct bytes per file."""
    return b"PK\x03\x04" + path.encode() * 50


class Server:
    """The API (jobs, statuses, links) and the storage host behind one mock transport.

    Args:
        statuses: job statuses served (in order, for any job) before ``success``.
        storage: replies for storage GETs, in order; then each file is served in full.
    """

    def __init__(self, *, statuses: Sequence[str] = (), storage: Sequence[Reply] = ()) -> None:
        self.statuses = list(statuses)
        self.storage = list(storage)
        self.jobs = 0
        self.links = 0
        self.rec = Recorder(handler=self.handle)

    def _signed(self, path: str) -> str:
        self.links += 1
        return f"https://{STORAGE_HOST}{path}?X-Amz-Signature={SECRET}{self.links}&X-Amz-Expires=60"

    def handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.url.host == STORAGE_HOST:
            assert request.method == "GET"
            if self.storage:
                return self.storage.pop(0)(request)
            return httpx.Response(200, content=archive_of(path))
        if (request.method, path) == ("POST", "/v1/assets/download"):
            self.jobs += 1
            return ok({"jobId": f"job_{self.jobs}"})
        if request.method == "GET" and path.startswith("/v1/assets/download/"):
            job = path.rsplit("/", 1)[-1]
            if self.statuses:
                return ok({"jobId": job, "jobStatus": self.statuses.pop(0)})
            url = self._signed(f"/archives/{job}.zip")
            return ok({"jobId": job, "jobStatus": "success", "downloadUrl": url})
        if request.method == "POST" and path.endswith("/download"):
            asset_id = path.split("/")[3]
            return ok({"url": self._signed(f"/files/{asset_id}.webp")})
        raise AssertionError(f"unexpected {request.method} {request.url}")

    def kinds(self) -> list[str]:
        """Each request as batch / status / link / storage, in order."""
        out = []
        for r in self.rec.requests:
            if r.url.host == STORAGE_HOST:
                out.append("storage")
            elif r.method == "GET":
                out.append("status")
            elif r.url.path == "/v1/assets/download":
                out.append("batch")
            else:
                out.append("link")
        return out


def client(server: Server | Recorder, clock: FakeTime, **kwargs: Any) -> sa.Client:
    rec = server.rec if isinstance(server, Server) else server
    return sa.Client(
        "k",
        "s",
        base_url=BASE,
        transport=rec.transport(),
        sleep=clock.sleep,
        monotonic=clock.monotonic,
        **kwargs,
    )


def aclient(server: Server | Recorder, clock: FakeTime, **kwargs: Any) -> sa.AsyncClient:
    rec = server.rec if isinstance(server, Server) else server
    return sa.AsyncClient(
        "k",
        "s",
        base_url=BASE,
        transport=rec.async_transport(),
        sleep=clock.asleep,
        monotonic=clock.monotonic,
        **kwargs,
    )


def status(job_status: str, url: str | None = None) -> httpx.Response:
    body: dict[str, Any] = {"jobId": "job_1", "jobStatus": job_status}
    if url is not None:
        body["downloadUrl"] = url
    return ok(body)


def forbidden(request: httpx.Request) -> httpx.Response:
    return httpx.Response(403, content=b"<Error><Code>AccessDenied</Code></Error>")


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


URL = f"https://{STORAGE_HOST}/archives/job_1.zip?X-Amz-Signature={SECRET}"


# --------------------------------------------------------------------------------------
# BatchJob.wait
# --------------------------------------------------------------------------------------


def test_wait_polls_with_growing_interval_until_success() -> None:
    rec = Recorder(
        ok({"jobId": "job_1"}),
        status("queued"),
        status("in-progress"),
        status("finalizing"),
        status("success", URL),
    )
    clock = FakeTime()
    seen: list[str] = []
    with client(rec, clock) as c:
        job = c.downloads.request_batch(asset_ids=["asset_1"])
        url = job.wait(poll_interval=1, max_interval=10, on_status=seen.append)
    assert url == URL
    assert (job.download_url, job.status) == (URL, "success")
    assert seen == ["queued", "in-progress", "finalizing", "success"]
    assert clock.waits == [1.0, 1.5, 2.25]
    assert [(r.method, r.url.path) for r in rec.requests[1:]] == [
        ("GET", "/v1/assets/download/job_1")
    ] * 4


@pytest.mark.anyio
async def test_async_wait_polls_with_growing_interval_until_success() -> None:
    rec = Recorder(
        ok({"jobId": "job_1"}),
        status("queued"),
        status("in-progress"),
        status("finalizing"),
        status("success", URL),
    )
    clock = FakeTime()
    seen: list[str] = []
    async with aclient(rec, clock) as c:
        job = await c.downloads.request_batch(asset_ids=["asset_1"])
        url = await job.wait(poll_interval=1, max_interval=10, on_status=seen.append)
    assert url == URL == job.download_url
    assert seen == ["queued", "in-progress", "finalizing", "success"]
    assert clock.waits == [1.0, 1.5, 2.25]


def test_wait_interval_is_capped_by_max_interval() -> None:
    rec = Recorder(*[status("in-progress") for _ in range(5)], status("success", URL))
    clock = FakeTime()
    with client(rec, clock) as c:
        sa.BatchJob(c.downloads, "job_1").wait(poll_interval=4, max_interval=5, timeout=100)
    assert clock.waits == [4.0, 5.0, 5.0, 5.0, 5.0]


def test_wait_times_out_with_the_last_status_and_never_oversleeps() -> None:
    rec = Recorder(handler=lambda r: status("in-progress"))
    clock = FakeTime()
    with client(rec, clock) as c, pytest.raises(sa.PollTimeoutError) as info:
        sa.BatchJob(c.downloads, "job_1").wait(timeout=3, poll_interval=1, max_interval=10)
    assert clock.waits == [1.0, 1.5, 0.5]  # the last wait is cut to the time left
    assert clock.now == 3.0
    # Three polls; at the deadline no time is left for a fourth, so none is sent.
    assert len(rec.requests) == 3
    assert info.value.last_status == "in-progress"
    assert info.value.job_id == "job_1"
    assert isinstance(info.value, sa.DownloadError)


@pytest.mark.anyio
async def test_async_wait_times_out_with_the_last_status() -> None:
    rec = Recorder(handler=lambda r: status("warming-up"))
    clock = FakeTime()
    async with aclient(rec, clock) as c:
        with pytest.raises(sa.PollTimeoutError) as info:
            await sa.AsyncBatchJob(c.downloads, "job_1").wait(timeout=2, poll_interval=1.5)
    assert clock.waits == [1.5, 0.5]
    assert info.value.last_status == "warming-up"


def test_unknown_status_keeps_polling_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    rec = Recorder(status("archiving"), status("success", URL))
    clock = FakeTime()
    with (
        client(rec, clock) as c,
        caplog.at_level(logging.INFO, logger="scenario_assets"),
    ):
        assert sa.BatchJob(c.downloads, "job_1").wait() == URL
    assert clock.waits == [1.0]
    logged = [r for r in caplog.records if "archiving" in r.getMessage()]
    assert len(logged) == 1
    assert logged[0].levelno == logging.INFO


READY, FAILED, PENDING = job_poll()  # what the spec's x-poll says of job statuses


@pytest.mark.parametrize("pending", PENDING)
def test_every_pending_status_of_the_spec_is_waited_past_quietly(
    pending: str, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recorder(status(pending), status(READY[0], URL))
    with (
        client(rec, FakeTime()) as c,
        caplog.at_level(logging.INFO, logger="scenario_assets"),
    ):
        assert sa.BatchJob(c.downloads, "job_1").wait() == URL
    assert not [r for r in caplog.records if "still waiting" in r.getMessage()]


@pytest.mark.parametrize("final", FAILED)
def test_failed_job_raises_download_job_failed(final: str) -> None:
    rec = Recorder(status(PENDING[0]), status(final), status(READY[0], URL))
    clock = FakeTime()
    with client(rec, clock) as c, pytest.raises(sa.DownloadJobFailedError) as info:
        sa.BatchJob(c.downloads, "job_1").wait()
    assert (info.value.job_id, info.value.status) == ("job_1", final)
    assert len(rec.requests) == 2
    assert clock.waits == [1.0]


@pytest.mark.anyio
async def test_async_failed_job_raises_download_job_failed() -> None:
    rec = Recorder(status("failure"))
    async with aclient(rec, FakeTime()) as c:
        with pytest.raises(sa.DownloadJobFailedError) as info:
            await sa.AsyncBatchJob(c.downloads, "job_1").wait()
    assert info.value.status == "failure"


def test_success_without_a_url_keeps_polling() -> None:
    rec = Recorder(
        status("success"),
        ok({"jobId": "job_1", "jobStatus": "success", "downloadUrl": None}),
        ok({"jobId": "job_1", "jobStatus": "success", "downloadUrl": ""}),
        status("success", URL),
    )
    clock = FakeTime()
    with client(rec, clock) as c:
        assert sa.BatchJob(c.downloads, "job_1").wait() == URL
    assert clock.waits == [1.0, 1.5, 2.25]


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0},
        {"timeout": -5},
        {"poll_interval": 0},
        {"poll_interval": -1},
        {"poll_interval": 20, "max_interval": 10},
    ],
    ids=["timeout-0", "timeout-negative", "interval-0", "interval-negative", "max-below-interval"],
)
def test_bad_wait_options_are_refused_before_any_request(options: dict[str, Any]) -> None:
    rec = Recorder()
    with client(rec, FakeTime()) as c, pytest.raises(sa.ValidationError):
        sa.BatchJob(c.downloads, "job_1").wait(**options)
    assert rec.requests == []


# --------------------------------------------------------------------------------------
# BatchJob.download_to
# --------------------------------------------------------------------------------------


def test_download_to_streams_into_a_part_file_then_renames(tmp_path: Path) -> None:
    dest = tmp_path / "out.zip"
    during: list[list[str]] = []
    chunks = [b"a" * 10, b"b" * 20, b"c" * 5]
    server = Server(
        storage=[
            lambda r: httpx.Response(200, headers={"content-length": "35"}, content=iter(chunks))
        ]
    )
    progress: list[tuple[int, int | None]] = []

    def on_progress(done: int, total: int | None) -> None:
        progress.append((done, total))
        during.append(files_in(tmp_path))

    with client(server, FakeTime()) as c:
        job = c.downloads.request_batch(asset_ids=["asset_1"])
        assert job.download_to(dest, on_progress=on_progress) == dest
    assert dest.read_bytes() == b"".join(chunks)
    assert files_in(tmp_path) == ["out.zip"]
    assert progress == [(10, 35), (30, 35), (35, 35)]
    for listing in during:  # while streaming: only the hidden temp file, never the target
        assert len(listing) == 1
        assert listing[0].startswith(".out.zip.") and listing[0].endswith(".part")
    assert server.kinds() == ["batch", "status", "storage"]


def test_signed_storage_url_gets_no_authorization_header(tmp_path: Path) -> None:
    server = Server()
    with client(server, FakeTime()) as c:
        c.downloads.request_batch(asset_ids=["asset_1"]).download_to(tmp_path)
        c.downloads.download_asset("asset_2", tmp_path)
    api = [r for r in server.rec.requests if r.url.host != STORAGE_HOST]
    storage = [r for r in server.rec.requests if r.url.host == STORAGE_HOST]
    assert len(api) == 3 and len(storage) == 2
    assert all(r.headers["authorization"].startswith("Basic ") for r in api)
    assert all("authorization" not in r.headers for r in storage)
    assert all(SECRET in str(r.url) for r in storage)  # the signature itself is sent


def test_directory_destination_gets_job_id_zip(tmp_path: Path) -> None:
    server = Server()
    with client(server, FakeTime()) as c:
        path = c.downloads.request_batch(asset_ids=["asset_1"]).download_to(tmp_path)
    assert path == tmp_path / "job_1.zip"
    assert path.read_bytes() == archive_of("/archives/job_1.zip")


def short_body(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-length": "100"}, content=b"short")


def long_body(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, headers={"content-length": "3"}, content=b"too long")


@pytest.mark.parametrize("reply", [short_body, long_body], ids=["truncated", "too-long"])
def test_length_mismatch_raises_and_leaves_existing_file_untouched(
    tmp_path: Path, reply: Reply
) -> None:
    dest = tmp_path / "out.zip"
    dest.write_bytes(b"previous archive")
    server = Server(storage=[reply])
    with client(server, FakeTime()) as c, pytest.raises(sa.IntegrityError):
        c.downloads.request_batch(asset_ids=["asset_1"]).download_to(dest)
    assert dest.read_bytes() == b"previous archive"
    assert files_in(tmp_path) == ["out.zip"]  # no .part left behind


def test_expired_url_is_refreshed_once_by_polling_again(tmp_path: Path) -> None:
    server = Server(storage=[forbidden])
    with client(server, FakeTime()) as c:
        job = c.downloads.request_batch(asset_ids=["asset_1"])
        first = job.wait()
        path = job.download_to(tmp_path / "a.zip")
    assert path.read_bytes() == archive_of("/archives/job_1.zip")
    assert server.kinds() == ["batch", "status", "storage", "status", "storage"]
    storage = [str(r.url) for r in server.rec.requests if r.url.host == STORAGE_HOST]
    assert storage[0] == first
    assert storage[1] == job.download_url != first  # the fresh URL was used


def test_expired_twice_raises_download_error_and_leaves_nothing(tmp_path: Path) -> None:
    server = Server(storage=[forbidden, forbidden])
    with client(server, FakeTime()) as c, pytest.raises(sa.DownloadError, match="twice"):
        c.downloads.request_batch(asset_ids=["asset_1"]).download_to(tmp_path)
    assert server.kinds() == ["batch", "status", "storage", "status", "storage"]
    assert files_in(tmp_path) == []


def test_storage_error_raises_download_error_without_the_signature(tmp_path: Path) -> None:
    def failing(request: httpx.Request) -> httpx.Response:
        return httpx.Response(500, content=b"<Error><Code>InternalError</Code></Error>")

    server = Server(storage=[failing] * 3)
    with client(server, FakeTime()) as c, pytest.raises(sa.DownloadError) as info:
        c.downloads.request_batch(asset_ids=["asset_1"]).download_to(tmp_path)
    message = str(info.value)
    assert "500" in message and STORAGE_HOST in message and "InternalError" in message
    assert SECRET not in message and "X-Amz" not in message and "?" not in message
    assert not isinstance(info.value, sa.IntegrityError)
    assert server.kinds() == ["batch", "status"] + ["storage"] * 3  # GETs are retried
    assert files_in(tmp_path) == []


@pytest.mark.anyio
async def test_async_download_to_refreshes_an_expired_url(tmp_path: Path) -> None:
    server = Server(statuses=["queued"], storage=[forbidden])
    progress: list[tuple[int, int | None]] = []
    async with aclient(server, FakeTime()) as c:
        job = await c.downloads.request_batch(asset_ids=["asset_1"])
        path = await job.download_to(
            tmp_path, on_progress=lambda done, total: progress.append((done, total))
        )
    assert path == tmp_path / "job_1.zip"
    assert path.read_bytes() == archive_of("/archives/job_1.zip")
    assert server.kinds() == ["batch", "status", "status", "storage", "status", "storage"]
    assert progress[-1] == (len(path.read_bytes()), len(path.read_bytes()))
    storage = [r for r in server.rec.requests if r.url.host == STORAGE_HOST]
    assert all("authorization" not in r.headers for r in storage)


@pytest.mark.anyio
async def test_async_length_mismatch_leaves_nothing(tmp_path: Path) -> None:
    server = Server(storage=[short_body])
    async with aclient(server, FakeTime()) as c:
        job = await c.downloads.request_batch(asset_ids=["asset_1"])
        with pytest.raises(sa.IntegrityError):
            await job.download_to(tmp_path)
    assert files_in(tmp_path) == []


@pytest.mark.anyio
async def test_async_expired_twice_raises_download_error(tmp_path: Path) -> None:
    server = Server(storage=[forbidden, forbidden])
    async with aclient(server, FakeTime()) as c:
        job = await c.downloads.request_batch(asset_ids=["asset_1"])
        with pytest.raises(sa.DownloadError, match="twice"):
            await job.download_to(tmp_path)
    assert files_in(tmp_path) == []


# --------------------------------------------------------------------------------------
# download_assets and request_batch
# --------------------------------------------------------------------------------------


def _batch_ids(request: httpx.Request) -> list[str]:
    ids: list[str] = json.loads(request.content)["query"]["assetIds"]
    return ids


def test_download_assets_splits_into_jobs_of_1000_in_order(tmp_path: Path) -> None:
    distinct = [f"asset_{i}" for i in range(2500)]
    ids = distinct[:10] + distinct[:3] + distinct[10:] + ["asset_2499", "asset_7"]
    dest = tmp_path / "new" / "nested"
    server = Server()
    seen: list[str] = []
    with client(server, FakeTime()) as c:
        paths = c.downloads.download_assets(ids, dest, on_status=seen.append)
    batches = [r for r in server.rec.requests if r.url.path == "/v1/assets/download"]
    sent = [_batch_ids(r) for r in batches]
    assert [len(s) for s in sent] == [1000, 1000, 500]
    assert [i for batch in sent for i in batch] == distinct
    assert json.loads(batches[0].content)["options"] == {"fileNameTemplate": "<id>"}
    assert paths == [dest / "job_1.zip", dest / "job_2.zip", dest / "job_3.zip"]
    for n, path in enumerate(paths, start=1):
        assert path.read_bytes() == archive_of(f"/archives/job_{n}.zip")
    assert files_in(dest) == ["job_1.zip", "job_2.zip", "job_3.zip"]
    assert seen == ["success"] * 3
    assert server.kinds() == ["batch", "status", "storage"] * 3


@pytest.mark.anyio
async def test_async_download_assets_splits_into_jobs_of_1000(tmp_path: Path) -> None:
    ids = [f"asset_{i}" for i in range(1001)]
    server = Server()
    async with aclient(server, FakeTime()) as c:
        paths = await c.downloads.download_assets(ids, tmp_path / "out", flat=True)
    batches = [r for r in server.rec.requests if r.url.path == "/v1/assets/download"]
    assert [len(_batch_ids(r)) for r in batches] == [1000, 1]
    assert json.loads(batches[0].content)["options"] == {"fileNameTemplate": "<id>", "flat": True}
    assert [p.name for p in paths] == ["job_1.zip", "job_2.zip"]


def test_download_assets_refuses_a_destination_that_is_a_file(tmp_path: Path) -> None:
    dest = tmp_path / "a-file"
    dest.write_bytes(b"x")
    server = Server()
    with (
        client(server, FakeTime()) as c,
        pytest.raises(sa.ValidationError, match="not a directory"),
    ):
        c.downloads.download_assets(["asset_1"], dest)
    assert server.rec.requests == []
    assert dest.read_bytes() == b"x"


def test_request_batch_limit_is_1000_distinct_ids() -> None:
    server = Server()
    thousand = [f"asset_{i}" for i in range(1000)]
    with client(server, FakeTime()) as c:
        with pytest.raises(sa.ValidationError, match="1000"):
            c.downloads.request_batch(asset_ids=[*thousand, "asset_extra"])
        assert server.rec.requests == []
        job = c.downloads.request_batch(asset_ids=[*thousand, "asset_0"])  # a duplicate
    assert job.job_id == "job_1"
    [request] = server.rec.requests
    assert _batch_ids(request) == thousand


@pytest.mark.parametrize(
    "query",
    [{}, {"asset_ids": []}, {"asset_ids": ["asset_1"], "file_name_template": "a/<id>"}],
    ids=["empty", "empty-ids", "template-with-slash"],
)
def test_request_batch_refusals_send_nothing(query: dict[str, Any]) -> None:
    rec = Recorder()
    with client(rec, FakeTime()) as c, pytest.raises(sa.ValidationError):
        c.downloads.request_batch(**query)
    assert rec.requests == []


# --------------------------------------------------------------------------------------
# download_asset
# --------------------------------------------------------------------------------------


def test_download_asset_names_the_file_after_id_and_format(tmp_path: Path) -> None:
    server = Server()
    with client(server, FakeTime()) as c:
        converted = c.downloads.download_asset("asset_1", tmp_path, target_format="png")
        original = c.downloads.download_asset("asset_2", tmp_path)
    assert converted == tmp_path / "asset_1.png"
    assert original == tmp_path / "asset_2.webp"  # the suffix of the signed URL's path
    assert converted.read_bytes() == archive_of("/files/asset_1.webp")
    links = [r for r in server.rec.requests if r.url.host != STORAGE_HOST]
    assert [(r.method, r.url.path, json.loads(r.content)) for r in links] == [
        ("POST", "/v1/assets/asset_1/download", {"targetFormat": "png"}),
        ("POST", "/v1/assets/asset_2/download", {}),
    ]


def test_download_asset_to_an_explicit_file_path(tmp_path: Path) -> None:
    server = Server()
    with client(server, FakeTime()) as c:
        path = c.downloads.download_asset("asset_1", tmp_path / "mine.bin")
    assert path == tmp_path / "mine.bin"
    assert files_in(tmp_path) == ["mine.bin"]


def test_download_asset_asks_for_a_fresh_link_after_403(tmp_path: Path) -> None:
    server = Server(storage=[forbidden])
    with client(server, FakeTime()) as c:
        path = c.downloads.download_asset("asset_1", tmp_path)
    assert path.read_bytes() == archive_of("/files/asset_1.webp")
    assert server.kinds() == ["link", "storage", "link", "storage"]
    storage = [str(r.url) for r in server.rec.requests if r.url.host == STORAGE_HOST]
    assert storage[0] != storage[1]


def test_download_asset_403_twice_raises_and_leaves_nothing(tmp_path: Path) -> None:
    server = Server(storage=[forbidden, forbidden])
    with client(server, FakeTime()) as c, pytest.raises(sa.DownloadError, match="twice"):
        c.downloads.download_asset("asset_1", tmp_path)
    assert server.kinds() == ["link", "storage", "link", "storage"]
    assert files_in(tmp_path) == []


def test_download_asset_bad_arguments_send_nothing(tmp_path: Path) -> None:
    rec = Recorder()
    with client(rec, FakeTime()) as c:
        with pytest.raises(sa.ValidationError):
            c.downloads.download_asset("asset_1", tmp_path, target_format="bmpx")
        with pytest.raises(sa.ValidationError):
            c.downloads.download_asset("bad id", tmp_path)
    assert rec.requests == []


@pytest.mark.anyio
async def test_async_download_asset_refreshes_after_403(tmp_path: Path) -> None:
    server = Server(storage=[forbidden])
    async with aclient(server, FakeTime()) as c:
        path = await c.downloads.download_asset("asset_1", tmp_path, target_format="jpeg")
    assert path == tmp_path / "asset_1.jpeg"
    assert path.read_bytes() == archive_of("/files/asset_1.webp")
    assert server.kinds() == ["link", "storage", "link", "storage"]


@pytest.mark.anyio
async def test_async_download_asset_403_twice_raises(tmp_path: Path) -> None:
    server = Server(storage=[forbidden, forbidden])
    async with aclient(server, FakeTime()) as c:
        with pytest.raises(sa.DownloadError, match="twice"):
            await c.downloads.download_asset("asset_1", tmp_path)
    assert files_in(tmp_path) == []


# --------------------------------------------------------------------------------------
# Transfer encoding and broken connections
# --------------------------------------------------------------------------------------


def test_files_are_asked_for_without_transfer_compression(tmp_path: Path) -> None:
    server = Server()
    with client(server, FakeTime()) as c:
        c.downloads.download_asset("asset_1", tmp_path)
    [storage] = [r for r in server.rec.requests if r.url.host == STORAGE_HOST]
    assert storage.headers["accept-encoding"] == "identity"


def _gzipped(data: bytes, *, is_async: bool = False) -> Reply:
    """A server that compresses anyway; Content-Length counts the compressed bytes."""
    packed = gzip.compress(data)

    async def apacked() -> AsyncIterator[bytes]:
        yield packed

    def reply(request: httpx.Request) -> httpx.Response:
        headers = {"content-encoding": "gzip", "content-length": str(len(packed))}
        content = apacked() if is_async else iter([packed])
        return httpx.Response(200, headers=headers, content=content)

    return reply


def test_gzip_encoded_response_is_written_decoded_without_a_false_length_error(
    tmp_path: Path,
) -> None:
    data = archive_of("/files/asset_1.svg")
    server = Server(storage=[_gzipped(data)])
    with client(server, FakeTime()) as c:
        path = c.downloads.download_asset("asset_1", tmp_path / "a.svg")
    assert path.read_bytes() == data


@pytest.mark.anyio
async def test_async_gzip_encoded_response_is_written_decoded(tmp_path: Path) -> None:
    data = archive_of("/files/asset_1.svg")
    server = Server(storage=[_gzipped(data, is_async=True)])
    async with aclient(server, FakeTime()) as c:
        path = await c.downloads.download_asset("asset_1", tmp_path / "a.svg")
    assert path.read_bytes() == data


def _cut_off(request: httpx.Request) -> httpx.Response:
    def body() -> Iterator[bytes]:
        yield b"x" * 1000
        raise httpx.ReadError("connection reset by peer")

    return httpx.Response(200, headers={"content-length": "5000"}, content=body())


def test_connection_broken_mid_body_raises_download_error_and_leaves_no_part(
    tmp_path: Path,
) -> None:
    dest = tmp_path / "out.zip"
    dest.write_bytes(b"previous")
    server = Server(storage=[_cut_off])
    with client(server, FakeTime()) as c, pytest.raises(sa.DownloadError) as info:
        c.downloads.request_batch(asset_ids=["asset_1"]).download_to(dest)
    assert "interrupted" in str(info.value)
    assert SECRET not in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ReadError)
    assert dest.read_bytes() == b"previous"
    assert files_in(tmp_path) == ["out.zip"]


def test_storage_unreachable_raises_connection_error_after_retries(tmp_path: Path) -> None:
    def refused(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    server = Server(storage=[refused] * 3)
    clock = FakeTime()
    with client(server, clock) as c, pytest.raises(sa.APIConnectionError) as info:
        c.downloads.download_asset("asset_1", tmp_path)
    assert SECRET not in str(info.value)
    assert server.kinds() == ["link"] + ["storage"] * 3
    assert len(clock.waits) == 2  # the retry layer's backoff, on the injected sleep
    assert files_in(tmp_path) == []


# --------------------------------------------------------------------------------------
# Memory stays flat
# --------------------------------------------------------------------------------------

CHUNK = 64 * 1024
TOTAL = 30 * 1024 * 1024


def test_large_archive_is_streamed_with_flat_memory(tmp_path: Path) -> None:
    def body() -> Iterator[bytes]:
        for i in range(TOTAL // CHUNK):
            yield bytes([i % 251]) * CHUNK  # a fresh 64 KiB chunk each time

    def big(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-length": str(TOTAL)}, content=body())

    server = Server(storage=[big])
    progress: list[int] = []
    with client(server, FakeTime()) as c:
        job = c.downloads.request_batch(asset_ids=["asset_1"])
        job.wait()
        tracemalloc.start()
        try:
            path = job.download_to(tmp_path, on_progress=lambda done, total: progress.append(done))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert path.stat().st_size == TOTAL
    assert len(progress) == TOTAL // CHUNK and progress[-1] == TOTAL
    assert peak < 5 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB"
    with path.open("rb") as fh:
        fh.seek(CHUNK * 300)
        assert fh.read(CHUNK) == bytes([300 % 251]) * CHUNK


# Destination semantics: a directory or a file path, never guessed (see _Destination).


def test_a_path_that_is_neither_a_folder_nor_a_named_file_is_refused(tmp_path: Path) -> None:
    rec = Recorder()
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        with pytest.raises(sa.ValidationError, match="neither an existing folder nor a file name"):
            client.downloads.download_asset("asset_1", tmp_path / "newdir")  # Path("newdir/")
        with pytest.raises(sa.ValidationError, match="dest: the directory of"):
            client.downloads.download_asset("asset_1", tmp_path / "missing" / "a.png")
    assert rec.requests == [] and list(tmp_path.iterdir()) == []


def test_a_trailing_slash_string_names_a_folder_to_create(tmp_path: Path) -> None:
    png = make_png(4, 4)
    rec = Recorder(
        ok({"url": "https://storage.test/assets/asset_1/hero.png?X-Amz-Signature=s"}),
        httpx.Response(200, content=png, headers={"Content-Length": str(len(png))}),
    )
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        path = client.downloads.download_asset("asset_1", f"{tmp_path}/newdir/")
    assert path.parent == tmp_path / "newdir" and path.read_bytes() == png


def test_an_existing_file_is_replaced_only_once_the_download_is_whole(tmp_path: Path) -> None:
    target = tmp_path / "hero"  # an existing file needs no extension
    target.write_bytes(b"old")
    png = make_png(4, 4)
    cut = httpx.Response(200, content=png[:10], headers={"Content-Length": str(len(png))})
    rec = Recorder(ok({"url": "https://storage.test/a.png?sig=1"}), cut)
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport(), max_retries=0) as client:
        with pytest.raises(sa.DownloadError):
            client.downloads.download_asset("asset_1", target)
        assert target.read_bytes() == b"old"  # a failed download leaves it untouched
        rec.queue += [
            ok({"url": "https://storage.test/a.png?sig=2"}),
            httpx.Response(200, content=png, headers={"Content-Length": str(len(png))}),
        ]
        assert client.downloads.download_asset("asset_1", target) == target
    assert target.read_bytes() == png
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hero"]  # no temporary file left
