"""What storage transfers share: the second way to the network, beside the API's invoker.

Files (single assets, batch archives) come from signed storage URLs on another host: no API
credentials (``ApiAuth`` leaves them off), no operation table, no JSON. The transfer itself is
``fetch_to_file`` in :mod:`scenario_assets._async._storage` (and its generated sync twin); this
module holds its flavour-free parts.
"""

from __future__ import annotations

import httpx

from .errors import DownloadError, IntegrityError

# Files are asked for unencoded: the length can then be checked against Content-Length (with
# gzip, Content-Length counts compressed bytes while we write decompressed ones), and images
# and archives gain nothing from transfer compression anyway.
IDENTITY = {"Accept-Encoding": "identity"}


class Expired(Exception):
    """The storage refused a signed URL (403): it expired, or its signature is stale."""


def storage_failure(response: httpx.Response) -> DownloadError:
    """A storage error status as a :class:`DownloadError` (the URL, signed, is never quoted)."""
    code = ""
    if b"<Code>" in response.content:  # S3-style bodies name the problem in <Code>
        code = (
            response.content.split(b"<Code>", 1)[1].split(b"</Code>", 1)[0].decode(errors="replace")
        )
    host = response.request.url.host
    return DownloadError(f"storage at {host} answered {response.status_code} {code}".rstrip())


def expected_length(response: httpx.Response) -> int | None:
    """Bytes to expect on disk, when the response says so unambiguously."""
    if response.headers.get("content-encoding", "identity").lower() != "identity":
        return None  # encoded anyway: Content-Length is not the decoded size
    value = response.headers.get("content-length")
    return int(value) if value and value.isdigit() else None


def interrupted(response: httpx.Response, exc: httpx.RequestError) -> DownloadError:
    """A connection that broke mid-body."""
    return DownloadError(
        f"download from {response.request.url.host} was interrupted: {type(exc).__name__}: {exc}"
    )


def short_body(response: httpx.Response, expected: int, received: int) -> IntegrityError:
    """A body of another length than its Content-Length."""
    return IntegrityError(
        f"download from {response.request.url.host} is incomplete: "
        f"expected {expected} bytes, received {received}"
    )
