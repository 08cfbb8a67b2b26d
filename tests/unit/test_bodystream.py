"""Tests for scenario_assets._bodystream: a streamed JSON body with a base64 field."""

from __future__ import annotations

import asyncio
import base64
import io
import json
import random
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import IO

import httpx
import pytest

from scenario_assets._bodystream import DEFAULT_CHUNK_SIZE, Base64JsonBody
from scenario_assets.errors import ValidationError

FIELDS: dict[str, object] = {
    "name": "cat \u00e9t\u00e9 \U0001f431",
    "description": 'quotes " and \\ backslash',
    "tags": ["a", "b"],
    "meta": {"n": 1, "ok": True, "none": None, "f": 1.5},
}

SMALL_CHUNK = 12
SIZES = [0, 1, 2, 3, 4, 5, 6, SMALL_CHUNK - 1, SMALL_CHUNK, SMALL_CHUNK + 1, 5 * SMALL_CHUNK + 2]
DEFAULT_SIZES = [
    0,
    1,
    2,
    3,
    4,
    DEFAULT_CHUNK_SIZE - 1,
    DEFAULT_CHUNK_SIZE,
    DEFAULT_CHUNK_SIZE + 1,
    3 * DEFAULT_CHUNK_SIZE + 2,
]


def payload(size: int) -> bytes:
    return random.Random(size).randbytes(size)


def expected_json(data: bytes, fields: dict[str, object] = FIELDS, key: str = "image") -> bytes:
    body = {**fields, key: base64.b64encode(data).decode()}
    return json.dumps(body, separators=(",", ":")).encode()


class NonSeekable(io.RawIOBase):
    """A pipe-like binary reader: not seekable, returns at most ``max_read`` bytes per read."""

    def __init__(self, data: bytes, max_read: int = 1 << 30) -> None:
        self._buffer = io.BytesIO(data)
        self._max_read = max_read

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._buffer.read(min(len(buffer), self._max_read))
        buffer[: len(chunk)] = chunk
        return len(chunk)


class ShortReads(io.BytesIO):
    """Seekable, but every read returns at most 5 bytes (like a raw, unbuffered file)."""

    def read(self, size: int | None = -1, /) -> bytes:
        if size is None or size < 0:
            return super().read()
        return super().read(min(size, 5))


SourceFactory = Callable[[bytes, Path], IO[bytes]]


def as_bytesio(data: bytes, tmp_path: Path) -> IO[bytes]:
    return io.BytesIO(data)


def as_disk_file(data: bytes, tmp_path: Path) -> IO[bytes]:
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    return path.open("rb")


def as_unbuffered_file(data: bytes, tmp_path: Path) -> IO[bytes]:
    path = tmp_path / "upload.bin"
    path.write_bytes(data)
    return path.open("rb", buffering=0)


def as_short_reads(data: bytes, tmp_path: Path) -> IO[bytes]:
    return ShortReads(data)


def as_pipe(data: bytes, tmp_path: Path) -> IO[bytes]:
    return io.BufferedReader(NonSeekable(data, max_read=7))


FILE_SOURCES = [
    pytest.param(as_bytesio, id="bytesio"),
    pytest.param(as_disk_file, id="disk"),
    pytest.param(as_unbuffered_file, id="unbuffered-disk"),
    pytest.param(as_short_reads, id="short-reads"),
    pytest.param(as_pipe, id="non-seekable"),
]


# --- byte-identical output --------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
def test_bytes_source_matches_json_dumps(size: int) -> None:
    data = payload(size)
    body = Base64JsonBody(FIELDS, "image", data, chunk_size=SMALL_CHUNK)
    encoded = b"".join(body)
    assert encoded == expected_json(data)
    assert body.content_length == len(encoded)
    assert body.as_bytes() == encoded
    assert json.loads(encoded)["image"] == base64.b64encode(data).decode()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("make_source", FILE_SOURCES)
def test_file_sources_match_json_dumps(
    size: int, make_source: SourceFactory, tmp_path: Path
) -> None:
    data = payload(size)
    with make_source(data, tmp_path) as source:
        body = Base64JsonBody(FIELDS, "image", source, size, chunk_size=SMALL_CHUNK)
        encoded = b"".join(body)
    assert encoded == expected_json(data)
    assert body.content_length == len(encoded)


@pytest.mark.parametrize("size", DEFAULT_SIZES)
def test_default_chunk_size_matches_json_dumps(size: int, tmp_path: Path) -> None:
    data = payload(size)
    assert b"".join(Base64JsonBody(FIELDS, "image", data)) == expected_json(data)
    with as_disk_file(data, tmp_path) as source:
        body = Base64JsonBody({"name": "x"}, "image", source, size)
        assert b"".join(body) == expected_json(data, {"name": "x"})
        assert body.content_length == len(expected_json(data, {"name": "x"}))


