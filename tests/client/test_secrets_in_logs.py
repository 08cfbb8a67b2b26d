"""While the client works, no log record at any level, from any logger, carries credentials or
signed URL parameters; Authorization never follows a redirect out of the API."""

from __future__ import annotations

import base64
import http.server
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import httpx
import pytest

import scenario_assets as sa
from scenario_assets._redact import LOGGERS, redact
from scenario_assets.emulator import EmulatorServer
from scenario_assets.testing import make_png

KEY, SECRET = "key_PLANTED_7f3a", "secret_PLANTED_9c1e"
BASIC = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()


def _leaks(caplog: pytest.LogCaptureFixture, *planted: str) -> list[str]:
    found = []
    for record in caplog.records:
        text = record.getMessage()
        for secret in (KEY, SECRET, BASIC, *planted):
            if secret in text:
                found.append(f"{record.name}:{record.levelname}: {text[:200]}")
        for name in ("X-Amz-Signature=", "X-Amz-Credential="):
            if name in text and f"{name}[redacted]" not in text:
                found.append(f"{record.name}:{record.levelname}: {text[:200]}")
    return found


def test_a_whole_job_at_debug_logs_no_secret(
    caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    caplog.set_level(logging.DEBUG)
    with (
        EmulatorServer(api_key=KEY, api_secret=SECRET, job_steps=("queued", "success")) as server,
        sa.Client(KEY, SECRET, base_url=server.base_url) as client,
    ):
        asset = client.assets.upload_file(make_png(16, 8), name="hero.png")
        url = client.downloads.request(asset.id)
        assert "X-Amz-Signature=" in url  # a live signed URL went through the logs' reach
        client.downloads.download_asset(asset.id, tmp_path)
        client.downloads.download_assets([asset.id], tmp_path, poll_interval=0.01)
        with pytest.raises(sa.NotFoundError):
            client.assets.retrieve("asset_missing")
    names = {r.name for r in caplog.records}
    assert {"httpx", "scenario_assets"} <= names and any(n.startswith("httpcore") for n in names)
    assert any("HTTP Request:" in r.getMessage() for r in caplog.records)
    assert _leaks(caplog) == []


class _Redirecting(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str | None]]] = []

    def do_GET(self) -> None:
        self.seen.append((self.path, self.headers.get("Authorization")))
        if self.path.startswith("/v1/out"):
            self.send_response(302)
            self.send_header("Location", "/elsewhere/file?X-Amz-Signature=SIG_PLANTED_5e")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if self.path.startswith("/v1/in"):
            self.send_response(302)
            self.send_header("Location", "/v1/assets")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b'{"assets": []}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def redirecting() -> Iterator[str]:
    _Redirecting.seen = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Redirecting)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_authorization_never_follows_a_redirect_out_of_the_api(
    redirecting: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with sa.Client(KEY, SECRET, base_url=redirecting) as client:
        client.request("GET", "/out")
        client.request("GET", "/in")
    seen = dict(_Redirecting.seen)
    assert seen["/v1/out"] is not None  # the API itself gets the credentials
    assert seen["/elsewhere/file?X-Amz-Signature=SIG_PLANTED_5e"] is None  # same host, not the API
    assert seen["/v1/in"] is not None and seen["/v1/assets"] is not None  # a hop inside keeps them
    assert _leaks(caplog, "SIG_PLANTED_5e") == []


def test_an_adopted_http_client_is_scoped_too(redirecting: str) -> None:
    with (
        httpx.Client(follow_redirects=True) as http,
        sa.Client(KEY, SECRET, base_url=redirecting, http_client=http) as client,
    ):
        client.request("GET", "/out")
    assert dict(_Redirecting.seen)["/elsewhere/file?X-Amz-Signature=SIG_PLANTED_5e"] is None


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        (
            'HTTP Request: GET https://s.test/a.png?X-Amz-Signature=abc&X-Amz-Credential=def "HTTP/1.1 200 OK"',
            "https://s.test/a.png?[redacted]",
            "abc",
        ),
        (
            "receive_response_headers.complete return_value=(b'HTTP/1.1', 302, b'Found', "
            "[(b'Location', b'/x?X-Amz-Signature=zzz')])",
            "b'/x?[redacted]'",
            "zzz",
        ),
        (
            "headers={'authorization': 'Basic a2V5OnNlY3JldA=='}",
            "authorization",
            "a2V5OnNlY3JldA==",
        ),
        ("Authorization: Basic a2V5OnNlY3JldA==", "Authorization", "a2V5OnNlY3JldA=="),
        ("token=t0ps3cret&page=2", "page=2", "t0ps3cret"),
    ],
)
def test_redact(text: str, kept: str, gone: str) -> None:
    clean = redact(text)
    assert kept in clean and gone not in clean, clean


def test_the_filter_sits_on_every_logger_of_the_http_stack() -> None:
    sa.Client(KEY, SECRET)
    for name in LOGGERS:
        assert logging.getLogger(name).filters, name
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "key %s", (KEY,), None)
    assert logging.getLogger("httpx").filter(record)
    assert KEY not in record.getMessage()
