"""Contains shared errors types that can be raised from API functions (defined in ``scenario_assets_runtime``)."""

from scenario_assets_runtime._errors import InvalidResponseBody, ResponseFieldError, UnexpectedStatus

__all__ = ["InvalidResponseBody", "ResponseFieldError", "UnexpectedStatus"]
