"""What a sync does, independent of sync or async I/O: filters, planning, placing, pruning.

The driver (:mod:`scenario_assets._async._mirror`, and its generated sync twin) only moves
bytes: it lists pages, starts batch jobs, fetches links, and hands every result to a
:class:`SyncPlan`, which owns the state store, the layout, the folder lock and the report. The
facts about the API come from the generated operation table: the list filters (every query
parameter of ``listAssets`` except those the sync itself drives), the largest page, and the
largest batch download.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import shutil
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal

import attrs
from dateutil.parser import isoparse
from scenario_assets_api.operations import CallOptions

from ._files import _create_part_file
from ._mirror_filters import FILTERS, LIST
from ._mirror_layout import DEFAULT_LAYOUT, Layout, disambiguate, path_key
from ._mirror_state import (
    STATE_NAME,
    FileRow,
    FolderLock,
    PendingRow,
    StateStore,
    sha256_file,
)
from ._runner import prepare
from ._validation import check_callback
from .downloads import BATCH_LIMIT
from .errors import SyncError, SyncStateError, ValidationError

__all__ = [
    "BATCH_LIMIT",
    "FILTERS",
    "PAGE_SIZE",
    "PhaseCallback",
    "Strategy",
    "SyncAction",
    "SyncFailure",
    "SyncPlan",
    "SyncReport",
]

logger = logging.getLogger("scenario_assets")

_LIST = LIST
_BY_PYTHON = {p.python: p for p in FILTERS}

PAGE_SIZE: int = next(p.schema.get("maximum", 50) for p in _LIST.params if p.python == "page_size")
#: Re-list this far behind the high-water mark: assets with the mark's own timestamp (the
#: filter is exclusive) and assets whose write became visible late are seen again, and found
#: unchanged, rather than missed.
OVERLAP = timedelta(seconds=60)
#: Below this many files, single links beat a batch job's round trips. Measured on the
#: emulator, a job's statuses queued, in-progress, success (median of 3, seconds, batch /
#: single links): 10 files 0.09 / 0.06, 25 files 0.12 / 0.14, 50 files 0.14 / 0.25, 100 files
#: 0.24 / 0.55; at 10,000 see ``make bench`` group 7.
BATCH_MIN = 20
ARCHIVE_TEMPLATE = "<id>"

Strategy = Literal["auto", "batch", "single"]
PhaseCallback = Callable[[str, int, int | None], None]
"""``on_phase(phase, done, total)``: phase ``"listing"`` (assets listed, total unknown),
``"fetching"`` (files placed or failed, of those queued) or ``"pruning"``."""


@attrs.frozen
class SyncFailure:
    """An asset the run could not place; the next run tries again."""

    asset_id: str
    path: str
    reason: str


@attrs.frozen
class SyncAction:
    """One thing a run does (or, in a dry run, would do): ``new``, ``update`` or ``prune``."""

    action: str
    asset_id: str
    path: str


@attrs.define
class SyncReport:
    """What a sync did.

    Attributes:
        new: files of assets the mirror did not have.
        updated: files replaced because their asset changed (or went missing locally).
        unchanged: listed assets whose file was already current.
        failed: assets that could not be placed, with the reason (they stay queued).
        pruned: paths removed because a complete listing no longer returns their asset.
        bytes: bytes written into the mirror.
        requests: HTTP requests sent (API and storage, retries included).
        listed: assets the listing returned.
        jobs: batch download jobs used.
        full_listing: whether this run listed everything (first run, ``prune``, new filters).
        dry_run: nothing was downloaded, removed or recorded.
        actions: in a dry run, everything the run would do.
        seconds: wall time.
    """

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[SyncFailure] = attrs.field(factory=list)
    pruned: list[str] = attrs.field(factory=list)
    bytes: int = 0
    requests: int = 0
    listed: int = 0
    jobs: int = 0
    full_listing: bool = False
    dry_run: bool = False
    actions: list[SyncAction] = attrs.field(factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """No asset failed."""
        return not self.failed

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (``--json``)."""
        return attrs.asdict(self) | {"ok": self.ok}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    value = getattr(value, "value", value)
    if isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Iterable):
        return [_plain(v) for v in value]
    raise ValidationError(f"unsupported filter value {value!r}")


