"""No log record carries credentials or signed URL parameters, from any logger of the HTTP stack.

httpx logs every request URL at INFO (``HTTP Request: GET https://storage/...?X-Amz-Signature=...``),
and httpcore logs response headers at DEBUG, a redirect's ``Location`` included. A user with
``logging.basicConfig(level=logging.INFO)`` would write live signed storage URLs to their logs.

While this library is in use, :class:`RedactingFilter` sits on the loggers of the HTTP stack
(``httpx``, ``httpcore`` and its sub-loggers, ``h2``/``hpack``) and on this package's own: it
rewrites each record's message before any handler sees it, removing URL query strings (signed
parameters live there), ``Authorization`` values, ``X-Amz-*`` signature parameters wherever they
appear, and the literal API key and secret of every client created. A logger's filter applies
only to records of that very logger, so each sub-logger gets it. The cost is paid only for
records that are emitted (a level that is not enabled creates no record).
"""

from __future__ import annotations

import logging
import re
import threading

__all__ = ["LOGGERS", "RedactingFilter", "install", "redact"]

LOGGERS = (
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "h2",
    "hpack",
    "hpack.hpack",
    "hpack.table",
    "scenario_assets",
)
REDACTED = "[redacted]"
MIN_SECRET = 6

_URL_QUERY = re.compile(r"(\b(?:https?|wss?)://[^\s'\"<>?#]*)\?[^\s'\"<>#]*")
_BYTES_QUERY = re.compile(r"(b['\"][^'\"\s?]*)\?[^'\"]*(['\"])")
_SIGNED = re.compile(
    r"(?i)((?:x-amz-(?:signature|credential|security-token)|signature|sig|token)=)[^&\s'\"<>]+"
)
_AUTH_HEADER = re.compile(r"(?i)(\bauthorization['\"]?\s*[:,=]\s*b?['\"]?)[^'\"\r\n,)]+")
_BASIC = re.compile(r"\b(Basic|Bearer)\s+[A-Za-z0-9+/=._-]{6,}")


def redact(text: str, secrets: frozenset[str] | set[str] = frozenset()) -> str:
    """``text`` without URL query strings, authorization values, signatures or ``secrets``."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    text = _URL_QUERY.sub(rf"\1?{REDACTED}", text)
    text = _BYTES_QUERY.sub(rf"\1?{REDACTED}\2", text)
    text = _SIGNED.sub(rf"\1{REDACTED}", text)
    text = _AUTH_HEADER.sub(rf"\1{REDACTED}", text)
    return _BASIC.sub(rf"\1 {REDACTED}", text)


class RedactingFilter(logging.Filter):
    """Rewrites a record's message (and drops its args) when it holds anything secret."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secrets(self, *secrets: str) -> None:
        """Also remove these literal strings (an API key and secret).

        Strings shorter than :data:`MIN_SECRET` are not removed literally (a one-letter test
        secret would garble every message); real keys and secrets are far longer, and their
        ``Authorization`` form is removed whatever their length.
        """
        with self._lock:
            self._secrets.update(s for s in secrets if len(s) >= MIN_SECRET)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a record that cannot be formatted is left to logging to report
            return True
        clean = redact(message, frozenset(self._secrets))
        if clean != message:
            record.msg, record.args = clean, None
        return True


_FILTER = RedactingFilter()
_installed = False
_install_lock = threading.Lock()


def install(*secrets: str) -> RedactingFilter:
    """Put the filter on every logger of :data:`LOGGERS` (once) and remember ``secrets``."""
    global _installed
    with _install_lock:
        if not _installed:
            for name in LOGGERS:
                logging.getLogger(name).addFilter(_FILTER)
            _installed = True
    _FILTER.add_secrets(*secrets)
    return _FILTER
