"""``Client`` and ``AsyncClient``: construction, credentials, transport, lifetime."""

from __future__ import annotations

import copy
import os
import re
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any, Self, Unpack

import anyio
import httpx
from scenario_assets_api.params import ClientOptions

from ._async._invoker import AsyncInvoker
from ._auth import PUBLIC_TOKEN, ApiAuth, as_async_hook, basic_auth_header, event_hooks, scope_auth
from ._call import DEFAULT_BASE_URL, DEFAULT_TIMEOUT, Call
from ._forward import client_options
from ._redact import install
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._sync._invoker import Invoker
from ._validation import positive_number
from ._version import __version__
from .assets import Assets, AsyncAssets
from .downloads import AsyncDownloads, Downloads
from .errors import ConfigurationError, ValidationError

__all__ = ["AsyncClient", "Client"]

ENV_KEY = "SCENARIO_SDK_API_KEY"
ENV_SECRET = "SCENARIO_SDK_API_SECRET"
ENV_BASE_URL = "SCENARIO_BASE_URL"

USER_AGENT = f"scenario-assets/{__version__} python-httpx/{httpx.__version__}"


class _Settings:
    """Resolved construction arguments (credentials never leave this object's header)."""

    def __init__(
        self,
        api_key: str | None,
        api_secret: str | None,
        base_url: str | None,
        public: bool,
        environ: Mapping[str, str],
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.headers = _default_headers(default_headers)
        if not isinstance(public, bool):
            raise ConfigurationError(f"public must be True or False, got {public!r}")
        if base_url is not None and not isinstance(base_url, str):
            raise ConfigurationError(f"base_url must be a string, got {type(base_url).__name__}")
        url = base_url or environ.get(ENV_BASE_URL) or DEFAULT_BASE_URL
        try:
            parsed = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise ConfigurationError("base_url is not a valid URL") from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            # The URL itself is not quoted: it may carry credentials. Without "://" what httpx
            # reads as a scheme may be a user name ("user:password@host/v1"): not quoted either.
            got = f"scheme {parsed.scheme!r}" if "://" in url else "no scheme"
            raise ConfigurationError(f"base_url must be an http(s) URL with a host (got {got})")
        if not _HOST.fullmatch(parsed.host):
            raise ConfigurationError("base_url has a host name that is not one (a space?)")
        if parsed.userinfo:
            raise ConfigurationError(
                "base_url must not embed credentials; pass api_key and api_secret instead"
            )
        if parsed.query or parsed.fragment:
            raise ConfigurationError("base_url must not have a query string or fragment")
        self.base_url = parsed.copy_with(path=parsed.path.rstrip("/") or "/")
        if public:
            if api_key or api_secret:
                raise ConfigurationError("public=True takes no api_key/api_secret")
            self.header = PUBLIC_TOKEN
            self.auth_kind = "public"
            install()
            return
        key = _credential(api_key, "api_key", environ, ENV_KEY)
        secret = _credential(api_secret, "api_secret", environ, ENV_SECRET)
        if not key or not secret:
            raise ConfigurationError(
                "missing credentials: pass api_key and api_secret, or set "
                f"{ENV_KEY} and {ENV_SECRET} (or use public=True for public assets only)"
            )
        self.header = basic_auth_header(key, secret)
        self.auth_kind = "basic"
        install(key, secret, self.header)

    def auth(self) -> ApiAuth:
        return ApiAuth(self.base_url, self.header)

    def client_kwargs(self, timeout: httpx.Timeout | float) -> dict[str, Any]:
        """What an httpx client this package creates is built with (sync or async)."""
        return {
            "base_url": self.base_url,
            "auth": self.auth(),
            "timeout": timeout,
            "follow_redirects": True,
            "headers": self.headers,
        }

    def adopt(self, http_client: httpx.Client | httpx.AsyncClient) -> None:
        """Point a caller's own httpx client at the API, with auth scoped to it."""
        http_client.base_url = self.base_url
        http_client.auth = self.auth()
        http_client.headers.update(self.headers)
        hook = scope_auth(self.auth())
        if isinstance(http_client, httpx.AsyncClient):
            hooks = http_client.event_hooks
            hooks["request"] = [*hooks.get("request", []), as_async_hook(hook)]
        else:
            hooks = http_client.event_hooks
            hooks["request"] = [*hooks.get("request", []), hook]
        http_client.event_hooks = hooks

    def describe(self, cls: str) -> str:
        return f"{cls}(base_url={str(self.base_url)!r}, auth={self.auth_kind!r})"


_HOST = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]")


