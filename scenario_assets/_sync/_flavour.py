"""What differs for real between the async code and its sync twin: the sync side.

Handwritten twice (this file and ``scenario_assets/_async/_flavour.py``); see there.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Sleep = Callable[[float], None]
"""How the code waits: blocking the thread."""

sleep: Sleep = time.sleep
