"""Retries at the transport level: backoff with jitter, ``Retry-After``, and a safety table.

What is retried, and why:

* a request that never reached the server (connection refused, DNS, connect timeout) and a
  ``429`` (the API refused it unprocessed) are retried for every operation: repeating them
  cannot do anything twice;
* ``408``, ``5xx`` and errors while reading the response are retried only for operations that
  are safe to repeat: reads, deletes, and link requests. An upload, a duplicate, a
  batch-download request, a canvas update, lock or unlock may already have taken effect, so
  they are never repeated blindly. Which is which is the spec's ``x-retry-safe`` on each
  operation: the client's choke point puts it on every request it sends, as the request
  extension ``scenario_assets.retry``; a request without it (a signed storage URL) is safe
  only if it is a GET or HEAD;
* ``409`` is a conflict (a canvas locked by someone else), never retried.

"Never sent" covers a request whose writing failed (``WriteError``, ``WriteTimeout``: the
connection was closed or reset before the whole request reached the server, which cannot act
on an incomplete request) as well as connection failures. httpcore hides most of these behind
a read error, so the connections of the transports this layer wraps are watched
(:mod:`scenario_assets._sent`): a write that failed, or a reused keep-alive connection the
server had already closed when the request was about to be written, marks the try as never
sent, and the error given up on says so. Any other error while *reading* the
response (``ReadError``, ``RemoteProtocolError`` such as "server disconnected without sending
a response") means the request was sent and its outcome is unknown: only safe operations are
repeated then.

A response body cut off mid-way is a read error too. For API calls the choke point sets the
request extension ``scenario_assets.read_body``: the body is then read inside the retry loop, so
a truncated body on a safe operation is retried like any other read error. Requests without it
(streamed storage downloads) are handed back as soon as the headers arrive, still streaming.

A request may carry a :class:`Deadline` (extension ``scenario_assets.deadline``, set by helpers
that wait: job polling, lock keep-alive): each attempt's timeouts are cut to the time left, no
retry is started that could not finish before it, and the deadline records that it was hit so
the helper can raise its own timeout error.

A caller can set the retry extension on requests of their own (True or False). Sleep and
randomness are injectable, and a :class:`Deadline` carries its own clock, so tests never wait.
"""

from __future__ import annotations

import email.utils
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime

import attrs
import httpx

from ._validation import positive_number

logger = logging.getLogger("scenario_assets")

RETRY_EXTENSION = "scenario_assets.retry"
MAX_RETRIES_EXTENSION = "scenario_assets.max_retries"
"""A request extension overriding the policy's ``max_retries`` (``client.with_options``)."""
READ_BODY_EXTENSION = "scenario_assets.read_body"
"""A request extension asking the retry layer to read the whole body inside its loop."""
UNSENT_EXTENSION = "scenario_assets.unsent"
"""Set on a request given up on: True when its last try never reached the server whole."""
DEADLINE_EXTENSION = "scenario_assets.deadline"
"""A request extension carrying a :class:`Deadline`."""

# A request that failed with one of these never fully reached the server: safe to repeat.
_NEVER_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
)


