"""Contains some shared types for properties"""

import json
import re
import threading
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

# scenario-assets: the strict-type helpers below raise it.
from .errors import ResponseFieldError


class Unset:
    # scenario-assets: documented, since users meet it on every optional field.
    """The type of ``UNSET``: an optional field the body did not have (``isinstance(x, Unset)``)."""

    def __bool__(self) -> Literal[False]:
        return False

    # scenario-assets: a readable repr for a field the server did not send.
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# scenario-assets: brief model reprs (used by every model's __repr__). Only the fields that
# are set are shown; long strings, lists and maps are shortened; a nested model shows at most
# _REPR_NESTED_FIELDS fields (repr it directly to see them all) and models nested deeper than
# _REPR_DEPTH are elided; the query string of any URL is hidden, so signed URL parameters
# (X-Amz-Signature, ...) never appear in a repr.
_REPR_DEPTH = 2
_REPR_NESTED_FIELDS = 12
_REPR_STRING = 60
_REPR_ITEMS = 3
_URL_QUERY = re.compile(r"(https?://[^\s?#]*)\?[^\s#]*")
_repr_state = threading.local()


def _brief(value: Any) -> str:
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, str):
        text = _URL_QUERY.sub(r"\1?…", value)
        if len(text) > _REPR_STRING:
            text = text[: _REPR_STRING - 1] + "…"
        return repr(text)
    if isinstance(value, (list, tuple)):
        items = [_brief(item) for item in value[:_REPR_ITEMS]]
        if len(value) > _REPR_ITEMS:
            items.append(f"… {len(value) - _REPR_ITEMS} more")
        return "[" + ", ".join(items) + "]"
    if isinstance(value, Mapping):
        pairs = [f"{key!r}: {_brief(item)}" for key, item in list(value.items())[:_REPR_ITEMS]]
        if len(value) > _REPR_ITEMS:
            pairs.append(f"… {len(value) - _REPR_ITEMS} more")
        return "{" + ", ".join(pairs) + "}"
    return repr(value)


def _brief_repr(model: object, fields: tuple[str, ...]) -> str:
    """``Name(field=value, ...)`` with only the fields that are set, briefly."""
    depth: int = getattr(_repr_state, "depth", 0)
    name = type(model).__name__
    if depth > _REPR_DEPTH:
        return f"{name}(…)"
    _repr_state.depth = depth + 1
    try:
        parts = [
            f"{field}={_brief(value)}" for field in fields if not isinstance(value := getattr(model, field), Unset)
        ]
        extra = getattr(model, "additional_properties", None)
        if extra:
            parts.append(f"additional_properties={_brief(extra)}")
        if depth and len(parts) > _REPR_NESTED_FIELDS:
            parts[_REPR_NESTED_FIELDS:] = [f"… {len(parts) - _REPR_NESTED_FIELDS} more fields"]
    finally:
        _repr_state.depth = depth
    return f"{name}({', '.join(parts)})"


# scenario-assets: strict response types, checked cheaply (see model.py.jinja's from_dict). A
# model's _TYPES maps each wire name to the JSON types its value may have (None: any);
# _names_by_type turns that into one {wire name: attribute name} map per exact type, so the
# comprehension that renames a body's keys checks each value's type with one more dict lookup.
# Only a body that misses there (an unknown key, a wrong type) takes the slower walk below,
# which keeps unknown keys and names the first wrong field.
_NONE = type(None)
_JSON_TYPES: tuple[type, ...] = (str, int, float, bool, list, dict)
_JSON_NAMES: dict[type, str] = {
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    list: "array",
    dict: "object",
    _NONE: "null",
}


def _json_name(value: Any) -> str:
    name = _JSON_NAMES.get(type(value))
    if name is not None:
        return name
    for kind, name in _JSON_NAMES.items():
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _expected(types: Any) -> str:
    return " or ".join(dict.fromkeys(_JSON_NAMES[kind] for kind in types))