def _credential(given: object, name: str, environ: Mapping[str, str], variable: str) -> str | None:
    """A key or secret (given, else from the environment), checked without quoting it."""
    value = environ.get(variable) if given is None else given
    where = name if given is not None else f"${variable}"
    if value is None:
        return None
    if not isinstance(value, str):
        raise ConfigurationError(f"{where} must be a string, got {type(value).__name__}")
    if value != value.strip() or any(ord(c) < 32 or ord(c) == 127 for c in value):
        # A pasted key with a trailing newline would otherwise fail as a 401 much later.
        raise ConfigurationError(
            f"{where} has surrounding whitespace or a control character (a line break?)"
        )
    return value


def _check_parts(
    timeout: object,
    max_retries: object,
    transport: object,
    transport_type: type,
    http_client: object,
    client_type: type,
    clocks: dict[str, object],
) -> None:
    """The other construction arguments, each named when wrong."""
    check_timeout(timeout)
    check_retries(max_retries)
    if transport is not None and not isinstance(transport, transport_type):
        raise ConfigurationError(
            f"transport must be an httpx.{transport_type.__name__}, got {type(transport).__name__}"
        )
    if http_client is not None and not isinstance(http_client, client_type):
        raise ConfigurationError(
            f"http_client must be an httpx.{client_type.__name__}, got "
            f"{type(http_client).__module__}.{type(http_client).__name__}"
        )
    for name, clock in clocks.items():
        if not callable(clock):
            raise ConfigurationError(f"{name} must be a function, got {clock!r}")


def _default_headers(given: Mapping[str, str] | None) -> dict[str, str]:
    """``User-Agent`` naming this package, plus the caller's headers (checked)."""
    headers = {"User-Agent": USER_AGENT}
    if given is None:
        return headers
    if not isinstance(given, Mapping):
        raise ConfigurationError("default_headers must be a mapping of header names to strings")
    for name, value in given.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("default_headers must map strings to strings")
        if name.lower() == "authorization":
            # Credentials are scoped to the API's base URL by the client; a default header
            # would follow every request, signed storage URLs included.
            raise ConfigurationError(
                "default_headers must not set Authorization; pass api_key and api_secret"
            )
        if "\n" in value or "\r" in value:
            raise ConfigurationError(f"default_headers[{name!r}] contains a line break")
        headers[name] = value
    return headers


def _request_call(
    base_url: httpx.URL, method: str, path: str, retry: bool | None, **kwargs: Any
) -> Call:
    """The checked :class:`Call` of :meth:`Client.request` (a path under the base URL only)."""
    if not isinstance(method, str) or not method.isalpha():
        raise ValidationError(f"method must be an HTTP method name, got {method!r}")
    if (
        not isinstance(path, str)
        or not path.startswith("/")
        or "://" in path
        or path.startswith("//")
    ):
        raise ValidationError(
            f"path must be a path under the base URL, like '/assets', got {path!r}"
        )
    if retry is not None and not isinstance(retry, bool):
        raise ValidationError(f"retry must be True, False or None, got {retry!r}")
    method = method.upper()
    safe = method in ("GET", "HEAD", "OPTIONS") if retry is None else retry
    timeout = kwargs.pop("timeout", None)
    out = {k: v for k, v in kwargs.items() if v is not None}
    out.update(method=method, url=base_url.copy_with(path=base_url.path.rstrip("/") + path))
    return Call(None, out, timeout=timeout, retry=safe)


def check_timeout(value: object) -> httpx.Timeout | float:
    """A timeout in seconds (a positive number) or an ``httpx.Timeout``: the calls' check,
    reported as the client's set-up."""
    if isinstance(value, httpx.Timeout):
        return value
    try:
        return positive_number(value, "timeout", "a positive number of seconds or an httpx.Timeout")
    except ValidationError as exc:
        raise ConfigurationError(str(exc)) from None


