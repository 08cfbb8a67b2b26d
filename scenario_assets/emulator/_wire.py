"""Wire basics shared by the emulator's state and its spec reader: error answers and dates."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any

__all__ = ["ApiError", "format_date", "parse_date"]


class ApiError(Exception):
    """An error answered as ``{"message", "statusCode", "error"}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers: dict[str, str] = headers or {}

    def body(self) -> dict[str, Any]:
        return {
            "message": self.message,
            "statusCode": self.status,
            "error": HTTPStatus(self.status).phrase,
        }


def format_date(dt: datetime) -> str:
    """ISO-8601 UTC with milliseconds and ``Z`` (``2023-02-03T11:19:41.579Z``)."""
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


_ISO_RE = re.compile(
    r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?)?(Z|[+-]\d{2}:?\d{2})?$"
)


def parse_date(value: str) -> datetime:
    """Parse an ISO-8601 date (naive values are UTC). Raises ValueError."""
    if not isinstance(value, str) or not _ISO_RE.match(value.strip()):
        raise ValueError(f"not an ISO-8601 date: {value!r}")
    text = value.strip()
    frac = re.search(r"\.(\d+)", text)
    if frac and len(frac.group(1)) > 6:  # Python accepts at most microseconds
        text = text.replace(frac.group(0), "." + frac.group(1)[:6], 1)
    dt = datetime.fromisoformat(text)
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)
