"""``scenario-assets``: the command line for everyday asset work (extra ``[cli]``).

The console script calls :func:`main`. Without the extra (click and rich) it says which extra
to install instead of failing with an import error.

Exit codes: 0 success; 1 the API refused a request (an HTTP error); 2 a usage error, bad input
or missing configuration (nothing was sent); 3 the network failed or timed out; 4 a download or
batch job failed (integrity, job failure, deadline; for ``sync``: some assets failed, or the
disk is full); 5 another ``sync`` holds the folder; 130 interrupted.
"""

from __future__ import annotations

import sys

__all__ = ["main"]

EXTRA_HINT = "the command line needs the [cli] extra: pip install 'scenario-assets[cli]'"


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit code (see the module docstring).
    """
    try:
        from ._commands import run
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in ("click", "rich"):
            print(f"scenario-assets: {EXTRA_HINT}", file=sys.stderr)
            return 2
        raise
    return run(argv)
