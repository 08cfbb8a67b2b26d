"""The fault suite: the client against a raw-socket server of our own that misbehaves.

Every fault runs through ``Client`` and ``AsyncClient`` and asserts four things: the outcome
(a typed error of the package's tree, or the right result), a bound on the time it took, the
exact number of requests the server read in full per route (an unsafe request is never
repeated), and what is left behind: no partial file in the destination, no lock held on the
server.

Timeouts are short (0.3 s) and retry backoff tiny, so the whole suite stays fast; the bounds are
generous (they prove "ends", not speed: speed is the benchmarks' business).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import anyio
import pytest

import scenario_assets as sa
from scenario_assets.testing import make_png
from tests.faults.race import AsyncRaceTransport, RaceTransport
from tests.faults.server import (
    Action,
    Early,
    FaultServer,
    Seen,
    answer,
    close,
    cut,
    hang,
    redirect,
    reply,
    reset,
    short_length,
    stall,
)
from tests.support.mock import asset_body, example

POLICY = sa.RetryPolicy(max_retries=2, initial_backoff=0.01, max_backoff=0.02, jitter=0)
TIMEOUT = 0.3
PNG = make_png(2, 2)
# Larger than any socket buffers on loopback: its upload cannot be fully written before a reset.
BIG_PNG = PNG + b"\0" * (12 * 1024 * 1024)
ARCHIVE = b"PK\x05\x06" + b"\0" * 18 + b"archive bytes" * 50
IMAGE = PNG * 20

A1 = "/v1/assets/asset_1"
ASSETS = "/v1/assets"
LOCK = "/v1/assets/asset_1/lock"
UNLOCK = "/v1/assets/asset_1/unlock"
LINK = "/v1/assets/asset_1/download"
BATCH = "/v1/assets/download"
STATUS = "/v1/assets/download/job_1"
FILE = "/storage/asset_1.png"
ZIP = "/storage/job_1.zip"
SIGNED = "?X-Amz-Signature=sig123&X-Amz-Expires=60"


def asset(asset_id: str = "asset_1", **metadata: Any) -> dict[str, Any]:
    body = asset_body(asset_id)
    body["metadata"].update(metadata)
    return body


ONE = {"asset": asset()}


def page(ids: list[str], token: str | None) -> dict[str, Any]:
    body: dict[str, Any] = {"assets": [asset(i) for i in ids]}
    if token:
        body["nextPaginationToken"] = token
    return body


# --------------------------------------------------------------------------------------
# Server-side state a fault can change: the canvas lock
# --------------------------------------------------------------------------------------


@dataclass
class Book:
    """The server's view of the canvas lock (held or not), kept by the lock routes."""

    held: bool = False
    locks: int = 0

    def lock(self, ttl: float = 300.0) -> Action:
        def make(seen: Seen) -> tuple[int, Any]:
            self.held = True
            self.locks += 1
            expires = (datetime.now(UTC) + timedelta(seconds=ttl)).isoformat()
            body = example("lockAsset")
            body["lockId"] = f"lock_{self.locks}"
            body["asset"]["metadata"]["lockExpiresAt"] = expires
            return 200, body

        return answer(make)

    def unlock(self, then: Action | None = None) -> Action:
        """Release the lock; answer, or apply it and then ``then`` (a lost response)."""

        def act(conn: Any, seen: Seen) -> bool:
            self.held = False
            return (then or reply(200, {"asset": asset()}))(conn, seen)

        return act


# --------------------------------------------------------------------------------------
# The faults
# --------------------------------------------------------------------------------------

Routes = Callable[[FaultServer, Book], object]
Run = Callable[[Any, Path, Any], Any]  # (client, dest dir, transport) -> result or awaitable


@dataclass(frozen=True)
class Fault:
    id: str
    routes: Routes
    run: Run
    outcome: type[BaseException] | Callable[[Any], bool]
    counts: dict[tuple[str, str], int]
    within: float = 1.5
    files: tuple[str, ...] = ()
    arun: Run | None = None  # the async call when it differs from ``run``
    server: dict[str, Any] = field(default_factory=dict)
    client: dict[str, Any] = field(default_factory=dict)
    race: bool = False  # send through the race transport (see tests/faults/race.py)


