"""Storage transfers: a signed URL streamed to a file (the one way to storage).

Requests here go through the client's httpx client (its retry layer and hooks: a GET to storage
is retried when it never got an answer), but not through the API's invoker: no credentials, no
operation, no JSON. The response body is streamed to disk atomically
(:func:`astream_to_file`).
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import httpx

from .._error_mapping import connection_error
from .._files import ProgressCallback, _check_destination, _PartFile
from .._storage import (
    IDENTITY,
    Expired,
    expected_length,
    interrupted,
    short_body,
    storage_failure,
)


@asynccontextmanager
async def _storage_get(http: httpx.AsyncClient, url: str) -> AsyncIterator[httpx.Response]:
    """The storage's 200 answer to a GET of ``url``, its body not read yet.

    Raises :class:`~scenario_assets._storage.Expired` on a 403, :class:`DownloadError` on
    another status or when the connection breaks while the caller reads the body, and
    :class:`APIConnectionError` when no response came (after the retry layer's retries).
    """
    try:
        async with http.stream("GET", url, headers=IDENTITY) as response:
            if response.status_code == 403:
                raise Expired()
            if response.status_code != 200:
                await response.aread()
                raise storage_failure(response)
            try:
                yield response
            except httpx.RequestError as exc:  # the connection broke mid-body
                raise interrupted(response, exc) from exc
    except httpx.RequestError as exc:  # no response at all (after retries)
        raise connection_error(exc) from exc


async def fetch_to_file(
    http: httpx.AsyncClient,
    url: str,
    dest: Path,
    on_progress: ProgressCallback | None,
    durable: bool = True,
) -> Path:
    """Stream ``url`` to ``dest``; raises :class:`~scenario_assets._storage.Expired` on a 403.

    ``durable`` as in :func:`astream_to_file`.

    Raises:
        DownloadError: another error status, or a body cut off or of the wrong length.
        APIConnectionError: no response at all (after the retry layer's retries).
    """
    async with _storage_get(http, url) as response:
        return await astream_to_file(
            response.aiter_bytes(),
            dest,
            expected_length=expected_length(response),
            on_progress=on_progress,
            durable=durable,
        )


async def fetch_into(http: httpx.AsyncClient, url: str, consume: Callable[[bytes], None]) -> int:
    """Stream ``url``'s body into ``consume`` chunk by chunk (an archive unpacked as it
    arrives); the number of bytes. Raises :class:`~scenario_assets._storage.Expired` on a 403.

    Whatever ``consume`` raises ends the transfer and propagates.

    Raises:
        IntegrityError: fewer or more bytes than the response announced.
        DownloadError: another error status, or a body cut off.
        APIConnectionError: no response at all (after the retry layer's retries).
    """
    async with _storage_get(http, url) as response:
        received = 0
        async for chunk in response.aiter_bytes():
            received += len(chunk)
            consume(chunk)
        expected = expected_length(response)
        if expected is not None and received != expected:
            raise short_body(response, expected, received)
        return received


async def astream_to_file(
    chunks: AsyncIterable[bytes],
    dest: Path | str,
    *,
    expected_length: int | None,
    on_progress: ProgressCallback | None = None,
    durable: bool = True,
) -> Path:
    """Write ``chunks`` to ``dest`` atomically, verifying the length.

    The data goes to a temporary ``.part`` file in the destination's directory, which is
    flushed, fsynced and renamed onto ``dest`` (replacing any existing file) only after the
    byte count matches. On any exception (cancellation included) the temporary file is
    removed, ``dest`` is left as it was and the exception propagates. Disk writes are plain
    blocking writes of each chunk (local and short), in the async code too.

    Args:
        chunks: The data, e.g. ``response.aiter_bytes()``. Empty chunks are ignored.
        dest: The file to create or replace. Its directory must already exist.
        expected_length: The exact number of bytes expected, or ``None`` if unknown.
        on_progress: Called as ``on_progress(bytes_so_far, expected_length)`` after each
            non-empty chunk. If it raises, the download is aborted.
        durable: fsync the file and its folder before returning (a caller placing many
            files may instead flush the file system once, as ``sync`` does). The rename is
            atomic either way: a killed process never leaves a partial file at ``dest``.

    Returns:
        ``dest`` as a :class:`~pathlib.Path`.

    Raises:
        ValidationError: If ``dest`` is a directory, its parent directory does not exist or
            ``expected_length`` is negative (checked before anything is read).
        IntegrityError: If more or fewer than ``expected_length`` bytes arrive.
        OSError: If the file cannot be written.
    """
    path = _check_destination(dest, expected_length)
    with _PartFile(path, expected_length, on_progress, durable) as part:
        async for chunk in chunks:
            part.write(chunk)
        return part.commit()
