"""Storage transfers: a signed URL streamed to a file (the one way to storage).

Requests here go through the client's httpx client (its retry layer and hooks: a GET to storage
is retried when it never got an answer), but not through the API's invoker: no credentials, no
operation, no JSON. The response body is streamed to disk atomically
(:func:`scenario_assets._files.astream_to_file`).
"""

from __future__ import annotations

from pathlib import Path

import httpx

from .._error_mapping import connection_error
from .._files import ProgressCallback, astream_to_file
from .._storage import IDENTITY, Expired, expected_length, interrupted, storage_failure


async def fetch_to_file(
    http: httpx.AsyncClient, url: str, dest: Path, on_progress: ProgressCallback | None
) -> Path:
    """Stream ``url`` to ``dest``; raises :class:`~scenario_assets._storage.Expired` on a 403.

    Raises:
        DownloadError: another error status, or a body cut off or of the wrong length.
        APIConnectionError: no response at all (after the retry layer's retries).
    """
    try:
        async with http.stream("GET", url, headers=IDENTITY) as response:
            if response.status_code == 403:
                raise Expired()
            if response.status_code != 200:
                await response.aread()
                raise storage_failure(response)
            try:
                return await astream_to_file(
                    response.aiter_bytes(),
                    dest,
                    expected_length=expected_length(response),
                    on_progress=on_progress,
                )
            except httpx.RequestError as exc:  # the connection broke mid-body
                raise interrupted(response, exc) from exc
    except httpx.RequestError as exc:  # no response at all (after retries)
        raise connection_error(exc) from exc
