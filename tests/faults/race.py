"""A network backend for tests: the server closes an idle connection in the instant after
httpcore checked it was still open, i.e. just before the next request is written.

Wrapped under the client's own connection layer (``transport=race_transport(server)``), it
makes the keep-alive race of a real server (uvicorn closes idle connections after 5 s)
happen on every armed request, deterministically.
"""

from __future__ import annotations

import select
import socket
import ssl
import typing

import httpcore
import httpx

from tests.faults.server import FaultServer


class _Trigger:
    def __init__(self, server: FaultServer) -> None:
        self.server = server
        self.armed = False

    def fire(self, sock: socket.socket) -> None:
        """Close the server's idle connections and wait until this end sees it."""
        self.armed = False
        self.server.close_idle(wait=2.0)
        select.select([sock], [], [], 2.0)


class _Stream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, trigger: _Trigger) -> None:
        self._inner = inner
        self._trigger = trigger

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, timeout)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, timeout)

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:  # fmt: skip
        raise NotImplementedError

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "is_readable" and self._trigger.armed:
            # httpcore asks whether the idle connection is still open: it is, as the server
            # closes it right after this answer.
            self._trigger.fire(self._inner.get_extra_info("socket"))
            return False
        return self._inner.get_extra_info(info)


class _Backend(httpcore.NetworkBackend):
    def __init__(self, inner: httpcore.NetworkBackend, trigger: _Trigger) -> None:
        self._inner = inner
        self._trigger = trigger

    def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:  # fmt: skip
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _Stream(stream, self._trigger)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:  # fmt: skip
        raise NotImplementedError

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncStream(httpcore.AsyncNetworkStream):
    def __init__(self, inner: httpcore.AsyncNetworkStream, trigger: _Trigger) -> None:
        self._inner = inner
        self._trigger = trigger

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._inner.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:  # fmt: skip
        raise NotImplementedError

    def get_extra_info(self, info: str) -> typing.Any:
        if info == "is_readable" and self._trigger.armed:
            self._trigger.fire(self._inner.get_extra_info("socket"))
            return False
        return self._inner.get_extra_info(info)


class _AsyncBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, inner: httpcore.AsyncNetworkBackend, trigger: _Trigger) -> None:
        self._inner = inner
        self._trigger = trigger

    async def connect_tcp(
        self, host: str, port: int, timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:  # fmt: skip
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return _AsyncStream(stream, self._trigger)

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:  # fmt: skip
        raise NotImplementedError

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class RaceTransport(httpx.HTTPTransport):
    """An ``httpx.HTTPTransport`` whose next reuse of an idle connection races its close
    (after :meth:`arm`)."""

    def __init__(self, server: FaultServer) -> None:
        super().__init__()
        self._trigger = _Trigger(server)
        pool = self._pool
        pool._network_backend = _Backend(pool._network_backend, self._trigger)

    def arm(self) -> None:
        self._trigger.armed = True


class AsyncRaceTransport(httpx.AsyncHTTPTransport):
    """The async twin of :class:`RaceTransport`."""

    def __init__(self, server: FaultServer) -> None:
        super().__init__()
        self._trigger = _Trigger(server)
        pool = self._pool
        pool._network_backend = _AsyncBackend(pool._network_backend, self._trigger)

    def arm(self) -> None:
        self._trigger.armed = True
