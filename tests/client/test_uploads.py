"""Uploads: the streamed JSON body on the wire, checks before sending, files closed, batches.

Requests go through ``Wire``, a transport that reads every body by iterating its stream afresh
(as a real network transport does), so a retried upload really re-reads the file. Nothing
touches the network and nothing sleeps (the client's ``sleep`` is a ``FakeSleep``).
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import os
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import IO, Any, cast

import anyio
import httpx
import pytest

import scenario_assets as sa
from scenario_assets.testing import make_png
from tests.support.mock import FakeSleep, Recorder, example, ok

BASE = "https://api.test/v1"
PNG = make_png(5, 4, (10, 200, 30))
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 40
GIF = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00;"
_WEBP_CHUNK = b"VP8L\x0a\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88"
WEBP = b"RIFF" + (4 + len(_WEBP_CHUNK)).to_bytes(4, "little") + b"WEBP" + _WEBP_CHUNK
# Sniffing looks at magic bytes only: a PNG signature followed by garbage passes as a PNG.
FAKE_PNG = b"\x89PNG\r\n\x1a\n" + b"this is not a decodable image at all"

Handler = Callable[[httpx.Request, bytes], httpx.Response]
AsyncHandler = Callable[[httpx.Request, bytes], Awaitable[httpx.Response]]
# Wrong types on purpose (typed Any so they reach the runtime checks).
TRUE: Any = True


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def uploaded(asset_id: str) -> httpx.Response:
    body = example("uploadAsset")
    body["asset"]["id"] = asset_id
    return ok(body)


def by_name(request: httpx.Request, body: bytes) -> httpx.Response:
    """Default answer: a new asset whose id is ``asset_<name sent>``."""
    return uploaded(f"asset_{json.loads(body)['name']}")


class Wire(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Iterates each request stream afresh, records (request, body) and answers via a handler."""

    def __init__(self, handler: Handler = by_name, ahandler: AsyncHandler | None = None) -> None:
        self.handler = handler
        self.ahandler = ahandler
        self.seen: list[tuple[httpx.Request, bytes]] = []
        self._lock = threading.Lock()

    def _record(self, request: httpx.Request, body: bytes) -> None:
        with self._lock:
            self.seen.append((request, body))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        body = b"".join(request.stream)
        self._record(request, body)
        return self.handler(request, body)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.AsyncByteStream)
        body = b"".join([chunk async for chunk in request.stream])
        self._record(request, body)
        if self.ahandler is not None:
            return await self.ahandler(request, body)
        return self.handler(request, body)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(body) for _, body in self.seen]


def client(wire: Wire, **kwargs: Any) -> sa.Client:
    return sa.Client("k", "s", base_url=BASE, transport=wire, sleep=FakeSleep(), **kwargs)


def aclient(wire: Wire, **kwargs: Any) -> sa.AsyncClient:
    return sa.AsyncClient(
        "k", "s", base_url=BASE, transport=wire, sleep=FakeSleep().asleep, **kwargs
    )


def check_wire_body(request: httpx.Request, body: bytes, expected: dict[str, Any]) -> None:
    """The exact JSON sent, ``image`` last, with an exact Content-Length and no chunking."""
    assert (request.method, request.url.path) == ("POST", "/v1/assets")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["content-length"] == str(len(body))
    assert "transfer-encoding" not in request.headers
    parsed = json.loads(body)
    assert parsed == expected
    assert list(parsed)[-1] == "image"


@pytest.fixture
def hero(tmp_path: Path) -> Path:
    path = tmp_path / "hero.png"
    path.write_bytes(PNG)
    return path


# --------------------------------------------------------------------------------------
# upload_file: what goes on the wire
# --------------------------------------------------------------------------------------


EXPECTED_FULL = {
    "name": "hero.png",
    "collectionIds": ["coll_1", "coll_2"],
    "hide": True,
    "parentId": "asset_parent",
    "image": b64(PNG),
}


