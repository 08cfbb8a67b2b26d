"""A client library for accessing Scenario Assets API

The low-level layer, as openapi-python-client generates it: one module per operation under
``api/<tag>/`` with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``, called with
this package's ``Client`` or ``AuthenticatedClient``. It has no retries, no argument checks and no
error mapping; the ``scenario_assets`` client builds on the same models and endpoint modules and
is the layer to use. ``models`` holds the parsed types both layers return.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)


def __getattr__(name: str) -> Any:
    # The generated client (and httpx) load on first use: the operation table, the models and
    # the handwritten client import this package without needing it.
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(".client", __name__), name)
    globals()[name] = value
    return value
