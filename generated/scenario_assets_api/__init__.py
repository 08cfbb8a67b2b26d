"""A client library for accessing Scenario Assets API

The low-level layer, as openapi-python-client generates it: one module per operation under
``api/<tag>/`` with ``sync``, ``sync_detailed``, ``asyncio`` and ``asyncio_detailed``, called with
this package's ``Client`` or ``AuthenticatedClient``. It has no retries, no argument checks and no
error mapping; the ``scenario_assets`` client builds on the same models and endpoint modules and
is the layer to use. ``models`` holds the parsed types both layers return.
"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
