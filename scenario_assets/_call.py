"""What one API request is before it is sent: a :class:`Call`, checked, with its options.

A :class:`Call` names a generated endpoint module and its arguments (or, for
``client.request``, a method and a path the spec does not describe). The invoker
(:mod:`scenario_assets._async._invoker`, and its generated sync twin) runs it; this module holds
what both flavours share: the checks made before sending, how a call's options become httpx
request arguments (:meth:`SendOptions.request_kwargs`, where a streamed upload body replaces the
generated JSON body: :func:`stream_body`), and how a response becomes a parsed model or an error
(:func:`unwrap`, :func:`translate`).

What the invoker knows about an operation comes from the generated operation table
(``scenario_assets_api._operations``, the spec's ``x-`` extensions): whether it is safe to retry,
whether the public token may call it, and what its 409 means.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
from collections.abc import AsyncIterable, Callable, Iterator, Mapping
from types import ModuleType
from typing import Any, Protocol

import attrs
import httpx
from scenario_assets_api import errors as generated_errors
from scenario_assets_api._operations import BY_MODULE, OPERATIONS, Operation
from scenario_assets_api.types import Response

from ._error_mapping import _make_status_error, connection_error, response_validation_error
from ._retry import (
    DEADLINE_EXTENSION,
    MAX_RETRIES_EXTENSION,
    READ_BODY_EXTENSION,
    RETRY_EXTENSION,
    Deadline,
)
from ._validation import check, positive_number
from .errors import ConfigurationError, ScenarioError

DEFAULT_BASE_URL = "https://api.cloud.scenario.com/v1"
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)

Timeout = httpx.Timeout | float | None

_DEADLINE: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "scenario_assets_deadline", default=None
)


@contextlib.contextmanager
def deadline(at: Deadline) -> Iterator[Deadline]:
    """Calls run inside this block carry ``at``: each attempt's timeouts are cut to the time
    left and no retry starts that could not end before it (a context variable: it follows the
    thread or task that set it)."""
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


@attrs.frozen
class Call:
    """One prepared API request, built (and checked) the same way by the sync and async code.

    Attributes:
        endpoint: the generated endpoint module (its ``sync_detailed``/``asyncio_detailed`` is
            run), or None for a request the spec does not describe (``client.request``): then
            ``kwargs`` are httpx request arguments (``method``, ``url``, ``params``...).
        kwargs: the endpoint's keyword arguments.
        body_factory: streams the request body instead of the generated JSON (uploads); see
            :func:`stream_body`.
        timeout: the call's own timeout (a ``timeout=`` given to the invoker wins).
        retry: whether the request may be repeated after it was sent; None: the operation's
            ``x-retry-safe``.
    """

    endpoint: ModuleType | None
    kwargs: dict[str, Any]
    body_factory: BodyFactory | None = None
    timeout: Timeout = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None
    retry: bool | None = None

    def replace(self, **kwargs: Any) -> Call:
        """The same call with some endpoint arguments changed (a page token)."""
        return attrs.evolve(self, kwargs={**self.kwargs, **kwargs})

    @property
    def operation(self) -> Operation | None:
        """The operation's entry in the generated table (None for an undescribed request)."""
        if self.endpoint is None:
            return None
        return operation_of(self.endpoint)


def stream_body(kwargs: dict[str, Any], factory: BodyFactory, *, is_async: bool) -> dict[str, Any]:
    """The upload hook: swap the generated JSON body for a streamed one.

    The generated endpoint builds ``json=body.to_dict()`` without the file's field (its helper
    leaves the field out, so no base64 copy of the file is made in memory); here those fields go
    to ``factory``, which streams them with the file's base64 encoded on the fly, and the JSON
    body is dropped. Used only by calls that carry a ``body_factory`` (``upload_file`` and the
    helpers built on it).
    """
    fields = kwargs.pop("json", None) or {}
    body = factory(fields)
    kwargs["content"] = body.async_content() if is_async else body
    kwargs["headers"] = {**kwargs.get("headers", {}), **body.headers()}
    return kwargs


