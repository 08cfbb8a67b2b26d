"""Contains some shared types for properties"""

import re
import threading
from collections.abc import Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


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


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