def _names_by_type(
    names: Mapping[str, str], types: Mapping[str, tuple[type, ...] | None]
) -> dict[type, dict[str, str]]:
    """exact JSON type -> {wire name: attribute name} of the fields that accept it.

    ``null`` maps every field to "" (no attribute has that name): from_dict drops that entry,
    since null means the same as an absent field (required ones are checked after).
    """
    by_type: dict[type, dict[str, str]] = {kind: {} for kind in _JSON_TYPES}
    by_type[_NONE] = dict.fromkeys(names, "")
    for key, expected in types.items():
        for kind in expected or _JSON_TYPES:
            by_type[kind][key] = names[key]
    return by_type


def _wrong_type(value: Any, expected: Any) -> TypeError:
    return TypeError(f"expected {_expected(expected)}, got {_json_name(value)}")


def _split_checked(
    src_dict: Mapping[str, Any], names: Mapping[str, str], types: Mapping[str, tuple[type, ...] | None]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(known values by attribute name, unknown keys), or a ResponseFieldError for a wrong type."""
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in src_dict.items():
        name = names.get(key)
        if name is None:
            extra[key] = value
        elif value is not None:
            expected = types[key]
            if expected is not None and (
                not isinstance(value, expected) or (type(value) is bool and bool not in expected)
            ):
                raise ResponseFieldError(key, _wrong_type(value, expected))
            values[name] = value
    return values, extra


def _items_ok(value: list[Any], shape: Any) -> bool:
    """Whether every item of a list of lists (of ...) of plain values has an allowed exact type.

    ``shape`` is ``(inner,)``: each item is a list whose items match ``inner``, a frozenset of
    exact types or another ``(inner,)``.
    """
    inner = shape[0]
    if isinstance(inner, frozenset):
        for item in value:
            if type(item) is not list or not inner.issuperset(map(type, item)):
                return False
        return True
    for item in value:
        if type(item) is not list or not _items_ok(item, inner):
            return False
    return True


def _check_item(item: Any, shape: Any) -> None:
    if isinstance(shape, frozenset):
        if type(item) not in shape:
            raise _wrong_type(item, shape)
        return
    if type(item) is not list:
        raise _wrong_type(item, (list,))
    for index, sub in enumerate(item):
        try:
            _check_item(sub, shape[0])
        except ResponseFieldError as exc:
            raise exc.inside(index) from exc.cause
        except TypeError as exc:
            raise ResponseFieldError(index, exc) from exc


def _item_error(kind: int, value: list[Any], parse: Any, enum: Any) -> Any:
    """The ResponseFieldError (its path starting at the index) of the first item that fails."""
    for index, item in enumerate(value):
        try:
            if kind == 3:
                if not isinstance(item, str):
                    raise _wrong_type(item, (str,))
                enum(item)
            elif kind == 6:
                if not isinstance(item, Mapping):
                    raise _wrong_type(item, (dict,))
                parse(item)
            elif kind == 8:
                parse(item)
            else:
                _check_item(item, parse)
        except ResponseFieldError as inner:
            return inner.inside(index)
        except (KeyError, TypeError, ValueError, AttributeError) as inner:
            return ResponseFieldError(index, inner)
    return None


def _field_error(key: str, kind: int, value: Any, parse: Any, enum: Any, exc: BaseException) -> Any:
    """The ResponseFieldError for a field that failed to convert, with the failing item's index."""
    if kind in (3, 5, 6, 7, 8) and isinstance(value, list):
        error = _item_error(kind, value, parse, enum)
        if error is not None:
            return error.inside(key)
    if isinstance(exc, ResponseFieldError):
        return exc.inside(key)
    return ResponseFieldError(key, exc)


def _list_of(parse: Any, kind: int) -> Any:
    """A converter of a list whose items ``parse`` converts (kind 6: models, 8: lists of ...)."""

    def convert(value: Any) -> list[Any]:
        if type(value) is not list:
            raise _wrong_type(value, (list,))
        try:
            return [parse(item) for item in value]
        except (ResponseFieldError, KeyError, TypeError, ValueError, AttributeError) as exc:
            error = _item_error(kind, value, parse, None)
            raise (exc if error is None else error) from exc

    return convert


def _any_body(content: bytes) -> Any:
    """A success body the spec leaves open: its JSON value, or None when empty or not JSON."""
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