def test_upload_file_from_path_streams_exact_json_body(hero: Path) -> None:
    wire = Wire()
    with client(wire) as c:
        asset = c.assets.upload_file(
            hero, collection_ids=["coll_1", "coll_2"], parent_id="asset_parent", hide=True
        )
    assert asset.id == "asset_hero.png"
    [(request, body)] = wire.seen
    check_wire_body(request, body, EXPECTED_FULL)
    assert request.headers["authorization"].startswith("Basic ")


@pytest.mark.anyio
async def test_async_upload_file_from_path_streams_exact_json_body(hero: Path) -> None:
    wire = Wire()
    async with aclient(wire) as c:
        asset = await c.assets.upload_file(
            str(hero), collection_ids=["coll_1", "coll_2"], parent_id="asset_parent", hide=True
        )
    assert asset.id == "asset_hero.png"
    [(request, body)] = wire.seen
    check_wire_body(request, body, EXPECTED_FULL)


def test_upload_file_body_is_byte_identical_to_compact_json(hero: Path) -> None:
    wire = Wire()
    with client(wire) as c:
        c.assets.upload_file(hero, hide=False)
    [(_, body)] = wire.seen
    assert body == json.dumps(
        {"name": "hero.png", "hide": False, "image": b64(PNG)}, separators=(",", ":")
    ).encode("ascii")


@pytest.mark.parametrize(
    ("data", "name"),
    [
        (PNG, "upload.png"),
        (JPEG, "upload.jpg"),
        (GIF, "upload.gif"),
        (WEBP, "upload.webp"),
        (FAKE_PNG, "upload.png"),  # accepted: sniffing is by magic bytes only, not decoding
    ],
    ids=["png", "jpeg", "gif", "webp", "png-magic-then-garbage"],
)
def test_bytes_get_a_name_from_their_sniffed_type(data: bytes, name: str) -> None:
    wire = Wire()
    with client(wire) as c:
        c.assets.upload_file(data)
        c.assets.upload_file(bytearray(data), name="explicit.bin")
    [(request, body), (_, named)] = wire.seen
    check_wire_body(request, body, {"name": name, "image": b64(data)})
    assert json.loads(named) == {"name": "explicit.bin", "image": b64(data)}


def test_file_object_is_read_from_its_position_and_left_open(tmp_path: Path) -> None:
    path = tmp_path / "prefixed.png"
    path.write_bytes(b"HEADER-TO-SKIP" + PNG)
    wire = Wire()
    with client(wire) as c, path.open("rb") as fh:
        fh.seek(len(b"HEADER-TO-SKIP"))
        c.assets.upload_file(fh)
        assert not fh.closed  # the caller's file stays the caller's
    [(request, body)] = wire.seen
    check_wire_body(request, body, {"name": "prefixed.png", "image": b64(PNG)})


def test_bytesio_at_non_zero_position_sends_only_the_rest() -> None:
    buffer = io.BytesIO(b"\x00" * 7 + PNG)
    buffer.seek(7)
    wire = Wire()
    with client(wire) as c:
        c.assets.upload_file(buffer)
    [(request, body)] = wire.seen
    check_wire_body(request, body, {"name": "upload.png", "image": b64(PNG)})


# --------------------------------------------------------------------------------------
# upload_file: refused before any request
# --------------------------------------------------------------------------------------

Setup = Callable[[Path, contextlib.ExitStack], tuple[Any, dict[str, Any]]]


