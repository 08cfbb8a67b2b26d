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

    ``path`` is the JSON path of the field from the body's root (array levels are not indexed).
    """

    def __init__(self, key: str, cause: BaseException):
        self.path: list[str] = [key]
        self.cause = cause
        super().__init__(self._message())

    def inside(self, key: str) -> "ResponseFieldError":
        """Record that the failing field sits inside ``key``; returns self."""
        self.path.insert(0, key)
        self.args = (self._message(),)
        return self

    @property
    def dotted_path(self) -> str:
        return ".".join(self.path)

    def _message(self) -> str:
        if isinstance(self.cause, KeyError) and len(self.path) and self.cause.args == (self.path[-1],):
            problem = "required field is missing"
        else:
            problem = f"{type(self.cause).__name__}: {self.cause}"
        return f"response field {'.'.join(self.path)!r}: {problem}"


class InvalidResponseBody(Exception):
    """A success response whose body does not match the spec; the raw body is kept."""

    def __init__(self, status_code: int, content: bytes, cause: BaseException):
        self.status_code = status_code
        self.content = content
        self.cause = cause
        self.path: list[str] = list(cause.path) if isinstance(cause, ResponseFieldError) else []
        super().__init__(f"response body does not match the spec: {cause}")


__all__ = ["InvalidResponseBody", "ResponseFieldError", "UnexpectedStatus"]
