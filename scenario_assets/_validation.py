"""Input checks that run before any request is sent; each failure is a ``ValidationError``."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sized
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from dateutil.parser import isoparse
from scenario_assets_api import models

from .errors import ValidationError

E = TypeVar("E", bound=StrEnum)

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}")


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


def positive_number(value: object, name: str, what: str = "a positive number") -> float:
    """The one check of a positive number (seconds, backoffs...): a real number above zero,
    not a bool, as a float.

    Raises:
        ValidationError: naming the parameter and the value (``{name} must be {what}, got ...``).
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValidationError(f"{name} must be {what}, got {value!r}")
    return float(value)


def boolean(value: object, name: str) -> bool:
    """A real bool (``"no"`` or ``0`` would otherwise reach the API as something else)."""
    if not isinstance(value, bool):
        raise ValidationError(f"{name} must be True or False, got {value!r}")
    return value


def check_callback(value: object, name: str) -> None:
    """A callback is callable (or None): checked before any request, not after the first."""
    if value is not None and not callable(value):
        raise ValidationError(f"{name} must be a function (or None), got {value!r}")


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


# --------------------------------------------------------------------------------------
# Checks from the spec: a parameter's schema rules, as the generated operation table carries
# them (``Param.schema``: a JSON Schema subset; enums name their generated class).
# --------------------------------------------------------------------------------------


def _count(n: int, what: str) -> str:
    return f"{n} {what}" if n == 1 else f"{n} {what}s"


def _sized(value: Sized, name: str, schema: Mapping[str, Any], unit: str) -> None:
    low, high = schema.get(f"min{unit}"), schema.get(f"max{unit}")
    size = len(value)
    what = {"Items": "item", "Length": "character"}[unit]
    if isinstance(low, int) and size < low:
        raise ValidationError(
            f"{name} must not be empty"
            if low == 1
            else f"{name} needs at least {_count(low, what)}"
        )
    if isinstance(high, int) and size > high:
        raise ValidationError(f"{name}: at most {_count(high, what)}, got {size}")


def check(value: object, schema: Mapping[str, Any], name: str) -> Any:
    """``value`` checked against a parameter's schema rules and converted for the request.

    Enums become their generated members (a string must be a known value; pass
    ``EnumClass("new-value")`` for one the API added since), ``x-date-time`` strings and aware
    datetimes become ISO-8601 UTC strings, ``x-comma-list`` lists are joined with commas, arrays
    become lists, and ranges, lengths and item counts are enforced.

    Raises:
        ValidationError: naming the parameter (``name``) and what is wrong.
    """
    if schema.get("x-date-time"):
        return iso_datetime(value, name)
    if schema.get("x-comma-list"):
        items = value.split(",") if isinstance(value, str) else value
        return ",".join(tag_list(items, name))
    if "x-enum-class" in schema:
        enum = getattr(models, str(schema["x-enum-class"]))
        return enum_member(value, enum, name)
    kind = schema.get("type")
    if kind == "string":
        if not isinstance(value, str):
            raise ValidationError(f"{name} must be a string, got {value!r}")
        if schema.get("format") == "resource-id":
            return resource_id(value, name)
        _sized(value, name, schema, "Length")
        return value
    if kind in ("integer", "number"):
        return _number(value, name, schema, integer=kind == "integer")
    if kind == "boolean":
        return boolean(value, name)
    if kind == "array":
        if isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
            raise ValidationError(f"{name} must be a list, got {type(value).__name__}")
        items = list(value)
        _sized(items, name, schema, "Items")
        item_schema = schema.get("items", {})
        return [check(item, item_schema, f"{name}[{i}]") for i, item in enumerate(items)]
    if kind == "object":
        return _object(value, schema, name)
    return value


def _number(value: object, name: str, schema: Mapping[str, Any], *, integer: bool) -> Any:
    low, high = schema.get("minimum"), schema.get("maximum")
    allowed = int if integer else (int, float)
    kind = "an integer" if integer else "a number"
    ok = not isinstance(value, bool) and isinstance(value, allowed)
    in_range = ok and (low is None or value >= low) and (high is None or value <= high)
    if not in_range:
        bounds = (
            f" from {low} to {high}"
            if low is not None and high is not None
            else f" >= {low}"
            if low is not None
            else f" <= {high}"
            if high is not None
            else ""
        )
        raise ValidationError(f"{name} must be {kind}{bounds}, got {value!r}")
    return value


def _object(value: object, schema: Mapping[str, Any], name: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ValidationError(f"{name} must be a mapping, got {type(value).__name__}")
    props: Mapping[str, Any] = schema.get("properties", {})
    out: dict[str, Any] = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise ValidationError(f"{name}: keys must be strings, got {key!r}")
        if key not in props:
            if schema.get("additionalProperties") is False:
                known = ", ".join(sorted(props))
                raise ValidationError(f"{name}: unknown field {key!r} (known: {known})")
            out[key] = item
        elif item is not None:
            out[key] = check(item, props[key], f"{name}.{key}")
    for key in schema.get("required", []):
        if key not in out:
            raise ValidationError(f"{name}.{key} is required")
    return out


def to_json(value: Any) -> Any:
    """A checked value as JSON data (enum members become their values)."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, list):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value
