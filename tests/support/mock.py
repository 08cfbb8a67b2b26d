"""A recording ``httpx.MockTransport`` and canned API bodies for unit tests (no network)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from tests.support.spec import an_asset, response_body

Handler = Callable[[httpx.Request], httpx.Response]


def example(operation_id: str) -> dict[str, Any]:
    """A fresh 200 body for an operation: its spec example, else one built from its schema."""
    body: dict[str, Any] = response_body(operation_id)
    return body


def asset_body(asset_id: str = "asset_1") -> dict[str, Any]:
    """One Asset object (from the spec's examples, else built from its schema) with that id."""
    asset = an_asset()
    asset["id"] = asset_id
    return asset


class Recorder:
    """Serves queued responses (or a handler) and records every request it sees."""

    def __init__(
        self, *responses: httpx.Response | Exception, handler: Handler | None = None
    ) -> None:
        self.queue = list(responses)
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.handler is not None:
            return self.handler(request)
        item = self.queue.pop(0)
        if isinstance(item, Exception):
            raise item
        return item

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        return self(request)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def async_transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle_async)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


def ok(body: Any, status: int = 200, **headers: str) -> httpx.Response:
    return httpx.Response(status, json=body, headers=headers)


class FakeSleep:
    """Records requested waits instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def asleep(self, seconds: float) -> None:
        self.waits.append(seconds)
