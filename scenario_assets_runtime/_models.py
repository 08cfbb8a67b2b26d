"""What every generated model's ``from_dict`` and ``__repr__`` call (see ``model.py.jinja``).

``from_dict`` walks the keys a body has, not every property of the schema. A model's ``_TYPES``
maps each wire name to the JSON types its value may have (``None``: any); :func:`names_by_type`
turns that into one ``{wire name: attribute name}`` map per exact type, so the comprehension
that renames a body's keys checks each value's type with one more dict lookup. Only a body that
misses there (an unknown key, a wrong type) takes the slower :func:`split_checked`, which keeps
unknown keys and names the first wrong field. Fields that need more than a rename (enums, nested
models, lists of them) are converted one by one according to their :class:`FieldKind`.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from enum import Enum, IntEnum
from typing import Any, Final

from ._errors import ResponseFieldError
from ._types import Unset


class FieldKind(IntEnum):
    """How ``from_dict`` converts a present value, once its JSON type has been checked."""

    PLAIN = 0
    """Kept as it is (a string, number, boolean, or an object of any shape)."""
    ENUM = 1
    """A string enum member (the parser is the enum's value map, the converter its class)."""
    MODEL = 2
    """A nested model (the parser is its ``from_dict``)."""
    ENUM_LIST = 3
    """A list of enum members."""
    CONVERTED = 4
    """Any other conversion: the property template's own code, wrapped in a function."""
    PLAIN_LIST = 5
    """A list of plain values; the parser is the frozenset of the items' exact types."""
    MODEL_LIST = 6
    """A list of nested models."""
    NESTED_PLAIN_LIST = 7
    """Lists of lists (of ...) of plain values; the parser is the item shape (see
    :func:`items_ok`)."""
    NESTED_MODEL_LIST = 8
    """Lists of lists (of ...) of models; the parser converts one item (see :func:`list_of`)."""


# The kinds as plain names: ``from_dict`` dispatches with ``kind is KIND_ENUM``, a global load
# as fast as comparing with an int literal (comparing an IntEnum with ``==`` is several times
# slower on the parse hot path).
KIND_PLAIN: Final = FieldKind.PLAIN
KIND_ENUM: Final = FieldKind.ENUM
KIND_MODEL: Final = FieldKind.MODEL
KIND_ENUM_LIST: Final = FieldKind.ENUM_LIST
KIND_CONVERTED: Final = FieldKind.CONVERTED
KIND_PLAIN_LIST: Final = FieldKind.PLAIN_LIST
KIND_MODEL_LIST: Final = FieldKind.MODEL_LIST
KIND_NESTED_PLAIN_LIST: Final = FieldKind.NESTED_PLAIN_LIST
KIND_NESTED_MODEL_LIST: Final = FieldKind.NESTED_MODEL_LIST

JsonTypes = tuple[type, ...]
"""The exact types (as ``json.loads`` builds them) a field's value may have."""
ItemShape = frozenset[type] | tuple[Any]
"""What :func:`items_ok` checks in a list of plain values: a frozenset of exact types, or
``(inner shape,)`` for a list of lists."""

_NONE = type(None)
_JSON_TYPES: JsonTypes = (str, int, float, bool, list, dict)
_JSON_NAMES: dict[type, str] = {
    str: "string",
    int: "number",
    float: "number",
    bool: "boolean",
    list: "array",
    dict: "object",
    _NONE: "null",
}


def _json_name(value: object) -> str:
    name = _JSON_NAMES.get(type(value))
    if name is not None:
        return name
    for kind, kind_name in _JSON_NAMES.items():
        if isinstance(value, kind):
            return kind_name
    return type(value).__name__


def _expected(types: JsonTypes | frozenset[type]) -> str:
    return " or ".join(dict.fromkeys(_JSON_NAMES[kind] for kind in types))


def wrong_type(value: object, expected: JsonTypes | frozenset[type]) -> TypeError:
    """The error for a value of another JSON type than the schema allows."""
    return TypeError(f"expected {_expected(expected)}, got {_json_name(value)}")


def names_by_type(
    names: Mapping[str, str], types: Mapping[str, JsonTypes | None]
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


def split_checked(
    src_dict: Mapping[str, Any], names: Mapping[str, str], types: Mapping[str, JsonTypes | None]
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
                raise ResponseFieldError(key, wrong_type(value, expected))
            values[name] = value
    return values, extra


def items_ok(value: list[Any], shape: tuple[Any]) -> bool:
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
    return all(type(item) is list and items_ok(item, inner) for item in value)


def _check_item(item: object, shape: ItemShape) -> None:
    if isinstance(shape, frozenset):
        if type(item) not in shape:
            raise wrong_type(item, shape)
        return
    if not isinstance(item, list) or type(item) is not list:
        raise wrong_type(item, (list,))
    for index, sub in enumerate(item):
        try:
            _check_item(sub, shape[0])
        except ResponseFieldError as exc:
            raise exc.inside(index) from exc.cause
        except TypeError as exc:
            raise ResponseFieldError(index, exc) from exc


def _item_error(
    kind: FieldKind, value: list[Any], parse: Any, enum: Any
) -> ResponseFieldError | None:
    """The ResponseFieldError (its path starting at the index) of the first item that fails."""
    for index, item in enumerate(value):
        try:
            if kind is KIND_ENUM_LIST:
                if not isinstance(item, str):
                    raise wrong_type(item, (str,))
                enum(item)
            elif kind is KIND_MODEL_LIST:
                if not isinstance(item, Mapping):
                    raise wrong_type(item, (dict,))
                parse(item)
            elif kind is KIND_NESTED_MODEL_LIST:
                parse(item)
            else:
                _check_item(item, parse)
        except ResponseFieldError as inner:
            return inner.inside(index)
        except (KeyError, TypeError, ValueError, AttributeError) as inner:
            return ResponseFieldError(index, inner)
    return None


_LISTS = frozenset(
    {
        KIND_ENUM_LIST,
        KIND_PLAIN_LIST,
        KIND_MODEL_LIST,
        KIND_NESTED_PLAIN_LIST,
        KIND_NESTED_MODEL_LIST,
    }
)


def field_error(
    key: str, kind: FieldKind, value: object, parse: Any, enum: Any, exc: BaseException
) -> ResponseFieldError:
    """The ResponseFieldError for a field that failed to convert, with the failing item's index."""
    if kind in _LISTS and isinstance(value, list):
        error = _item_error(kind, value, parse, enum)
        if error is not None:
            return error.inside(key)
    if isinstance(exc, ResponseFieldError):
        return exc.inside(key)
    return ResponseFieldError(key, exc)


def list_of(parse: Callable[[Any], Any], kind: FieldKind) -> Callable[[Any], list[Any]]:
    """A converter of a list whose items ``parse`` converts (``KIND_MODEL_LIST``: models,
    ``KIND_NESTED_MODEL_LIST``: lists of ...)."""

    def convert(value: Any) -> list[Any]:
        if type(value) is not list:
            raise wrong_type(value, (list,))
        try:
            return [parse(item) for item in value]
        except (ResponseFieldError, KeyError, TypeError, ValueError, AttributeError) as exc:
            error = _item_error(kind, value, parse, None)
            raise (exc if error is None else error) from exc

    return convert


def any_body(content: bytes) -> Any:
    """A success body the spec leaves open: its JSON value, or None when empty or not JSON."""
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        return None


# Brief model reprs (every model's __repr__). Only the fields that are set are shown; long
# strings, lists and maps are shortened; a nested model shows at most REPR_NESTED_FIELDS fields
# (repr it directly to see them all) and models nested deeper than REPR_DEPTH are elided; the
# query string of any URL is hidden, so signed URL parameters (X-Amz-Signature, ...) never
# appear in a repr.
REPR_DEPTH = 2
REPR_NESTED_FIELDS = 12
REPR_STRING = 60
REPR_ITEMS = 3
_URL_QUERY = re.compile(r"(https?://[^\s?#]*)\?[^\s#]*")
_repr_state = threading.local()


def _brief(value: object) -> str:
    if isinstance(value, Enum):
        return repr(value.value)
    if isinstance(value, str):
        text = _URL_QUERY.sub(r"\1?…", value)
        if len(text) > REPR_STRING:
            text = text[: REPR_STRING - 1] + "…"
        return repr(text)
    if isinstance(value, list | tuple):
        items = [_brief(item) for item in value[:REPR_ITEMS]]
        if len(value) > REPR_ITEMS:
            items.append(f"… {len(value) - REPR_ITEMS} more")
        return "[" + ", ".join(items) + "]"
    if isinstance(value, Mapping):
        pairs = [f"{key!r}: {_brief(item)}" for key, item in list(value.items())[:REPR_ITEMS]]
        if len(value) > REPR_ITEMS:
            pairs.append(f"… {len(value) - REPR_ITEMS} more")
        return "{" + ", ".join(pairs) + "}"
    return repr(value)


def brief_repr(model: object, fields: tuple[str, ...]) -> str:
    """``Name(field=value, ...)`` with only the fields that are set, briefly."""
    depth: int = getattr(_repr_state, "depth", 0)
    name = type(model).__name__
    if depth > REPR_DEPTH:
        return f"{name}(…)"
    _repr_state.depth = depth + 1
    try:
        parts = [
            f"{field}={_brief(value)}"
            for field in fields
            if not isinstance(value := getattr(model, field), Unset)
        ]
        extra = getattr(model, "additional_properties", None)
        if extra:
            parts.append(f"additional_properties={_brief(extra)}")
        if depth and len(parts) > REPR_NESTED_FIELDS:
            parts[REPR_NESTED_FIELDS:] = [f"… {len(parts) - REPR_NESTED_FIELDS} more fields"]
    finally:
        _repr_state.depth = depth
    return f"{name}({', '.join(parts)})"
