"""HTTP plumbing: auth scoped to the API, the httpx clients, and the one choke point.

Every operation goes through :meth:`Invoker.call` (or its async twin): it runs a generated
``*_detailed`` endpoint function against a per-call shim of the httpx client (to apply a
per-call timeout, the operation's retry safety or a streamed body), then passes the response
through :func:`unwrap`, which returns the parsed model or raises the mapped error from
:mod:`scenario_assets.errors`. Generated ``sync()`` functions are never used: they return None
on undocumented statuses.

What the choke point knows about an operation comes from the generated operation table
(``scenario_assets_api._operations``, the spec's ``x-`` extensions): whether it is safe to retry,
whether the public token may call it, and what its 409 means.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import re
import time
from collections.abc import AsyncIterable, Callable, Generator, Iterator, Mapping
from types import ModuleType
from typing import Any, Protocol, cast

import attrs
import httpx
from scenario_assets_api import errors as generated_errors
from scenario_assets_api._operations import BY_MODULE, OPERATIONS, Operation
from scenario_assets_api.types import Response

from ._retry import (
    DEADLINE_EXTENSION,
    MAX_RETRIES_EXTENSION,
    READ_BODY_EXTENSION,
    RETRY_EXTENSION,
    UNSENT_EXTENSION,
    Deadline,
    parse_retry_after,
)
from ._validation import check
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    LockConflictError,
    ResponseValidationError,
    ValidationError,
    status_error_class,
)

logger = logging.getLogger("scenario_assets")


PUBLIC_TOKEN = "public-auth-token"
DEFAULT_BASE_URL = "https://api.cloud.scenario.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")


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


# --------------------------------------------------------------------------------------
# The choke point
# --------------------------------------------------------------------------------------

_DEADLINE: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "scenario_assets_deadline", default=None
)


@contextlib.contextmanager
def deadline(at: Deadline) -> Iterator[Deadline]:
    """Calls made through the choke point inside this block carry ``at``: each attempt's
    timeouts are cut to the time left and no retry starts that could not end before it (a
    context variable: it follows the thread or task that set it)."""
    token = _DEADLINE.set(at)
    try:
        yield at
    finally:
        _DEADLINE.reset(token)


class Body(Protocol):
    """A streamed request body (see ``_bodystream.Base64JsonBody``)."""

    def headers(self) -> dict[str, str]: ...
    def __iter__(self) -> Iterator[bytes]: ...
    def async_content(self) -> AsyncIterable[bytes]: ...


BodyFactory = Callable[[dict[str, Any]], Body]


class _CallOptions:
    __slots__ = (
        "body_factory",
        "extra_body",
        "extra_headers",
        "extra_query",
        "last_response",
        "max_retries",
        "retry",
        "timeout",
    )

    def __init__(
        self,
        timeout: httpx.Timeout | float | None,
        retry: bool | None,
        body_factory: BodyFactory | None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        max_retries: int | None = None,
    ) -> None:
        self.max_retries = max_retries
        self.timeout = timeout
        self.retry = retry
        self.body_factory = body_factory
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.extra_body = extra_body
        self.last_response: httpx.Response | None = None

    def request_kwargs(self, kwargs: dict[str, Any], *, is_async: bool) -> dict[str, Any]:
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        # API bodies are small and parsed whole: read them inside the retry loop, so a body cut
        # off mid-way is a read error the retry policy sees.
        extensions: dict[str, Any] = {READ_BODY_EXTENSION: True}
        current = _DEADLINE.get()
        if current is not None:
            extensions[DEADLINE_EXTENSION] = current
        if self.retry is not None:
            extensions[RETRY_EXTENSION] = self.retry
        if self.max_retries is not None:
            extensions[MAX_RETRIES_EXTENSION] = self.max_retries
        kwargs["extensions"] = extensions
        if self.extra_query:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self.extra_query}
        if self.extra_headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self.extra_headers}
        if self.extra_body:
            # Fields the spec does not describe yet, sent after (and over) the described ones.
            kwargs["json"] = {**(kwargs.get("json") or {}), **self.extra_body}
        if self.body_factory is not None:
            # The generated code built `json=` without the streamed field; stream it instead.
            fields = kwargs.pop("json", None) or {}
            body = self.body_factory(fields)
            kwargs["content"] = body.async_content() if is_async else body
            kwargs["headers"] = {**kwargs.get("headers", {}), **body.headers()}
        return kwargs


class _SyncShim:
    """Quacks like the generated client for one call; forwards to the shared httpx.Client."""

    raise_on_unexpected_status = False

    def __init__(self, http: httpx.Client, options: _CallOptions) -> None:
        self._http = http
        self._options = options

    def get_httpx_client(self) -> _SyncShim:
        return self

    def request(self, **kwargs: Any) -> httpx.Response:
        response = self._http.request(**self._options.request_kwargs(kwargs, is_async=False))
        self._options.last_response = response
        return response


class _AsyncShim:
    raise_on_unexpected_status = False

    def __init__(self, http: httpx.AsyncClient, options: _CallOptions) -> None:
        self._http = http
        self._options = options

    def get_async_httpx_client(self) -> _AsyncShim:
        return self

    async def request(self, **kwargs: Any) -> httpx.Response:
        response = await self._http.request(**self._options.request_kwargs(kwargs, is_async=True))
        self._options.last_response = response
        return response


def _message(body: bytes) -> tuple[str | None, dict[str, Any]]:
    try:
        data = json.loads(body)
    except ValueError:
        text = body.decode("utf-8", "replace").strip()
        return (text[:500] or None), {}
    if not isinstance(data, dict):
        return str(data)[:500], {}
    message = data.get("message") or data.get("error") or data.get("detail")
    if isinstance(message, list):
        message = "; ".join(str(m) for m in message)
    return (str(message) if message is not None else None), data


def raise_for_status(response: httpx.Response, conflict: str | None = None) -> None:
    """Raise the mapped :class:`APIStatusError` for an error response (no-op for 2xx).

    Args:
        response: the response.
        conflict: what a 409 means for this operation (its ``x-conflict``): ``"lock"`` raises
            :class:`LockConflictError`, with the holder's expiry when the API gives it.
    """
    status = response.status_code
    if 200 <= status < 300:
        return
    request = response.request
    body = response.content
    message, data = _message(body)
    request_id = (
        response.headers.get("x-request-id")
        or response.headers.get("x-amzn-requestid")
        or (str(data["requestId"]) if "requestId" in data else None)
    )
    common: dict[str, Any] = {
        "status_code": status,
        "method": request.method,
        "path": request.url.path,
        "message": message,
        "request_id": request_id,
        "body": body,
        "retry_after": parse_retry_after(response.headers.get("retry-after")),
    }
    if status == 409 and conflict == "lock":
        expires = data.get("lockExpiresAt")
        if not isinstance(expires, str) and message:
            found = _ISO_DATE.search(message)
            expires = found.group(0) if found else None
        raise LockConflictError(lock_expires_at=expires, **common)
    raise status_error_class(status)(**common)


def unwrap(
    response: Response[Any],
    last: httpx.Response,
    conflict: str | None = None,
    any_body: bool = False,
) -> Any:
    """The parsed success model of a generated response, or the mapped error.

    A success status the spec does not document for the operation (a 201 or 204 where 200
    is expected) has no parsed model: that is a :class:`ResponseValidationError`, not a None
    that would fail later as an ``AttributeError``. An operation whose success body the spec
    leaves open (``any_body``: no response model, like ``DELETE /assets``) succeeds whatever
    the body, ``None`` included.
    """
    raise_for_status(last, conflict)
    if response.parsed is None and not any_body:
        raise ResponseValidationError(
            f"{last.request.method} {last.request.url.path}: undocumented success status "
            f"{last.status_code}",
            path="",
            body=last.content,
            status_code=last.status_code,
            method=last.request.method,
            url_path=last.request.url.path,
        )
    return response.parsed


def _translate(exc: Exception, options: _CallOptions) -> Exception:
    """A generated or httpx exception as this package's error (with method and path)."""
    if isinstance(exc, generated_errors.InvalidResponseBody):
        last = options.last_response
        method = last.request.method if last is not None else "?"
        path = last.request.url.path if last is not None else "?"
        return ResponseValidationError(
            f"{method} {path}: {exc.cause}",
            path=exc.cause.dotted_path
            if isinstance(exc.cause, generated_errors.ResponseFieldError)
            else "",
            body=exc.content,
            status_code=exc.status_code,
            method=method,
            url_path=path,
        )
    assert isinstance(exc, httpx.RequestError)
    return connection_error(exc)


