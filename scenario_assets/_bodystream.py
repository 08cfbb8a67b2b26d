"""A JSON request body with one base64 field, produced as a stream.

The Assets API takes uploaded images as base64 inside a JSON body
(``{"name": ..., "image": "<base64>"}``). Building that string in memory costs about 2.3x
the file size; :class:`Base64JsonBody` instead encodes the file chunk by chunk while httpx
sends it, and knows the exact ``Content-Length`` in advance so the request is not chunked.

Usage::

    body = Base64JsonBody({"name": "cat"}, "image", source=fh, size=file_size)
    httpx.Client().post(url, content=body, headers=body.headers())
    await httpx.AsyncClient().post(url, content=body.async_content(), headers=body.headers())
"""

from __future__ import annotations

import base64
import json
import math
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import IO

from scenario_assets.errors import ValidationError

__all__ = ["DEFAULT_CHUNK_SIZE", "Base64JsonBody"]

DEFAULT_CHUNK_SIZE = 3 * 64 * 1024
"""Raw bytes read per step (a multiple of 3, so each piece encodes without padding)."""

_SourceT = bytes | bytearray | memoryview | IO[bytes]


class Base64JsonBody:
    """A JSON object whose last field is the base64 of a file, streamed on demand.

    The encoded body is byte-identical to
    ``json.dumps({**fields, b64_field: base64.b64encode(data).decode()}, separators=(",", ":"))``.

    Pass the body itself as ``content=`` to :class:`httpx.Client`; pass
    :meth:`async_content` to :class:`httpx.AsyncClient` (httpx treats any object with
    ``__iter__`` as a *sync* stream, even inside an async client). Always send
    :meth:`headers` with it: httpx only uses ``Content-Length`` for iterator content when the
    caller sets the header.

    With a seekable file source the body can be iterated again (for retries and 307/308
    redirects); each iteration seeks back to the offset the file had at construction.
    """

    def __init__(
        self,
        fields: Mapping[str, object],
        b64_field: str,
        source: _SourceT,
        size: int | None = None,
        *,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        """Validate the input and prepare the JSON around the base64 field.

        Args:
            fields: The other JSON fields, serialised first, in order.
            b64_field: Name of the field holding the base64 data; it is serialised last.
            source: The raw data: ``bytes``-like, or a binary file object opened for
                reading (seekable preferred; read from its current position).
            size: Number of bytes the source provides. Optional for bytes-like sources and
                seekable files (then computed); required for non-seekable files.
            chunk_size: Raw bytes read per step; must be a positive multiple of 3.

        Raises:
            ValidationError: If ``fields`` is not JSON-serialisable (or contains NaN/inf),
                has non-string keys or already contains ``b64_field``; if ``chunk_size``
                is invalid; if ``size`` is missing, negative or does not match a bytes-like
                or seekable source.
        """
        if not isinstance(b64_field, str):
            raise ValidationError(f"b64_field must be a str, not {type(b64_field).__name__}")
        if b64_field in fields:
            raise ValidationError(f"field {b64_field!r} is both a regular and the base64 field")
        if any(not isinstance(key, str) for key in fields):
            raise ValidationError("JSON field names must be strings")
        if chunk_size <= 0 or chunk_size % 3:
            raise ValidationError(f"chunk_size must be a positive multiple of 3, got {chunk_size}")
        if size is not None and size < 0:
            raise ValidationError(f"size must be >= 0, got {size}")
        try:
            skeleton = json.dumps({**fields, b64_field: ""}, separators=(",", ":"), allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValidationError(f"fields are not JSON-serialisable: {exc}") from exc
        # ensure_ascii (the default) keeps the skeleton ASCII; it always ends with `"":""}`.
        assert skeleton.endswith('""}')
        self._prefix = skeleton[:-2].encode("ascii")
        self._suffix = b'"}'
        self._chunk_size = chunk_size

        self._data: bytes | None = None
        self._file: IO[bytes] | None = None
        self._start: int | None = None  # file offset to rewind to; None if not seekable
        self._iterated = False

        if isinstance(source, bytes | bytearray | memoryview):
            self._data = bytes(source)
            if size is not None and size != len(self._data):
                raise ValidationError(f"size is {size} but the data holds {len(self._data)} bytes")
            self._size = len(self._data)
            return

        if not callable(getattr(source, "read", None)):
            raise ValidationError(f"source must be bytes or a binary file, not {type(source)}")
        self._file = source
        remaining = self._remaining_in_file(source)
        if remaining is not None:
            if size is not None and size != remaining:
                raise ValidationError(f"size is {size} but the file holds {remaining} bytes")
            size = remaining
        if size is None:
            raise ValidationError("size is required for a non-seekable source")
        self._size = size

    def _remaining_in_file(self, source: IO[bytes]) -> int | None:
        """Record the start offset and return the bytes left, or None if not seekable."""
        try:
            if not source.seekable():
                return None
            start = source.tell()
            end = source.seek(0, 2)
            source.seek(start)
        except (AttributeError, OSError, ValueError):
            return None
        self._start = start
        return max(end - start, 0)

    @property
    def size(self) -> int:
        """Number of raw (pre-base64) bytes taken from the source."""
        return self._size

    @property
    def content_length(self) -> int:
        """Exact length in bytes of the encoded JSON body."""
        return len(self._prefix) + 4 * math.ceil(self._size / 3) + len(self._suffix)

    def headers(self) -> dict[str, str]:
        """Return the headers to send with this body.

        httpx sends iterator content with ``Transfer-Encoding: chunked`` unless the caller
        sets ``Content-Length``, which many servers (and the Assets API) expect.

        Returns:
            ``Content-Type`` (``application/json``) and ``Content-Length`` headers.
        """
        return {"Content-Type": "application/json", "Content-Length": str(self.content_length)}

    def __iter__(self) -> Iterator[bytes]:
        """Yield the body: the JSON prefix, the base64 data in pieces, then the suffix.

        Raises:
            ValidationError: If a non-seekable source is iterated a second time, or the
                file yields fewer or more bytes than ``size`` (raised mid-stream, so the
                request fails instead of sending a corrupt body).
        """
        return self._chunks()

    async def __aiter__(self) -> AsyncIterator[bytes]:
        """Async twin of :meth:`__iter__`, for consumers that need an async iterable.

        File reads are plain blocking reads of one chunk (192 KiB by default), which is
        brief for local files and works under any event loop.

        Raises:
            ValidationError: As :meth:`__iter__`.
        """
        for chunk in self._chunks():
            yield chunk

    def async_content(self) -> _AsyncBody:
        """Return a re-iterable, async-only view of this body for ``httpx.AsyncClient``.

        httpx checks for ``__iter__`` before ``__aiter__``, so passing the body itself to an
        async client would produce a sync-only stream and fail; this view has only
        ``__aiter__``.

        Returns:
            An object whose ``__aiter__`` delegates to this body.
        """
        return _AsyncBody(self)

    def as_bytes(self) -> bytes:
        """Return the whole encoded body in memory (buffered fallback).

        Returns:
            The encoded JSON body, ``content_length`` bytes long.

        Raises:
            ValidationError: As :meth:`__iter__`.
        """
        return b"".join(self._chunks())

    def _chunks(self) -> Iterator[bytes]:
        self._rewind()
        yield self._prefix
        if self._data is not None:
            view = memoryview(self._data)
            for offset in range(0, self._size, self._chunk_size):
                yield base64.b64encode(view[offset : offset + self._chunk_size])
        else:
            remaining = self._size
            while remaining > 0:
                piece = self._read_exact(min(self._chunk_size, remaining), remaining)
                remaining -= len(piece)
                yield base64.b64encode(piece)
            self._check_exhausted()
        yield self._suffix

    def _rewind(self) -> None:
        if self._file is None:
            return
        if self._start is not None:
            self._file.seek(self._start)
        elif self._iterated:
            raise ValidationError(
                "the body cannot be sent again: its source is not seekable "
                "(pass bytes or a seekable file to allow retries)"
            )
        self._iterated = True

    def _read_exact(self, count: int, remaining: int) -> bytes:
        assert self._file is not None
        data = self._file.read(count)
        if len(data) == count:
            return data
        parts = [data]
        got = len(data)
        while data and got < count:  # short read (pipe, raw file): keep reading
            data = self._file.read(count - got)
            parts.append(data)
            got += len(data)
        if got < count:
            read = self._size - remaining + got
            raise ValidationError(
                f"source ended after {read} bytes but size is {self._size}; "
                "the request body would be corrupt"
            )
        return b"".join(parts)

    def _check_exhausted(self) -> None:
        assert self._file is not None
        if self._file.read(1):
            raise ValidationError(
                f"source holds more than size={self._size} bytes; the request body would be corrupt"
            )


class _AsyncBody:
    """An async-only, re-iterable view of a :class:`Base64JsonBody`."""

    def __init__(self, body: Base64JsonBody) -> None:
        self._body = body

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._body.__aiter__()
