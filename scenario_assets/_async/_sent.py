"""The network streams that report to the current attempt (see :mod:`scenario_assets._sent`).

``watch`` wraps the network backend of httpx's HTTP transport so that every connection it opens
reports its writes; other transports (mock or custom ones) are left alone, and their failures
keep the conservative reading: sent, outcome unknown.
"""

from __future__ import annotations

import ssl
import typing
from collections.abc import Iterator

import httpcore
import httpx

from .._sent import _CURRENT, Attempt, _before_write

__all__ = ["watch"]


class _AsyncStream(httpcore.AsyncNetworkStream):
    """A connection's stream: the first write of each attempt is checked, failed writes noted."""

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


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    """A network backend whose connections are wrapped in :class:`_AsyncStream`."""

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


def _pools(transport: httpx.AsyncBaseTransport) -> Iterator[httpcore.AsyncConnectionPool]:
    """The httpcore pool behind an httpx transport (none for mock or custom transports)."""
    pool = getattr(transport, "_pool", None)
    if isinstance(pool, httpcore.AsyncConnectionPool):
        yield pool


def watch(transport: httpx.AsyncBaseTransport) -> None:
    """Wrap the network backend of an ``httpx.AsyncHTTPTransport`` so its connections report
    to the current :class:`~scenario_assets._sent.Attempt`; other transports are left alone."""
    for pool in _pools(transport):
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore.AsyncNetworkBackend) and not isinstance(
            backend, _AsyncBackend
        ):
            pool._network_backend = _AsyncBackend(backend)
