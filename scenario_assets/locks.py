"""Canvas lock sessions: lock, edit, renew, and always unlock.

::

    with client.assets.lock_session(canvas_id, ttl=timedelta(minutes=5)) as lock:
        lock.update(canvas=new_canvas)          # the lockId is threaded in for you
        lock.update(name="final", disable_snapshot=True)
    # unlocked here, even if the block raised

How renewal works: the API extends a lock when an update carries the ``lockId`` and a new
``lockExpiresAt``. Every :meth:`LockSession.update` therefore extends the lock to ``now + ttl``
at no extra cost. When the lock is already past its expiry (the block idled too long), the
session re-acquires it before updating; if someone else took it meanwhile, that is a
:class:`~scenario_assets.errors.LockConflictError`. An optional keep-alive renews in the
background for long blocks that do not call ``update``.

A conflict on entry (someone else holds the lock) raises ``LockConflictError`` with the
holder's expiry when the API gives it. Breaking someone else's lock is explicit:
``lock_session(..., force=True)`` force-unlocks first, never implicitly.

Query parameters given to ``lock_session(**params)`` are sent by the session's own requests:
each lock, unlock and update sends those its operation declares (client-wide options are added
by the client as for any call).

If the block raises, that exception propagates even when the unlock also fails; the unlock
failure is attached to it as a note and as ``__context__``. If a background keep-alive
failed (the lock may have lapsed), its error is raised at exit, after the unlock, or noted on
the block's own exception. Each keep-alive renewal is bounded by the lock's expiry: its
timeouts and retries stop there, and a renewal that could not finish in time is a
:class:`~scenario_assets.errors.LockRenewTimeoutError` (a hung server cannot hold the keep-alive,
or the exit that waits for it, past the expiry). An ``async with`` block that is cancelled still unlocks (the
unlock is shielded from the cancellation).

The sessions are written once, async (``_async/_locks.py``), and the sync one generated from
it; what differs for real (a keep-alive thread against a task, the shielded exit) is in the
per-flavour ``_flavour`` modules, what both share in ``_lock_parts``. This module is where
users import them from.
"""

from __future__ import annotations

from ._async._locks import AsyncLockSession as AsyncLockSession
from ._lock_parts import DEFAULT_TTL as DEFAULT_TTL
from ._lock_parts import AsyncCanvasLocks as AsyncCanvasLocks
from ._lock_parts import CanvasChanges as CanvasChanges
from ._lock_parts import CanvasLocks as CanvasLocks
from ._lock_parts import logger as logger
from ._sync._locks import LockSession as LockSession

__all__ = ["AsyncCanvasLocks", "AsyncLockSession", "CanvasChanges", "CanvasLocks", "LockSession"]
