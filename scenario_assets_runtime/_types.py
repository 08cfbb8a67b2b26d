"""The shared types of the generated package (``scenario_assets_api.types``): ``UNSET``, ``File``,
``Response``. Defined here, in checked code; the generated module re-exports them."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define

T = TypeVar("T")


class Unset:
    """The type of ``UNSET``: an optional field the body did not have (``isinstance(x, Unset)``)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        # Readable where users meet it: every optional field the server did not send.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` accepts, as that library declares them.
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
    """A file for a multipart/form-data upload."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The tuple httpx accepts for multipart/form-data."""
        return self.file_name, self.payload, self.mime_type


@define
class Response(Generic[T]):
    """What a generated ``*_detailed`` endpoint function returns: the status, the raw body, the
    headers and the parsed body (``None`` for an undocumented status)."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None
