"""Input checks that run before any request is sent; each failure is a ``ValidationError``."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TypeVar

from dateutil.parser import isoparse

from .errors import ValidationError

E = TypeVar("E", bound=StrEnum)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}")

SORT_BY = ("createdAt", "updatedAt")
SORT_DIRECTION = ("asc", "desc")
PRIVACY = ("private", "public", "unlisted")


def resource_id(value: object, name: str = "asset_id") -> str:
    """A non-empty id without slashes, spaces or other characters that would change the URL."""
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ValidationError(f"{name} must be a non-empty id like 'asset_abc123', got {value!r}")
    return value


def id_list(values: object, name: str = "asset_ids", *, allow_empty: bool = False) -> list[str]:
    """A list of valid ids (a bare string is refused: it is almost always a mistake)."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(f"{name} must be a list of ids, got {type(values).__name__}")
    ids = [resource_id(v, f"{name} item") for v in values]
    if not ids and not allow_empty:
        raise ValidationError(f"{name} must not be empty")
    return ids


def int_range(value: object, name: str, low: int, high: int) -> int:
    """An int (not a bool) in [low, high]."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{name} must be an integer from {low} to {high}, got {value!r}")
    return value


def choice(value: object, name: str, allowed: tuple[str, ...]) -> str:
    """One of a fixed set of strings."""
    if not isinstance(value, str) or value not in allowed:
        raise ValidationError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")
    return value


def enum_member(value: object, enum: type[E], name: str) -> E:
    """An enum member from a member or its string value.

    Strings must be values the spec knows (a typo fails here, with suggestions). To send a
    value the API added after this client was generated, pass ``EnumClass("new-value")``.
    """
    if isinstance(value, enum):
        return value
    if isinstance(value, str) and value in enum._value2member_map_:
        return enum(value)
    known = [str(m.value) for m in enum]
    hint = difflib.get_close_matches(str(value), known, n=3)
    suggestion = f" (did you mean {', '.join(map(repr, hint))}?)" if hint else ""
    raise ValidationError(f"{name}: {value!r} is not a known {enum.__name__}{suggestion}")


def iso_datetime(value: object, name: str) -> str:
    """An ISO-8601 UTC string (``2024-05-01T12:00:00.000Z``) from a datetime or a string.

    Naive datetimes (and strings without an offset) are refused: the API compares instants,
    and guessing a time zone silently shifts every filter.
    """
    if isinstance(value, str):
        try:
            parsed = isoparse(value)
        except (ValueError, OverflowError) as exc:
            raise ValidationError(f"{name}: {value!r} is not an ISO-8601 date-time") from exc
        value = parsed
    if isinstance(value, date) and not isinstance(value, datetime):
        raise ValidationError(f"{name}: give a timezone-aware datetime, not a date ({value!r})")
    if not isinstance(value, datetime):
        raise ValidationError(f"{name} must be a timezone-aware datetime or an ISO string")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(
            f"{name}: {value!r} has no time zone; pass an aware datetime "
            "(e.g. datetime.now(timezone.utc)) or a string with an offset"
        )
    try:
        text = value.astimezone(UTC).isoformat(timespec="milliseconds")
    except (OverflowError, ValueError) as exc:
        raise ValidationError(f"{name}: {value!r} is out of range") from exc
    return text.replace("+00:00", "Z")


def boolean(value: object, name: str) -> bool:
    """A real bool (``"no"`` or ``0`` would otherwise reach the API as something else)."""
    if not isinstance(value, bool):
        raise ValidationError(f"{name} must be True or False, got {value!r}")
    return value


def tag_list(values: object, name: str = "tags") -> list[str]:
    """Tags: non-empty strings without commas (the API joins and splits on commas)."""
    tags = string_list(values, name)
    for tag in tags:
        if "," in tag or not tag.strip():
            raise ValidationError(f"{name}: {tag!r} is not a valid tag (empty or has a comma)")
    return tags


def string_list(values: object, name: str) -> list[str]:
    """A list of non-empty strings (a bare string is refused)."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(f"{name} must be a list of strings")
    out = list(values)
    if not all(isinstance(v, str) and v for v in out):
        raise ValidationError(f"{name} must contain only non-empty strings")
    return out