def check_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    """The given filters, checked by the spec's rules before any request, as plain values."""
    unknown = sorted(set(filters) - set(_BY_PYTHON))
    if unknown:
        raise ValidationError(
            f"sync does not take {', '.join(unknown)}; its filters are: "
            + ", ".join(sorted(_BY_PYTHON))
        )
    given = {k: _plain(v) for k, v in filters.items() if v is not None}
    args = {_BY_PYTHON[k].name: v for k, v in given.items()}
    if "updatedBefore" in args:  # the rule "updatedBefore needs sortBy=updatedAt" holds: we set it
        args["sortBy"] = "updatedAt"
    prepare(_LIST, args, CallOptions())
    return dict(sorted(given.items()))


def _check_int(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(f"{name} must be an integer from {low} to {high}, got {value!r}")
    return value


def _stamp(asset: Any) -> str:
    return str(asset.updated_at)


def _instant(stamp: str) -> datetime:
    """An ``updatedAt`` as a datetime: the C parser for the usual ISO 8601 forms (it runs once
    per listed asset), dateutil's for the rarer ones it does not read."""
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return isoparse(stamp)


def _size(asset: Any) -> int | None:
    size = getattr(getattr(asset, "properties", None), "size", None)
    return int(size) if isinstance(size, int | float) and size >= 0 else None


class SyncPlan:
    """One run's bookkeeping, shared by the sync and async drivers.

    Args:
        dest: the mirror folder (created if missing, except in a dry run).
        filters: list filters (see :data:`FILTERS`).
        layout: the path template (see :mod:`scenario_assets._mirror_layout`).
        concurrency: downloads in flight (1-32); batch jobs in flight: up to 4 of them.
        prune: remove files of assets that a complete listing no longer returns.
        dry_run: list and plan only.
        rebaseline: accept new filters: forget the high-water mark and list everything again.
        strategy: ``"auto"`` (batch jobs from :data:`BATCH_MIN` files), ``"batch"``,
            ``"single"``.
        on_phase: see :data:`PhaseCallback`.

    Raises:
        ValidationError: any bad argument, before any request or file change.
    """

    def __init__(
        self,
        dest: str | os.PathLike[str],
        *,
        filters: Mapping[str, Any],
        layout: str,
        concurrency: int,
        prune: bool,
        dry_run: bool,
        rebaseline: bool,
        strategy: str,
        on_phase: PhaseCallback | None,
    ) -> None:
        if not isinstance(dest, str | os.PathLike) or not os.fspath(dest):
            raise ValidationError(f"dest must be a folder path, got {dest!r}")
        self.dest = Path(os.fspath(dest))
        if self.dest.exists() and not self.dest.is_dir():
            raise ValidationError(f"dest {str(self.dest)!r} exists and is not a folder")
        self.filters = check_filters(filters)
        self.layout = Layout(layout if layout is not None else DEFAULT_LAYOUT)
        self.concurrency = _check_int(concurrency, "concurrency", 1, 32)
        self.jobs_in_flight = min(4, self.concurrency)
        for name, flag in (("prune", prune), ("dry_run", dry_run), ("rebaseline", rebaseline)):
            if not isinstance(flag, bool):
                raise ValidationError(f"{name} must be True or False, got {flag!r}")
        if strategy not in ("auto", "batch", "single"):
            raise ValidationError(f"strategy must be 'auto', 'batch' or 'single', got {strategy!r}")
        check_callback(on_phase, "on_phase")
        self.prune_files = prune
        self.dry_run = dry_run
        self.rebaseline = rebaseline
        self.strategy = strategy
        self.on_phase = on_phase
        self.report = SyncReport(dry_run=dry_run)
        self.temp_dir = self.dest / ".scenario-sync-tmp"
        self._lock: FolderLock | None = None
        self._store: StateStore | None = None
        self._mark: str | None = None
        self._high: tuple[datetime, str] | None = None
        self._started = time.monotonic()
        self._queued = 0
        self._done = 0
        self._folders: set[Path] = set()  # folders known to exist (the layout has few)
        #: Per folder of the layout, whether it held nothing when the listing first looked (dot
        #: names aside: the state's own): a file there can then only be one the state owns, so
        #: no name in it needs a look on disk.
        self._was_empty: dict[str, bool] = {}
        self._buffer: list[PendingRow] = []  # work listed, not yet given to a batch job
        #: Held while an archive's bytes are placed: one archive at a time. Placing is CPU and
        #: file-system work; with the blocking client, threads placing at once only contend for
        #: the interpreter (measured: a third more CPU for the same files), while the downloads
        #: themselves still overlap.
        self.placing = threading.Lock()

    # ------------------------------------------------------------------ start and end
    @property
    def store(self) -> StateStore:
        assert self._store is not None, "begin() first"
        return self._store

    def begin(self) -> None:
        """Lock the folder, open its state, check filters and layout, clear leftovers."""
        exists = self.dest.is_dir()
        if not self.dry_run:
            self.dest.mkdir(parents=True, exist_ok=True)
        if exists or not self.dry_run:
            self._lock = FolderLock(self.dest)
            self._lock.acquire()
        state = self.dest / STATE_NAME
        try:
            self._store = StateStore(state if (exists or not self.dry_run) else None)
            self._check_settings()
            if self.dry_run:
                self.store.begin_dry_run()
            else:
                self._clear_leftovers()
        except BaseException:
            self.finish()
            raise
        self._mark = self.store.get_meta("high_water")
        self.report.full_listing = self.prune_files or self._mark is None
        if self.report.full_listing:
            self.store.clear_seen()

    def _check_settings(self) -> None:
        store = self.store
        known_filters = store.get_meta("filters")
        known_layout = store.get_meta("layout")
        made = known_filters is not None
        if made and known_layout != self.layout.template and store.count_files():
            raise SyncStateError(
                f"{self.dest} mirrors with the layout {known_layout!r}, not "
                f"{self.layout.template!r}: a layout is fixed for a folder; sync into a new "
                "folder to use another"
            )
        if made and known_filters != self.filters:
            if not self.rebaseline:
                raise SyncStateError(
                    f"{self.dest} mirrors the filters {known_filters or 'none'}, not "
                    f"{self.filters or 'none'}: nothing was changed. Pass rebaseline=True "
                    "(--rebaseline) to list everything again with the new filters (add prune "
                    "to remove files of assets they leave out), or use another folder"
                )
            store.set_meta("high_water", None)
        store.set_meta("filters", self.filters)
        store.set_meta("layout", self.layout.template)

    def _clear_leftovers(self) -> None:
        """Remove what a killed run left: its temporary folder and ``.part`` files."""
        shutil.rmtree(self.temp_dir, ignore_errors=True)
        for rows in self.store.iter_pending(1000):
            for row in rows:
                target = self.dest / row.path
                for part in target.parent.glob(f".{target.name[:100]}.*.part"):
                    with contextlib.suppress(OSError):
                        part.unlink()

    def finish(self) -> SyncReport:
        """Close the state (undoing a dry run) and release the folder."""
        if self._store is not None:
            if self.dry_run:
                with contextlib.suppress(Exception):
                    self._store.rollback()
            self._store.close()
            self._store = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        if not self.dry_run:
            shutil.rmtree(self.temp_dir, ignore_errors=True)
            if (self.report.new or self.report.updated) and hasattr(os, "sync"):
                # Files are placed without one fsync each (which would cost more than the
                # download of a small file); one flush of the file system makes them durable.
                os.sync()
        self.report.seconds = time.monotonic() - self._started
        return self.report

    def disk_error(self, exc: OSError) -> SyncError:
        """A write failure that ends the run (a full disk fails every next file too)."""
        what = "the disk is full" if exc.errno == errno.ENOSPC else f"cannot write: {exc}"
        return SyncError(
            f"sync into {self.dest} stopped, {what}; every file recorded so far is complete "
            "and verified, and the next run resumes from there"
        )

    def _progress(self, phase: str, done: int, total: int | None) -> None:
        if self.on_phase is not None:
            self.on_phase(phase, done, total)

    # ------------------------------------------------------------------ listing
    def list_args(self) -> dict[str, Any]:
        """Arguments of ``assets.iter`` for this run's listing."""
        args: dict[str, Any] = {
            **self.filters,
            "sort_by": "updatedAt",
            "sort_direction": "asc",
            "page_size": PAGE_SIZE,
        }
        if not self.report.full_listing and self._mark is not None:
            args["updated_after"] = (isoparse(self._mark) - OVERLAP).isoformat()
        return args

    def observe(self, assets: Sequence[Any]) -> None:
        """A page of the listing: queue what is new or changed, count what is current."""
        store = self.store
        with store.transaction():
            ids = [a.id for a in assets]
            files, queued = store.lookup(ids) if assets else ({}, {})
            wanted: list[tuple[Any, str, FileRow | None]] = []
            for asset in assets:
                path = self._needs(asset, files.get(asset.id), queued.get(asset.id))
                if path is not None:
                    wanted.append((asset, path, files.get(asset.id)))
            if wanted:
                self._queue(wanted)
            if self.report.full_listing:
                store.see(ids)
        self.report.listed += len(assets)
        self._progress("listing", self.report.listed, None)

    def _needs(self, asset: Any, placed: FileRow | None, queued: PendingRow | None) -> str | None:
        """The path the layout gives an asset that needs fetching; None when its file is
        current (or an earlier run already queued it: then it is handed over as it is)."""
        stamp = _stamp(asset)
        when = _instant(stamp)
        if self._high is None or when > self._high[0]:
            self._high = (when, stamp)
        if placed is not None and placed.updated_at == stamp:
            with contextlib.suppress(OSError):
                if (self.dest / placed.path).stat().st_size == placed.size:
                    self.report.unchanged += 1
                    return None
        if queued is not None and queued.updated_at == stamp:
            self._hand_over(queued)  # found by an earlier run that did not finish it
            return None
        return self.layout.render(asset)

    def _queue(self, wanted: list[tuple[Any, str, FileRow | None]]) -> None:
        """Give each asset of a page its path (one query for the page's owners) and queue it."""
        candidates = {asset.id: (path, disambiguate(path, asset.id)) for asset, path, _ in wanted}
        owners = self.store.owners([path_key(p) for paths in candidates.values() for p in paths])
        rows: list[tuple[PendingRow, str]] = []
        for asset, _, placed in wanted:
            path = self._free_path(asset.id, candidates[asset.id], owners)
            if path is None:
                self.report.failed.append(
                    SyncFailure(asset.id, "", "no free file name for it in the layout")
                )
                continue
            key = path_key(path)
            owners[key] = asset.id  # later assets of the page see it taken
            stamp = _stamp(asset)
            row = PendingRow(asset.id, stamp, path, _size(asset), str(asset.url), placed is None)
            rows.append((row, key))
        self.store.queue_many(rows)
        for row, _ in rows:
            self._hand_over(row)
            if self.dry_run:
                action = "new" if row.is_new else "update"
                self.report.actions.append(SyncAction(action, row.id, row.path))
                if row.is_new:
                    self.report.new += 1
                else:
                    self.report.updated += 1

    def _free_path(
        self, asset_id: str, paths: tuple[str, str], owners: Mapping[str, str]
    ) -> str | None:
        """The first of ``paths`` that no other asset and no foreign file holds."""
        for path in paths:
            owner = owners.get(path_key(path))
            if owner == asset_id:
                return path
            if owner is None and not self._on_disk(path):
                return path
        return None

    def _on_disk(self, path: str) -> bool:
        """Whether something not in the state holds ``path`` (one look per empty folder)."""
        folder = path.rpartition("/")[0]
        empty = self._was_empty.get(folder)
        if empty is None:
            try:
                with os.scandir(self.dest / folder) as entries:  # layouts never give dot names
                    empty = next((e for e in entries if not e.name.startswith(".")), None) is None
            except OSError:  # missing (the run creates it) or not a folder (placing says so)
                empty = True
            self._was_empty[folder] = empty
        return not empty and os.path.lexists(self.dest / path)

    def _hand_over(self, row: PendingRow) -> None:
        """Work found while listing: buffered for a batch job started before the listing ends."""
        self._queued += 1
        if not self.dry_run and self.strategy != "single":
            self._buffer.append(row)

    def take_batch(self) -> list[PendingRow] | None:
        """A full batch of work the listing found so far, if there is one (noted dispatched)."""
        if len(self._buffer) < BATCH_LIMIT:
            return None
        rows, self._buffer = self._buffer[:BATCH_LIMIT], self._buffer[BATCH_LIMIT:]
        self.store.dispatch([row.id for row in rows])
        return rows

    def listed(self) -> None:
        """The listing completed: move the high-water mark; forget work for vanished assets."""
        if self._high is not None and (self._mark is None or self._high[0] > isoparse(self._mark)):
            self.store.set_meta("high_water", self._high[1])
        if self.report.full_listing and self.prune_files:
            self.store.drop_unseen_pending()
        self._buffer.clear()  # what it held is queued in the store: rest_batches() reads it
        self._queued = self._done + self.store.count_pending()

    # ------------------------------------------------------------------ fetching
    def use_batches(self) -> bool:
        """Whether the work left when the listing ends goes through batch download jobs:
        from :data:`BATCH_MIN` files (``auto``), always (``batch``) or never (``single``)."""
        if self.strategy != "auto":
            return self.strategy == "batch"
        return self.store.count_undispatched() >= BATCH_MIN

    def rest_batches(self) -> Iterator[list[PendingRow]]:
        """After the listing: the work no batch job was given yet, in groups of at most
        :data:`BATCH_LIMIT` (none if it is better fetched one by one)."""
        if self.dry_run or not self.use_batches():
            return
        for rows in self.store.iter_pending(BATCH_LIMIT, undispatched=True):
            self.store.dispatch([row.id for row in rows])
            yield rows

    def singles(self) -> Iterator[PendingRow]:
        """Queued work one asset at a time (read from the store in chunks)."""
        for rows in self.store.iter_pending(256):
            yield from rows

    def archive_path(self, job_id: str) -> Path:
        """Where a job's archive is streamed before it is unpacked."""
        self.temp_dir.mkdir(exist_ok=True)
        return self.temp_dir / f"{job_id}.zip"

    def target(self, row: PendingRow) -> Path:
        """The file a queued asset goes to (its folder created)."""
        path = self.dest / row.path
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        return path

    def adopt(self, row: PendingRow) -> bool:
        """Record a new asset's file that a killed run put in place but did not record."""
        path = self.dest / row.path
        if not row.is_new or row.size is None or not path.is_file():
            return False
        if path.stat().st_size != row.size:
            return False
        self._placed(row, row.size, sha256_file(path), written=0)
        return True

    def record(self, row: PendingRow) -> None:
        """A single download is in place: verify its size against the listing, record it."""
        path = self.dest / row.path
        size = path.stat().st_size
        if row.size is not None and size != row.size:
            path.unlink()  # the state never records a file it could not verify
            self.store.unplace(row.id)
            self.fail(row, f"{size} bytes arrived, the listing says {row.size}")
            return
        self._placed(row, size, sha256_file(path), written=size)

    def archive_sink(self, rows: list[PendingRow]) -> ArchiveSink:
        """Where the entries of a batch archive of ``rows`` go (see :class:`ArchiveSink`)."""
        return ArchiveSink(self, rows)

    def unpack(self, archive: Path, rows: list[PendingRow]) -> None:
        """Place the entries of a downloaded archive (when it could not be read streaming);
        rows missing from it stay queued."""
        sink = self.archive_sink(rows)
        try:
            with zipfile.ZipFile(archive) as bundle:
                for info in bundle.infolist():
                    if info.is_dir() or not sink.start(info.filename, info.file_size):
                        continue
                    try:
                        with bundle.open(info) as entry:
                            for chunk in iter(lambda: entry.read(1 << 16), b""):
                                sink.data(chunk)
                    except (zipfile.BadZipFile, ValueError, zlib.error) as exc:  # damaged (CRC)
                        sink.discard(str(exc))
                        continue
                    sink.end(info.file_size, info.CRC)
        finally:
            missing = sink.close()
        self.not_delivered(missing)

    def not_delivered(self, rows: list[PendingRow]) -> None:
        """Rows an archive did not deliver: they stay queued and are fetched one by one."""
        for row in rows:
            logger.info("sync: %s is not in its batch archive; fetching it alone", row.id)

    def batch_failed(self, rows: list[PendingRow], error: Exception) -> None:
        """A job failed or its archive could not be fetched: its assets go one by one."""
        logger.warning(
            "sync: a batch of %d assets failed (%s); fetching them one by one", len(rows), error
        )

    def _placed(self, row: PendingRow, size: int, checksum: str, *, written: int) -> None:
        before = self.store.placed(row, path_key(row.path), size, checksum)
        self._count_placed([(row, written)], [] if before is None else [before])

    def placed_many(self, placed: list[tuple[PendingRow, int, str]]) -> None:
        """Record files of an archive in place and verified: ``(row, size, checksum)`` each."""
        if not placed:
            return
        before = self.store.placed_many(
            [(row, path_key(row.path), size, checksum) for row, size, checksum in placed]
        )
        self._count_placed([(row, size) for row, size, _ in placed], before)

    def _count_placed(self, placed: list[tuple[PendingRow, int]], before: list[FileRow]) -> None:
        now = {row.id: path_key(row.path) for row, _ in placed}
        for old in before:  # the asset moved in the layout (renamed): its old file goes
            if path_key(old.path) != now.get(old.id):
                with contextlib.suppress(FileNotFoundError):
                    (self.dest / old.path).unlink()
        for row, written in placed:
            if row.is_new:
                self.report.new += 1
            else:
                self.report.updated += 1
            self.report.bytes += written
            self._step()

    def fail(self, row: PendingRow, reason: str) -> None:
        """An asset could not be placed this run (it stays queued for the next one)."""
        logger.warning("sync: %s (%s) failed: %s", row.id, row.path, reason)
        self.report.failed.append(SyncFailure(row.id, row.path, reason))
        self._step()

    def vanished(self, row: PendingRow) -> None:
        """The asset was deleted after it was listed: nothing to fetch (prune removes an
        older file of it)."""
        logger.info("sync: %s was deleted since it was listed; skipped", row.id)
        self.store.drop_pending(row.id)
        self._step()

    def _step(self) -> None:
        self._done += 1
        self._progress("fetching", self._done, self._queued)

    def job_started(self) -> None:
        """Count a batch job."""
        self.report.jobs += 1

    # ------------------------------------------------------------------ pruning
    def prune(self) -> None:
        """With ``prune`` after a complete listing: remove the files of vanished assets."""
        if not (self.prune_files and self.report.full_listing):
            return
        gone: list[FileRow] = [row for rows in self.store.iter_unseen() for row in rows]
        for done, row in enumerate(gone, start=1):
            self.report.pruned.append(row.path)
            if self.dry_run:
                self.report.actions.append(SyncAction("prune", row.id, row.path))
            else:
                path = self.dest / row.path
                if path.is_file() and not path.is_symlink():
                    path.unlink()
                self.store.forget(row.id)
                logger.info("sync: pruned %s (asset %s is gone)", row.path, row.id)
            self._progress("pruning", done, len(gone))


class ArchiveSink:
    """Places the entries of one batch archive as they arrive (an :class:`~._unzip.EntrySink`).

    An entry named after a wanted asset (``<id>.<ext>``) goes to a ``.part`` file beside its
    target, hashed as it is written, and is renamed into place once the archive's checks pass
    (CRC and size, and the listing's size). Placed files are recorded in the state every
    :attr:`RECORD_EVERY` files and at :meth:`close` (one transaction each): killed in between, the
    next run adopts the files already in place. Rows the archive did not deliver stay queued
    (:meth:`remaining`).
    """

    RECORD_EVERY = 100

    def __init__(self, plan: SyncPlan, rows: list[PendingRow]) -> None:
        self._plan = plan
        self._wanted = {row.id: row for row in rows}
        self._placed: list[tuple[PendingRow, int, str]] = []
        self._row: PendingRow | None = None
        self._target: Path | None = None
        self._part: Path | None = None
        self._fd = -1
        self._digest: Any = None

    def start(self, name: str, size: int | None) -> bool:
        """Take an entry named after a wanted asset (of the listing's size, when known)."""
        stem = name.rpartition("/")[2].rpartition(".")[0]
        row = self._wanted.get(stem)
        if row is None:
            return False
        if row.size is not None and size is not None and size != row.size:
            logger.info("sync: %s has another size in its archive; fetching it alone", stem)
            return False
        target = self._plan.target(row)
        self._part, self._fd = _create_part_file(target)
        self._row, self._target, self._digest = row, target, hashlib.sha256()
        return True

    def data(self, chunk: bytes) -> None:
        """Write the entry's next bytes."""
        self._digest.update(chunk)
        view = memoryview(chunk)
        while view:
            view = view[os.write(self._fd, view) :]

    def end(self, size: int, crc: int) -> None:
        """The entry passed the archive's checks: verify its size, put it in place."""
        row, target, part = self._row, self._target, self._part
        assert row is not None and target is not None and part is not None
        if row.size is not None and size != row.size:
            self.discard(f"{size} bytes in the archive, the listing says {row.size}")
            return
        os.close(self._fd)
        self._fd = -1
        os.replace(part, target)
        self._row = self._target = self._part = None
        del self._wanted[row.id]
        self._placed.append((row, size, self._digest.hexdigest()))
        if len(self._placed) >= self.RECORD_EVERY:
            self._record()

    def discard(self, reason: str) -> None:
        """The entry failed a check: remove its part file; its asset stays queued."""
        if self._row is not None:
            logger.info(
                "sync: %s could not be taken from its archive (%s); fetching it alone",
                self._row.id,
                reason,
            )
        self._abort()

    def remaining(self) -> list[PendingRow]:
        """Rows the archive has not delivered (so far)."""
        return list(self._wanted.values())

    def close(self) -> list[PendingRow]:
        """Remove a part file left open, record what is in place; the rows not delivered."""
        self._abort()
        self._record()
        return self.remaining()

    def _record(self) -> None:
        placed, self._placed = self._placed, []
        self._plan.placed_many(placed)

    def _abort(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1
        if self._part is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._part)
        self._row = self._target = self._part = None
