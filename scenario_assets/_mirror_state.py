"""The mirror's memory: ``DIR/.scenario-sync.sqlite`` (stdlib sqlite3, WAL) and its lock.

Tables:

* ``meta``: the format tag, the filters and layout the mirror was made with, and the listing's
  high-water mark (the greatest ``updatedAt`` of a listing that completed).
* ``files``: one row per asset whose file is in place and verified: id, ``updatedAt``, path
  (relative, POSIX), its case-folded key (unique: two assets never share a path, even on a
  case-insensitive file system), size and sha256.
* ``pending``: the work a listing found and that is not done yet (id, ``updatedAt``, reserved
  path, expected size, link). It outlives a crash, so the next run finishes it.
* ``seen``: ids a complete listing returned in this run (for ``prune``).

A file is written to a temporary name, verified and renamed into place first; only then does
its row move from ``pending`` to ``files``. Killed between the two, the next run finds the
file at its reserved path with the expected size and adopts it without downloading again.

The lock is an exclusive ``flock`` on ``DIR/.scenario-sync.lock``: the system drops it when the
process dies, even by SIGKILL, so a crash never leaves the folder locked.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, NamedTuple

from .errors import SyncLockedError, SyncStateError

__all__ = ["LOCK_NAME", "STATE_NAME", "FileRow", "FolderLock", "PendingRow", "StateStore"]

STATE_NAME = ".scenario-sync.sqlite"
LOCK_NAME = ".scenario-sync.lock"
_FORMAT = "scenario-assets sync state 1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    id TEXT PRIMARY KEY, updated_at TEXT NOT NULL, path TEXT NOT NULL,
    path_key TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, checksum TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (
    id TEXT PRIMARY KEY, updated_at TEXT NOT NULL, path TEXT NOT NULL,
    path_key TEXT NOT NULL UNIQUE, size INTEGER, url TEXT NOT NULL, is_new INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS seen (id TEXT PRIMARY KEY);
CREATE TEMP TABLE IF NOT EXISTS dispatched (id TEXT PRIMARY KEY);
"""


class FileRow(NamedTuple):
    """An asset whose file is in place."""

    id: str
    updated_at: str
    path: str
    size: int
    checksum: str


class PendingRow(NamedTuple):
    """An asset to fetch: where it goes and what to expect."""

    id: str
    updated_at: str
    path: str
    size: int | None
    url: str
    is_new: bool


def _pending_row(row: Any) -> PendingRow:
    return PendingRow(row[0], row[1], row[2], row[3], row[4], bool(row[5]))


