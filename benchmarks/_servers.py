"""Local servers for ``make bench``, each run in its own process on 127.0.0.1.

``python -m benchmarks._servers stub`` serves a near-free imitation of the few operations the
benchmarks use, so that the client, not the server, is what gets measured:

* ``GET /v1/assets``: pre-rendered pages (``--assets`` in pages of 100, shape ``--shape``); the
  pagination token is the next page's number;
* ``POST /v1/assets``: reads and discards the body, answers a fixed upload response;
* ``POST /v1/assets/{id}/download`` and the batch-download job: links to ``/storage/...``;
* ``GET /storage/<name>?size=N``: N bytes of filler (``--download-size``), with ``Content-Length``.

``python -m benchmarks._servers emulator --assets N`` runs the project's emulator holding N
assets. Both print their base URL on one line, then serve until their stdin closes.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import threading
from typing import Any
from urllib.parse import parse_qs, urlsplit

from benchmarks._bodies import asset, page

BLOCK = 1024 * 1024
_FILLER = bytes(range(256)) * (BLOCK // 256)


class _Request:
    def __init__(self, method: str, target: str, headers: dict[str, str]) -> None:
        self.method = method
        parts = urlsplit(target)
        self.path = parts.path
        self.query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.headers = headers


class StubServer:
    """A threaded HTTP/1.1 keep-alive server answering from pre-rendered bytes."""

    def __init__(self, *, assets: int, shape: str, download_size: int) -> None:
        self.download_size = download_size
        self.sock = socket.create_server(("127.0.0.1", 0), backlog=512)
        self.port = int(self.sock.getsockname()[1])
        self.origin = f"http://127.0.0.1:{self.port}"
        pages = max(1, -(-assets // 100))
        self.pages = [
            page(
                shape,
                count=min(100, assets - 100 * i),
                start=100 * i,
                token=str(i + 1) if i + 1 < pages else None,
            )
            for i in range(pages)
        ]
        body = {"asset": asset(0, "sparse")}
        self.upload = json.dumps(body, separators=(",", ":")).encode()

    def serve_forever(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._connection, args=(conn,), daemon=True).start()

    def _connection(self, conn: socket.socket) -> None:
        conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        buffer = b""
        scratch = bytearray(BLOCK)
        try:
            while True:
                while b"\r\n\r\n" not in buffer:
                    data = conn.recv(65536)
                    if not data:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                remaining = int(headers.get("content-length", "0"))
                if headers.get("transfer-encoding", "").lower() == "chunked":
                    buffer = self._drain_chunked(conn, buffer)
                else:
                    used = min(len(buffer), remaining)
                    buffer = buffer[used:]
                    remaining -= used
                    view = memoryview(scratch)
                    while remaining:
                        got = conn.recv_into(view, min(remaining, BLOCK))
                        if not got:
                            return
                        remaining -= got
                self._answer(conn, _Request(method, target, headers))
        except (ConnectionError, OSError):
            return
        finally:
            conn.close()

    @staticmethod
    def _drain_chunked(conn: socket.socket, buffer: bytes) -> bytes:
        def need(n: int) -> None:
            nonlocal buffer
            while len(buffer) < n:
                data = conn.recv(max(65536, n - len(buffer)))
                if not data:
                    raise ConnectionError("closed mid-body")
                buffer += data

        while True:
            while b"\r\n" not in buffer:
                need(len(buffer) + 1)
            size_line, _, buffer = buffer.partition(b"\r\n")
            size = int(size_line.split(b";")[0], 16)
            need(size + 2)
            buffer = buffer[size + 2 :]
            if size == 0:
                return buffer

    def _answer(self, conn: socket.socket, request: _Request) -> None:
        path, method = request.path, request.method
        if method == "GET" and path == "/v1/assets":
            number = int(request.query.get("paginationToken", "0") or "0")
            self._send(conn, 200, self.pages[number])
        elif method == "POST" and path == "/v1/assets":
            self._send(conn, 200, self.upload)
        elif method == "POST" and path == "/v1/assets/download":
            self._send(conn, 200, b'{"jobId":"job_bench"}')
        elif method == "GET" and path.startswith("/v1/assets/download/"):
            link = f"{self.origin}/storage/archive.zip?size={self.download_size}"
            body = {"jobId": "job_bench", "jobStatus": "success", "downloadUrl": link}
            self._send(conn, 200, json.dumps(body).encode())
        elif method == "POST" and path.endswith("/download"):
            link = f"{self.origin}/storage/asset.png?size={self.download_size}"
            self._send(conn, 200, json.dumps({"url": link}).encode())
        elif method == "GET" and path.startswith("/storage/"):
            size = int(request.query["size"])
            head = (
                f"HTTP/1.1 200 OK\r\ncontent-type: application/octet-stream\r\n"
                f"content-length: {size}\r\n\r\n"
            )
            conn.sendall(head.encode())
            view = memoryview(_FILLER)
            while size:
                step = min(size, BLOCK)
                conn.sendall(view[:step])
                size -= step
        else:
            self._send(conn, 404, b'{"message":"not found","statusCode":404,"error":"Not Found"}')

    @staticmethod
    def _send(conn: socket.socket, status: int, body: bytes) -> None:
        head = (
            f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\n"
            f"content-type: application/json\r\ncontent-length: {len(body)}\r\n\r\n"
        )
        conn.sendall(head.encode() + body)


def _serve_emulator(assets: int) -> Any:
    from scenario_assets.emulator import EmulatorServer
    from scenario_assets.testing import make_png

    server = EmulatorServer(log_level="warning", storage_host="127.0.0.1", job_steps=("success",))
    server.start()
    content = make_png(2, 2)
    for i in range(assets):
        server.state.add_asset(content=content, name=f"bench-{i}.png", tags=["bench"])
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description="local servers for make bench")
    parser.add_argument("kind", choices=["stub", "emulator"])
    parser.add_argument("--assets", type=int, default=10_000)
    parser.add_argument("--shape", choices=["sparse", "full"], default="sparse")
    parser.add_argument("--download-size", type=int, default=BLOCK, help="bytes per download")
    args = parser.parse_args()
    if args.kind == "stub":
        stub = StubServer(assets=args.assets, shape=args.shape, download_size=args.download_size)
        threading.Thread(target=stub.serve_forever, daemon=True).start()
        print(f"{stub.origin}/v1", flush=True)
        sys.stdin.read()
        stub.sock.close()
    else:
        emulator = _serve_emulator(args.assets)
        print(emulator.base_url, flush=True)
        sys.stdin.read()
        emulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
