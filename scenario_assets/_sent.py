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

The limit: a server that closes an idle connection after this last check, while the request
is on its way, still leaves the outcome unknown; the window is the time of one write.
"""

from __future__ import annotations

import contextvars
import ssl
import typing
from collections.abc import Callable, Iterator

import httpcore
import httpx

__all__ = ["Attempt", "attempt", "watch"]


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


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner
        self._requests = 0
        self._attempt: Attempt | None = None

    def _is_readable(self) -> bool:
        return bool(self._inner.get_extra_info("is_readable"))

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        current = _CURRENT.get()
        if current is not None and current is not self._attempt:
            self._attempt = current
            self._requests += 1
            _before_write(current, self._requests, self._is_readable)
        try:
            self._inner.write(buffer, timeout)
        except Exception:
            if current is not None:
                current.unsent = True
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner
        self._requests = 0
        self._attempt: Attempt | None = None

    def _is_readable(self) -> bool:
        return bool(self._inner.get_extra_info("is_readable"))

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        current = _CURRENT.get()
        if current is not None and current is not self._attempt:
            self._attempt = current
            self._requests += 1
            _before_write(current, self._requests, self._is_readable)
        try:
            await self._inner.write(buffer, timeout)
        except Exception:
            if current is not None:
                current.unsent = True
            raise

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> typing.Any:
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self.inner.connect_tcp(host, port, timeout, local_address, socket_options))

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        return _Stream(self.inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend) -> None:
        self.inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self.inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return _AsyncStream(await self.inner.connect_unix_socket(path, timeout, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self.inner.sleep(seconds)


def _pools(transport: object) -> Iterator[object]:
    """The httpcore pool(s) behind an httpx transport (none for mock or custom transports)."""
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool):
        yield pool


def watch(transport: httpx.BaseTransport | httpx.AsyncBaseTransport) -> None:
    """Wrap the network backend of an ``httpx.HTTPTransport`` (or its async twin) so its
    connections report to the current :class:`Attempt`; other transports are left alone
    (their failures keep the conservative reading: sent, outcome unknown)."""
    for pool in _pools(transport):
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, _Backend | _AsyncBackend):
            continue
        if isinstance(backend, httpcore.NetworkBackend):
            pool._network_backend = _Backend(backend)  # type: ignore[attr-defined]
        elif isinstance(backend, httpcore.AsyncNetworkBackend):
            pool._network_backend = _AsyncBackend(backend)  # type: ignore[attr-defined]