def test_chunks_are_prefix_pieces_suffix() -> None:
    data = payload(5 * SMALL_CHUNK + 2)
    chunks = list(Base64JsonBody({"name": "n"}, "img", data, chunk_size=SMALL_CHUNK))
    assert chunks[0] == b'{"name":"n","img":"'
    assert chunks[-1] == b'"}'
    pieces = chunks[1:-1]
    assert len(pieces) == 6
    assert all(len(piece) == 4 * SMALL_CHUNK // 3 for piece in pieces[:-1])
    assert all(b"=" not in piece for piece in pieces[:-1])  # padding only at the very end
    assert base64.b64decode(b"".join(pieces)) == data


def test_base64_field_comes_last_and_order_is_kept() -> None:
    fields: dict[str, object] = {"z": 1, "a": 2, "m": 3}
    encoded = b"".join(Base64JsonBody(fields, "image", b"abc"))
    assert list(json.loads(encoded)) == ["z", "a", "m", "image"]
    assert encoded == b'{"z":1,"a":2,"m":3,"image":"YWJj"}'


def test_no_other_fields() -> None:
    assert b"".join(Base64JsonBody({}, "image", b"\x00")) == b'{"image":"AA=="}'


def test_unusual_field_name_is_escaped() -> None:
    body = Base64JsonBody({}, 'we"ird\u00e9', b"hi")
    assert body.as_bytes() == expected_json(b"hi", {}, 'we"ird\u00e9')


@pytest.mark.parametrize("source", [bytearray(b"hello"), memoryview(b"hello")])
def test_bytes_like_sources(source: bytearray | memoryview) -> None:
    assert Base64JsonBody({}, "i", source).as_bytes() == expected_json(b"hello", {}, "i")


# --- size handling ----------------------------------------------------------------------------


def test_size_is_inferred_for_bytes_and_seekable_files(tmp_path: Path) -> None:
    assert Base64JsonBody({}, "i", b"12345").size == 5
    with as_disk_file(b"12345", tmp_path) as source:
        body = Base64JsonBody({}, "i", source)
        assert body.size == 5
        assert body.as_bytes() == expected_json(b"12345", {}, "i")


def test_file_is_read_from_its_current_position(tmp_path: Path) -> None:
    with as_disk_file(b"HEADERpayload", tmp_path) as source:
        source.seek(6)
        body = Base64JsonBody({}, "i", source)
        assert body.size == 7
        assert body.as_bytes() == expected_json(b"payload", {}, "i")
        source.seek(0)  # someone else moved the file: the next iteration rewinds to 6
        assert body.as_bytes() == expected_json(b"payload", {}, "i")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fields": {"image": "x"}}, "both a regular and the base64 field"),
        ({"fields": {"x": object()}}, "not JSON-serialisable"),
        ({"fields": {"x": float("nan")}}, "not JSON-serialisable"),
        ({"fields": {1: "x"}}, "must be strings"),
        ({"b64_field": 3}, "b64_field must be a str"),
        ({"chunk_size": 10}, "multiple of 3"),
        ({"chunk_size": 0}, "multiple of 3"),
        ({"size": -1}, "size must be >= 0"),
        ({"size": 4}, "size is 4 but the data holds 3 bytes"),
        ({"source": "abc"}, "source must be bytes or a binary file"),
    ],
)
def test_invalid_arguments(kwargs: dict[str, object], message: str) -> None:
    arguments: dict[str, object] = {"fields": {}, "b64_field": "image", "source": b"abc"}
    arguments.update(kwargs)
    with pytest.raises(ValidationError, match=message):
        Base64JsonBody(**arguments)  # type: ignore[arg-type]


def test_validation_error_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        Base64JsonBody({"image": 1}, "image", b"")


def test_seekable_file_size_mismatch_is_rejected_upfront(tmp_path: Path) -> None:
    with as_disk_file(b"12345", tmp_path) as source:
        with pytest.raises(ValidationError, match="size is 4 but the file holds 5 bytes"):
            Base64JsonBody({}, "i", source, 4)
        with pytest.raises(ValidationError, match="size is 6 but the file holds 5 bytes"):
            Base64JsonBody({}, "i", source, 6)


def test_non_seekable_source_requires_size() -> None:
    with pytest.raises(ValidationError, match="size is required"):
        Base64JsonBody({}, "i", as_pipe(b"abc", Path()))


def test_non_seekable_source_shorter_than_size_fails_mid_stream() -> None:
    body = Base64JsonBody({}, "i", as_pipe(payload(30), Path()), 40, chunk_size=SMALL_CHUNK)
    chunks = iter(body)
    assert next(chunks) == b'{"i":"'
    with pytest.raises(ValidationError, match="ended after 30 bytes but size is 40"):
        list(chunks)