def connection_error(exc: httpx.RequestError) -> APIConnectionError:
    """An httpx request failure as :class:`APIConnectionError` (or its timeout subclass).

    Covers transport failures (refused, reset, timeouts) and the other ways a request can end
    without a usable response (an undecodable body, too many redirects).

    The message names the method and path only: a query string may hold a URL signature.
    """
    method, path, note = "?", "?", ""
    try:
        request = exc.request
        method, path = request.method, request.url.path
        if request.extensions.get(UNSENT_EXTENSION) is True:
            note = " (the request never reached the server whole: nothing was done)"
    except RuntimeError:  # no request attached
        pass
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"timed out: {method} {path}{note}", method=method, path=path)
    return APIConnectionError(
        f"connection failed: {method} {path}: {type(exc).__name__}: {exc}{note}",
        method=method,
        path=path,
    )


@attrs.frozen
class Call:
    """One prepared operation: a generated endpoint module and its keyword arguments.

    The sync and async clients build the same :class:`Call` (all validation happens while
    building it) and hand it to :meth:`Invoker.run` or :meth:`AsyncInvoker.run`, which call the
    module's ``sync_detailed`` or ``asyncio_detailed``.
    """

    endpoint: ModuleType
    kwargs: dict[str, Any]
    body_factory: BodyFactory | None = None
    timeout: httpx.Timeout | float | None = None
    """The call's own timeout (a ``timeout=`` given to :meth:`Invoker.run` wins)."""
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None

    def replace(self, **kwargs: Any) -> Call:
        """The same call with some endpoint arguments changed (a page token)."""
        return attrs.evolve(self, kwargs={**self.kwargs, **kwargs})


