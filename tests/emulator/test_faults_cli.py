"""Fault switches (programmatic and over HTTP), control endpoints and the CLI."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from scenario_assets.emulator import EmulatorServer

from .conftest import upload_image

ROOT = Path(__file__).resolve().parents[2]


def test_status_fault_with_retry_after(server: EmulatorServer, client: httpx.Client) -> None:
    rule = server.faults.add("GET", "/v1/assets", status=429, retry_after=2, times=2)
    for _ in range(2):
        r = client.get("/assets")
        assert r.status_code == 429
        assert r.headers["retry-after"] == "2"
        assert r.json()["statusCode"] == 429 and r.json()["error"] == "Too Many Requests"
        assert r.headers["x-request-id"]
    assert client.get("/assets").status_code == 200
    assert rule.hits == 2 and len(server.faults) == 0


def test_fault_matching_by_method_and_glob(server: EmulatorServer, client: httpx.Client) -> None:
    asset = upload_image(client)
    server.faults.add("PUT", "/v1/assets/*/tags", status=503, times=None)
    assert client.get(f"/assets/{asset['id']}").status_code == 200
    assert client.put(f"/assets/{asset['id']}/tags", json={}).status_code == 503
    assert client.put(f"/assets/{asset['id']}/tags", json={}).status_code == 503
    server.faults.clear()
    assert client.put(f"/assets/{asset['id']}/tags", json={}).status_code == 200


def test_delay_fault(server: EmulatorServer, client: httpx.Client) -> None:
    server.faults.add("GET", "/v1/assets", delay=0.3)
    with pytest.raises(httpx.ReadTimeout):
        client.get("/assets", timeout=0.05)
    started = time.monotonic()
    server.faults.add("GET", "/v1/assets", delay=0.1)
    assert client.get("/assets").status_code == 200
    assert time.monotonic() - started >= 0.1


def test_truncated_body(server: EmulatorServer, client: httpx.Client) -> None:
    upload_image(client)
    server.faults.add("GET", "/v1/assets", truncate=True)
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/assets")
    assert client.get("/assets").status_code == 200


def test_truncated_storage_download(
    server: EmulatorServer, client: httpx.Client, anon: httpx.Client
) -> None:
    asset = upload_image(client)
    server.faults.add("GET", "/_storage/*", truncate=True, truncate_ratio=0.25)
    with pytest.raises(httpx.RemoteProtocolError):
        anon.get(asset["url"])
    assert anon.get(asset["url"]).status_code == 200


def test_faults_over_http(server: EmulatorServer, client: httpx.Client) -> None:
    control = f"{server.origin}/_emulator/faults"
    assert httpx.post(control, json={"status": 500}).status_code == 401
    r = client.post(control, json={"method": "GET", "path": "/v1/assets", "status": 500,
                                   "times": 1})  # fmt: skip
    assert r.status_code == 201
    assert client.get(control).json()["faults"][0]["status"] == 500
    assert client.get("/assets").status_code == 500
    assert client.get("/assets").status_code == 200
    client.post(control, json={"path": "/v1/*", "status": 503, "retryAfter": 1, "times": None})
    assert client.get("/assets").headers["retry-after"] == "1"
    assert client.get(control).status_code == 200  # control endpoints never faulted
    assert client.delete(control).json() == {"faults": []}
    assert client.get("/assets").status_code == 200
    assert client.post(control, json={"path": "/v1/*"}).status_code == 400


def test_reset_and_clock_over_http(server: EmulatorServer, client: httpx.Client) -> None:
    upload_image(client)
    server.faults.add("GET", "/nothing", status=500, times=None)
    r = client.post(f"{server.origin}/_emulator/reset", json={})
    assert r.status_code == 200
    assert client.get("/assets").json() == {"assets": []} and len(server.faults) == 0
    r = client.post(f"{server.origin}/_emulator/reset", json={"seed": True})
    assert len(client.get("/assets").json()["assets"]) >= 4
    now = client.get(f"{server.origin}/_emulator/clock").json()["now"]
    assert now == "2024-05-01T12:00:00.000Z"
    r = client.post(f"{server.origin}/_emulator/clock", json={"advanceSeconds": 90})
    assert r.json()["now"] == "2024-05-01T12:01:30.000Z"
    r = client.post(f"{server.origin}/_emulator/clock", json={"set": "2030-01-01T00:00:00Z"})
    assert r.json()["now"] == "2030-01-01T00:00:00.000Z"
    assert httpx.post(f"{server.origin}/_emulator/reset").status_code == 401


def test_programmatic_fault_validation(server: EmulatorServer) -> None:
    with pytest.raises(ValueError):
        server.faults.add("GET", "/v1/assets")
    with pytest.raises(ValueError):
        server.faults.add(status=99)


def test_seeded_server_in_process() -> None:
    with EmulatorServer(seed=True) as srv:
        r = httpx.get(srv.base_url + "/assets", auth=srv.auth)
        body = r.json()
        types = {a["metadata"]["type"] for a in body["assets"]}
        assert {"inference-txt2img", "upscale", "uploaded", "canvas"} <= types
        public = httpx.get(srv.base_url + "/assets",
                           headers={"Authorization": "public-auth-token"}).json()  # fmt: skip
        assert public["assets"] and all(a["privacy"] == "public" for a in public["assets"])
    srv.stop()  # idempotent


def _start_cli(*args: str) -> tuple[subprocess.Popen[str], str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "scenario_assets.emulator", "--port", "0", *args],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    return proc, line


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_cli_prints_url_and_serves(sig: signal.Signals) -> None:
    proc, url = _start_cli("--seed", "--api-key", "k", "--api-secret", "s", "--log-level",
                           "warning")  # fmt: skip
    try:
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v1"), url
        r = httpx.get(url + "/assets", auth=("k", "s"), timeout=5)
        assert r.status_code == 200 and r.json()["assets"]
        assert httpx.get(url + "/assets", timeout=5).status_code == 401
    finally:
        proc.send_signal(sig)
        code = proc.wait(timeout=10)
    assert code == 0
