"""The handwritten async source of the client's twin code.

Each module here is written once, async; ``tools/unasync.py`` writes its sync twin to
``scenario_assets/_sync/`` (same file name), and ``make test`` fails when a twin is stale or
edited by hand. What differs for real between the flavours lives in the per-flavour modules
``_async/_flavour.py`` and ``_sync/_flavour.py``, written by hand.
"""
