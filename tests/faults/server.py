"""A raw-socket HTTP/1.1 server on 127.0.0.1 that misbehaves on purpose.

Each route holds a queue of actions, one per request (the last one repeats): answer, reset
before or after reading the request, close without answering, cut the body mid-way, lie about
``Content-Length``, hang, redirect. The server also records every request it read in full (and,
apart, those it dropped before their body was read), and can close idle keep-alive connections
after a delay or on demand.
"""

from __future__ import annotations

import contextlib
import json
import select
import socket
import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit


@dataclass
class Seen:
    """A request the server read."""

    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body)


class Conn:
    """One accepted connection, as the actions see it."""

    def __init__(self, server: FaultServer, sock: socket.socket) -> None:
        self.server = server
        self.sock = sock
        self.buffer = b""

    def send(self, data: bytes) -> None:
        self.sock.sendall(data)

    def reset(self) -> None:
        """Abort with a TCP reset (RST), not a clean close."""
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.sock.close()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


# An action answers one request; it returns True to keep the connection open.
Action = Callable[[Conn, Seen], bool]


@dataclass
class Early:
    """An action run as soon as the request's headers are read, before its body is."""

    action: Action


def _head(status: int, headers: dict[str, str]) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _payload(body: Any) -> tuple[bytes, str]:
    if isinstance(body, bytes):
        return body, "application/octet-stream"
    return json.dumps(body).encode(), "application/json"


def reply(status: int = 200, body: Any = None, **headers: str) -> Action:
    """Answer in full (JSON for anything but bytes); the connection stays open."""

    def act(conn: Conn, seen: Seen) -> bool:
        data, kind = _payload({} if body is None else body)
        head = {"Content-Type": kind, "Content-Length": str(len(data)), **headers}
        conn.send(_head(status, head) + data)
        return True

    return act


def answer(make: Callable[[Seen], tuple[int, Any]]) -> Action:
    """Answer with what ``make(request)`` returns (status, body)."""

    def act(conn: Conn, seen: Seen) -> bool:
        status, body = make(seen)
        return reply(status, body)(conn, seen)

    return act


def cut(body: Any, keep: int, status: int = 200) -> Action:
    """Announce the whole body, send ``keep`` bytes of it, close."""

    def act(conn: Conn, seen: Seen) -> bool:
        data, kind = _payload(body)
        head = {"Content-Type": kind, "Content-Length": str(len(data))}
        conn.send(_head(status, head) + data[:keep])
        conn.close()
        return False

    return act


def short_length(body: Any, claimed: int, status: int = 200) -> Action:
    """Announce fewer bytes than the body has; send it all (the rest is garbage after)."""

    def act(conn: Conn, seen: Seen) -> bool:
        data, kind = _payload(body)
        head = {"Content-Type": kind, "Content-Length": str(claimed)}
        conn.send(_head(status, head) + data)
        conn.close()
        return False

    return act


def stall(body: Any, keep: int, status: int = 200) -> Action:
    """Send the headers and ``keep`` bytes of the body, then hang until the server stops."""

    def act(conn: Conn, seen: Seen) -> bool:
        data, kind = _payload(body)
        head = {"Content-Type": kind, "Content-Length": str(len(data))}
        conn.send(_head(status, head) + data[:keep])
        conn.server.stopping.wait(10)
        conn.close()
        return False

    return act


def reset() -> Action:
    """Read the request, then reset the connection."""

    def act(conn: Conn, seen: Seen) -> bool:
        conn.reset()
        return False

    return act


def close() -> Action:
    """Read the request, then close the connection without a byte of answer."""

    def act(conn: Conn, seen: Seen) -> bool:
        conn.close()
        return False

    return act


def hang() -> Action:
    """Read the request and never answer (until the server stops)."""

    def act(conn: Conn, seen: Seen) -> bool:
        conn.server.stopping.wait(10)
        conn.close()
        return False

    return act


def redirect(location: str, status: int = 302) -> Action:
    return reply(status, {}, Location=location)


@dataclass
class _Route:
    actions: list[Action | Early]
    served: int = 0

    def next(self) -> Action | Early:
        action = self.actions[min(self.served, len(self.actions) - 1)]
        self.served += 1
        return action