def _file(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _text_mode(tmp_path: Path, stack: contextlib.ExitStack) -> tuple[Any, dict[str, Any]]:
    path = tmp_path / "hero.png"
    path.write_bytes(PNG)
    return stack.enter_context(path.open("r", encoding="latin-1")), {}


REFUSALS: list[tuple[str, Setup, str]] = [
    ("missing-path", lambda t, s: (t / "nope.png", {}), "is not a file"),
    ("directory", lambda t, s: (t, {}), "is not a file"),
    ("empty-file", lambda t, s: (_file(t, "empty.png", b""), {}), "empty"),
    ("empty-bytes", lambda t, s: (b"", {}), "empty"),
    (
        "path-over-max-bytes",
        lambda t, s: (_file(t, "big.png", PNG), {"max_bytes": len(PNG) - 1}),
        "over max_bytes",
    ),
    ("bytes-over-max-bytes", lambda t, s: (PNG, {"max_bytes": len(PNG) - 1}), "over max_bytes"),
    ("text-file", lambda t, s: (_file(t, "notes.txt", b"hello, world\n" * 10), {}), "not an image"),
    ("svg-bytes", lambda t, s: (b'<svg xmlns="http://www.w3.org/2000/svg"/>', {}), "not an image"),
    ("text-mode-file", _text_mode, "text mode"),
    ("max-bytes-zero", lambda t, s: (PNG, {"max_bytes": 0}), "max_bytes"),
    ("max-bytes-true", lambda t, s: (PNG, {"max_bytes": TRUE}), "max_bytes"),
    ("blank-name", lambda t, s: (PNG, {"name": "  "}), "name"),
    ("not-a-source", lambda t, s: (12345, {}), "cannot upload"),
]


@pytest.mark.parametrize(
    ("setup", "match"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_upload_file_refusals_send_nothing(tmp_path: Path, setup: Setup, match: str) -> None:
    rec = Recorder()
    with contextlib.ExitStack() as stack:
        source, kwargs = setup(tmp_path, stack)
        c = stack.enter_context(sa.Client("k", "s", base_url=BASE, transport=rec.transport()))
        with pytest.raises(sa.ValidationError, match=match):
            c.assets.upload_file(source, **kwargs)
    assert rec.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("setup", "match"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
async def test_async_upload_file_refusals_send_nothing(
    tmp_path: Path, setup: Setup, match: str
) -> None:
    rec = Recorder()
    with contextlib.ExitStack() as stack:
        source, kwargs = setup(tmp_path, stack)
        async with sa.AsyncClient("k", "s", base_url=BASE, transport=rec.async_transport()) as c:
            with pytest.raises(sa.ValidationError, match=match):
                await c.assets.upload_file(source, **kwargs)
    assert rec.requests == []


# --------------------------------------------------------------------------------------
# upload_file: a file it opened is closed, whatever happens
# --------------------------------------------------------------------------------------


class TrackedFile(io.BytesIO):
    """Stands in for the file ``Path.open`` returns, so the test can see it was closed."""


def _fail_connect(request: httpx.Request, body: bytes) -> httpx.Response:
    raise httpx.ConnectError("refused", request=request)


@pytest.mark.parametrize(
    ("content", "handler", "error"),
    [
        (PNG, by_name, None),
        (PNG, lambda r, b: ok({"message": "bad"}, 400), sa.BadRequestError),
        (PNG, lambda r, b: ok({"message": "boom"}, 500), sa.InternalServerError),
        (PNG, _fail_connect, sa.APIConnectionError),
        (b"plain text, named .png", by_name, sa.ValidationError),  # refused after opening
    ],
    ids=["success", "400", "500", "connection-error", "refused-after-open"],
)
def test_file_opened_from_a_path_is_always_closed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    content: bytes,
    handler: Handler,
    error: type[Exception] | None,
) -> None:
    path = _file(tmp_path, "hero.png", content)
    opened: list[TrackedFile] = []
    real_open = Path.open

    def tracked_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if self == path:
            assert mode == "rb"
            opened.append(TrackedFile(content))
            return opened[-1]
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", tracked_open)
    with client(Wire(handler), max_retries=0) as c:
        if error is None:
            c.assets.upload_file(path)
        else:
            with pytest.raises(error):
                c.assets.upload_file(path)
    assert len(opened) == 1
    assert opened[0].closed


# --------------------------------------------------------------------------------------
# upload_file: non-seekable streams (buffered fallback)
# --------------------------------------------------------------------------------------


@contextlib.contextmanager
def pipe_with(data: bytes) -> Iterator[io.BufferedReader]:
    """A read end of a pipe holding ``data`` (small enough for the pipe buffer)."""
    r, w = os.pipe()
    try:
        os.write(w, data)
    finally:
        os.close(w)
    with os.fdopen(r, "rb") as fh:
        assert not fh.seekable()
        yield fh


def test_pipe_is_buffered_and_uploaded() -> None:
    wire = Wire()
    with client(wire) as c, pipe_with(PNG) as fh:
        c.assets.upload_file(fh, name="piped.png", hide=True)
    [(request, body)] = wire.seen
    check_wire_body(request, body, {"name": "piped.png", "hide": True, "image": b64(PNG)})


@pytest.mark.anyio
async def test_async_pipe_is_buffered_and_uploaded() -> None:
    wire = Wire()
    async with aclient(wire) as c:
        with pipe_with(PNG) as fh:
            await c.assets.upload_file(fh)
    [(request, body)] = wire.seen
    check_wire_body(request, body, {"name": "upload.png", "image": b64(PNG)})


def test_pipe_larger_than_max_bytes_is_refused() -> None:
    rec = Recorder()
    with (
        sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as c,
        pipe_with(PNG) as fh,
        pytest.raises(sa.ValidationError, match=r"over max_bytes \(20\)"),
    ):
        c.assets.upload_file(fh, max_bytes=20)
    assert rec.requests == []


class Trickle(io.RawIOBase):
    """A non-seekable raw stream that returns at most ``step`` bytes per read (like a socket)."""

    def __init__(self, data: bytes, step: int) -> None:
        self._data = data
        self._pos = 0
        self._step = step

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        piece = self._data[self._pos : self._pos + min(self._step, len(buffer))]
        buffer[: len(piece)] = piece
        self._pos += len(piece)
        return len(piece)


def test_non_seekable_raw_stream_delivering_all_at_once_is_uploaded() -> None:
    wire = Wire()
    with client(wire) as c:
        c.assets.upload_file(cast(IO[bytes], Trickle(PNG, step=len(PNG))))
    assert json.loads(wire.seen[0][1])["image"] == b64(PNG)


def test_non_seekable_raw_stream_with_short_reads_is_uploaded_whole() -> None:
    wire = Wire()
    with client(wire) as c:
        c.assets.upload_file(cast(IO[bytes], Trickle(PNG, step=16)))
    assert json.loads(wire.seen[0][1])["image"] == b64(PNG)


def test_non_seekable_raw_stream_over_the_cap_with_short_reads_is_refused() -> None:
    rec = Recorder()
    with (
        sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as c,
        pytest.raises(sa.ValidationError, match=r"over max_bytes \(40\)"),
    ):
        c.assets.upload_file(cast(IO[bytes], Trickle(PNG, step=16)), max_bytes=40)
    assert rec.requests == []


class NothingReady(io.RawIOBase):
    """A non-blocking raw stream with no data yet: ``read`` returns None."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int | None:
        return None


def test_non_blocking_stream_without_data_is_refused() -> None:
    rec = Recorder()
    with (
        sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as c,
        pytest.raises(sa.ValidationError, match="no data ready"),
    ):
        c.assets.upload_file(cast(IO[bytes], NothingReady()))
    assert rec.requests == []


# --------------------------------------------------------------------------------------
# upload_file: retries
# --------------------------------------------------------------------------------------


def _429_then_created() -> Handler:
    calls = iter([ok({"message": "slow down"}, 429, **{"retry-after": "0"})])

    def handler(request: httpx.Request, body: bytes) -> httpx.Response:
        return next(calls, None) or uploaded("asset_new")

    return handler


def test_429_is_retried_and_the_streamed_file_is_sent_again_identically(hero: Path) -> None:
    wire = Wire(_429_then_created())
    sleep = FakeSleep()
    with (
        sa.Client("k", "s", base_url=BASE, transport=wire, sleep=sleep) as c,
        hero.open("rb") as fh,
    ):
        asset = c.assets.upload_file(fh)
    assert asset.id == "asset_new"
    assert sleep.waits == [0.0]
    [(_, sent1), (second, sent2)] = wire.seen
    assert sent1 == sent2
    check_wire_body(second, sent2, {"name": "hero.png", "image": b64(PNG)})


@pytest.mark.anyio
async def test_async_429_is_retried_and_the_streamed_file_is_sent_again_identically(
    hero: Path,
) -> None:
    wire = Wire(_429_then_created())
    async with aclient(wire) as c:
        asset = await c.assets.upload_file(hero)
    assert asset.id == "asset_new"
    [(_, sent1), (second, sent2)] = wire.seen
    assert sent1 == sent2
    check_wire_body(second, sent2, {"name": "hero.png", "image": b64(PNG)})


def test_500_on_upload_is_not_retried(hero: Path) -> None:
    wire = Wire(lambda r, b: ok({"message": "boom"}, 500))
    sleep = FakeSleep()
    with (
        sa.Client("k", "s", base_url=BASE, transport=wire, sleep=sleep, max_retries=3) as c,
        pytest.raises(sa.InternalServerError),
    ):
        c.assets.upload_file(hero)
    assert len(wire.seen) == 1
    assert sleep.waits == []


# --------------------------------------------------------------------------------------
# upload_canvas
# --------------------------------------------------------------------------------------

CANVAS = {"version": 2, "layers": [{"id": "l1", "opacity": 0.5}], "title": "Ré"}


def test_upload_canvas_sends_compact_canvas_and_thumbnail_from_path(hero: Path) -> None:
    wire = Wire()
    with client(wire) as c:
        asset = c.assets.upload_canvas(CANVAS, "scene.canvas", thumbnail=hero, hide=True)
    assert asset.id == "asset_scene.canvas"
    [body] = wire.bodies()
    assert body == {
        "name": "scene.canvas",
        "canvas": json.dumps(CANVAS, separators=(",", ":")),
        "hide": True,
        "thumbnail": b64(PNG),
    }
    assert " " not in body["canvas"]


@pytest.mark.anyio
async def test_async_upload_canvas_with_thumbnail_bytes() -> None:
    wire = Wire()
    async with aclient(wire) as c:
        await c.assets.upload_canvas(CANVAS, "scene.canvas", thumbnail=JPEG)
    [body] = wire.bodies()
    assert body["canvas"] == json.dumps(CANVAS, separators=(",", ":"))
    assert body["thumbnail"] == b64(JPEG)


def test_upload_canvas_string_is_sent_as_given() -> None:
    text = '{"b": 1,  "a": [ ]}'
    wire = Wire()
    with client(wire) as c:
        c.assets.upload_canvas(text, "raw.canvas")
    assert wire.bodies() == [{"name": "raw.canvas", "canvas": text}]


@pytest.mark.parametrize(
    ("thumbnail", "kwargs", "match"),
    [
        (b"definitely not an image", {}, "not an image"),
        (b"", {}, "empty"),
        (PNG, {"max_bytes": 10}, "over max_bytes"),
    ],
    ids=["text", "empty", "too-large"],
)
def test_upload_canvas_bad_thumbnail_is_refused_before_sending(
    thumbnail: bytes, kwargs: dict[str, Any], match: str
) -> None:
    rec = Recorder()
    with (
        sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as c,
        pytest.raises(sa.ValidationError, match=match),
    ):
        c.assets.upload_canvas(CANVAS, "scene.canvas", thumbnail=thumbnail, **kwargs)
    assert rec.requests == []


# --------------------------------------------------------------------------------------
# upload_many
# --------------------------------------------------------------------------------------

Progress = list[tuple[int, int, sa.UploadOutcome]]


def _name(body: bytes) -> str:
    name: str = json.loads(body)["name"]
    return name


def test_upload_many_returns_input_order_when_completion_order_differs() -> None:
    second_done = threading.Event()

    def handler(request: httpx.Request, body: bytes) -> httpx.Response:
        if _name(body) == "first.png" and not second_done.wait(5):
            return ok({"message": "second never completed first"}, 500)
        return by_name(request, body)

    progress: Progress = []

    def on_progress(done: int, total: int, outcome: sa.UploadOutcome) -> None:
        progress.append((done, total, outcome))
        if outcome.index == 1:
            second_done.set()

    items = [{"source": PNG, "name": "first.png"}, {"source": PNG, "name": "second.png"}]
    with client(Wire(handler)) as c:
        outcomes = c.assets.upload_many(items, concurrency=2, on_item=on_progress)
    assert [(d, t, o.index) for d, t, o in progress] == [(1, 2, 1), (2, 2, 0)]
    assert [o.index for o in outcomes] == [0, 1]
    assert [o.item for o in outcomes] == items
    assert [o.asset.id if o.asset else None for o in outcomes] == [
        "asset_first.png",
        "asset_second.png",
    ]


@pytest.mark.anyio
async def test_async_upload_many_returns_input_order_when_completion_order_differs() -> None:
    second_done = anyio.Event()

    async def handler(request: httpx.Request, body: bytes) -> httpx.Response:
        if _name(body) == "first.png":
            with anyio.move_on_after(5):
                await second_done.wait()
            if not second_done.is_set():
                return ok({"message": "second never completed first"}, 500)
        return by_name(request, body)

    progress: Progress = []

    def on_progress(done: int, total: int, outcome: sa.UploadOutcome) -> None:
        progress.append((done, total, outcome))
        if outcome.index == 1:
            second_done.set()

    items = [{"source": PNG, "name": "first.png"}, {"source": PNG, "name": "second.png"}]
    async with aclient(Wire(ahandler=handler)) as c:
        outcomes = await c.assets.upload_many(items, concurrency=2, on_item=on_progress)
    assert [(d, t, o.index) for d, t, o in progress] == [(1, 2, 1), (2, 2, 0)]
    assert [o.index for o in outcomes] == [0, 1]
    assert [o.asset.id if o.asset else None for o in outcomes] == [
        "asset_first.png",
        "asset_second.png",
    ]


def _refuse_bad(request: httpx.Request, body: bytes) -> httpx.Response:
    if _name(body) == "bad.png":
        return ok({"message": "unsupported"}, 400)
    return by_name(request, body)


def _check_mixed(outcomes: list[sa.UploadOutcome], items: list[Any], progress: Progress) -> None:
    assert [o.ok for o in outcomes] == [True, False, False, True]
    assert [o.index for o in outcomes] == [0, 1, 2, 3]
    assert all(o.item is item for o, item in zip(outcomes, items, strict=True))
    assert outcomes[0].asset is not None and outcomes[0].asset.id == "asset_a.png"
    assert outcomes[3].asset is not None and outcomes[3].asset.id == "asset_d.png"
    assert isinstance(outcomes[1].error, sa.BadRequestError)
    assert outcomes[1].asset is None
    assert isinstance(outcomes[2].error, sa.ValidationError)
    assert [(d, t) for d, t, _ in progress] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(o.index for _, _, o in progress) == [0, 1, 2, 3]


def _mixed_items(tmp_path: Path) -> list[Any]:
    return [
        _file(tmp_path, "a.png", PNG),
        {"source": PNG, "name": "bad.png"},
        {"source": b"not an image", "name": "c.png"},
        {"source": _file(tmp_path, "d.png", PNG), "hide": False},
    ]


def test_upload_many_one_failure_does_not_hide_the_others(tmp_path: Path) -> None:
    items = _mixed_items(tmp_path)
    progress: Progress = []
    wire = Wire(_refuse_bad)
    with client(wire) as c:
        outcomes = c.assets.upload_many(
            items, concurrency=2, on_item=lambda *a: progress.append(a), hide=True
        )
    _check_mixed(outcomes, items, progress)
    sent = {body["name"]: body for body in wire.bodies()}
    assert set(sent) == {"a.png", "bad.png", "d.png"}  # the non-image never left
    assert sent["a.png"]["hide"] is True  # common option
    assert sent["d.png"]["hide"] is False  # per-item option wins


@pytest.mark.anyio
async def test_async_upload_many_one_failure_does_not_hide_the_others(tmp_path: Path) -> None:
    items = _mixed_items(tmp_path)
    progress: Progress = []
    wire = Wire(_refuse_bad)
    async with aclient(wire) as c:
        outcomes = await c.assets.upload_many(
            items, concurrency=3, on_item=lambda *a: progress.append(a), hide=True
        )
    _check_mixed(outcomes, items, progress)
    sent = {body["name"]: body for body in wire.bodies()}
    assert set(sent) == {"a.png", "bad.png", "d.png"}
    assert sent["d.png"]["hide"] is False


def test_upload_many_keeps_at_most_concurrency_requests_in_flight() -> None:
    lock = threading.Lock()
    in_flight = 0
    peak = 0
    pairs = threading.Barrier(2, timeout=5)  # proves two really run at once

    def handler(request: httpx.Request, body: bytes) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        pairs.wait()
        time.sleep(0.005)  # a third request, if allowed, would arrive meanwhile
        with lock:
            in_flight -= 1
        return by_name(request, body)

    with client(Wire(handler)) as c:
        outcomes = c.assets.upload_many([PNG] * 8, concurrency=2)
    assert all(o.ok for o in outcomes)
    assert peak == 2


@pytest.mark.anyio
async def test_async_upload_many_keeps_at_most_concurrency_requests_in_flight() -> None:
    in_flight = 0
    peak = 0

    async def handler(request: httpx.Request, body: bytes) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(10):  # let every other task run as far as it may
            await anyio.sleep(0)
        in_flight -= 1
        return by_name(request, body)

    async with aclient(Wire(ahandler=handler)) as c:
        outcomes = await c.assets.upload_many([PNG] * 8, concurrency=3)
    assert all(o.ok for o in outcomes)
    assert peak == 3


BAD_MANY: list[tuple[str, list[Any], Any, str]] = [
    ("concurrency-0", [PNG], 0, "concurrency"),
    ("concurrency-33", [PNG], 33, "concurrency"),
    ("concurrency-true", [PNG], TRUE, "concurrency"),
    ("mapping-without-source", [PNG, {"name": "x.png"}], 2, "source"),
]


@pytest.mark.parametrize(
    ("items", "concurrency", "match"), [b[1:] for b in BAD_MANY], ids=[b[0] for b in BAD_MANY]
)
def test_upload_many_refusals_send_nothing(items: list[Any], concurrency: Any, match: str) -> None:
    rec = Recorder()
    with (
        sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as c,
        pytest.raises(sa.ValidationError, match=match),
    ):
        c.assets.upload_many(items, concurrency=concurrency)
    assert rec.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("items", "concurrency", "match"), [b[1:] for b in BAD_MANY], ids=[b[0] for b in BAD_MANY]
)
async def test_async_upload_many_refusals_send_nothing(
    items: list[Any], concurrency: Any, match: str
) -> None:
    rec = Recorder()
    async with sa.AsyncClient("k", "s", base_url=BASE, transport=rec.async_transport()) as c:
        with pytest.raises(sa.ValidationError, match=match):
            await c.assets.upload_many(items, concurrency=concurrency)
    assert rec.requests == []


class Enough(Exception):
    pass


def _stop_after_first(threads: set[int], fired: threading.Event) -> Callable[..., None]:
    def on_item(done: int, total: int, outcome: sa.UploadOutcome) -> None:
        threads.add(threading.get_ident())
        fired.set()
        raise Enough(outcome.index)

    return on_item


def test_upload_many_calls_on_item_in_the_calling_thread_and_its_error_stops_the_rest() -> None:
    threads, fired = set[int](), threading.Event()

    def handler(request: httpx.Request, body: bytes) -> httpx.Response:
        if len(wire.seen) > 1:
            fired.wait(5)  # the second upload ends only once on_item has raised
        return by_name(request, body)

    wire = Wire(handler)
    with client(wire) as c, pytest.raises(Enough):
        c.assets.upload_many([PNG] * 50, concurrency=1, on_item=_stop_after_first(threads, fired))
    assert threads == {threading.get_ident()}
    assert len(wire.seen) < 10


@pytest.mark.anyio
async def test_async_upload_many_raises_an_on_item_error_as_itself_and_stops_the_rest() -> None:
    wire, threads = Wire(), set[int]()
    async with aclient(wire) as c:
        with pytest.raises(Enough):
            await c.assets.upload_many(
                [PNG] * 50, concurrency=1, on_item=_stop_after_first(threads, threading.Event())
            )
    assert threads == {threading.get_ident()}
    assert len(wire.seen) < 10


def test_upload_many_empty_input_sends_nothing() -> None:
    rec = Recorder()
    calls: list[Any] = []
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as c:
        assert c.assets.upload_many([], on_item=lambda *a: calls.append(a)) == []
    assert rec.requests == [] and calls == []
