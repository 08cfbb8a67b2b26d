"""scenario-assets: a typed client for Scenario's Assets API.

The models and endpoint functions are generated from ``openapi/scenario-assets.yaml`` into
the ``scenario_assets_api`` package; this package is the small handwritten layer on top:
construction and auth, errors, retries, pagination and workflow helpers.

Example:
    >>> from scenario_assets import Client
    >>> with Client() as client:  # SCENARIO_SDK_API_KEY / SCENARIO_SDK_API_SECRET
    ...     asset = client.assets.retrieve("asset_GTrL3mq4SXWyMxkOHRxlpw")
"""

from scenario_assets_api import models
from scenario_assets_api._stamp import SPEC_SHA256
from scenario_assets_api.operations import RawResponse
from scenario_assets_api.types import UNSET, Unset

from ._client import AsyncClient, Client
from ._deprecated import module_getattr as _module_getattr
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from ._version import __version__
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
__getattr__ = _module_getattr(
    __name__,
    {
        "AsyncPaginator": ("AsyncPager", AsyncPager),
        "DownloadJobFailed": ("DownloadJobFailedError", DownloadJobFailedError),
        "LockRenewTimeout": ("LockRenewTimeoutError", LockRenewTimeoutError),
        "Paginator": ("Pager", Pager),
        "PollTimeout": ("PollTimeoutError", PollTimeoutError),
    },
)
