"""Runtime support of the generated ``scenario_assets_api`` package, in checked code.

The generated package is rendered from templates that stay thin: its ``types`` and ``errors``
modules, the helpers every model's ``from_dict`` and ``__repr__`` call, the records of its
operation table and the protocols of its operation classes are defined here, where ruff and
``mypy --strict`` read them, and imported (or re-exported) by the generated modules. The spec
reader shared by the generator, its tools and the tests lives here too (``resolve``).
"""

from ._errors import InvalidResponseBody, ResponseFieldError, UnexpectedStatus
from ._models import FieldKind
from ._operations import (
    AsyncPaginator,
    AsyncRunner,
    CallOptions,
    Operation,
    Pagination,
    Paginator,
    Param,
    Poll,
    RawResponse,
    Rule,
    Runner,
)
from ._spec import SpecReferenceError, deref, operations, parameters, resolve
from ._types import UNSET, File, Response, Unset

__all__ = [
    "UNSET",
    "AsyncPaginator",
    "AsyncRunner",
    "CallOptions",
    "FieldKind",
    "File",
    "InvalidResponseBody",
    "Operation",
    "Pagination",
    "Paginator",
    "Param",
    "Poll",
    "RawResponse",
    "Response",
    "ResponseFieldError",
    "Rule",
    "Runner",
    "SpecReferenceError",
    "UnexpectedStatus",
    "Unset",
    "deref",
    "operations",
    "parameters",
    "resolve",
]
