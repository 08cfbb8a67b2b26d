"""scenario-assets: a typed client for Scenario's Assets API.

The models and endpoint functions are generated from ``openapi/scenario-assets.yaml`` into
the ``scenario_assets_api`` package; this package is the small handwritten layer on top:
construction and auth, errors, retries, pagination and workflow helpers.

Example:
    >>> from scenario_assets import Client
    >>> with Client() as client:  # SCENARIO_SDK_API_KEY / SCENARIO_SDK_API_SECRET
    ...     asset = client.assets.retrieve("asset_GTrL3mq4SXWyMxkOHRxlpw")

Importing the package is cheap: each name below is loaded from its module on first use
(module ``__getattr__``), so ``import scenario_assets`` loads neither httpx nor the 73 generated
models; type checkers read the same names from the ``TYPE_CHECKING`` imports.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._deprecated import warn_once as _warn_once
from ._version import __version__

if TYPE_CHECKING:
    from scenario_assets_api._stamp import SPEC_SHA256
    from scenario_assets_api.operations import RawResponse
    from scenario_assets_api.types import UNSET, Unset

    from . import models
    from ._client import AsyncClient, Client
    from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
    from .assets import Assets, AsyncAssets, BulkResult, SyncReport
    from .downloads import AsyncBatchJob, AsyncDownloads, BatchJob, Downloads
    from .errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        DownloadError,
        DownloadJobFailedError,
        IntegrityError,
        InternalServerError,
        LockConflictError,
        LockRenewTimeoutError,
        NotFoundError,
        PermissionDeniedError,
        PollTimeoutError,
        RateLimitError,
        ResponseValidationError,
        ScenarioError,
        SyncError,
        SyncLockedError,
        SyncStateError,
        UnprocessableEntityError,
        ValidationError,
    )
    from .locks import AsyncLockSession, LockSession
    from .pagination import AsyncPager, Page, Pager
    from .uploads import UploadOutcome

# Where each public name lives (relative to this package, or the generated one), loaded on first
# access; tests/test_exports.py checks it against the TYPE_CHECKING imports above.
_LAZY: dict[str, str] = {
    "SPEC_SHA256": "scenario_assets_api._stamp",
    "RawResponse": "scenario_assets_api.operations",
    "UNSET": "scenario_assets_api.types",
    "Unset": "scenario_assets_api.types",
    "AsyncClient": "._client",
    "Client": "._client",
    "AsyncRetryTransport": "._retry",
    "RetryPolicy": "._retry",
    "RetryTransport": "._retry",
    "Assets": ".assets",
    "AsyncAssets": ".assets",
    "BulkResult": ".assets",
    "SyncReport": ".assets",
    "AsyncBatchJob": ".downloads",
    "AsyncDownloads": ".downloads",
    "BatchJob": ".downloads",
    "Downloads": ".downloads",
    "APIConnectionError": ".errors",
    "APIStatusError": ".errors",
    "APITimeoutError": ".errors",
    "AuthenticationError": ".errors",
    "BadRequestError": ".errors",
    "ConfigurationError": ".errors",
    "ConflictError": ".errors",
    "DownloadError": ".errors",
    "DownloadJobFailedError": ".errors",
    "IntegrityError": ".errors",
    "InternalServerError": ".errors",
    "LockConflictError": ".errors",
    "LockRenewTimeoutError": ".errors",
    "NotFoundError": ".errors",
    "PermissionDeniedError": ".errors",
    "PollTimeoutError": ".errors",
    "RateLimitError": ".errors",
    "ResponseValidationError": ".errors",
    "ScenarioError": ".errors",
    "SyncError": ".errors",
    "SyncLockedError": ".errors",
    "SyncStateError": ".errors",
    "UnprocessableEntityError": ".errors",
    "ValidationError": ".errors",
    "AsyncLockSession": ".locks",
    "LockSession": ".locks",
    "AsyncPager": ".pagination",
    "Page": ".pagination",
    "Pager": ".pagination",
    "UploadOutcome": ".uploads",
    "models": ".models",
}

__all__ = [
    "SPEC_SHA256",
    "UNSET",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "Assets",
    "AsyncAssets",
    "AsyncBatchJob",
    "AsyncClient",
    "AsyncDownloads",
    "AsyncLockSession",
    "AsyncPager",
    "AsyncRetryTransport",
    "AuthenticationError",
    "BadRequestError",
    "BatchJob",
    "BulkResult",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "DownloadError",
    "DownloadJobFailedError",
    "Downloads",
    "IntegrityError",
    "InternalServerError",
    "LockConflictError",
    "LockRenewTimeoutError",
    "LockSession",
    "NotFoundError",
    "Page",
    "Pager",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "ScenarioError",
    "SyncError",
    "SyncLockedError",
    "SyncReport",
    "SyncStateError",
    "UnprocessableEntityError",
    "Unset",
    "UploadOutcome",
    "ValidationError",
    "__version__",
    "models",
]


# Old names: they still work, and say what to use instead the first time they are used.
_DEPRECATED: dict[str, str] = {
    "AsyncPaginator": "AsyncPager",
    "DownloadJobFailed": "DownloadJobFailedError",
    "LockRenewTimeout": "LockRenewTimeoutError",
    "Paginator": "Pager",
    "PollTimeout": "PollTimeoutError",
}


def __getattr__(name: str) -> Any:
    """Load a public name from its module the first time it is used; an old name warns once."""
    if name in _DEPRECATED:
        new = _DEPRECATED[name]
        _warn_once(f"{__name__}.{name}", new)
        return globals()[new] if new in globals() else _load(new)
    return _load(name)


def _load(name: str) -> Any:
    try:
        module_name = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    module = importlib.import_module(module_name, __name__)
    value = module if name == "models" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