def test_non_seekable_source_longer_than_size_fails_at_the_end() -> None:
    body = Base64JsonBody({}, "i", as_pipe(payload(30), Path()), 24, chunk_size=SMALL_CHUNK)
    with pytest.raises(ValidationError, match="more than size=24 bytes"):
        body.as_bytes()


def test_file_truncated_after_construction_fails_mid_stream(tmp_path: Path) -> None:
    path = tmp_path / "shrinking.bin"
    path.write_bytes(payload(100))
    with path.open("rb") as source:
        body = Base64JsonBody({}, "i", source, chunk_size=SMALL_CHUNK)
        path.write_bytes(payload(50))
        with pytest.raises(ValidationError, match="ended after 50 bytes but size is 100"):
            body.as_bytes()


def test_file_grown_after_construction_fails(tmp_path: Path) -> None:
    path = tmp_path / "growing.bin"
    path.write_bytes(b"abc")
    with path.open("rb") as source:
        body = Base64JsonBody({}, "i", source)
        with path.open("ab") as appender:
            appender.write(b"def")
        with pytest.raises(ValidationError, match="more than size=3 bytes"):
            body.as_bytes()


# --- re-iteration -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "make_source",
    [param for param in FILE_SOURCES if param.id != "non-seekable"],
)
def test_seekable_sources_are_reiterable(make_source: SourceFactory, tmp_path: Path) -> None:
    data = payload(50)
    with make_source(data, tmp_path) as source:
        body = Base64JsonBody(FIELDS, "image", source, chunk_size=SMALL_CHUNK)
        first = b"".join(body)
        partial = iter(body)
        next(partial), next(partial)  # an aborted attempt
        second = b"".join(body)
        third = asyncio.run(collect_async(body))
    assert first == second == third == expected_json(data)


def test_bytes_source_is_reiterable() -> None:
    body = Base64JsonBody(FIELDS, "image", b"xyz")
    assert body.as_bytes() == body.as_bytes() == b"".join(body) == expected_json(b"xyz")


def test_non_seekable_source_cannot_be_iterated_twice() -> None:
    body = Base64JsonBody({}, "i", as_pipe(b"abc", Path()), 3)
    assert body.as_bytes() == b'{"i":"YWJj"}'
    with pytest.raises(ValidationError, match="not seekable"):
        body.as_bytes()


# --- async iteration --------------------------------------------------------------------------


async def collect_async(body: object) -> bytes:
    chunks = [chunk async for chunk in body]  # type: ignore[attr-defined]
    return b"".join(chunks)


@pytest.mark.parametrize("size", [0, 1, SMALL_CHUNK, 5 * SMALL_CHUNK + 2])
@pytest.mark.parametrize("make_source", FILE_SOURCES)
def test_async_iteration_matches(size: int, make_source: SourceFactory, tmp_path: Path) -> None:
    data = payload(size)
    with make_source(data, tmp_path) as source:
        body = Base64JsonBody(FIELDS, "image", source, size, chunk_size=SMALL_CHUNK)
        assert asyncio.run(collect_async(body)) == expected_json(data)
    bytes_body = Base64JsonBody(FIELDS, "image", data, chunk_size=SMALL_CHUNK)
    assert asyncio.run(collect_async(bytes_body.async_content())) == expected_json(data)


def test_async_content_has_no_sync_iteration() -> None:
    view = Base64JsonBody({}, "i", b"").async_content()
    assert hasattr(view, "__aiter__")
    assert not hasattr(view, "__iter__")


# --- with httpx -------------------------------------------------------------------------------


class Recorder:
    """A MockTransport handler that records what the server side received."""

    def __init__(self) -> None:
        self.requests: list[tuple[httpx.Headers, bytes, str]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append((request.headers, request.content, request.url.path))
        if request.url.path == "/moved":
            return httpx.Response(307, headers={"Location": "/assets"})
        return httpx.Response(200, json={"ok": True})


def assert_received(recorder: Recorder, body: Base64JsonBody, expected: bytes) -> None:
    assert recorder.requests
    for headers, content, _ in recorder.requests:
        assert content == expected
        assert headers["Content-Length"] == str(body.content_length) == str(len(expected))
        assert headers["Content-Type"] == "application/json"
        assert "Transfer-Encoding" not in headers


@pytest.mark.parametrize("size", [0, 5, 3 * DEFAULT_CHUNK_SIZE + 1])
def test_httpx_sync_client(size: int, tmp_path: Path) -> None:
    data = payload(size)
    recorder = Recorder()
    with (
        as_disk_file(data, tmp_path) as source,
        httpx.Client(
            transport=httpx.MockTransport(recorder), base_url="https://api.test"
        ) as client,
    ):
        body = Base64JsonBody(FIELDS, "image", source)
        response = client.post("/assets", content=body, headers=body.headers())
    assert response.status_code == 200
    assert_received(recorder, body, expected_json(data))


@pytest.mark.parametrize("size", [0, 5, 3 * DEFAULT_CHUNK_SIZE + 1])
def test_httpx_async_client(size: int, tmp_path: Path) -> None:
    data = payload(size)
    recorder = Recorder()

    async def send(source: IO[bytes]) -> tuple[Base64JsonBody, httpx.Response]:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(recorder), base_url="https://api.test"
        ) as client:
            body = Base64JsonBody(FIELDS, "image", source)
            content = body.async_content()
            return body, await client.post("/assets", content=content, headers=body.headers())

    with as_disk_file(data, tmp_path) as source:
        body, response = asyncio.run(send(source))
    assert response.status_code == 200
    assert_received(recorder, body, expected_json(data))


