"""Shared fixtures: one emulator server per session, state reset before every test."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from scenario_assets.emulator import EmulatorServer
from scenario_assets.emulator._images import make_png

START = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def server() -> Iterator[EmulatorServer]:
    with EmulatorServer(start_time=START, log_level="critical") as srv:
        yield srv


@pytest.fixture(autouse=True)
def _fresh(request: pytest.FixtureRequest) -> Iterator[None]:
    if "server" not in request.fixturenames:
        yield
        return
    srv: EmulatorServer = request.getfixturevalue("server")
    srv.reset()
    srv.clock.set(START)
    srv.state.url_ttl = 3600
    srv.state.job_steps = ("queued", "in-progress", "success")
    yield


@pytest.fixture
def client(server: EmulatorServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, auth=server.auth, timeout=5) as c:
        yield c


@pytest.fixture
def anon(server: EmulatorServer) -> Iterator[httpx.Client]:
    """A client without credentials (also used for storage URLs)."""
    with httpx.Client(base_url=server.base_url, timeout=5) as c:
        yield c


def png_b64(width: int = 8, height: int = 6, color: tuple[int, int, int] = (1, 2, 3)) -> str:
    return base64.b64encode(make_png(width, height, color)).decode()


def upload_image(client: httpx.Client, name: str = "img.png", **extra: Any) -> dict[str, Any]:
    body = {"name": name, "image": png_b64(), **extra}
    r = client.post("/assets", json=body)
    assert r.status_code == 200, r.text
    asset: dict[str, Any] = r.json()["asset"]
    return asset


def upload_canvas(client: httpx.Client, data: Any = None, **extra: Any) -> dict[str, Any]:
    body = {"name": "canvas", "canvas": json_dumps(data or {"layers": []}), **extra}
    r = client.post("/assets", json=body)
    assert r.status_code == 200, r.text
    asset: dict[str, Any] = r.json()["asset"]
    return asset


def json_dumps(data: Any) -> str:
    import json

    return json.dumps(data)


def iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