class Deadline:
    """A point in time (on ``clock``) by which a helper's request must have ended.

    Attributes:
        at: the deadline, in the units of ``clock`` (seconds).
        hit: set when the retry layer stopped or cut an attempt short because of it.
    """

    __slots__ = ("at", "binding", "clock", "hit")

    def __init__(self, at: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.at = at
        self.clock = clock
        self.hit = False
        self.binding = False  # the last attempt's timeouts were cut to the time left

    def remaining(self) -> float:
        """Seconds left (may be negative)."""
        return self.at - self.clock()

    def __repr__(self) -> str:
        return f"Deadline(remaining={self.remaining():.3f}, hit={self.hit})"


class DeadlineExceeded(httpx.TimeoutException):
    """The request's :class:`Deadline` passed before (another) attempt could be made."""


def _deadline(request: httpx.Request) -> Deadline | None:
    value = request.extensions.get(DEADLINE_EXTENSION)
    return value if isinstance(value, Deadline) else None


def _bounded(request: httpx.Request) -> None:
    """Cut the request's timeouts to what its deadline leaves (raises when nothing is left)."""
    deadline = _deadline(request)
    if deadline is None:
        return
    left = deadline.remaining()
    if left <= 0:
        deadline.hit = True
        raise DeadlineExceeded("the deadline passed before the request was sent", request=request)
    given = request.extensions.get("timeout") or {}
    cut = {}
    deadline.binding = False
    for key in ("connect", "read", "write", "pool"):
        value = given.get(key)
        if value is None or float(value) >= left:
            deadline.binding = True
            cut[key] = left
        else:
            cut[key] = float(value)
    request.extensions["timeout"] = cut


_ALWAYS_STATUSES = frozenset({429})
_SAFE_STATUSES = frozenset({408, 500, 502, 503, 504})


def should_retry_status(status: int, *, safe: bool) -> bool:
    """The one decision whether an error status is worth another try, for everything that
    retries (this transport, and job waits polling past a failed status request).

    Args:
        status: the response's status.
        safe: whether the request may be repeated after the server got it (its operation's
            ``x-retry-safe``, see :func:`is_idempotent`).
    """
    if status == 409:
        return False  # a conflict (a canvas locked by someone else): another try changes nothing
    if status in _ALWAYS_STATUSES:
        return True  # refused unprocessed (rate limited): nothing happened, whatever the operation
    if status in _SAFE_STATUSES:
        return safe  # timed out or failed server-side: it may have taken effect
    return False  # every other status is the answer


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {value!r}")
    return float(value)


def _positive(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    positive_number(value, attribute.name, "a number > 0")


def _non_negative(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not _number(value, attribute.name) >= 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _fraction(_: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not 0 <= _number(value, attribute.name) <= 1:
        raise ValueError(f"{attribute.name} must be between 0 and 1, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How many times and how patiently to retry.

    Attributes:
        max_retries: retries after the first attempt (0 disables retrying).
        initial_backoff: first wait in seconds; doubles each retry.
        max_backoff: cap on one computed wait.
        jitter: random fraction (0..1) subtracted from each wait to spread clients apart.
        max_retry_after: a ``Retry-After`` longer than this is not waited for: the error is
            returned to the caller at once (with its ``retry_after``).
    """

    max_retries: int = attrs.field(
        default=2, validator=[attrs.validators.instance_of(int), attrs.validators.ge(0)]
    )
    initial_backoff: float = attrs.field(default=0.5, validator=_positive)
    max_backoff: float = attrs.field(default=8.0, validator=_positive)
    jitter: float = attrs.field(default=0.25, validator=_fraction)
    max_retry_after: float = attrs.field(default=60.0, validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_retries, bool):
            raise ValueError("max_retries must be an integer")
        if self.max_backoff < self.initial_backoff:
            raise ValueError("max_backoff must be at least initial_backoff")

    def backoff(self, attempt: int, rand: float) -> float:
        """Wait before retry number ``attempt`` (0-based), jittered by ``rand`` in [0, 1)."""
        base: float = min(self.max_backoff, self.initial_backoff * 2.0 ** min(attempt, 60))
        return base * (1 - self.jitter * rand)


def is_idempotent(request: httpx.Request) -> bool:
    """Whether the request is safe to send twice: its operation's ``x-retry-safe`` (carried as
    the ``scenario_assets.retry`` extension), else whether it is a GET, HEAD or OPTIONS."""
    override = request.extensions.get(RETRY_EXTENSION)
    if isinstance(override, bool):
        return override
    return request.method in ("GET", "HEAD", "OPTIONS")


def parse_retry_after(value: str | None, now: Callable[[], datetime] | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now() if now else datetime.now(UTC)
    return max(0.0, (when - current).total_seconds())


def _plan(
    policy: RetryPolicy,
    request: httpx.Request,
    attempt: int,
    response: httpx.Response | None,
    error: Exception | None,
    rand: float,
    unsent: bool = False,
) -> float | None:
    """Seconds to wait before retrying, or None to stop and hand back the outcome.

    ``unsent``: the connection layer saw that the failed request never reached the server in
    full (see :mod:`scenario_assets._sent`)."""
    limit = request.extensions.get(MAX_RETRIES_EXTENSION)
    if not isinstance(limit, int) or isinstance(limit, bool):
        limit = policy.max_retries
    if attempt >= limit:
        return None
    wait = _wait(policy, request, attempt, response, error, rand, unsent)
    deadline = _deadline(request)
    if wait is not None and deadline is not None and wait >= deadline.remaining():
        deadline.hit = True  # no time left for another attempt: the helper reports it
        return None
    return wait


def _wait(
    policy: RetryPolicy,
    request: httpx.Request,
    attempt: int,
    response: httpx.Response | None,
    error: Exception | None,
    rand: float,
    unsent: bool,
) -> float | None:
    if error is not None:
        if isinstance(error, DeadlineExceeded):
            return None
        never_sent = unsent or isinstance(error, _NEVER_SENT)
        if not (never_sent or is_idempotent(request)):
            return None
        return policy.backoff(attempt, rand)
    assert response is not None
    status = response.status_code
    if should_retry_status(status, safe=is_idempotent(request)):
        retry_after = parse_retry_after(response.headers.get("retry-after"))
        if retry_after is None:
            return policy.backoff(attempt, rand)
        if retry_after > policy.max_retry_after:
            return None
        return retry_after
    return None


def _timed_out(request: httpx.Request, error: Exception) -> None:
    """Note on the request's deadline that an attempt whose timeouts it cut timed out."""
    deadline = _deadline(request)
    if deadline is not None and isinstance(error, httpx.TimeoutException) and deadline.binding:
        deadline.hit = True


def _buffered(response: httpx.Response, raw: bytes) -> httpx.Response:
    """The response again, its raw (still encoded) body held in memory."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
    )


def _reads_now(request: httpx.Request, response: httpx.Response) -> bool:
    return bool(request.extensions.get(READ_BODY_EXTENSION)) and not response.is_stream_consumed


def _log_retry(request: httpx.Request, attempt: int, wait: float, why: str) -> None:
    logger.info(
        "retrying %s %s in %.2fs (attempt %d): %s",
        request.method,
        request.url.path,
        wait,
        attempt + 2,
        why,
    )


# The transports are written once, async (scenario_assets/_async/_transport.py); the sync one is
# generated from it by tools/unasync.py. Imported last: they use the names above.
from ._async._transport import AsyncRetryTransport as AsyncRetryTransport  # noqa: E402
from ._sync._transport import RetryTransport as RetryTransport  # noqa: E402
