"""From an HTTP outcome to an exception of :mod:`scenario_assets.errors`.

Every failure that leaves the client passes through one of three functions here, whatever path
it took to the network (an operation, ``client.request``, a storage transfer):

* :func:`_make_status_error` -- an error response as the :class:`APIStatusError` of its status
  (a 409 on a canvas lock as :class:`LockConflictError`, with the holder's expiry);
* :func:`connection_error` -- no response at all (refused, reset, timed out);
* :func:`response_validation_error` -- a success body that does not match the spec.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from ._retry import UNSENT_EXTENSION, parse_retry_after
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    LockConflictError,
    ResponseValidationError,
    status_error_class,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?")


def _message(body: bytes) -> tuple[str | None, dict[str, Any]]:
    """The server's message in an error body (JSON ``message``/``error``/``detail``, or text)."""
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


def _make_status_error(response: httpx.Response, conflict: str | None = None) -> APIStatusError:
    """The :class:`APIStatusError` subclass for an error response (its body already read).

    Args:
        response: a response with a status of 300 or more.
        conflict: what a 409 means for the operation (its ``x-conflict``): ``"lock"`` gives
            :class:`LockConflictError`, with the holder's expiry when the API gives it.
    """
    status = response.status_code
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
        return LockConflictError(lock_expires_at=expires, **common)
    return status_error_class(status)(**common)


def raise_for_status(response: httpx.Response, conflict: str | None = None) -> None:
    """Raise :func:`_make_status_error` for an error response (no-op for 2xx)."""
    if not 200 <= response.status_code < 300:
        raise _make_status_error(response, conflict)


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


def response_validation_error(
    response: httpx.Response | None,
    problem: object,
    *,
    field_path: str,
    body: bytes,
    status_code: int,
) -> ResponseValidationError:
    """A success body that does not match the spec, naming the request and the field."""
    method = response.request.method if response is not None else "?"
    path = response.request.url.path if response is not None else "?"
    return ResponseValidationError(
        f"{method} {path}: {problem}",
        field_path=field_path,
        body=body,
        status_code=status_code,
        method=method,
        url_path=path,
    )