def test_httpx_sync_redirect_resends_the_body(tmp_path: Path) -> None:
    data = payload(1000)
    recorder = Recorder()
    with (
        as_disk_file(data, tmp_path) as source,
        httpx.Client(
            transport=httpx.MockTransport(recorder),
            base_url="https://api.test",
            follow_redirects=True,
        ) as client,
    ):
        body = Base64JsonBody(FIELDS, "image", source)
        response = client.post("/moved", content=body, headers=body.headers())
    assert response.status_code == 200
    assert [path for _, _, path in recorder.requests] == ["/moved", "/assets"]
    assert_received(recorder, body, expected_json(data))


def test_httpx_async_redirect_resends_the_body(tmp_path: Path) -> None:
    data = payload(1000)
    recorder = Recorder()

    async def send(body: Base64JsonBody) -> httpx.Response:
        async with httpx.AsyncClient(
            transport=httpx.MockTransport(recorder),
            base_url="https://api.test",
            follow_redirects=True,
        ) as client:
            return await client.post("/moved", content=body.async_content(), headers=body.headers())

    with as_disk_file(data, tmp_path) as source:
        body = Base64JsonBody(FIELDS, "image", source)
        assert asyncio.run(send(body)).status_code == 200
    assert [path for _, _, path in recorder.requests] == ["/moved", "/assets"]
    assert_received(recorder, body, expected_json(data))


def test_httpx_sync_client_surfaces_a_corrupt_source() -> None:
    recorder = Recorder()
    body = Base64JsonBody({}, "i", as_pipe(b"abc", Path()), 6)
    with (
        httpx.Client(transport=httpx.MockTransport(recorder)) as client,
        pytest.raises(ValidationError, match="ended after 3 bytes but size is 6"),
    ):
        client.post("https://api.test/assets", content=body, headers=body.headers())
    assert recorder.requests == []


def test_body_itself_is_sync_only_for_httpx() -> None:
    """Documents why async_content() exists: httpx prefers __iter__ over __aiter__."""
    body = Base64JsonBody({}, "i", b"abc")

    async def send() -> None:
        async with httpx.AsyncClient(transport=httpx.MockTransport(Recorder())) as client:
            await client.post("https://api.test/assets", content=body, headers=body.headers())

    with pytest.raises(RuntimeError, match="sync request with an AsyncClient"):
        asyncio.run(send())


# --- memory -----------------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_memory_stays_flat_for_a_large_file(mode: str, tmp_path: Path) -> None:
    size = 20 * 1024 * 1024 + 1  # 20 MiB, rounded up to a multiple of 3: no "=" padding
    path = tmp_path / "sparse.bin"
    with path.open("wb") as handle:
        handle.truncate(size)  # sparse: reads back as zeros, i.e. base64 "AAAA..."

    seen: list[tuple[int, bytes]] = []  # (length, first 16 bytes) per chunk: no data kept
    non_a_chunks = 0

    def consume(chunk: bytes) -> None:
        nonlocal non_a_chunks
        seen.append((len(chunk), chunk[:16]))
        non_a_chunks += chunk.strip(b"A") != b""

    async def consume_async(body: Base64JsonBody) -> None:
        async for chunk in body:
            consume(chunk)

    with path.open("rb") as source:
        body = Base64JsonBody({}, "image", source)
        tracemalloc.start()
        try:
            if mode == "sync":
                for chunk in body:
                    consume(chunk)
            else:
                asyncio.run(consume_async(body))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()

    assert sum(length for length, _ in seen) == body.content_length
    assert seen[0][1] == b'{"image":"'
    assert seen[-1][1] == b'"}'
    assert non_a_chunks == 2  # only the prefix and the suffix are not all "A"
    assert peak < 2 * 1024 * 1024, f"peak traced allocation {peak} bytes"
