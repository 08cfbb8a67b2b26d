"""The record/replay harness in one place: scrubbing, matching and the secret scan.

Cassettes live at ``tests/<area>/cassettes/<module>/<test>.yaml`` (pytest-recording's layout)
and replay with record mode ``none``: ``make test`` never reaches a server. ``make record``
re-records them against a fresh emulator, or against the real API when credentials are set.

* Scrubbing (``before_record_request`` / ``before_record_response``): Authorization and cookie
  headers are dropped; signed-URL parameters (``X-Amz-Signature``, ``X-Amz-Credential``,
  ``X-Amz-Security-Token``, ``Signature``, ``Key-Pair-Id``, ``Policy``) are replaced by
  ``REDACTED`` in request URIs and in response bodies; the account's key, secret and their
  Basic-auth encoding are replaced wherever they appear.
* Matching: method, path, query and a JSON-aware body matcher that ignores key order,
  condenses large base64 strings to their sha256 and ignores the value of ISO date-times
  (lock expiries are computed from the clock). Host and port are not matched, so emulator,
  real-server and replay URLs are interchangeable.
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

REDACTED = "REDACTED"
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
_SIGNED_IN_TEXT = re.compile(
    r"((?:X-Amz-Signature|X-Amz-Credential|X-Amz-Security-Token|Signature|Key-Pair-Id|Policy"
    r"|X-Goog-Signature|X-Goog-Credential)=)[^&\"'\s\\]+",
    re.IGNORECASE,
)
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
    """Redact signed-URL parameters and account credentials in any text."""
    text = _SIGNED_IN_TEXT.sub(lambda m: m.group(1) + REDACTED, text)
    for secret in _account_secrets():
        text = text.replace(secret, REDACTED)
    return text


def scrub_uri(uri: str) -> str:
    parts = urlsplit(uri)
    if not parts.query:
        return scrub_text(uri)
    query = [
        (k, REDACTED if k.lower() in SIGNED_PARAMS else v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return scrub_text(urlunsplit(parts._replace(query=urlencode(query, safe="/:,"))))


def before_record_request(request: Any) -> Any:
    request.uri = scrub_uri(request.uri)
    for name in list(request.headers):
        if name.lower() in ("authorization", "cookie", "x-api-key"):
            del request.headers[name]
    if isinstance(request.body, bytes):
        with contextlib.suppress(UnicodeDecodeError):
            request.body = scrub_text(request.body.decode("utf-8")).encode("utf-8")
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in ("set-cookie", "authorization"):
            del headers[name]
        elif name.lower() == "location":
            headers[name] = [scrub_uri(v) for v in headers[name]]
    body = response.get("body", {}).get("string")
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return response
        scrubbed = scrub_text(text)
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
    """A request body as compared by the matcher (JSON canonicalised, else raw bytes)."""
    if body is None or body == b"" or body == "":
        return None
    raw = body if isinstance(body, bytes) else body.encode()
    try:
        return _condense(json.loads(raw))
    except ValueError:
        return hashlib.sha256(raw).hexdigest()


def body_matcher(recorded: Any, replayed: Any) -> None:
    """vcrpy matcher: bodies equal after :func:`canonical_body`."""
    left, right = canonical_body(recorded.body), canonical_body(replayed.body)
    if left != right:
        raise AssertionError(f"request bodies differ: {left!r} != {right!r}")


def vcr_config() -> dict[str, Any]:
    """The one vcrpy configuration (no record_mode here: the command line decides)."""
    return {
        "filter_headers": ["authorization", "cookie", "x-api-key"],
        "before_record_request": before_record_request,
        "before_record_response": before_record_response,
        "decode_compressed_response": True,
        "match_on": ["method", "path", "query", "json_body"],
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
    """What in a cassette's text looks like a credential or an unredacted signed URL."""
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
    return sorted(root.rglob("cassettes/**/*.yaml"))