def check_body(op: Operation, body: Any) -> None:
    """A request body, however it was built (a helper's or the runner's), against the spec's
    rules for the operation's body fields: the last check before anything is sent."""
    wire = body.to_dict()
    for param in op.params:
        if param.location == "body" and param.name in wire:
            check(wire[param.name], param.schema, param.python)


def check_call_timeout(value: object) -> None:
    """A call's ``timeout=``: None, a positive number of seconds, or an ``httpx.Timeout``."""
    if value is None or isinstance(value, httpx.Timeout):
        return
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValidationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {value!r}"
        )


def operation_of(endpoint: Callable[..., Any]) -> Operation:
    """The table entry of a generated endpoint function."""
    module = getattr(endpoint, "__module__", "") or ""
    try:
        return BY_MODULE[module]
    except KeyError:
        raise ConfigurationError(
            f"{module or endpoint!r} is not an operation of the spec"
        ) from None


class Invoker:
    """Runs generated endpoint functions through the choke point (sync).

    Args:
        http: the httpx client.
        public_only: the client holds only the public token: operations the spec does not
            open to it are refused before sending.
    """

    def __init__(
        self,
        http: httpx.Client,
        *,
        public_only: bool = False,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> None:
        self.http = http
        self.public_only = public_only
        self._public_only = public_only
        self.timeout = timeout  # defaults of client.with_options(); a call's own win
        self.max_retries = max_retries

    def call(
        self,
        endpoint: Callable[..., Response[Any]],
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: bool | None = None,
        body_factory: BodyFactory | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Call ``endpoint`` (a generated ``sync_detailed``) and return its parsed model.

        Args:
            retry: override the operation's ``x-retry-safe`` for this call.

        Raises:
            APIStatusError: (a subclass per status) for an error response.
            ResponseValidationError: for a success body that does not match the spec.
            APIConnectionError, APITimeoutError: when no response arrived.
        """
        return self._call(
            endpoint, timeout, retry, body_factory, extra_headers, extra_query, kwargs
        )[0]

    def _call(
        self,
        endpoint: Callable[..., Response[Any]],
        timeout: httpx.Timeout | float | None,
        retry: bool | None,
        body_factory: BodyFactory | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        kwargs: dict[str, Any],
        extra_body: Mapping[str, Any] | None = None,
    ) -> tuple[Any, httpx.Response]:
        op = operation_of(endpoint)
        _check_public(self._public_only, op)
        check_call_timeout(timeout)
        if op.body_model is not None and "body" in kwargs:
            check_body(op, kwargs["body"])
        retry = op.retry_safe if retry is None else retry
        options = _CallOptions(
            self.timeout if timeout is None else timeout,
            retry,
            body_factory,
            extra_headers,
            extra_query,
            extra_body,
            self.max_retries,
        )
        shim = _SyncShim(self.http, options)
        try:
            response = endpoint(client=cast(Any, shim), **kwargs)
        except (generated_errors.InvalidResponseBody, httpx.RequestError) as exc:
            raise _translate(exc, options) from exc
        assert options.last_response is not None  # the shim records every response
        return unwrap(
            response, options.last_response, op.conflict, any_body=not op.response_model
        ), options.last_response

    def run(self, call: Call, timeout: httpx.Timeout | float | None = None) -> Any:
        """Run a prepared :class:`Call` (its module's ``sync_detailed``)."""
        return self.run_raw(call, timeout)[0]

    def run_raw(
        self, call: Call, timeout: httpx.Timeout | float | None = None
    ) -> tuple[Any, httpx.Response]:
        """Run a prepared :class:`Call`; its parsed model and the HTTP response."""
        return self._call(
            call.endpoint.sync_detailed,
            timeout if timeout is not None else call.timeout,
            None,
            call.body_factory,
            call.extra_headers,
            call.extra_query,
            call.kwargs,
            call.extra_body,
        )


class AsyncInvoker:
    """Runs generated endpoint functions through the choke point (async)."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        public_only: bool = False,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
    ) -> None:
        self.http = http
        self.public_only = public_only
        self._public_only = public_only
        self.timeout = timeout  # defaults of client.with_options(); a call's own win
        self.max_retries = max_retries

    async def call(
        self,
        endpoint: Callable[..., Any],
        *,
        timeout: httpx.Timeout | float | None = None,
        retry: bool | None = None,
        body_factory: BodyFactory | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        **kwargs: Any,
    ) -> Any:
        """Await ``endpoint`` (a generated ``asyncio_detailed``); see :meth:`Invoker.call`."""
        result = await self._call(
            endpoint, timeout, retry, body_factory, extra_headers, extra_query, kwargs
        )
        return result[0]

    async def _call(
        self,
        endpoint: Callable[..., Any],
        timeout: httpx.Timeout | float | None,
        retry: bool | None,
        body_factory: BodyFactory | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
        kwargs: dict[str, Any],
        extra_body: Mapping[str, Any] | None = None,
    ) -> tuple[Any, httpx.Response]:
        op = operation_of(endpoint)
        _check_public(self._public_only, op)
        check_call_timeout(timeout)
        if op.body_model is not None and "body" in kwargs:
            check_body(op, kwargs["body"])
        retry = op.retry_safe if retry is None else retry
        options = _CallOptions(
            self.timeout if timeout is None else timeout,
            retry,
            body_factory,
            extra_headers,
            extra_query,
            extra_body,
            self.max_retries,
        )
        shim = _AsyncShim(self.http, options)
        try:
            response = await endpoint(client=cast(Any, shim), **kwargs)
        except (generated_errors.InvalidResponseBody, httpx.RequestError) as exc:
            raise _translate(exc, options) from exc
        assert options.last_response is not None  # the shim records every response
        return unwrap(
            response, options.last_response, op.conflict, any_body=not op.response_model
        ), options.last_response

    async def run(self, call: Call, timeout: httpx.Timeout | float | None = None) -> Any:
        """Run a prepared :class:`Call` (its module's ``asyncio_detailed``)."""
        return (await self.run_raw(call, timeout))[0]

    async def run_raw(
        self, call: Call, timeout: httpx.Timeout | float | None = None
    ) -> tuple[Any, httpx.Response]:
        """Run a prepared :class:`Call`; its parsed model and the HTTP response."""
        return await self._call(
            call.endpoint.asyncio_detailed,
            timeout if timeout is not None else call.timeout,
            None,
            call.body_factory,
            call.extra_headers,
            call.extra_query,
            call.kwargs,
            call.extra_body,
        )


def _check_public(public_only: bool, op: Operation) -> None:
    if public_only and not op.public:
        allowed = sorted(o.module.rsplit(".", 1)[-1] for o in OPERATIONS.values() if o.public)
        name = op.module.rsplit(".", 1)[-1]
        raise ConfigurationError(
            f"{name} needs credentials; this client uses the public token "
            f"(allowed: {', '.join(allowed)})"
        )
