"""A vcrpy configuration for recorded Scenario API traffic: scrubbed, stable, portable.

:func:`vcr_config` returns the keyword arguments for vcrpy's ``use_cassette`` (or for
pytest-recording's ``vcr_config`` fixture; the pytest plugin of this package provides it). This
module imports neither vcrpy nor pytest: it only shapes the recorded requests and responses.

* Scrubbing (``before_record_request`` / ``before_record_response``): Authorization, cookie and
  API-key headers are dropped; signed-URL parameters (``X-Amz-Signature``, ``X-Amz-Credential``,
  ``X-Amz-Security-Token``, ``Signature``, ``Key-Pair-Id``, ``Policy``, ``X-Goog-Signature``,
  ``X-Goog-Credential``) are replaced by ``REDACTED`` in request URIs, ``Location`` headers and
  bodies; the recording account's key and secret (``SCENARIO_SDK_API_KEY`` /
  ``SCENARIO_SDK_API_SECRET``) and their Basic-auth encoding are replaced wherever they appear.
* Stable recordings: loopback origins lose their (random) port (``http://127.0.0.1:41234`` is
  stored as ``http://127.0.0.1``), volatile response headers (``date``, CDN and storage request
  ids, ...) get fixed values, and JSON request strings longer than 256 characters (base64
  images) are stored as ``sha256:<hex>``. Re-recording an unchanged API rewrites nothing.
* Matching: method, path, query and a JSON-aware body matcher (registered as ``json_body``)
  that ignores key order, condenses large strings to their sha256 and ignores the values of
  ISO date-times (lock expiries are computed from the clock). Host and port are not matched,
  so emulator, real-server and replay URLs are interchangeable.
* Completeness (:func:`unplayed`): a replay must play back every recorded interaction; one left
  over means the code under test stopped sending a request it used to send. The pytest plugin
  fails a ``scenario_vcr`` test whose cassette was not played to the end.

Example:
    >>> import vcr
    >>> from scenario_assets.testing import cassettes
    >>> recorder = vcr.VCR()
    >>> recorder.register_matcher(cassettes.BODY_MATCHER, cassettes.body_matcher)
    >>> with recorder.use_cassette("calls.yaml", **cassettes.vcr_config()):
    ...     ...
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = [
    "BODY_MATCHER",
    "REDACTED",
    "SIGNED_PARAMS",
    "VOLATILE_HEADERS",
    "all_cassettes",
    "before_record_request",
    "before_record_response",
    "body_matcher",
    "canonical_body",
    "find_secrets",
    "scrub_text",
    "scrub_uri",
    "stable_origins",
    "unplayed",
    "vcr_config",
]

REDACTED = "REDACTED"
#: The name :func:`vcr_config` uses for :func:`body_matcher` in ``match_on``.
BODY_MATCHER = "json_body"
SIGNED_PARAMS = frozenset(
    {
        "x-amz-signature",
        "x-amz-credential",
        "x-amz-security-token",
        "signature",
        "key-pair-id",
        "policy",
        "x-goog-signature",
        "x-goog-credential",
    }
)
#: Response headers whose values change on every call; they are stored as ``VOLATILE``
#: (``date`` as a fixed HTTP date). ``x-request-id`` is kept: error messages quote it.
VOLATILE_HEADERS = frozenset(
    {
        "age",
        "apigw-requestid",
        "cf-ray",
        "date",
        "expires",
        "last-modified",
        "nel",
        "report-to",
        "server-timing",
        "via",
        "x-amz-cf-id",
        "x-amz-cf-pop",
        "x-amz-id-2",
        "x-amz-request-id",
        "x-amzn-requestid",
        "x-amzn-trace-id",
        "x-cache",
    }
)
_FIXED_DATE = "Thu, 01 Jan 2026 00:00:00 GMT"
_DATE_HEADERS = frozenset({"date", "expires", "last-modified"})
_DROPPED_REQUEST_HEADERS = frozenset({"authorization", "cookie", "x-api-key"})
_SIGNED_IN_TEXT = re.compile(
    r"((?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|Signature|Key-Pair-Id|Policy"
    r"|X-Goog-Signature|X-Goog-Credential)=)[^&\"'\s\\]+",
    re.IGNORECASE,
)
_LOOPBACK_ORIGIN = re.compile(r"(https?://)(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}(?![\d])")
_LOOPBACK_HOST = re.compile(r"^(127\.0\.0\.1|localhost|\[::1\]):\d{1,5}$")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$")
_BIG = 256


def _account_secrets() -> list[str]:
    """Credentials of the account being recorded (from the environment), and encodings."""
    values = []
    key = os.environ.get("SCENARIO_SDK_API_KEY")
    secret = os.environ.get("SCENARIO_SDK_API_SECRET")
    for value in (key, secret):
        if value and len(value) >= 6:
            values.append(value)
    if key and secret:
        values.append(base64.b64encode(f"{key}:{secret}".encode()).decode())
    return values


def scrub_text(text: str) -> str:
    """Redact signed-URL parameters and the recording account's credentials in any text.

    Args:
        text: a URI, header value or body.

    Returns:
        The text with each secret replaced by ``REDACTED``.
    """
    text = _SIGNED_IN_TEXT.sub(lambda m: m.group(1) + REDACTED, text)
    for secret in _account_secrets():
        text = text.replace(secret, REDACTED)
    return text


def stable_origins(text: str) -> str:
    """Drop the port of loopback origins (``http://127.0.0.1:41234`` -> ``http://127.0.0.1``).

    A local emulator listens on a free port chosen at start-up; without this, every recording
    would differ from the previous one in every URI, ``Host`` header and asset URL.

    Args:
        text: a URI, header value or body.

    Returns:
        The text with loopback origins made port-less.
    """
    return _LOOPBACK_ORIGIN.sub(r"\1\2", text)


def scrub_uri(uri: str) -> str:
    """A URI with signed parameters redacted and a loopback origin made port-less.

    Args:
        uri: an absolute URL.

    Returns:
        The scrubbed URL (query parameters keep their order).
    """
    uri = stable_origins(uri)
    parts = urlsplit(uri)
    if not parts.query:
        return scrub_text(uri)
    query = [
        (k, REDACTED if k.lower() in SIGNED_PARAMS else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return scrub_text(urlunsplit(parts._replace(query=urlencode(query, safe="/:,"))))


def _digest_big_strings(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _digest_big_strings(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_digest_big_strings(v) for v in value]
    if isinstance(value, str) and len(value) > _BIG:
        return "sha256:" + hashlib.sha256(value.encode()).hexdigest()
    return value


def _shrink_json(body: bytes) -> bytes:
    """A JSON body with big strings (base64 images) replaced by their digest; else as is."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    shrunk = _digest_big_strings(data)
    if shrunk == data:
        return body
    return json.dumps(shrunk, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def before_record_request(request: Any) -> Any:
    """vcrpy hook: scrub, stabilise and shrink a request before it is stored or matched.

    Args:
        request: a ``vcr.request.Request`` (vcrpy passes a copy).

    Returns:
        The same request, modified.
    """
    request.uri = scrub_uri(request.uri)
    for name in list(request.headers):
        lowered = name.lower()
        if lowered in _DROPPED_REQUEST_HEADERS:
            del request.headers[name]
        elif lowered == "host" and isinstance(request.headers[name], str):
            request.headers[name] = _LOOPBACK_HOST.sub(r"\1", request.headers[name])
    if isinstance(request.body, bytes) and request.body:
        with contextlib.suppress(UnicodeDecodeError):
            text = stable_origins(scrub_text(request.body.decode("utf-8")))
            request.body = _shrink_json(text.encode("utf-8"))
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy hook: scrub and stabilise a response before it is stored.

    Args:
        response: vcrpy's response dict (``status``, ``headers``, ``body``).

    Returns:
        The same dict, modified (``Content-Length`` follows a changed body).
    """
    headers = response.get("headers", {})
    for name in list(headers):
        lowered = name.lower()
        if lowered in ("set-cookie", "authorization"):
            del headers[name]
        elif lowered == "location":
            headers[name] = [scrub_uri(v) for v in headers[name]]
        elif lowered in VOLATILE_HEADERS:
            fixed = _FIXED_DATE if lowered in _DATE_HEADERS else "VOLATILE"
            headers[name] = [fixed for _ in headers[name]]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return response
        scrubbed = stable_origins(scrub_text(text))
        if scrubbed != text:
            response["body"]["string"] = scrubbed.encode("utf-8")
            for name in list(headers):
                if name.lower() == "content-length":
                    headers[name] = [str(len(response["body"]["string"]))]
    return response


def _condense(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _condense(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        return [_condense(v) for v in value]
    if isinstance(value, str):
        if _ISO.match(value):
            return "<datetime>"
        if len(value) > _BIG:
            return "sha256:" + hashlib.sha256(value.encode()).hexdigest()
    return value


def canonical_body(body: bytes | str | None) -> Any:
    """A request body as compared by :func:`body_matcher`.

    Args:
        body: the raw body.

    Returns:
        ``None`` for an empty body; for JSON, the value with sorted keys, date-times as
        ``"<datetime>"`` and long strings as their digest; otherwise the body's sha256.
    """
    if body is None or body == b"" or body == "":
        return None
    raw = body if isinstance(body, bytes) else body.encode()
    try:
        return _condense(json.loads(raw))
    except ValueError:
        return hashlib.sha256(raw).hexdigest()


def body_matcher(recorded: Any, replayed: Any) -> None:
    """vcrpy matcher: bodies equal after :func:`canonical_body`.

    Args:
        recorded: the stored request.
        replayed: the request being answered.

    Raises:
        AssertionError: the bodies differ (vcrpy's way of saying "no match").
    """
    left, right = canonical_body(recorded.body), canonical_body(replayed.body)
    if left != right:
        raise AssertionError(f"request bodies differ: {left!r} != {right!r}")


def vcr_config() -> dict[str, Any]:
    """The vcrpy configuration (no ``record_mode``: the command line decides).

    ``match_on`` names :data:`BODY_MATCHER`: register :func:`body_matcher` under that name
    (the pytest plugin does it through pytest-recording's ``pytest_recording_configure``).

    Returns:
        Keyword arguments for ``use_cassette``.
    """
    return {
        "filter_headers": sorted(_DROPPED_REQUEST_HEADERS),
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "decode_compressed_response": True,
        "match_on": ["method", "path", "query", BODY_MATCHER],
        "allow_playback_repeats": False,
    }


# --------------------------------------------------------------------------------------
# The secret scan
# --------------------------------------------------------------------------------------

_BASIC = re.compile(r"Basic\s+[A-Za-z0-9+/=]{12,}")
_UNREDACTED_SIGNATURE = re.compile(
    r"(X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|X-Goog-Signature)=(?!REDACTED)[^&\s\"']+",
    re.IGNORECASE,
)
_AUTH_HEADER = re.compile(r"^\s*[Aa]uthorization:\s*$", re.MULTILINE)


def find_secrets(text: str, extra: list[str] | None = None) -> list[str]:
    """What in a cassette's text looks like a credential or an unredacted signed URL.

    Args:
        text: a cassette file's content.
        extra: more literal values that must not appear (e.g. a test account's secret).

    Returns:
        One description per kind of problem found; empty when the text is clean.

    Example:
        >>> find_secrets("uri: https://s3/x?X-Amz-Signature=REDACTED")
        []
    """
    problems = []
    if _BASIC.search(text):
        problems.append("a Basic-auth value")
    if _AUTH_HEADER.search(text):
        problems.append("an Authorization header")
    match = _UNREDACTED_SIGNATURE.search(text)
    if match:
        problems.append(f"an unredacted {match.group(1)}")
    for secret in [*_account_secrets(), *(extra or [])]:
        if secret and secret in text:
            problems.append("an account credential")
    return problems


def all_cassettes(root: Path) -> list[Path]:
    """Every ``cassettes/**/*.yaml`` file under ``root``, sorted.

    Args:
        root: a directory (e.g. a project's ``tests``).

    Returns:
        The cassette paths.
    """
    return sorted(root.rglob("cassettes/**/*.yaml"))


def unplayed(cassette: Any) -> list[str]:
    """The recorded interactions a replay did not play back, as ``"METHOD path"`` lines.

    Empty while recording (the cassette gained interactions in this run: nothing to compare
    with) and for an empty cassette.

    Args:
        cassette: a vcrpy ``Cassette`` (what ``use_cassette`` or pytest-recording's ``vcr``
            fixture yields), after the code under test ran.

    Returns:
        One line per interaction never played, in recorded order.

    Example:
        >>> with recorder.use_cassette("calls.yaml", **vcr_config()) as cassette:
        ...     run_my_code()
        ...     assert not unplayed(cassette)
    """
    if cassette.dirty:
        return []
    missing = []
    for index, (request, _) in enumerate(cassette.data):
        if cassette.play_counts[index] == 0:
            missing.append(f"{request.method} {urlsplit(request.uri).path}")
    return missing
