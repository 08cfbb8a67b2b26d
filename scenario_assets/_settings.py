"""What both clients resolve and check when built: credentials, base URL, headers, options.

:class:`~scenario_assets.Client` and :class:`~scenario_assets.AsyncClient` are one async source
(``scenario_assets/_async/_client.py``) and its generated sync twin; everything they do alike
that is not I/O is here, so each check and message is written once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import PUBLIC_TOKEN, ApiAuth, as_async_hook, basic_auth_header, scope_auth
from ._call import DEFAULT_BASE_URL, Call
from ._forward import client_options
from ._redact import install
from ._retry import RetryPolicy
from ._validation import positive_number
from ._version import __version__
from .errors import ConfigurationError, ValidationError

if TYPE_CHECKING:
    from ._async._invoker import AsyncInvoker
    from ._sync._invoker import Invoker

ENV_KEY = "SCENARIO_SDK_API_KEY"
ENV_SECRET = "SCENARIO_SDK_API_SECRET"
ENV_BASE_URL = "SCENARIO_BASE_URL"

USER_AGENT = f"scenario-assets/{__version__} python-httpx/{httpx.__version__}"


class Settings:
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


def check_parts(
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


def request_call(
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


def changed_settings(
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


def make_policy(policy: RetryPolicy | None, max_retries: int) -> RetryPolicy:
    """The retry policy: the caller's own (checked), else one of ``max_retries``."""
    if policy is not None:
        if not isinstance(policy, RetryPolicy):
            raise ConfigurationError("retry_policy must be a RetryPolicy")
        return policy
    try:
        return RetryPolicy(max_retries=max_retries)
    except (TypeError, ValueError) as exc:
        raise ConfigurationError(f"invalid max_retries: {exc}") from exc


def utcnow() -> datetime:
    """The default clock of lock expiries: now, aware, in UTC."""
    return datetime.now(UTC)