class SendOptions:
    """How one call's request is sent: its timeout, retry safety, extras and streamed body.

    The invoker's shim hands every request of the call through :meth:`request_kwargs`, and
    records the last response (the generated code keeps only the parsed model).
    """

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

    def __init__(self, call: Call, timeout: Timeout, retry: bool, max_retries: int | None) -> None:
        self.max_retries = max_retries
        self.timeout = timeout
        self.retry = retry
        self.body_factory = call.body_factory
        self.extra_headers = call.extra_headers
        self.extra_query = call.extra_query
        self.extra_body = call.extra_body
        self.last_response: httpx.Response | None = None

    def request_kwargs(self, kwargs: dict[str, Any], *, is_async: bool) -> dict[str, Any]:
        """The httpx request arguments: the generated (or given) ones with this call's options."""
        if self.timeout is not None:
            kwargs["timeout"] = self.timeout
        # API bodies are small and parsed whole: read them inside the retry loop, so a body cut
        # off mid-way is a read error the retry policy sees.
        extensions: dict[str, Any] = {READ_BODY_EXTENSION: True, RETRY_EXTENSION: self.retry}
        current = _DEADLINE.get()
        if current is not None:
            extensions[DEADLINE_EXTENSION] = current
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
            kwargs = stream_body(kwargs, self.body_factory, is_async=is_async)
        return kwargs


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
    positive_number(value, "timeout", "a positive number of seconds or an httpx.Timeout")


def operation_of(endpoint: object) -> Operation:
    """The table entry of a generated endpoint module or function."""
    module = getattr(endpoint, "__name__", "") if isinstance(endpoint, ModuleType) else ""
    module = module or getattr(endpoint, "__module__", "") or ""
    try:
        return BY_MODULE[module]
    except KeyError:
        raise ConfigurationError(
            f"{module or endpoint!r} is not an operation of the spec"
        ) from None


def check_public(public_only: bool, op: Operation) -> None:
    """Refuse, before sending, an operation the spec does not open to the public token."""
    if public_only and not op.public:
        allowed = sorted(o.module.rsplit(".", 1)[-1] for o in OPERATIONS.values() if o.public)
        name = op.module.rsplit(".", 1)[-1]
        raise ConfigurationError(
            f"{name} needs credentials; this client uses the public token "
            f"(allowed: {', '.join(allowed)})"
        )


def begin(
    call: Call,
    timeout: Timeout,
    *,
    public_only: bool,
    default_timeout: Timeout,
    max_retries: int | None,
) -> SendOptions:
    """Every check of a call before its first byte is sent, and its options."""
    timeout = timeout if timeout is not None else call.timeout
    check_call_timeout(timeout)
    op = call.operation
    if op is None:
        retry = bool(call.retry)
    else:
        check_public(public_only, op)
        if op.body_model is not None and "body" in call.kwargs:
            check_body(op, call.kwargs["body"])
        retry = op.retry_safe if call.retry is None else call.retry
    return SendOptions(call, default_timeout if timeout is None else timeout, retry, max_retries)


def unwrap(call: Call, response: Response[Any] | None, last: httpx.Response) -> Any:
    """The parsed success model of a generated response (the response itself for an
    undescribed request), or the mapped error.

    A success status the spec does not document for the operation (a 201 or 204 where 200
    is expected) has no parsed model: that is a :class:`ResponseValidationError`, not a None
    that would fail later as an ``AttributeError``. An operation whose success body the spec
    leaves open (no response model, like ``DELETE /assets``) succeeds whatever the body,
    ``None`` included.
    """
    op = call.operation
    if not 200 <= last.status_code < 300:
        raise _make_status_error(last, op.conflict if op is not None else None)
    if op is None or response is None:
        return last
    if response.parsed is None and op.response_model:
        raise response_validation_error(
            last,
            f"undocumented success status {last.status_code}",
            field_path="",
            body=last.content,
            status_code=last.status_code,
        )
    return response.parsed


_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}


def _top_level_shape(content: bytes) -> str | None:
    """What is wrong with a body that is JSON but not an object (every response model of the
    spec is one), instead of the parser's ``'list' object has no attribute ...``."""
    try:
        data = json.loads(content)
    except ValueError:
        return None
    if isinstance(data, dict):
        return None
    kind = _JSON_TYPES.get(type(data), "number")
    return f"expected a JSON object at the top level of the body, got {kind}"


def translate(exc: Exception, options: SendOptions) -> ScenarioError:
    """A generated or httpx exception as this package's error (with method and path)."""
    if isinstance(exc, generated_errors.InvalidResponseBody):
        cause = exc.cause
        field = cause if isinstance(cause, generated_errors.ResponseFieldError) else None
        return response_validation_error(
            options.last_response,
            cause if field else (_top_level_shape(exc.content) or cause),
            field_path=field.dotted_path if field else "",
            body=exc.content,
            status_code=exc.status_code,
        )
    assert isinstance(exc, httpx.RequestError)
    return connection_error(exc)


#: What a run may raise that :func:`translate` turns into this package's errors.
TRANSLATED = (generated_errors.InvalidResponseBody, httpx.RequestError)
