"""Old public names that still work: each warns once (a ``DeprecationWarning``) when used.

A module lists its old names with :func:`module_getattr`, whose result is the module's
``__getattr__`` (PEP 562): ``from scenario_assets import PollTimeout`` keeps working and says
what to use instead, the first time only.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable

_warned: set[str] = set()


def warn_once(old: str, new: str, *, depth: int = 1) -> None:
    """Warn, once per process, that ``old`` is deprecated in favour of ``new``.

    The warning points at the code that used ``old``: the caller of the function calling
    ``warn_once`` (``depth`` 1), or ``depth`` frames further out when that function is itself
    called by the library.
    """
    if old in _warned:
        return
    _warned.add(old)
    warnings.warn(f"{old} is deprecated; use {new}", DeprecationWarning, stacklevel=2 + depth)


def module_getattr(module: str, aliases: dict[str, tuple[str, object]]) -> Callable[[str], object]:
    """A module ``__getattr__`` serving ``aliases`` (old name -> (new name, object))."""

    def __getattr__(name: str) -> object:
        try:
            new, value = aliases[name]
        except KeyError:
            raise AttributeError(f"module {module!r} has no attribute {name!r}") from None
        warn_once(f"{module}.{name}", new)
        return value

    return __getattr__
