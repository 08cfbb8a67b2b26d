"""Stateful local emulator of Scenario's Assets API (``/v1/assets...``).

Start it from a shell (once it accepts connections it prints its base URL, ending in ``/v1``,
then the credentials and an ``export`` line to paste; ``--help`` shows the defaults)::

    python -m scenario_assets.emulator [--host 127.0.0.1] [--port N] \\
        [--api-key K --api-secret S] [--seed] [--url-ttl 3600] \\
        [--job-steps queued,in-progress,success]

or in-process (uvicorn in a background thread, on a socket bound to 127.0.0.1 port 0)::

    from scenario_assets.emulator import EmulatorServer

    with EmulatorServer(seed=True) as server:
        server.base_url          # http://127.0.0.1:PORT/v1
        server.auth              # (api_key, api_secret) for HTTP Basic auth
        server.state             # EmulatorState: assets, locks, jobs, url_ttl, clock
        server.clock.advance(60) # injectable clock (locks, URL expiry), never sleep
        server.faults.add("GET", "/v1/assets", status=429, retry_after=1, times=2)
        server.state.fail_next_jobs(1)          # next batch download ends in "failure"
        server.state.job_steps = ("queued", "success")
        server.state.add_many(100_000)           # a large library, seeded in seconds
        server.state.change_asset(asset_id, data) # an edit: new content, new updatedAt

Needs the ``[emulator]`` extra (``pip install 'scenario-assets[emulator]'``); without it, using
any name here raises a ``ModuleNotFoundError`` that says so.

``create_app(config)`` returns the Starlette app (for ``starlette.testclient.TestClient``);
``app.state.emulator`` is the :class:`EmulatorContext` (config, state, faults, spec).

The API is the spec's: routes, enums, parameters, body fields and array limits come from the
spec the generated client was built from (``scenario_assets_api/_spec.json``), or from
``create_app(spec_path=...)``. Every request is checked against its operation's parameters and
body schema; an operation the emulator has no stateful handler for answers with its response
example, or a body built from its response schema.

Credentials default to ``emulator-key`` / ``emulator-secret`` (env
``SCENARIO_EMULATOR_API_KEY`` / ``SCENARIO_EMULATOR_API_SECRET`` override). ``Authorization:
public-auth-token`` is accepted for list (public assets only) and retrieve (public assets only,
404 otherwise); any other operation answers 401 with it.

Storage: asset ``url`` fields, batch ``downloadUrl`` and single-download ``url`` point at
``http://localhost:PORT/_storage/<key>?X-Amz-Algorithm=...&X-Amz-Signature=...`` (same socket,
different host name). Storage checks the HMAC signature and expiry (403 + S3-style XML),
answers 400 to any request that carries an ``Authorization`` header, and streams bodies with
``Content-Length``.

Control endpoints (same Basic credentials; never subject to faults):

* ``POST /_emulator/faults`` ``{method, path (glob), status, retryAfter, delay, truncate,
  truncateRatio, times}``; ``GET``/``DELETE /_emulator/faults`` to list/clear.
* ``POST /_emulator/reset`` ``{seed?}``: forget all assets, jobs and faults.
* ``GET|POST /_emulator/clock`` ``{advanceSeconds?, set?}``: read or move the clock.
* ``POST /_emulator/jobs`` ``{failNext?, status?: failure|canceled, steps?}``.
* ``GET|POST /_emulator/settings`` ``{urlTtl?}``.

Every response carries ``x-request-id``. Errors are ``{"message", "statusCode", "error"}``
(404 for unknown routes, 405 for wrong methods, 400 naming the offending field).

DELIBERATE DEVIATIONS from the real API (the reference leaves these unspecified or they
cannot be reproduced locally):

* One project, one user: ``ownerId`` defaults to ``proj_emulator``; ``privacy=public``
  returns public assets of that single project. ``tags`` filters to assets carrying all the
  given tags (not restricted to public assets). ``originalAssets`` is accepted and ignored.
* Unknown query parameters and unknown body properties are rejected with 400.
* All successful responses are 200 (including POST). Upload never returns a ``job``.
* Only images (any format Pillow identifies) and canvases (JSON) can be uploaded; video,
  audio and 3D assets exist only when added programmatically (``state.add_asset``).
  Canvas thumbnails become separate ``canvas-export`` image assets.
* Locks: locking while an unexpired lock exists is 409 even for the holder (renew by sending
  ``lockId`` + a new ``lockExpiresAt`` to ``PUT /assets/{id}``); ``lockExpiresAt`` on an
  update without an active lock is 400; unlocking an unlocked canvas succeeds.
  ``metadata.lockExpiresAt`` is shown until the canvas is unlocked (also once expired).
* Snapshots are taken of the new canvas content on every update that carries ``canvas``
  (unless ``disableSnapshot``), newest first; uploads do not create one.
* Strict tags: adding an existing tag is 409, deleting a missing tag is 400; a tag in both
  ``add`` and ``delete`` is 400.
* Batch download: ``query.assetIds``/``inferenceIds``/``modelIds`` are all required (as the
  reference marks them) and at least one id must be given. The reference's placeholder names
  were lost; the emulator accepts ``<seed>``, ``<index>``, ``<prompt>``, ``<generator>``
  (the modelId), ``<id>`` and ``<name>``; any other ``<...>`` token or a path separator is
  400. Zips group files in directories named after the asset ``type`` unless ``flat``;
  duplicate names get `` (2)``, `` (3)`` suffixes. Job statuses advance one step per status
  poll (``job_steps``), ``downloadUrl`` only appears on ``success``.
* Single download converts images between png/jpeg/jpg/gif/webp/tif/tiff/avif with Pillow;
  ``heif``, ``svg``, ``glb``, ``fbx``, ``obj`` (and any conversion of non-images) are 400.
* Pagination tokens are HMAC-protected cursors on (sort key, insertion order); a token is
  tied to its ``sortBy``/``sortDirection`` (400 otherwise).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._app import EmulatorConfig, EmulatorContext, create_app
    from ._faults import Fault, FaultRegistry
    from ._server import EmulatorServer
    from ._state import ApiError, Clock, EmulatorState, StoredAsset, seed_state

__all__ = [
    "ApiError",
    "Clock",
    "EmulatorConfig",
    "EmulatorContext",
    "EmulatorServer",
    "EmulatorState",
    "Fault",
    "FaultRegistry",
    "StoredAsset",
    "create_app",
    "seed_state",
]

# Names are loaded on first use, so that a missing ``[emulator]`` extra is reported as such
# (and ``python -m scenario_assets.emulator`` can say so) rather than as a bare
# ``ModuleNotFoundError: starlette``.
_HOMES = {
    "ApiError": "_state",
    "Clock": "_state",
    "EmulatorConfig": "_app",
    "EmulatorContext": "_app",
    "EmulatorServer": "_server",
    "EmulatorState": "_state",
    "Fault": "_faults",
    "FaultRegistry": "_faults",
    "StoredAsset": "_state",
    "create_app": "_app",
    "seed_state": "_state",
}
#: Top-level modules the ``[emulator]`` extra installs.
_EXTRA_MODULES = frozenset({"starlette", "uvicorn", "PIL"})
_INSTALL_HINT = "pip install 'scenario-assets[emulator]'"


def _missing_extra(exc: ModuleNotFoundError) -> ModuleNotFoundError | None:
    """The friendly error for a module of the ``[emulator]`` extra, else ``None``.

    Args:
        exc: an import failure.

    Returns:
        A ``ModuleNotFoundError`` naming the extra to install, or ``None`` when ``exc`` is
        about some other module.
    """
    root = (exc.name or "").partition(".")[0]
    if root not in _EXTRA_MODULES:
        return None
    return ModuleNotFoundError(
        f"the Scenario Assets emulator needs the [emulator] extra ({root} is missing): "
        f"{_INSTALL_HINT}",
        name=exc.name,
    )


if not TYPE_CHECKING:  # mypy sees the real imports above, and no catch-all attribute

    def __getattr__(name: str) -> Any:
        home = _HOMES.get(name)
        if home is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        try:
            module = importlib.import_module(f"{__name__}.{home}")
        except ModuleNotFoundError as exc:
            friendly = _missing_extra(exc)
            if friendly is None:
                raise
            raise friendly from None
        value = getattr(module, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