def get(path: str) -> tuple[str, str]:
    return ("GET", path)


def post(path: str) -> tuple[str, str]:
    return ("POST", path)


def put(path: str) -> tuple[str, str]:
    return ("PUT", path)


def routes(*entries: tuple[str, str, list[Action | Early]]) -> Routes:
    def install(server: FaultServer, book: Book) -> None:
        for method, path, actions in entries:
            server.on(method, path, *actions)

    return install


def is_asset(asset_id: str = "asset_1") -> Callable[[Any], bool]:
    return lambda result: getattr(result, "id", None) == asset_id


def retrieve(c: Any, d: Path, t: Any) -> Any:
    return c.assets.retrieve("asset_1")


def upload(c: Any, d: Path, t: Any) -> Any:
    return c.assets.upload_file(PNG, name="hero.png")


def upload_big(c: Any, d: Path, t: Any) -> Any:
    return c.assets.upload_file(BIG_PNG, name="hero.png")


def download(c: Any, d: Path, t: Any) -> Any:
    return c.downloads.download_asset("asset_1", d)


def batch(**options: Any) -> Run:
    def run(c: Any, d: Path, t: Any) -> Any:
        return c.downloads.download_assets(["asset_1"], d, poll_interval=0.01, **options)

    return run


def link(server: FaultServer, path: str = FILE) -> Action:
    return reply(200, {"url": f"{server.url}{path}{SIGNED}"})


def job(status: str, url: str | None = None) -> Action:
    body: dict[str, Any] = {"jobId": "job_1", "jobStatus": status}
    if url:
        body["downloadUrl"] = url
    return reply(200, body)


def single_download(*storage: Action) -> Routes:
    def install(server: FaultServer, book: Book) -> None:
        server.on("POST", LINK, link(server))
        server.on("GET", FILE, *storage)

    return install


def batch_download(*statuses: Action | str, storage: tuple[Action, ...] = ()) -> Routes:
    def install(server: FaultServer, book: Book) -> None:
        url = f"{server.url}{ZIP}{SIGNED}"
        server.on("POST", BATCH, reply(200, {"jobId": "job_1"}))
        actions = [job(s, url) if isinstance(s, str) else s for s in statuses]
        server.on("GET", STATUS, *actions)
        server.on("GET", ZIP, *(storage or (reply(200, ARCHIVE),)))

    return install


def list_all(c: Any, d: Path, t: Any) -> Any:
    return [a.id for a in c.assets.iter(page_size=2)]


async def alist_all(c: Any, d: Path, t: Any) -> Any:
    return [a.id async for a in c.assets.iter(page_size=2)]


def reuse_after_idle(c: Any, d: Path, t: Any) -> Any:
    c.assets.retrieve("asset_1")
    time.sleep(0.15)  # the server closes connections idle for 0.05 s
    return c.assets.upload_file(PNG, name="hero.png")


async def areuse_after_idle(c: Any, d: Path, t: Any) -> Any:
    await c.assets.retrieve("asset_1")
    time.sleep(0.15)
    return await c.assets.upload_file(PNG, name="hero.png")


def raced_upload(c: Any, d: Path, t: Any) -> Any:
    c.assets.retrieve("asset_1")  # opens the keep-alive connection
    t.arm()  # the server closes it just after httpcore checked it
    return c.assets.upload_file(PNG, name="hero.png")


async def araced_upload(c: Any, d: Path, t: Any) -> Any:
    await c.assets.retrieve("asset_1")
    t.arm()
    return await c.assets.upload_file(PNG, name="hero.png")


# Lock sessions: the sync and async bodies differ only in ``async with`` / ``await``.


def session(ttl: float = 300.0, keepalive: float | None = None, body: str = "update") -> Run:
    def run(c: Any, d: Path, t: Any) -> Any:
        alive = None if keepalive is None else timedelta(seconds=keepalive)
        with c.assets.lock_session("asset_1", ttl=timedelta(seconds=ttl), keepalive=alive) as s:
            if body == "update":
                return s.update(name="v2")
            if body == "raise":
                raise KeyError("the block failed")
            if body == "expire":
                c.clock.advance(1000)  # past the session's ttl and the server's
                return s.update(name="v2")
            time.sleep(0.8)  # "idle": past the lock's expiry, while the keep-alive renews
            return None

    return run


