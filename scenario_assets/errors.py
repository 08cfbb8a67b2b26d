"""The exceptions this client raises: one tree with one root.

::

    ScenarioError
    ├── ConfigurationError              bad client set-up (e.g. no credentials); at construction
    ├── ValidationError (ValueError)    bad input, refused before any request is sent
    ├── APIConnectionError              the request did not get an HTTP response
    │   └── APITimeoutError             ... because a timeout expired
    ├── APIStatusError                  the API answered with an error status
    │   ├── BadRequestError             400
    │   ├── AuthenticationError         401
    │   ├── PermissionDeniedError       403
    │   ├── NotFoundError               404
    │   ├── ConflictError               409
    │   │   └── LockConflictError       409 on a canvas lock (held by someone else)
    │   ├── UnprocessableEntityError    422
    │   ├── RateLimitError              429
    │   └── InternalServerError         >= 500
    ├── ResponseValidationError         a success body that does not match the spec
    ├── LockRenewTimeoutError           the keep-alive could not renew a lock before it expired
    │     (TimeoutError)
    ├── DownloadError                   a download or download job did not complete
    │   ├── IntegrityError              the bytes received do not match the announced length
    │   ├── DownloadJobFailedError      the batch job ended in failure or was canceled
    │   └── PollTimeoutError            the job did not finish before the deadline
    │         (TimeoutError)
    └── SyncError                       a sync could not go on (disk full, state unusable)
        ├── SyncLockedError             another sync is running in the folder
        └── SyncStateError              the folder's state is unusable or was made otherwise

Every error that comes from a response carries ``status_code``, ``method``, ``path`` (no query
string, so no signed-URL secrets), the server's ``message`` and ``request_id`` when present.
Credentials never appear in messages or reprs.

The names ``DownloadJobFailed``, ``PollTimeout`` and ``LockRenewTimeout`` (before every exception
ended in ``Error``) still work, with a ``DeprecationWarning`` the first time each is used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ._deprecated import module_getattr, warn_once

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DownloadError",
    "DownloadJobFailedError",
    "IntegrityError",
    "InternalServerError",
    "LockConflictError",
    "LockRenewTimeoutError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "ResponseValidationError",
    "ScenarioError",
    "SyncError",
    "SyncLockedError",
    "SyncStateError",
    "UnprocessableEntityError",
    "ValidationError",
]


class ScenarioError(Exception):
    """Root of every exception raised by scenario-assets."""


class ConfigurationError(ScenarioError):
    """The client is set up wrongly (missing credentials, bad base URL, ...)."""


class ValidationError(ScenarioError, ValueError):
    """An argument breaks a documented rule; raised before any request is sent."""


class APIConnectionError(ScenarioError):
    """The request failed without an HTTP response (DNS, refused connection, reset, ...)."""

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """A connect, read, write or pool timeout expired."""


class APIStatusError(ScenarioError):
    """The API answered with an error status.

    Attributes:
        status_code: the HTTP status.
        method: the HTTP method of the request.
        path: the request path, without query string.
        message: the server's explanation, when the body has one.
        request_id: the server's request id (``x-request-id``), when present.
        body: the raw response body (bytes).
        retry_after: seconds to wait, from ``Retry-After``, when present.
    """

    status_code: int = 0

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        path: str,
        message: str | None,
        request_id: str | None,
        body: bytes,
        retry_after: float | None = None,
    ) -> None:
        self.status_code = status_code
        self.method = method
        self.path = path
        self.message = message
        self.request_id = request_id
        self.body = body
        self.retry_after = retry_after
        text = f"{status_code} on {method} {path}"
        if message:
            text += f": {message}"
        if request_id:
            text += f" (request id {request_id})"
        super().__init__(text)

    @property
    def json(self) -> Any:
        """The body parsed as JSON, or None when it is not JSON."""
        try:
            return json.loads(self.body)
        except ValueError:
            return None


class BadRequestError(APIStatusError):
    """400: the API refused the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: missing or invalid credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials do not give access to this resource."""


class NotFoundError(APIStatusError):
    """404: no such asset or job."""


class ConflictError(APIStatusError):
    """409: the resource is in a conflicting state."""


class LockConflictError(ConflictError):
    """409 on a canvas: it is locked by someone else (or the lock id is wrong or expired).

    Attributes:
        lock_expires_at: the holder's lock expiry as an ISO string, when the API says it.
    """

    def __init__(self, *, lock_expires_at: str | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lock_expires_at = lock_expires_at


class UnprocessableEntityError(APIStatusError):
    """422: the request is well-formed but cannot be processed."""


class RateLimitError(APIStatusError):
    """429: rate limited; ``retry_after`` says how long to wait when the API says it."""


class InternalServerError(APIStatusError):
    """5xx: the API failed."""


class ResponseValidationError(ScenarioError):
    """A success response whose body does not match the spec.

    Attributes:
        field_path: JSON path of the offending field (``"asset.metadata.kind"``), when known
            (``""`` for the body as a whole). ``path`` is its deprecated name (on
            :class:`APIStatusError`, ``path`` is the URL path).
        body: the raw response body, kept so nothing is lost.
        status_code: the response's status.
        method: the request's method.
        url_path: the request's path.
    """

    def __init__(
        self,
        message: str,
        *,
        field_path: str = "",
        body: bytes,
        status_code: int,
        method: str,
        url_path: str,
        path: str | None = None,
    ) -> None:
        super().__init__(message)
        self.field_path: str = field_path if path is None else path
        self.body = body
        self.status_code = status_code
        self.method = method
        self.url_path = url_path

    @property
    def path(self) -> str:
        """Deprecated: the JSON field path, now :attr:`field_path`."""
        warn_once("ResponseValidationError.path", "ResponseValidationError.field_path")
        return self.field_path


class LockRenewTimeoutError(ScenarioError, TimeoutError):
    """A lock session's keep-alive could not renew the lock before it expired (the renewal
    hung or kept failing until then): the lock may have lapsed.

    Attributes:
        asset_id: the canvas.
        expires_at: the expiry the renewal had to beat (ISO 8601).
    """

    def __init__(self, message: str, *, asset_id: str = "", expires_at: str = "") -> None:
        super().__init__(message)
        self.asset_id = asset_id
        self.expires_at = expires_at


class DownloadError(ScenarioError):
    """A download, or the job preparing it, did not complete."""


class IntegrityError(DownloadError):
    """The bytes received do not match the announced length."""


class DownloadJobFailedError(DownloadError):
    """The batch download job ended in ``failure`` or ``canceled``.

    Attributes:
        job_id: the job.
        status: its final status.
    """

    def __init__(self, message: str, *, job_id: str = "", status: str = "") -> None:
        super().__init__(message)
        self.job_id = job_id
        self.status = status


class PollTimeoutError(DownloadError, TimeoutError):
    """A job did not reach a terminal status before the deadline.

    Attributes:
        job_id: the job.
        last_status: the last status seen.
    """

    def __init__(self, message: str, *, job_id: str = "", last_status: str | None = None) -> None:
        super().__init__(message)
        self.job_id = job_id
        self.last_status = last_status


class SyncError(ScenarioError):
    """A sync stopped: what is in place stays verified, and the next run goes on from there."""


class SyncLockedError(SyncError):
    """Another sync holds the folder's lock."""


class SyncStateError(SyncError):
    """The folder's state file is unusable (corrupt, foreign) or was made with other filters
    or another layout; nothing in the folder was touched."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an error status (any other 4xx maps to the base class)."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


__getattr__: Callable[[str], object] = module_getattr(
    __name__,
    {
        "DownloadJobFailed": ("DownloadJobFailedError", DownloadJobFailedError),
        "LockRenewTimeout": ("LockRenewTimeoutError", LockRenewTimeoutError),
        "PollTimeout": ("PollTimeoutError", PollTimeoutError),
    },
)