@dataclass
class FaultServer:
    """The server (a context manager). ``url`` is its base, ``http://127.0.0.1:PORT``.

    Attributes:
        seen: every request read in full, in order.
        dropped: requests dropped after their headers, before their body was read.
        reset_on_accept: reset this many next connections as soon as they are accepted.
        idle_close: close a keep-alive connection idle for this many seconds.
    """

    idle_close: float | None = None
    reset_on_accept: int = 0
    seen: list[Seen] = field(default_factory=list)
    dropped: list[Seen] = field(default_factory=list)
    accepted: int = 0

    def __post_init__(self) -> None:
        self.stopping = threading.Event()
        self._routes: dict[tuple[str, str], _Route] = {}
        self._lock = threading.Lock()
        self._idle: set[socket.socket] = set()
        self._threads: list[threading.Thread] = []
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"

    # -- set-up ---------------------------------------------------------------------------

    def on(self, method: str, path: str, *actions: Action | Early) -> FaultServer:
        """Serve ``actions`` in turn to ``method path`` (the last one repeats)."""
        self._routes[(method, path)] = _Route(list(actions))
        return self

    def count(self, method: str, path: str) -> int:
        """Requests read in full for ``method path``."""
        with self._lock:
            return sum(1 for s in self.seen if (s.method, s.path) == (method, path))

    def counts(self) -> dict[tuple[str, str], int]:
        with self._lock:
            result: dict[tuple[str, str], int] = {}
            for s in self.seen:
                result[(s.method, s.path)] = result.get((s.method, s.path), 0) + 1
            return result

    def close_idle(self, wait: float = 0.0) -> None:
        """Close every keep-alive connection that is waiting for its next request (waiting
        up to ``wait`` seconds for one to be)."""
        until = time.monotonic() + wait
        while True:
            with self._lock:
                idle = list(self._idle)
            if idle or time.monotonic() >= until:
                break
            time.sleep(0.001)
        for sock in idle:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    # -- life -----------------------------------------------------------------------------

    def __enter__(self) -> FaultServer:
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() below
        self._listener.close()
        self.close_idle()
        for thread in list(self._threads):
            thread.join(timeout=2)

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            self.accepted += 1
            conn = Conn(self, sock)
            if self.reset_on_accept > 0:
                self.reset_on_accept -= 1
                conn.reset()
                continue
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads.append(thread)

    # -- one connection -------------------------------------------------------------------

    def _recv(self, conn: Conn, idle: bool) -> bytes:
        if idle:
            with self._lock:
                self._idle.add(conn.sock)
        try:
            if idle and self.idle_close is not None:
                ready, _, _ = select.select([conn.sock], [], [], self.idle_close)
                if not ready:
                    return b""
            return conn.sock.recv(65536)
        except OSError:
            return b""
        finally:
            with self._lock:
                self._idle.discard(conn.sock)

    def _serve(self, conn: Conn) -> None:
        try:
            while self._serve_one(conn):
                pass
        finally:
            with contextlib.suppress(OSError):
                conn.sock.close()

    def _serve_one(self, conn: Conn) -> bool:
        while b"\r\n\r\n" not in conn.buffer:
            chunk = self._recv(conn, idle=not conn.buffer)
            if not chunk:
                conn.close()
                return False
            conn.buffer += chunk
        raw_head, conn.buffer = conn.buffer.split(b"\r\n\r\n", 1)
        lines = raw_head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        parts = urlsplit(target)
        seen = Seen(method, parts.path, parts.query, headers)
        route = self._routes.get((method, parts.path))
        action: Action | Early = route.next() if route else reply(404, {"message": "no route"})
        if isinstance(action, Early):
            with self._lock:
                self.dropped.append(seen)
            return action.action(conn, seen)
        seen.body = self._body(conn, headers)
        with self._lock:
            self.seen.append(seen)
        return action(conn, seen)

    def _body(self, conn: Conn, headers: dict[str, str]) -> bytes:
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                while b"\r\n" not in conn.buffer:
                    conn.buffer += self._recv(conn, idle=False) or b"0\r\n\r\n"
                size_line, conn.buffer = conn.buffer.split(b"\r\n", 1)
                size = int(size_line.split(b";")[0], 16)
                while len(conn.buffer) < size + 2:
                    conn.buffer += self._recv(conn, idle=False)
                body += conn.buffer[:size]
                conn.buffer = conn.buffer[size + 2 :]
                if size == 0:
                    return body
        length = int(headers.get("content-length", "0"))
        parts, have = [conn.buffer], len(conn.buffer)
        while have < length:
            chunk = self._recv(conn, idle=False)
            if not chunk:
                break
            parts.append(chunk)
            have += len(chunk)
        data = b"".join(parts)
        body, conn.buffer = data[:length], data[length:]
        return body