def asession(ttl: float = 300.0, keepalive: float | None = None, body: str = "update") -> Run:
    async def run(c: Any, d: Path, t: Any) -> Any:
        alive = None if keepalive is None else timedelta(seconds=keepalive)
        async with c.assets.lock_session(
            "asset_1", ttl=timedelta(seconds=ttl), keepalive=alive
        ) as s:
            if body == "update":
                return await s.update(name="v2")
            if body == "raise":
                raise KeyError("the block failed")
            if body == "expire":
                c.clock.advance(1000)  # past the session's ttl and the server's
                return await s.update(name="v2")
            await anyio.sleep(0.8)
            return None

    return run


def lock_routes(
    update: list[Action] | None = None,
    unlock: Callable[[Book], Action] | None = None,
    lock: Callable[[Book], list[Action]] | None = None,
) -> Routes:
    def install(server: FaultServer, book: Book) -> None:
        server.on("PUT", LOCK, *(lock(book) if lock else [book.lock()]))
        server.on("PUT", A1, *(update or [reply(200, ONE)]))
        server.on("PUT", UNLOCK, unlock(book) if unlock else book.unlock())

    return install


CONFLICT = reply(409, {"message": "locked by someone else until 2030-01-01T00:00:00Z"})

FAULTS = [
    # ---- a safe read: retried after every kind of lost or broken response -------------
    Fault(
        "retrieve-reset-after-request-read",
        routes(("GET", A1, [reset(), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-reset-before-request-read",
        routes(("GET", A1, [reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 1},
        server={"reset_on_accept": 1},
    ),
    Fault(
        "retrieve-closed-without-answer",
        routes(("GET", A1, [close(), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-body-cut-mid-way",
        routes(("GET", A1, [cut(ONE, 200), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-headers-then-nothing",
        routes(("GET", A1, [cut(ONE, 0), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-body-cut-every-time",
        routes(("GET", A1, [cut(ONE, 50)])),
        retrieve,
        sa.APIConnectionError,
        {get(A1): 3},
    ),
    Fault(
        "retrieve-content-length-too-short",
        routes(("GET", A1, [short_length(ONE, 40)])),
        retrieve,
        sa.ResponseValidationError,
        {get(A1): 1},
    ),
    Fault(
        "retrieve-hangs-once",
        routes(("GET", A1, [hang(), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-hangs-always",
        routes(("GET", A1, [hang()])),
        retrieve,
        sa.APITimeoutError,
        {get(A1): 3},
        within=2.5,
    ),
    Fault(
        "retrieve-body-stalls-mid-way",
        routes(("GET", A1, [stall(ONE, 100), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-503-then-ok",
        routes(("GET", A1, [reply(503, {"message": "busy"}), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-500-always",
        routes(("GET", A1, [reply(500, {"message": "boom"})])),
        retrieve,
        sa.InternalServerError,
        {get(A1): 3},
    ),
    Fault(
        "retrieve-429-retry-after-then-ok",
        routes(("GET", A1, [reply(429, {}, **{"Retry-After": "0"}), reply(200, ONE)])),
        retrieve,
        is_asset(),
        {get(A1): 2},
    ),
    Fault(
        "retrieve-404",
        routes(("GET", A1, [reply(404, {"message": "no such asset"})])),
        retrieve,
        sa.NotFoundError,
        {get(A1): 1},
    ),
    Fault(
        "retrieve-wrong-shape",
        routes(("GET", A1, [reply(200, {"asset": ["not", "an", "object"]})])),
        retrieve,
        sa.ResponseValidationError,
        {get(A1): 1},
    ),
    Fault(
        "retrieve-not-json",
        routes(("GET", A1, [reply(200, b"<html>maintenance</html>")])),
        retrieve,
        sa.ResponseValidationError,
        {get(A1): 1},
    ),
    Fault(
        "retrieve-undocumented-fields-kept",
        routes(("GET", A1, [reply(200, {"asset": {**asset(), "newField": 1}, "extra": True})])),
        retrieve,
        lambda a: a.id == "asset_1" and a.additional_properties == {"newField": 1},
        {get(A1): 1},
    ),
    Fault(
        "retrieve-redirected-within-the-api",
        routes(
            ("GET", A1, [redirect("/v1/assets/asset_2", 307)]),
            ("GET", "/v1/assets/asset_2", [reply(200, {"asset": asset("asset_2")})]),
        ),
        retrieve,
        is_asset("asset_2"),
        {get(A1): 1, get("/v1/assets/asset_2"): 1},
    ),
    Fault(
        "retrieve-redirect-loop",
        routes(("GET", A1, [redirect(A1, 302)])),
        retrieve,
        sa.APIConnectionError,
        {get(A1): 21},  # the first request and httpx's 20 redirects, then a typed error
    ),
    Fault(
        "list-second-page-cut-mid-way",
        routes(
            (
                "GET",
                ASSETS,
                [
                    reply(200, page(["a1", "a2"], "t2")),
                    cut(page(["a3"], None), 30),
                    reply(200, page(["a3"], None)),
                ],
            )
        ),
        list_all,
        lambda ids: ids == ["a1", "a2", "a3"],
        {get(ASSETS): 3},
        arun=alist_all,
    ),
    Fault(
        "escape-hatch-get-body-cut-mid-way",
        routes(("GET", "/v1/assets/restore", [cut({"ok": True}, 3), reply(200, {"ok": True})])),
        lambda c, d, t: c.request("GET", "/assets/restore"),
        lambda response: response.json() == {"ok": True},
        {get("/v1/assets/restore"): 2},
    ),
    Fault(
        "escape-hatch-post-body-cut-mid-way",
        routes(("POST", "/v1/assets/restore", [cut({"ok": True}, 3), reply(200, {"ok": True})])),
        lambda c, d, t: c.request("POST", "/assets/restore", json={"assetIds": ["a"]}),
        sa.APIConnectionError,
        {post("/v1/assets/restore"): 1},
    ),
    # ---- an unsafe write: sent once, never repeated once the server may have it --------
    Fault(
        "upload-closed-after-request-read",
        routes(("POST", ASSETS, [close(), reply(200, ONE)])),
        upload,
        sa.APIConnectionError,
        {post(ASSETS): 1},
    ),
    Fault(
        "upload-reset-after-request-read",
        routes(("POST", ASSETS, [reset(), reply(200, ONE)])),
        upload,
        sa.APIConnectionError,
        {post(ASSETS): 1},
    ),
    Fault(
        "upload-503",
        routes(("POST", ASSETS, [reply(503, {}), reply(200, ONE)])),
        upload,
        sa.InternalServerError,
        {post(ASSETS): 1},
    ),
    Fault(
        "upload-hangs",
        routes(("POST", ASSETS, [hang(), reply(200, ONE)])),
        upload,
        sa.APITimeoutError,
        {post(ASSETS): 1},
    ),
    Fault(
        "upload-answer-cut-mid-way",
        routes(("POST", ASSETS, [cut(ONE, 100), reply(200, ONE)])),
        upload,
        sa.APIConnectionError,
        {post(ASSETS): 1},
    ),
    Fault(
        "upload-429-is-retried",
        routes(("POST", ASSETS, [reply(429, {}), reply(200, ONE)])),
        upload,
        is_asset(),
        {post(ASSETS): 2},
    ),
    Fault(
        "upload-reset-before-its-body-was-read",
        routes(("POST", ASSETS, [Early(reset()), reply(200, ONE)])),
        upload_big,
        is_asset(),
        {post(ASSETS): 1},  # plus the one dropped before its body: never whole, so resent
        within=5.0,
    ),
    Fault(
        "upload-on-a-connection-closed-while-idle",
        routes(("GET", A1, [reply(200, ONE)]), ("POST", ASSETS, [reply(200, ONE)])),
        reuse_after_idle,
        is_asset(),
        {get(A1): 1, post(ASSETS): 1},
        arun=areuse_after_idle,
        server={"idle_close": 0.05},
    ),
    Fault(
        "upload-races-the-close-of-an-idle-connection",
        routes(("GET", A1, [reply(200, ONE)]), ("POST", ASSETS, [reply(200, ONE)])),
        raced_upload,
        is_asset(),
        {get(A1): 1, post(ASSETS): 1},
        arun=araced_upload,
        race=True,
    ),
    Fault(
        "duplicate-closed-after-request-read",
        routes(("POST", "/v1/assets/asset_1/copy", [close(), reply(200, ONE)])),
        lambda c, d, t: c.assets.duplicate("asset_1"),
        sa.APIConnectionError,
        {post("/v1/assets/asset_1/copy"): 1},
    ),
    Fault(
        "tags-update-reset-after-request-read",
        routes(("PUT", "/v1/assets/asset_1/tags", [reset(), reply(200, {})])),
        lambda c, d, t: c.assets.update_tags("asset_1", add=["a"]),
        sa.APIConnectionError,
        {put("/v1/assets/asset_1/tags"): 1},
    ),
    Fault(
        "delete-503-then-ok-is-retried",
        routes(("DELETE", ASSETS, [reply(503, {}), reply(200, {})])),
        lambda c, d, t: c.assets.delete_many(["asset_1"]),
        lambda n: n == 1,
        {("DELETE", ASSETS): 2},
    ),
    # ---- canvas locks: whatever happens, the lock is not left held ----------------------
    Fault(
        "lock-session-block-raises",
        lock_routes(),
        session(body="raise"),
        KeyError,
        {put(LOCK): 1, put(UNLOCK): 1},
        arun=asession(body="raise"),
    ),
    Fault(
        "lock-held-by-someone-else",
        lock_routes(lock=lambda book: [CONFLICT]),
        session(),
        sa.LockConflictError,
        {put(LOCK): 1},
        arun=asession(),
    ),
    Fault(
        "lock-session-update-hangs",
        lock_routes(update=[hang()]),
        session(),
        sa.APITimeoutError,
        {put(LOCK): 1, put(A1): 1, put(UNLOCK): 1},
        arun=asession(),
    ),
    Fault(
        "lock-session-update-503-not-repeated",
        lock_routes(update=[reply(503, {})]),
        session(),
        sa.InternalServerError,
        {put(LOCK): 1, put(A1): 1, put(UNLOCK): 1},
        arun=asession(),
    ),
    Fault(
        "lock-session-unlock-answer-lost",
        lock_routes(unlock=lambda book: book.unlock(then=close())),
        session(),
        sa.APIConnectionError,
        {put(LOCK): 1, put(A1): 1, put(UNLOCK): 1},
        arun=asession(),
    ),
    Fault(
        "lock-expired-while-idle-is-taken-again",
        lock_routes(),
        session(ttl=60, body="expire"),
        is_asset(),
        {put(LOCK): 2, put(A1): 1, put(UNLOCK): 1},
        arun=asession(ttl=60, body="expire"),
        client={"clock": True},
    ),
    Fault(
        "lock-keepalive-renewal-hangs-until-the-lock-expires",
        lock_routes(update=[hang()], lock=lambda book: [book.lock(ttl=0.6)]),
        session(ttl=0.6, keepalive=0.05, body="idle"),
        sa.LockRenewTimeoutError,
        {put(LOCK): 1, put(A1): 1, put(UNLOCK): 1},
        arun=asession(ttl=0.6, keepalive=0.05, body="idle"),
        client={"timeout": 30.0},  # only the lock's expiry can end the hung renewal
        within=2.0,
    ),
    # ---- single-asset downloads: a file appears whole or not at all --------------------
    Fault(
        "download-storage-cut-mid-body",
        single_download(cut(IMAGE, 100)),
        download,
        sa.DownloadError,
        {post(LINK): 1, get(FILE): 1},
    ),
    Fault(
        "download-signed-link-expired-then-fresh",
        single_download(reply(403, b"<Code>AccessDenied</Code>"), reply(200, IMAGE)),
        download,
        lambda p: p.read_bytes() == IMAGE,
        {post(LINK): 2, get(FILE): 2},
        files=("asset_1.png",),
    ),
    Fault(
        "download-signed-link-refused-twice",
        single_download(reply(403, b"<Code>AccessDenied</Code>")),
        download,
        sa.DownloadError,
        {post(LINK): 2, get(FILE): 2},
    ),
    Fault(
        "download-storage-reset-then-ok",
        single_download(reset(), reply(200, IMAGE)),
        download,
        lambda p: p.read_bytes() == IMAGE,
        {post(LINK): 1, get(FILE): 2},
        files=("asset_1.png",),
    ),
    Fault(
        "download-storage-stalls-mid-body",
        single_download(stall(IMAGE, 100)),
        download,
        sa.DownloadError,
        {post(LINK): 1, get(FILE): 1},
    ),
    Fault(
        "download-link-request-cut-then-ok",
        lambda server, book: (
            server.on("POST", LINK, cut({"url": "x" * 40}, 5), link(server)),
            server.on("GET", FILE, reply(200, IMAGE)),
        ),
        download,
        lambda p: p.read_bytes() == IMAGE,
        {post(LINK): 2, get(FILE): 1},
        files=("asset_1.png",),
    ),
    # ---- batch download jobs ------------------------------------------------------------
    Fault(
        "batch-job-stuck-in-progress",
        batch_download("in-progress"),
        batch(timeout=0.3),
        sa.PollTimeoutError,
        {post(BATCH): 1},  # the status polls are counted apart (their number is timing)
    ),
    Fault(
        "batch-job-fails",
        batch_download("in-progress", "failure"),
        batch(),
        sa.DownloadJobFailedError,
        {post(BATCH): 1, get(STATUS): 2},
    ),
    Fault(
        "batch-status-poll-hangs",
        batch_download(hang()),
        batch(timeout=1.0),
        sa.PollTimeoutError,
        {post(BATCH): 1, get(STATUS): 1},
        client={"timeout": 30.0},  # only the wait's deadline can end the hung poll
        within=2.5,
    ),
    Fault(
        "batch-status-503-then-success",
        batch_download(reply(503, {}), "success"),
        batch(),
        lambda paths: [p.name for p in paths] == ["job_1.zip"],
        {post(BATCH): 1, get(STATUS): 2, get(ZIP): 1},
        files=("job_1.zip",),
    ),
    Fault(
        "batch-status-unknown-then-success",
        batch_download("archiving", "success"),
        batch(),
        lambda paths: paths[0].read_bytes() == ARCHIVE,
        {post(BATCH): 1, get(STATUS): 2, get(ZIP): 1},
        files=("job_1.zip",),
    ),
    Fault(
        "batch-archive-link-expired-then-fresh",
        batch_download("success", storage=(reply(403, b""), reply(200, ARCHIVE))),
        batch(),
        lambda paths: paths[0].read_bytes() == ARCHIVE,
        {post(BATCH): 1, get(STATUS): 2, get(ZIP): 2},
        files=("job_1.zip",),
    ),
    Fault(
        "batch-archive-cut-mid-body",
        batch_download("success", storage=(cut(ARCHIVE, 10),)),
        batch(),
        sa.DownloadError,
        {post(BATCH): 1, get(STATUS): 1, get(ZIP): 1},
    ),
    Fault(
        "batch-request-answer-lost",
        lambda server, book: server.on("POST", BATCH, close(), reply(200, {"jobId": "job_1"})),
        batch(),
        sa.APIConnectionError,
        {post(BATCH): 1},
    ),
    Fault(
        "batch-status-404",
        batch_download(reply(404, {"message": "no such job"})),
        batch(),
        sa.NotFoundError,
        {post(BATCH): 1, get(STATUS): 1},
    ),
]


# --------------------------------------------------------------------------------------
# Running a fault
# --------------------------------------------------------------------------------------


class Clock:
    """A wall clock the test moves (lock expiry), starting now."""

    def __init__(self) -> None:
        self.at = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        self.at += timedelta(seconds=seconds)


def _options(fault: Fault, server: FaultServer) -> tuple[dict[str, Any], Clock | None]:
    extra = dict(fault.client)
    clock = Clock() if extra.pop("clock", False) else None
    kwargs: dict[str, Any] = {
        "base_url": f"{server.url}/v1",
        "retry_policy": POLICY,
        "timeout": extra.pop("timeout", TIMEOUT),
    }
    if clock is not None:
        kwargs["now"] = clock
    return kwargs, clock


def _check(fault: Fault, server: FaultServer, book: Book, dest: Path, elapsed: float) -> None:
    counts = server.counts()
    if fault.id == "batch-job-stuck-in-progress":
        assert counts.pop(get(STATUS)) >= 2
    assert counts == fault.counts
    assert elapsed < fault.within, f"took {elapsed:.2f}s"
    assert sorted(p.name for p in dest.iterdir()) == sorted(fault.files)  # no partial file
    assert not book.held, "a lock was left held"
    for seen in server.seen:  # credentials go to the API only, never to storage
        if not seen.path.startswith("/v1/"):
            assert "authorization" not in seen.headers


def _outcome(fault: Fault, result: Any, error: BaseException | None) -> None:
    if isinstance(fault.outcome, type):
        assert isinstance(error, fault.outcome), f"expected {fault.outcome.__name__}: {error!r}"
        assert isinstance(error, sa.ScenarioError | KeyError)  # nothing foreign escapes
        return
    assert error is None, f"unexpected {error!r}"
    assert fault.outcome(result), f"unexpected result {result!r}"


@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.id)
def test_fault_sync(fault: Fault, tmp_path: Path) -> None:
    book = Book()
    with FaultServer(**fault.server) as server:
        fault.routes(server, book)
        kwargs, clock = _options(fault, server)
        transport = RaceTransport(server) if fault.race else None
        result, error = None, None
        started = time.monotonic()
        with sa.Client("k", "s", transport=transport, **kwargs) as client:
            client.clock = clock  # type: ignore[attr-defined]
            try:
                result = fault.run(client, tmp_path, transport)
            except Exception as exc:
                error = exc
        elapsed = time.monotonic() - started
        _outcome(fault, result, error)
        _check(fault, server, book, tmp_path, elapsed)


@pytest.mark.anyio
@pytest.mark.parametrize("fault", FAULTS, ids=lambda f: f.id)
async def test_fault_async(fault: Fault, tmp_path: Path) -> None:
    book = Book()
    with FaultServer(**fault.server) as server:
        fault.routes(server, book)
        kwargs, clock = _options(fault, server)
        transport = AsyncRaceTransport(server) if fault.race else None
        result, error = None, None
        started = time.monotonic()
        async with sa.AsyncClient("k", "s", transport=transport, **kwargs) as client:
            client.clock = clock  # type: ignore[attr-defined]
            try:
                result = await (fault.arun or fault.run)(client, tmp_path, transport)
            except Exception as exc:
                error = exc
        elapsed = time.monotonic() - started
        _outcome(fault, result, error)
        _check(fault, server, book, tmp_path, elapsed)


def test_there_are_at_least_forty_faults() -> None:
    assert len({f.id for f in FAULTS}) == len(FAULTS) >= 40


def test_the_idle_close_race_is_real_a_client_that_may_not_retry_loses_the_upload() -> None:
    """The race behind rare upload failures, reproduced: with retries off, the POST that met a
    connection closed while idle fails, and the server never received it."""
    policy = sa.RetryPolicy(max_retries=0)
    with FaultServer() as server:
        server.on("GET", A1, reply(200, ONE)).on("POST", ASSETS, reply(200, ONE))
        transport = RaceTransport(server)
        with (
            sa.Client(
                "k", "s", base_url=f"{server.url}/v1", transport=transport, retry_policy=policy
            ) as client,
            pytest.raises(sa.APIConnectionError) as info,
        ):
            raced_upload(client, Path("."), transport)
        assert server.counts() == {get(A1): 1}  # the upload never reached the server
        assert "never reached the server whole" in str(info.value)
