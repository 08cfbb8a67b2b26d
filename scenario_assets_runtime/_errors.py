"""The errors the generated package raises while parsing a response (``scenario_assets_api.errors``).

The client maps them into its own exception tree; they are defined here, in checked code, and
re-exported by the generated module.
"""

from __future__ import annotations


class UnexpectedStatus(Exception):
    """A generated endpoint function met a status the spec does not document (and the generated
    ``Client`` was built with ``raise_on_unexpected_status=True``)."""

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n"
            f"{content.decode(errors='ignore')}"
        )


def format_path(path: list[str | int]) -> str:
    """``["assets", 3, "kind"]`` as ``assets[3].kind``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


class ResponseFieldError(ValueError):
    """A field of a response body is missing or has the wrong type.

    ``path`` is the JSON path of the field from the body's root: object keys and, for array
    items, their index (``["assets", 3, "metadata", "kind"]``); ``dotted_path`` writes it as
    ``assets[3].metadata.kind``.
    """

    args: tuple[object, ...]  # rewritten by inside() as the path grows

    def __init__(self, key: str | int, cause: BaseException) -> None:
        self.path: list[str | int] = [key]
        self.cause = cause
        super().__init__(self._message())

    def inside(self, key: str | int) -> ResponseFieldError:
        """Record that the failing field sits inside ``key`` (an index for an array item);
        returns self, so that the error can be re-raised as it climbs out of nested models."""
        self.path.insert(0, key)
        self.args = (self._message(),)
        return self

    @property
    def dotted_path(self) -> str:
        """The path written as ``assets[3].metadata.kind``."""
        return format_path(self.path)

    def _message(self) -> str:
        cause = self.cause
        if isinstance(cause, KeyError) and self.path and cause.args == (self.path[-1],):
            problem = "required field is missing"
        else:
            problem = f"{type(cause).__name__}: {cause}"
        return f"response field {self.dotted_path!r}: {problem}"


class InvalidResponseBody(Exception):
    """A success response whose body does not match the spec; the raw body is kept."""

    def __init__(self, status_code: int, content: bytes, cause: BaseException) -> None:
        self.status_code = status_code
        self.content = content
        self.cause = cause
        self.path: list[str | int] = (
            list(cause.path) if isinstance(cause, ResponseFieldError) else []
        )
        super().__init__(f"response body does not match the spec: {cause}")
