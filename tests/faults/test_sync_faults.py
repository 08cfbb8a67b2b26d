"""The fault suite for ``sync``: each fault ends with a correct mirror or a clear error, nothing
lost and nothing partial, and a second run finishes the work.

Faults are injected by the loopback emulator (statuses, cut bodies, failed jobs, expired links)
or by patching the file writer (a full disk); a real child process is killed with SIGKILL at
three instants of its run.
"""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import scenario_assets as sa
from scenario_assets import _files
from scenario_assets.testing import Target, open_target
from tests.client.test_sync import assert_mirror, state_rows

POLICY = sa.RetryPolicy(max_retries=2, initial_backoff=0.01, max_backoff=0.02, jitter=0)


@pytest.fixture
def target() -> Iterator[Target]:
    with open_target(cassette=False, job_steps=("queued", "in-progress", "success")) as opened:
        yield opened


@pytest.fixture
def client(target: Target) -> Iterator[sa.Client]:
    with target.client(retry_policy=POLICY) as opened:
        yield opened


def test_a_connection_cut_mid_file_leaves_nothing_partial(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(6)
    target.fault("GET", "/_storage/*", truncate=True, truncate_ratio=0.5, times=3)
    folder = tmp_path / "m"
    first = client.assets.sync(folder, strategy="single", concurrency=2)
    assert len(first.failed) == 3 and all("interrupted" in f.reason for f in first.failed)
    assert len(state_rows(folder)) == 6 - len(first.failed)
    assert not list(folder.rglob("*.part"))
    second = client.assets.sync(folder)  # the failed ones stayed queued
    assert second.ok and second.new == len(first.failed)
    assert_mirror(folder, target)


@pytest.mark.parametrize("status", [503, 429])
def test_5xx_and_429_on_the_listing_are_retried(
    target: Target, client: sa.Client, tmp_path: Path, status: int
) -> None:
    target.seed_assets(150)
    target.fault("GET", "/v1/assets", status=status, retry_after=0, times=2)
    report = client.assets.sync(tmp_path / "m")
    assert report.ok and report.new == 150
    assert_mirror(tmp_path / "m", target)


@pytest.mark.parametrize("status", [503, 429])
def test_5xx_and_429_on_job_polls_are_polled_past(
    target: Target, client: sa.Client, tmp_path: Path, status: int
) -> None:
    target.seed_assets(60)
    target.fault("GET", "/v1/assets/download/*", status=status, retry_after=0, times=4)
    report = client.assets.sync(tmp_path / "m", strategy="batch")
    assert report.ok and report.new == 60 and report.jobs == 1
    assert_mirror(tmp_path / "m", target)


def test_a_failed_job_falls_back_to_single_links(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(70)
    target.fail_next_jobs(1)
    report = client.assets.sync(tmp_path / "m", strategy="batch")
    assert report.ok and report.new == 70 and report.jobs == 1
    assert_mirror(tmp_path / "m", target)


def test_an_expired_link_is_asked_for_afresh(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(4)
    target.set_url_ttl(60)

    def age_the_links(phase: str, done: int, total: int | None) -> None:
        if phase == "listing":  # the listing's links expire before they are used
            target.advance_clock(120)

    report = client.assets.sync(tmp_path / "m", strategy="single", on_phase=age_the_links)
    assert report.ok and report.new == 4
    assert report.requests == 1 + 4 * 3  # the page; per file: refused, a fresh link, the file
    assert_mirror(tmp_path / "m", target)


def test_a_full_disk_stops_the_run_and_the_next_one_resumes(
    target: Target, client: sa.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target.seed_assets(8)
    real_write = _files._PartFile.write
    calls = {"n": 0}

    def write(self: Any, chunk: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(self, chunk)

    monkeypatch.setattr(_files._PartFile, "write", write)
    folder = tmp_path / "m"
    with pytest.raises(sa.SyncError, match="disk is full") as caught:
        client.assets.sync(folder, strategy="single", concurrency=1)
    assert isinstance(caught.value.__cause__, OSError)
    assert len(state_rows(folder)) == 3 and not list(folder.rglob("*.part"))
    monkeypatch.setattr(_files._PartFile, "write", real_write)
    report = client.assets.sync(folder)
    assert report.ok and report.new == 5
    assert_mirror(folder, target)


def test_a_corrupt_state_file_is_refused_and_nothing_is_touched(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(2)
    folder = tmp_path / "m"
    client.assets.sync(folder)
    state = folder / ".scenario-sync.sqlite"
    for leftover in folder.glob(".scenario-sync.sqlite-*"):
        leftover.unlink()
    state.write_bytes(b"this is not a database" * 100)
    before = sorted(p.name for p in folder.rglob("*"))
    with pytest.raises(sa.SyncStateError, match="not a sync state"):
        client.assets.sync(folder, prune=True)
    assert sorted(p.name for p in folder.rglob("*")) == before


def test_a_foreign_state_file_is_refused(target: Target, client: sa.Client, tmp_path: Path) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    with sqlite3.connect(folder / ".scenario-sync.sqlite") as db:
        db.execute("CREATE TABLE songs (title TEXT)")
    with pytest.raises(sa.SyncStateError, match="no mirror tables"):
        client.assets.sync(folder)
    with sqlite3.connect(folder / ".scenario-sync.sqlite") as db:
        db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        db.execute("INSERT INTO meta VALUES ('format', 'something else 9')")
    with pytest.raises(sa.SyncStateError, match="something else 9"):
        client.assets.sync(folder)


CHILD = textwrap.dedent(
    """
    import os, signal, sys
    import scenario_assets as sa
    from scenario_assets import _files
    from scenario_assets._mirror_state import StateStore

    base_url, key, secret, folder, instant, strategy = sys.argv[1:7]
    count = {"n": 0}

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def on_phase(phase, done, total):
        if instant == "after-record" and phase == "fetching" and done == 10:
            die()

    from scenario_assets._mirror_plan import ArchiveSink
    if instant == "before-record":  # files are in place, the state does not know them yet
        real = StateStore.placed
        def placed(self, *args):
            count["n"] += 1
            if count["n"] == 10:
                die()
            return real(self, *args)
        StateStore.placed = placed
        def placed_many(self, *args):  # an archive's files are recorded in groups
            die()
        StateStore.placed_many = placed_many
        ArchiveSink.RECORD_EVERY = 10
    if instant == "mid-file":  # killed while writing a file: a .part is left behind
        real_write = _files._PartFile.write
        def write(self, chunk):
            count["n"] += 1
            if count["n"] == 10:
                self._file.write(chunk[: len(chunk) // 2])
                self._file.flush()
                die()
            real_write(self, chunk)
        _files._PartFile.write = write
        real_data = ArchiveSink.data
        def data(self, chunk):  # an archive entry, written as the archive downloads
            count["n"] += 1
            if count["n"] == 10:
                real_data(self, chunk[: len(chunk) // 2])
                die()
            real_data(self, chunk)
        ArchiveSink.data = data

    with sa.Client(key, secret, base_url=base_url) as client:
        client.assets.sync(folder, strategy=strategy, concurrency=1, on_phase=on_phase)
    sys.exit(3)  # never reached: the process is killed
    """
)


@pytest.mark.parametrize(
    ("instant", "strategy"),
    [
        ("after-record", "single"),
        ("before-record", "single"),
        ("mid-file", "single"),
        ("mid-file", "batch"),
        ("before-record", "batch"),
    ],
)
def test_a_second_run_after_sigkill_finishes_without_fetching_again(
    target: Target, client: sa.Client, tmp_path: Path, instant: str, strategy: str
) -> None:
    ids = target.seed_assets(40)
    assert target.server is not None
    size = len(target.server.state.assets[ids[0]].content)
    folder = tmp_path / "m"
    child = subprocess.run(
        [sys.executable, "-c", CHILD, target.base_url, target.api_key, target.api_secret,
         str(folder), instant, strategy],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    recorded = len(state_rows(folder))  # a batch records its files in one commit
    present = [p for p in folder.rglob("*.png") if p.is_file()]
    assert 8 <= len(present) < 40 and recorded <= len(present)  # (a batch writes its archive too)
    if instant == "mid-file":
        assert list(folder.rglob("*.part"))  # what the killed run left behind
    report = client.assets.sync(folder)
    assert report.ok and report.new == 40 - recorded
    # Files already in place are adopted, not fetched again: only the others cost bytes.
    assert report.bytes == (40 - len(present)) * size
    assert_mirror(folder, target)
    assert not os.path.exists(folder / ".scenario-sync-tmp")


def test_an_asset_deleted_after_it_was_listed_is_skipped_not_failed(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    ids = target.seed_assets(3)
    target.set_url_ttl(60)

    def delete_one(phase: str, done: int, total: int | None) -> None:
        if phase == "listing":  # links expire, and one asset goes before it is fetched
            target.advance_clock(120)
            assert target.server is not None
            target.server.state.delete([ids[0]])

    report = client.assets.sync(tmp_path / "m", strategy="single", on_phase=delete_one)
    assert report.ok and report.new == 2
    again = client.assets.sync(tmp_path / "m")
    assert again.ok and again.new == 0 and again.requests == 1  # nothing left queued


def test_an_archive_cut_midway_keeps_what_arrived_and_fetches_the_rest_alone(
    target: Target, client: sa.Client, tmp_path: Path
) -> None:
    target.seed_assets(60)
    target.fault("GET", "/_storage/downloads/*", truncate=True, truncate_ratio=0.5, times=1)
    report = client.assets.sync(tmp_path / "m", strategy="batch")
    assert report.ok and report.new == 60 and report.jobs == 1
    # the archive's first half was unpacked as it arrived: fewer single links than files
    singles = report.requests - 6  # the page, the job, 3 polls to success, the archive
    assert 0 < singles < 60
    assert_mirror(tmp_path / "m", target)


def test_an_archive_that_cannot_be_read_streaming_is_read_whole(
    target: Target, client: sa.Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stored entries whose sizes follow their data (zip tools writing to a pipe) cannot be
    delimited while streaming: the archive is downloaded whole and read with zipfile."""
    import zipfile

    from scenario_assets.emulator import _state
    from tests.support.zips import archive

    def piped_zip(entries: Any) -> bytes:
        return archive(list(entries), method=zipfile.ZIP_STORED, seekable=False)

    monkeypatch.setattr(_state, "build_zip", piped_zip)
    target.seed_assets(60)
    report = client.assets.sync(tmp_path / "m", strategy="batch")
    assert report.ok and report.new == 60 and report.jobs == 1
    assert report.requests == 7  # the page, the job, 3 polls, the archive twice: no single link
    assert_mirror(tmp_path / "m", target)
