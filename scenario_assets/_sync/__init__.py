"""The sync twins of ``scenario_assets/_async/``, written by ``tools/unasync.py``.

Every module here except ``_flavour.py`` is generated: edit its async source and run
``make unasync``.
"""
