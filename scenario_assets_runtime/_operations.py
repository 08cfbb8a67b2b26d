"""The records of the generated operation table and the protocols of the generated operation
classes (``scenario_assets_api._operations`` and ``scenario_assets_api.operations``).

``tools/gen_operations.py`` builds these records from the spec and the generated table is made
of them, so both sides share one definition. The table is read by the client's retry layer
(``retry_safe``), auth check (``public``), error mapping (``conflict``), pager (``pagination``)
and argument checks (``params``, ``rules``).
"""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, Protocol, TypeAlias, TypeVar

if TYPE_CHECKING:
    # Only annotations name httpx: the operation table loads without it (a fast start).
    import httpx

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Location = Literal["path", "query", "body"]
RuleKind = Literal["exclusive", "requires", "disjoint"]


@dataclass(frozen=True)
class Pagination:
    """Where an operation's page token and items are (Python names; ``x-pagination``)."""

    request: str
    """The request parameter that carries the token (the endpoint function's keyword)."""
    response: str
    """The response attribute with the next token (empty or absent at the end)."""
    items: str
    """The response attribute listing the page's items."""


@dataclass(frozen=True)
class Poll:
    """How a job's status reads (``x-poll``): which values end it, and how."""

    status: str
    """The response attribute with the job's status."""
    ready: tuple[str, ...]
    """Statuses of a job that finished with its result."""
    failed: tuple[str, ...]
    """Statuses of a job that ended without one."""
    pending: tuple[str, ...]
    """The other statuses the spec lists: the job is on its way."""


@dataclass(frozen=True)
class Param:
    """A path or query parameter, or a field of the JSON body."""

    name: str
    """As the API names it."""
    python: str
    """The client method's keyword."""
    arg: str
    """The generated endpoint function's keyword (empty for body fields)."""
    location: Location
    required: bool
    schema: Mapping[str, Any] = field(hash=False)
    """The rules checked before sending (a JSON Schema subset; enums carry ``x-enum-class``)."""
    deprecated: bool = False
    """The spec marks it ``deprecated: true``: still sent, with a ``DeprecationWarning``."""
    client_option: str | None = None
    """The client-wide option that can supply it (``x-client-option``), e.g. ``project_id``:
    set once on the client, sent by every operation that declares the parameter."""


@dataclass(frozen=True)
class Rule:
    """A rule between parameters (``x-rules``), by client keyword."""

    kind: RuleKind
    """``exclusive`` (not together), ``requires`` (only with ``equals`` set) or ``disjoint``
    (lists that share no value)."""
    params: tuple[str, ...]
    equals: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Operation:
    """One operation of the spec."""

    operation_id: str
    module: str
    """The generated endpoint module, ``scenario_assets_api.api.<tag>.<name>``."""
    tag: str
    method: str
    path: str
    method_name: str
    """The client method name (``x-method-name``, else the module name)."""
    retry_safe: bool
    """Whether a 408, a 5xx or a lost response may be retried (``x-retry-safe``)."""
    public: bool
    """Whether the public token may call it (``publicAuthToken`` in its security)."""
    conflict: str | None
    """What a 409 means (``x-conflict``): ``"lock"`` for a canvas lock conflict."""
    pagination: Pagination | None
    params: tuple[Param, ...] = ()
    body_model: str | None = None
    """The request body's model class in ``scenario_assets_api.models``."""
    response_model: str = ""
    """The 200 response's model class (empty: a body of any shape)."""
    unwrap: str | None = None
    """The response attribute the client method returns (``x-unwrap``)."""
    rules: tuple[Rule, ...] = ()
    deprecated: bool = False
    """The spec marks the operation ``deprecated: true``."""
    poll: Poll | None = None
    """For a job's status operation: what its statuses mean (``x-poll``)."""

    @property
    def client_options(self) -> dict[str, Param]:
        """The parameters a client-wide option can supply, by option name."""
        return {p.client_option: p for p in self.params if p.client_option}


def warn_deprecated(op: Operation, args: Mapping[str, Any]) -> None:
    """Warn (``DeprecationWarning``) when a caller uses what the spec marks ``deprecated``: the
    operation itself, or a parameter given a value (by wire name in ``args``)."""
    if op.deprecated:
        warnings.warn(
            f"{op.method_name}() is deprecated by the API", DeprecationWarning, stacklevel=3
        )
    for param in op.params:
        if param.deprecated and args.get(param.name) is not None:
            warnings.warn(
                f"{op.method_name}(): parameter {param.python!r} is deprecated by the API",
                DeprecationWarning,
                stacklevel=3,
            )


Timeout: TypeAlias = "httpx.Timeout | float | None"
"""A per-call timeout: seconds, an ``httpx.Timeout``, or None for the client's default."""


@dataclass(frozen=True)
class CallOptions:
    """Per-call options: a timeout, and extra headers, query parameters or body fields the spec
    does not describe yet (sent as given, after the described ones)."""

    timeout: Timeout = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, Any] | None = None
    extra_body: Mapping[str, Any] | None = None


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A successful call's HTTP response, with its whole parsed body."""

    parsed: T
    http: httpx.Response

    @property
    def status_code(self) -> int:
        """The HTTP status."""
        return self.http.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http.headers

    @property
    def request_id(self) -> str | None:
        """The server's request id, for support requests."""
        headers = self.http.headers
        value: str | None = headers.get("x-request-id") or headers.get("x-amzn-requestid")
        return value


class PageOf(Protocol[T_co]):
    """One page of a listing: its items and the next page's token (None on the last page)."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def next_token(self) -> str | None: ...


class Paginator(Protocol[T]):
    """Items of every page (``for``), or the pages themselves (``.pages()``)."""

    def __iter__(self) -> Iterator[T]: ...

    def pages(self) -> Iterator[PageOf[T]]: ...

    def to_list(self) -> list[T]: ...


class AsyncPaginator(Protocol[T]):
    """The async twin of :class:`Paginator` (``async for``)."""

    def __aiter__(self) -> AsyncIterator[T]: ...

    def pages(self) -> AsyncIterator[PageOf[T]]: ...

    async def to_list(self) -> list[T]: ...


class Runner(Protocol):
    """What the client provides: checks, the request, the parsed (or unwrapped) result."""

    def call(self, op: Operation, args: dict[str, Any], options: CallOptions) -> Any: ...

    def call_raw(
        self, op: Operation, args: dict[str, Any], options: CallOptions
    ) -> RawResponse[Any]: ...

    def paginate(
        self, op: Operation, args: dict[str, Any], options: CallOptions, limit: int | None
    ) -> Any: ...


class AsyncRunner(Protocol):
    """The async twin of :class:`Runner`."""

    async def call(self, op: Operation, args: dict[str, Any], options: CallOptions) -> Any: ...

    async def call_raw(
        self, op: Operation, args: dict[str, Any], options: CallOptions
    ) -> RawResponse[Any]: ...

    def paginate(
        self, op: Operation, args: dict[str, Any], options: CallOptions, limit: int | None
    ) -> Any: ...
