"""Test your own code against this client: emulator targets, scrubbed cassettes, sample images.

* :class:`Target` / :func:`open_target`: where a test's requests go — a fresh in-process
  emulator (deterministic, clock frozen at :data:`EPOCH`, with fault and job controls, and
  bulk seeding for large libraries: ``seed_assets(100_000)``, ``change_assets(ids)``), a
  cassette replay, or the real API while recording with credentials.
* :mod:`scenario_assets.testing.cassettes`: a vcrpy configuration that scrubs credentials and
  signed URL parameters, matches JSON bodies regardless of key order, stores large base64
  bodies as their digest and does not depend on host or port.
* :mod:`scenario_assets.testing.plugin`: the pytest plugin (fixtures ``scenario_emulator``,
  ``scenario_client``, ``scenario_async_client``, ``scenario_vcr_config``; marker
  ``scenario_vcr``), registered through the ``pytest11`` entry point.
* :func:`make_png`: deterministic sample images.

Nothing here needs vcrpy or pytest at import time; the emulator (extra
``scenario-assets[emulator]``) is imported only when a target starts one, and the targets (which
need the client) only when first used, so the pytest plugin's start-up stays cheap.

Example:
    >>> from scenario_assets.testing import make_png, open_target
    >>> with open_target(cassette=False) as target, target.client() as client:
    ...     client.assets.upload("red.png", image=make_png(8, 8, (255, 0, 0)))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from . import cassettes
from ._images import make_png

if TYPE_CHECKING:
    from ._target import (
        EPOCH,
        REPLAY_BASE_URL,
        EmulatorControlError,
        Target,
        open_target,
        target_mode,
    )

# Loaded from ._target on first use (it imports the client).
_LAZY = frozenset(
    {"EPOCH", "REPLAY_BASE_URL", "EmulatorControlError", "Target", "open_target", "target_mode"}
)

__all__ = [
    "EPOCH",
    "REPLAY_BASE_URL",
    "EmulatorControlError",
    "Target",
    "cassettes",
    "make_png",
    "open_target",
    "target_mode",
]


def __getattr__(name: str) -> Any:
    """Load a name of ``._target`` the first time it is used."""
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("._target", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
