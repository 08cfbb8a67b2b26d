"""``Client`` and ``AsyncClient``: construction, credentials, transport, lifetime.

:class:`AsyncClient` is written once (``scenario_assets/_async/_client.py``) and :class:`Client`
is generated from it by ``tools/unasync.py``; what both check and resolve when built is
:mod:`scenario_assets._settings`.
"""

from __future__ import annotations

from ._async._client import AsyncClient
from ._sync._client import Client

__all__ = ["AsyncClient", "Client"]
