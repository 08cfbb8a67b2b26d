"""``AsyncClient`` (construction, credentials, transport, lifetime), written once for both flavours.

What is checked and resolved at construction (credentials, base URL, headers, options, the
arguments of :meth:`AsyncClient.request`) is :mod:`scenario_assets._settings`, shared; this
module wires the httpx client, the retry transport, the invoker and the operation classes
together. The async class is the source: ``tools/unasync.py`` writes the blocking one from it.
"""

from __future__ import annotations

import copy
import os
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Self, Unpack

import httpx
from scenario_assets_api.params import ClientOptions

from .._auth import event_hooks
from .._call import DEFAULT_TIMEOUT
from .._forward import client_options
from .._retry import RetryPolicy
from .._settings import (
    Settings,
    changed_settings,
    check_parts,
    make_policy,
    request_call,
    utcnow,
)
from ..downloads import AsyncDownloads
from ._assets import AsyncAssets
from ._flavour import Sleep, sleep
from ._invoker import AsyncInvoker
from ._transport import AsyncRetryTransport

__all__ = ["AsyncClient"]


class AsyncClient:
    """A client for the Scenario Assets API.

    Args:
        api_key: API key; default ``$SCENARIO_SDK_API_KEY``.
        api_secret: API secret; default ``$SCENARIO_SDK_API_SECRET``.
        base_url: default ``$SCENARIO_BASE_URL`` or ``https://api.cloud.scenario.com/v1``.
        public: send ``Authorization: public-auth-token`` (list and retrieve public assets
            only; other operations are refused before sending).
        timeout: seconds or ``httpx.Timeout`` (default 60 s, 5 s to connect); each method
            also takes ``timeout=``.
        max_retries: retries of failed requests that are safe to repeat (default 2).
        retry_policy: full control of backoff (overrides ``max_retries``).
        default_headers: headers sent with every request (not ``Authorization``); a
            ``User-Agent`` naming this package and version is sent unless you set your own.
        transport: an ``httpx.AsyncBaseTransport`` to send through (tests, proxies); retries
            wrap it.
        http_client: your own ``httpx.AsyncClient`` (proxies, mounts, limits). It is used as
            is: its ``base_url`` and ``auth`` are set by this client, and no retry layer is
            added (wrap its transport in :class:`AsyncRetryTransport` yourself if you want one).
        sleep: how retries and job polling wait (inject a fake in tests; the async client
            awaits it).
        now: the clock (aware datetimes) used to compute lock expiries.
        monotonic: the clock used for polling deadlines.
        **options: client-wide options (``scenario_assets_api.params.ClientOptions``: the
            parameters the spec marks ``x-client-option``, e.g. a project id), sent by every
            operation that declares them, helpers and polls included, unless a call gives
            its own value.

    Raises:
        ConfigurationError: missing credentials, a malformed base URL, or a client option
            the spec does not declare or whose value its parameter refuses.

    Example:
        >>> async with AsyncClient() as client:  # credentials from the environment
        ...     async for asset in client.assets.iter(types=["canvas"], limit=10):
        ...         print(asset.id, asset.metadata.name)
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | None = None,
        public: bool = False,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        sleep: Sleep = sleep,
        now: Callable[[], datetime] = utcnow,
        monotonic: Callable[[], float] = time.monotonic,
        **options: Unpack[ClientOptions],
    ) -> None:
        checked_options = client_options(options)
        check_parts(
            timeout, max_retries, transport, httpx.AsyncBaseTransport, http_client,
            httpx.AsyncClient, {"sleep": sleep, "now": now, "monotonic": monotonic},
        )  # fmt: skip
        self._settings = Settings(
            api_key, api_secret, base_url, public, os.environ, default_headers
        )
        policy = make_policy(retry_policy, max_retries)
        if http_client is None:
            self._http = httpx.AsyncClient(
                **self._settings.client_kwargs(timeout),
                transport=AsyncRetryTransport(transport, policy=policy, sleep=sleep),
                event_hooks=event_hooks(is_async=True, auth=self._settings.auth()),
            )
            self._owns_http = True
        else:
            self._settings.adopt(http_client)
            self._http = http_client
            self._owns_http = False
        self._clocks = (sleep, now, monotonic)
        self._wire(AsyncInvoker(self._http, public_only=public, options=checked_options))

    def _wire(self, invoker: AsyncInvoker) -> None:
        sleep, now, monotonic = self._clocks
        self._invoker = invoker
        self.assets: AsyncAssets = AsyncAssets(invoker, now, sleep=sleep, monotonic=monotonic)
        self.downloads: AsyncDownloads = AsyncDownloads(invoker, sleep=sleep, monotonic=monotonic)
        self.assets._downloads = self.downloads  # sync fetches through it

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        **options: Unpack[ClientOptions],
    ) -> Self:
        """This client with other defaults, sharing its connections and credentials.

        Args:
            timeout: the default timeout of every call (a call's own ``timeout=`` wins).
            max_retries: retries of failed requests that are safe to repeat (replaces the
                policy's; only where this client built its retry layer, not with your own
                ``http_client``).
            **options: client-wide options (see :class:`AsyncClient`); those not given are kept.

        Returns:
            A client to use alongside this one; closing it leaves the connections open.

        Raises:
            ConfigurationError: a timeout or retry count that is not one, or a client option
                the spec does not declare or whose value its parameter refuses.

        Example:
            >>> patient = client.with_options(timeout=300, max_retries=5)
            >>> await patient.downloads.download_assets(ids, "out/")
        """
        settings = changed_settings(self._invoker, timeout, max_retries, options)
        clone = copy.copy(self)
        clone._owns_http = False
        clone._wire(AsyncInvoker(self._http, **settings))
        return clone

    @property
    def http(self) -> httpx.AsyncClient:
        """The underlying httpx client (shared connection pool)."""
        return self._http

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL (ends in ``/v1`` for the real API)."""
        return self._settings.base_url

    async def request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | float | None = None,
        retry: bool | None = None,
    ) -> httpx.Response:
        """Call an endpoint the spec does not describe yet, with this client's auth and retries.

        Args:
            method: ``"GET"``, ``"POST"``...
            path: under the base URL, e.g. ``"/assets/restore"``.
            params: query parameters.
            json: the JSON body.
            headers: extra headers.
            timeout: for this request.
            retry: whether 408/5xx/lost responses may be retried; default: only for
                GET/HEAD/OPTIONS (the request may have taken effect).

        Returns:
            The (successful) ``httpx.Response``, body read.

        Raises:
            ValidationError: a method or path that is not one (a full URL is refused:
                credentials go only to the API).
            APIStatusError: (a subclass per status) for an error response.
            APIConnectionError, APITimeoutError: when no response arrived.

        Example:
            >>> response = await client.request("POST", "/assets/restore", json={"assetIds": ["asset_1"]})
            >>> response.json()
        """
        call = request_call(
            self.base_url, method, path, retry, params=params, json=json, headers=headers,
            timeout=timeout,
        )  # fmt: skip
        response: httpx.Response = await self._invoker.run(call)
        return response

    async def aclose(self) -> None:
        """Close connections (only those of an httpx client this object created)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return self._settings.describe(type(self).__name__)
