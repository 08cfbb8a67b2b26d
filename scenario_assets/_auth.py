"""Credentials scoped to the API, and the hooks every hop of a request passes.

:class:`ApiAuth` adds the Authorization header to requests for the API only; :func:`event_hooks`
removes it again from any hop (a redirect) that leaves the API, and logs a summary of each
request and response at DEBUG (method, URL without its query: no signed parameters).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from typing import Any

import httpx

logger = logging.getLogger("scenario_assets")

PUBLIC_TOKEN = "public-auth-token"


class ApiAuth(httpx.Auth):
    """Adds the API's Authorization header, but only to requests for the API itself.

    Signed storage URLs (another host, or outside the base path) get no Authorization header:
    credentials must never leave for a host that is not the API's.
    """

    def __init__(self, base_url: httpx.URL, header_value: str) -> None:
        self._scheme = base_url.scheme
        self._host = base_url.host
        self._port = base_url.port
        self._prefix = base_url.path.rstrip("/") + "/"
        self._value = header_value

    def __repr__(self) -> str:
        return f"ApiAuth(host={self._host!r}, header=<hidden>)"

    def applies_to(self, url: httpx.URL) -> bool:
        """Whether ``url`` is an API URL (same scheme, host, port and base path)."""
        return (
            url.scheme == self._scheme
            and url.host == self._host
            and url.port == self._port
            and (url.path + "/").startswith(self._prefix)
        )

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self.applies_to(request.url):
            request.headers["Authorization"] = self._value
        else:
            request.headers.pop("Authorization", None)
        yield request


def basic_auth_header(api_key: str, api_secret: str) -> str:
    """``Basic base64(key:secret)``, built by httpx."""
    request = httpx.Request("GET", "https://x")
    return next(httpx.BasicAuth(api_key, api_secret).auth_flow(request)).headers["Authorization"]


def _log_request(request: httpx.Request) -> None:
    request.extensions["scenario_assets.started"] = time.monotonic()
    logger.debug("-> %s %s", request.method, request.url.copy_with(query=None))


def _log_response(response: httpx.Response) -> None:
    started = response.request.extensions.get("scenario_assets.started")
    elapsed = f" in {time.monotonic() - started:.3f}s" if isinstance(started, float) else ""
    logger.debug(
        "<- %s %s %s%s",
        response.request.method,
        response.request.url.copy_with(query=None),
        response.status_code,
        elapsed,
    )


async def _alog_request(request: httpx.Request) -> None:
    _log_request(request)


async def _alog_response(response: httpx.Response) -> None:
    _log_response(response)


def scope_auth(auth: ApiAuth) -> Callable[[httpx.Request], None]:
    """A request hook that removes ``Authorization`` from any hop outside the API.

    httpx applies auth to the first request only, and keeps the header on a redirect that stays
    on the same origin, even one that leaves the API's base path: this hook runs for every hop.
    """

    def hook(request: httpx.Request) -> None:
        if not auth.applies_to(request.url):
            request.headers.pop("Authorization", None)

    return hook


def event_hooks(is_async: bool, auth: ApiAuth | None = None) -> dict[str, list[Any]]:
    """Auth scoped to the API on every hop, and request/response summaries at DEBUG (method,
    URL without query: no signed parameters)."""
    scoped = [] if auth is None else [scope_auth(auth)]
    if is_async:
        ascoped = [as_async_hook(hook) for hook in scoped]
        return {"request": [*ascoped, _alog_request], "response": [_alog_response]}
    return {"request": [*scoped, _log_request], "response": [_log_response]}


def as_async_hook(hook: Callable[[httpx.Request], None]) -> Callable[[httpx.Request], Any]:
    """A sync request hook as an async one (for httpx.AsyncClient)."""

    async def run(request: httpx.Request) -> None:
        hook(request)

    return run
