"""Contains shared errors types that can be raised from API functions"""


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseFieldError(ValueError):
    """A field of a response body is missing or has the wrong type.

    ``path`` is the JSON path of the field from the body's root: object keys and, for array
    items, their index (``["assets", 3, "metadata", "kind"]``); ``dotted_path`` writes it as
    ``assets[3].metadata.kind``.
    """

    # scenario-assets: array items are indexed in the path.
    def __init__(self, key: str | int, cause: BaseException):
        self.path: list[str | int] = [key]
        self.cause = cause
        super().__init__(self._message())

    def inside(self, key: str | int) -> "ResponseFieldError":
        """Record that the failing field sits inside ``key`` (an index for an array item); returns self."""
        self.path.insert(0, key)
        self.args = (self._message(),)
        return self

    @property
    def dotted_path(self) -> str:
        return _format_path(self.path)

    def _message(self) -> str:
        if isinstance(self.cause, KeyError) and len(self.path) and self.cause.args == (self.path[-1],):
            problem = "required field is missing"
        else:
            problem = f"{type(self.cause).__name__}: {self.cause}"
        return f"response field {self.dotted_path!r}: {problem}"


def _format_path(path: list[str | int]) -> str:
    """``["assets", 3, "kind"]`` as ``assets[3].kind``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


class InvalidResponseBody(Exception):
    """A success response whose body does not match the spec; the raw body is kept."""

    def __init__(self, status_code: int, content: bytes, cause: BaseException):
        self.status_code = status_code
        self.content = content
        self.cause = cause
        self.path: list[str | int] = list(cause.path) if isinstance(cause, ResponseFieldError) else []
        super().__init__(f"response body does not match the spec: {cause}")


__all__ = ["InvalidResponseBody", "ResponseFieldError", "UnexpectedStatus"]