def sha256_file(path: Path) -> str:
    """The file's sha256, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class FolderLock:
    """An exclusive, non-blocking lock on a mirror folder (released by the OS on any exit)."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`SyncLockedError` naming the holder."""
        handle = self.path.open("a+", encoding="utf-8")
        try:
            _lock_file(handle)
        except OSError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            handle.close()
            raise SyncLockedError(
                f"another sync is running in {self.path.parent} ({holder}); wait for it to "
                "finish (the lock is released when that process ends, however it ends)"
            ) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let go of the lock (the lock file stays: it is the mirror's own)."""
        if self._handle is not None:
            with contextlib.suppress(OSError):
                self._handle.truncate(0)
            self._handle.close()
            self._handle = None


def _lock_file(handle: IO[str]) -> None:
    if os.name == "nt":  # pragma: no cover - Windows
        import msvcrt

        locking: Any = getattr(msvcrt, "locking")  # noqa: B009 - absent from POSIX stubs
        locking(handle.fileno(), getattr(msvcrt, "LK_NBLCK"), 1)  # noqa: B009
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


class StateStore:
    """The mirror's state; every method is safe to call from several threads.

    Args:
        path: the database file, or ``None`` for a throw-away in-memory one (a dry run on a
            folder that has no mirror yet).

    Raises:
        SyncStateError: the file is not a SQLite database, or one this client did not make.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._lock = threading.RLock()
        where = ":memory:" if path is None else str(path)
        fresh = path is None or not path.exists() or path.stat().st_size == 0
        try:
            self._db = sqlite3.connect(where, isolation_level=None, check_same_thread=False)
            if path is not None:
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
            if not fresh:
                self._check_format()
            self._db.executescript(_SCHEMA)
            if fresh:
                self._db.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (_FORMAT,))
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(Exception):
                self._db.close()
            raise self._unusable(str(exc)) from None

    def _unusable(self, why: str) -> SyncStateError:
        return SyncStateError(
            f"{self.path} is not a sync state this client can use ({why}); the files in the "
            "folder were left untouched: move that file away (or sync into another folder) to "
            "start a new mirror"
        )

    def _check_format(self) -> None:
        try:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise self._unusable(f"no mirror tables: {exc}") from None
        if row is None or row[0] != _FORMAT:
            found = "no format tag" if row is None else f"format {row[0]!r}"
            raise self._unusable(found)

    def close(self) -> None:
        """Close the database (a no-op when closed)."""
        with self._lock:
            self._db.close()

    # ------------------------------------------------------------------ transactions
    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all of them land, or (on an exception) none."""
        with self._lock:
            self._db.execute("SAVEPOINT work")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK TO work")
                self._db.execute("RELEASE work")
                raise
            self._db.execute("RELEASE work")

    def begin_dry_run(self) -> None:
        """Open an outer transaction that :meth:`rollback` undoes (a dry run changes nothing)."""
        with self._lock:
            self._db.execute("BEGIN")

    def rollback(self) -> None:
        """Undo everything since :meth:`begin_dry_run`."""
        with self._lock:
            self._db.execute("ROLLBACK")

    # ------------------------------------------------------------------ meta
    def get_meta(self, key: str) -> Any:
        """A JSON value of ``meta`` (None when unset)."""
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else json.loads(row[0])

    def set_meta(self, key: str, value: Any) -> None:
        """Set a JSON value of ``meta`` (None removes it)."""
        with self._lock:
            if value is None:
                self._db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self._db.execute(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value))
                )

    # ------------------------------------------------------------------ files and pending
    def file(self, asset_id: str) -> FileRow | None:
        """The placed file of an asset."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, updated_at, path, size, checksum FROM files WHERE id = ?", (asset_id,)
            ).fetchone()
        return None if row is None else FileRow(*row)

    def pending(self, asset_id: str) -> PendingRow | None:
        """The queued work for an asset."""
        with self._lock:
            row = self._db.execute(
                "SELECT id, updated_at, path, size, url, is_new FROM pending WHERE id = ?",
                (asset_id,),
            ).fetchone()
        return None if row is None else _pending_row(row)

    def lookup(self, asset_ids: list[str]) -> tuple[dict[str, FileRow], dict[str, PendingRow]]:
        """Placed files and queued work of many assets in two queries (a listing page)."""
        marks = ",".join("?" * len(asset_ids))
        with self._lock:
            files = self._db.execute(
                f"SELECT id, updated_at, path, size, checksum FROM files WHERE id IN ({marks})",
                asset_ids,
            ).fetchall()
            pending = self._db.execute(
                "SELECT id, updated_at, path, size, url, is_new FROM pending "
                f"WHERE id IN ({marks})",
                asset_ids,
            ).fetchall()
        return (
            {r[0]: FileRow(*r) for r in files},
            {r[0]: _pending_row(r) for r in pending},
        )

    def owners(self, keys: list[str]) -> dict[str, str]:
        """The assets that hold any of these path keys (placed or reserved)."""
        found: dict[str, str] = {}
        unique = list(dict.fromkeys(keys))
        for at in range(0, len(unique), 400):  # below SQLite's limit of bound parameters
            chunk = unique[at : at + 400]
            marks = ",".join("?" * len(chunk))
            with self._lock:
                rows = self._db.execute(
                    f"SELECT path_key, id FROM files WHERE path_key IN ({marks}) UNION ALL "
                    f"SELECT path_key, id FROM pending WHERE path_key IN ({marks})",
                    chunk + chunk,
                ).fetchall()
            found.update((key, asset_id) for key, asset_id in rows)  # pending wins
        return found

    def queue_many(self, rows: list[tuple[PendingRow, str]]) -> None:
        """Reserve the paths and remember the work (replacing older work for each asset):
        ``(row, path key)`` each."""
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO pending VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (row.id, row.updated_at, row.path, key, row.size, row.url, int(row.is_new))
                    for row, key in rows
                ],
            )

    def count_pending(self) -> int:
        """How much work is queued."""
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM pending").fetchone()[0])

    def dispatch(self, asset_ids: list[str]) -> None:
        """Note work handed to a batch job during this run (the note is not kept on disk)."""
        with self._lock:
            self._db.executemany(
                "INSERT OR IGNORE INTO dispatched VALUES (?)", [(i,) for i in asset_ids]
            )

    def count_undispatched(self) -> int:
        """Queued work not handed to a batch job yet."""
        with self._lock:
            return int(
                self._db.execute(
                    "SELECT count(*) FROM pending WHERE id NOT IN (SELECT id FROM dispatched)"
                ).fetchone()[0]
            )

    def iter_pending(self, chunk: int, *, undispatched: bool = False) -> Iterator[list[PendingRow]]:
        """The queued work, ``chunk`` rows at a time, by id (never all of it in memory);
        with ``undispatched``, only what no batch job was given this run."""
        after = ""
        where = " AND id NOT IN (SELECT id FROM dispatched)" if undispatched else ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT id, updated_at, path, size, url, is_new FROM pending "
                    f"WHERE id > ?{where} ORDER BY id LIMIT ?",
                    (after, chunk),
                ).fetchall()
            if not rows:
                return
            yield [_pending_row(r) for r in rows]
            after = rows[-1][0]

    def placed(self, row: PendingRow, key: str, size: int, checksum: str) -> FileRow | None:
        """Record a file that is in place and verified; returns the asset's previous file."""
        with self._lock, self.transaction():
            before = self.file(row.id)
            self._db.execute("DELETE FROM pending WHERE id = ?", (row.id,))
            self._db.execute("DELETE FROM files WHERE id = ?", (row.id,))
            self._db.execute(
                "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
                (row.id, row.updated_at, row.path, key, size, checksum),
            )
        return before

    def placed_many(self, placed: Sequence[tuple[PendingRow, str, int, str]]) -> list[FileRow]:
        """Record many files in one transaction: ``(row, path key, size, checksum)`` each;
        returns the earlier files of those assets."""
        ids = [row.id for row, _, _, _ in placed]
        with self._lock, self.transaction():
            before: list[FileRow] = []
            for at in range(0, len(ids), 500):  # below SQLite's limit of bound parameters
                chunk = ids[at : at + 500]
                marks = ",".join("?" * len(chunk))
                before += [
                    FileRow(*r)
                    for r in self._db.execute(
                        "SELECT id, updated_at, path, size, checksum FROM files "
                        f"WHERE id IN ({marks})",
                        chunk,
                    ).fetchall()
                ]
            gone = [(i,) for i in ids]
            self._db.executemany("DELETE FROM pending WHERE id = ?", gone)
            self._db.executemany("DELETE FROM files WHERE id = ?", gone)
            self._db.executemany(
                "INSERT INTO files VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (row.id, row.updated_at, row.path, key, size, checksum)
                    for row, key, size, checksum in placed
                ],
            )
        return before

    def forget(self, asset_id: str) -> None:
        """Drop an asset from the state (its file was pruned)."""
        with self._lock, self.transaction():
            self._db.execute("DELETE FROM files WHERE id = ?", (asset_id,))
            self._db.execute("DELETE FROM pending WHERE id = ?", (asset_id,))

    def unplace(self, asset_id: str) -> None:
        """Drop an asset's placed file from the state, keeping its queued work."""
        with self._lock:
            self._db.execute("DELETE FROM files WHERE id = ?", (asset_id,))

    def drop_pending(self, asset_id: str) -> None:
        """Forget queued work (its asset is gone)."""
        with self._lock:
            self._db.execute("DELETE FROM pending WHERE id = ?", (asset_id,))

    def count_files(self) -> int:
        """How many files the mirror holds."""
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM files").fetchone()[0])

    # ------------------------------------------------------------------ prune
    def clear_seen(self) -> None:
        """Start a complete listing's record of the ids it returns."""
        with self._lock:
            self._db.execute("DELETE FROM seen")

    def see(self, asset_ids: list[str]) -> None:
        """Record ids a complete listing returned."""
        with self._lock:
            self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?)", [(i,) for i in asset_ids])

    def iter_unseen(self, chunk: int = 1000) -> Iterator[list[FileRow]]:
        """Placed files of assets the complete listing did not return."""
        after = ""
        while True:
            with self._lock:
                rows = self._db.execute(
                    "SELECT id, updated_at, path, size, checksum FROM files "
                    "WHERE id > ? AND id NOT IN (SELECT id FROM seen) ORDER BY id LIMIT ?",
                    (after, chunk),
                ).fetchall()
            if not rows:
                return
            yield [FileRow(*r) for r in rows]
            after = rows[-1][0]

    def drop_unseen_pending(self) -> None:
        """Forget queued work for assets the complete listing no longer returns."""
        with self._lock:
            self._db.execute("DELETE FROM pending WHERE id NOT IN (SELECT id FROM seen)")
