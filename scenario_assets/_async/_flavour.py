"""What differs for real between the async code and its sync twin: the async side.

Handwritten twice (this file and ``scenario_assets/_sync/_flavour.py``), small, and checked by
``tests/client/test_twin_parity.py`` to define the same names. Everything else under ``_async/``
imports from here and is rewritten to sync by ``tools/unasync.py``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import anyio

Sleep = Callable[[float], Awaitable[None]]
"""How the code waits: awaited."""

sleep: Sleep = anyio.sleep