def check_retries(value: object) -> int:
    """A retry count: a non-negative int."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ConfigurationError(f"max_retries must be a non-negative integer, got {value!r}")
    return value


def _changed(
    invoker: Invoker | AsyncInvoker,
    timeout: object,
    max_retries: object,
    options: Mapping[str, object],
) -> dict[str, Any]:
    """The invoker settings of ``with_options``: the given ones checked, the others kept."""
    return {
        "public_only": invoker.public_only,
        "timeout": invoker.timeout if timeout is None else check_timeout(timeout),
        "max_retries": invoker.max_retries if max_retries is None else check_retries(max_retries),
        "options": {**invoker.options, **client_options(options)},
    }


def _policy(policy: RetryPolicy | None, max_retries: int) -> RetryPolicy:
    if policy is not None:
        if not isinstance(policy, RetryPolicy):
            raise ConfigurationError("retry_policy must be a RetryPolicy")
        return policy
    try:
        return RetryPolicy(max_retries=max_retries)
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"invalid max_retries: {exc}") from exc


def _utcnow() -> datetime:
    return datetime.now(UTC)


class Client:
    """A client for the Scenario Assets API (sync).

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
        transport: an httpx transport to send through (tests, proxies); retries wrap it.
        http_client: your own ``httpx.Client`` (proxies, mounts, limits). It is used as is:
            its ``base_url`` and ``auth`` are set by this client, and no retry layer is added
            (wrap its transport in :class:`RetryTransport` yourself if you want one).
        sleep: how retries and job polling wait (inject a fake in tests).
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
        >>> with Client() as client:  # credentials from the environment
        ...     for asset in client.assets.iter(types=["canvas"], limit=10):
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
        transport: httpx.BaseTransport | None = None,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = _utcnow,
        monotonic: Callable[[], float] = time.monotonic,
        **options: Unpack[ClientOptions],
    ) -> None:
        checked_options = client_options(options)
        _check_parts(
            timeout, max_retries, transport, httpx.BaseTransport, http_client, httpx.Client,
            {"sleep": sleep, "now": now, "monotonic": monotonic},
        )  # fmt: skip
        self._settings = _Settings(
            api_key, api_secret, base_url, public, os.environ, default_headers
        )
        policy = _policy(retry_policy, max_retries)
        if http_client is None:
            self._http = httpx.Client(
                **self._settings.client_kwargs(timeout),
                transport=RetryTransport(transport, policy=policy, sleep=sleep),
                event_hooks=event_hooks(is_async=False, auth=self._settings.auth()),
            )
            self._owns_http = True
        else:
            self._settings.adopt(http_client)
            self._http = http_client
            self._owns_http = False
        self._clocks = (sleep, now, monotonic)
        self._wire(Invoker(self._http, public_only=public, options=checked_options))

    def _wire(self, invoker: Invoker) -> None:
        sleep, now, monotonic = self._clocks
        self._invoker = invoker
        self.assets: Assets = Assets(invoker, now, sleep=sleep, monotonic=monotonic)
        self.downloads: Downloads = Downloads(invoker, sleep=sleep, monotonic=monotonic)
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
            **options: client-wide options (see :class:`Client`); those not given are kept.

        Returns:
            A client to use alongside this one; closing it leaves the connections open.

        Raises:
            ConfigurationError: a timeout or retry count that is not one, or a client option
                the spec does not declare or whose value its parameter refuses.

        Example:
            >>> patient = client.with_options(timeout=300, max_retries=5)
            >>> patient.downloads.download_assets(ids, "out/")
        """
        clone = copy.copy(self)
        clone._owns_http = False
        settings = _changed(self._invoker, timeout, max_retries, options)
        clone._wire(Invoker(self._http, **settings))
        return clone

    @property
    def http(self) -> httpx.Client:
        """The underlying httpx client (shared connection pool)."""
        return self._http

    @property
    def base_url(self) -> httpx.URL:
        """The API's base URL (ends in ``/v1`` for the real API)."""
        return self._settings.base_url

    def request(
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
            >>> client.request("POST", "/assets/restore", json={"assetIds": ["asset_1"]}).json()
        """
        call = _request_call(
            self.base_url, method, path, retry, params=params, json=json, headers=headers,
            timeout=timeout,
        )  # fmt: skip
        response: httpx.Response = self._invoker.run(call)
        return response

    def close(self) -> None:
        """Close connections (only those of an httpx client this object created)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return self._settings.describe(type(self).__name__)


class AsyncClient:
    """A client for the Scenario Assets API (async); the twin of :class:`Client`.

    Same arguments (``transport`` is an ``httpx.AsyncBaseTransport``, ``http_client`` an
    ``httpx.AsyncClient``, ``sleep`` is awaited) and the same methods, awaited.

    Example:
        >>> async with AsyncClient() as client:
        ...     async for asset in client.assets.iter(limit=10):
        ...         print(asset.id)
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
        sleep: Callable[[float], Awaitable[None]] = anyio.sleep,
        now: Callable[[], datetime] = _utcnow,
        monotonic: Callable[[], float] = time.monotonic,
        **options: Unpack[ClientOptions],
    ) -> None:
        checked_options = client_options(options)
        _check_parts(
            timeout, max_retries, transport, httpx.AsyncBaseTransport, http_client,
            httpx.AsyncClient, {"sleep": sleep, "now": now, "monotonic": monotonic},
        )  # fmt: skip
        self._settings = _Settings(
            api_key, api_secret, base_url, public, os.environ, default_headers
        )
        policy = _policy(retry_policy, max_retries)
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
        """This client with other defaults, sharing its connections; see
        :meth:`Client.with_options`."""
        settings = _changed(self._invoker, timeout, max_retries, options)
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
        """Call an endpoint the spec does not describe yet; see :meth:`Client.request`."""
        call = _request_call(
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
