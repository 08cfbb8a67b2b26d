"""Whether a failed request ever reached the server whole: a watch on the connections' writes.

httpcore does not say. It checks that an idle keep-alive connection is still open before it
reuses it, but a server may close it an instant later (uvicorn closes idle connections after
5 s), and it swallows errors while writing the request to read whatever the server answered.
Both end as the same read error ("server disconnected without sending a response") as a
request the server read and then dropped, whose outcome is unknown.

This module tells them apart. The retry layer opens an :class:`Attempt` for each try (a
context variable: the writes of one request run in the thread or task that sent it), and the
network streams of the transports it builds or is given are wrapped: on the first write of a
request over a *reused* connection, a connection the server has already closed (readable while
idle, which can only be its end-of-stream) is refused before a byte is written, and any write
that fails marks the request as not fully written. A server cannot act on a request it has
not received in full, so such an attempt is safe to repeat for every operation.

The network streams and backends that report to the attempt, and ``watch`` that installs them,
are written once in ``_async/_sent.py`` (the sync twin is generated from it); what they share
is here.

The limit: a server that closes an idle connection after this last check, while the request
is on its way, still leaves the outcome unknown; the window is the time of one write.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable

import httpcore

__all__ = ["Attempt", "attempt"]


class Attempt:
    """What the connection layer saw of one try of a request.

    Attributes:
        unsent: the request did not reach the server in full (closed before it was written,
            or a write failed): repeating it cannot do anything twice.
    """

    __slots__ = ("started", "unsent")  # started: a write of it reached a connection

    def __init__(self) -> None:
        self.started = False
        self.unsent = False


_CURRENT: contextvars.ContextVar[Attempt | None] = contextvars.ContextVar(
    "scenario_assets_attempt", default=None
)


class _Scope:
    """Open an :class:`Attempt` for the writes that follow (``with attempt() as a:``)."""

    def __init__(self) -> None:
        self.attempt = Attempt()
        self._token: contextvars.Token[Attempt | None] | None = None

    def __enter__(self) -> Attempt:
        self._token = _CURRENT.set(self.attempt)
        return self.attempt

    def __exit__(self, *exc: object) -> None:
        assert self._token is not None
        _CURRENT.reset(self._token)


def attempt() -> _Scope:
    """A scope recording one try of a request (see the module docstring)."""
    return _Scope()


_CLOSED = "the server closed the connection before the request was written"


def _before_write(current: Attempt, requests: int, is_readable: Callable[[], object]) -> None:
    """The first write of a request on a connection: refuse a reused one the server closed."""
    current.started = True
    if requests > 1 and is_readable():
        current.unsent = True
        raise httpcore.WriteError(_CLOSED)
