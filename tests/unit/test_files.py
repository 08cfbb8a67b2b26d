"""Tests for scenario_assets._files: atomic, verified streaming of downloads to disk."""

from __future__ import annotations

import asyncio
import os
import stat
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path

import pytest

from scenario_assets._async._storage import astream_to_file
from scenario_assets._files import resolve_destination
from scenario_assets._sync._storage import stream_to_file
from scenario_assets.errors import DownloadError, IntegrityError, ValidationError

CHUNKS = [b"abc", b"defg", b"", b"hi"]
DATA = b"".join(CHUNKS)
OLD = b"previous contents"


class Boom(Exception):
    """Raised by test iterators and callbacks."""


class Interrupt(BaseException):
    """A BaseException that is not an Exception, like KeyboardInterrupt."""


def listing(directory: Path) -> list[str]:
    return sorted(os.listdir(directory))


def failing_after(chunks: Iterable[bytes], error: BaseException) -> Iterator[bytes]:
    yield from chunks
    raise error


async def agen(chunks: Iterable[bytes], error: BaseException | None = None) -> AsyncIterator[bytes]:
    for chunk in chunks:
        await asyncio.sleep(0)
        yield chunk
    if error is not None:
        raise error


def run_async(
    chunks: Iterable[bytes], dest: Path, error: BaseException | None = None, **kwargs: object
) -> Path:
    return asyncio.run(astream_to_file(agen(chunks, error), dest, **kwargs))  # type: ignore[arg-type]


def run_sync(
    chunks: Iterable[bytes], dest: Path, error: BaseException | None = None, **kwargs: object
) -> Path:
    source = failing_after(chunks, error) if error is not None else iter(chunks)
    return stream_to_file(source, dest, **kwargs)  # type: ignore[arg-type]


RUNNERS = [pytest.param(run_sync, id="sync"), pytest.param(run_async, id="async")]


# --- success ----------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_length", [len(DATA), None])
@pytest.mark.parametrize("runner", RUNNERS)
def test_success(runner: object, expected_length: int | None, tmp_path: Path) -> None:
    dest = tmp_path / "image.png"
    result = runner(CHUNKS, dest, expected_length=expected_length)  # type: ignore[operator]
    assert result == dest
    assert isinstance(result, Path)
    assert dest.read_bytes() == DATA
    assert listing(tmp_path) == ["image.png"]


@pytest.mark.parametrize("runner", RUNNERS)
def test_success_replaces_an_existing_file(runner: object, tmp_path: Path) -> None:
    dest = tmp_path / "image.png"
    dest.write_bytes(OLD)
    runner(CHUNKS, dest, expected_length=len(DATA))  # type: ignore[operator]
    assert dest.read_bytes() == DATA
    assert listing(tmp_path) == ["image.png"]


@pytest.mark.parametrize("expected_length", [0, None])
@pytest.mark.parametrize("runner", RUNNERS)
def test_empty_download(runner: object, expected_length: int | None, tmp_path: Path) -> None:
    dest = tmp_path / "empty.bin"
    runner([], dest, expected_length=expected_length)  # type: ignore[operator]
    assert dest.read_bytes() == b""


def test_str_destination_is_accepted(tmp_path: Path) -> None:
    result = stream_to_file(CHUNKS, str(tmp_path / "x.bin"), expected_length=None)
    assert result == tmp_path / "x.bin"
    assert result.read_bytes() == DATA


@pytest.mark.parametrize("runner", RUNNERS)
def test_writes_to_a_hidden_part_file_in_the_same_directory(runner: object, tmp_path: Path) -> None:
    dest = tmp_path / "photo.jpg"
    seen: list[list[str]] = []

    def on_progress(done: int, total: int | None) -> None:
        seen.append(listing(tmp_path))

    runner(CHUNKS, dest, expected_length=None, on_progress=on_progress)  # type: ignore[operator]
    assert seen
    for names in seen:
        assert len(names) == 1
        assert names[0].startswith(".photo.jpg.")
        assert names[0].endswith(".part")
    assert listing(tmp_path) == ["photo.jpg"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_final_file_permissions_follow_the_umask(tmp_path: Path) -> None:
    old_umask = os.umask(0o027)
    try:
        dest = stream_to_file(CHUNKS, tmp_path / "perm.bin", expected_length=None)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(dest.stat().st_mode) == 0o640


def test_long_destination_name_still_gets_a_valid_part_file(tmp_path: Path) -> None:
    dest = tmp_path / ("\u00e9" * 120 + ".png")  # 245 bytes: near NAME_MAX
    assert stream_to_file(CHUNKS, dest, expected_length=None).read_bytes() == DATA


# --- progress ---------------------------------------------------------------------------------


@pytest.mark.parametrize("expected_length", [len(DATA), None])
@pytest.mark.parametrize("runner", RUNNERS)
def test_progress_values(runner: object, expected_length: int | None, tmp_path: Path) -> None:
    calls: list[tuple[int, int | None]] = []
    runner(  # type: ignore[operator]
        CHUNKS,
        tmp_path / "p.bin",
        expected_length=expected_length,
        on_progress=lambda done, total: calls.append((done, total)),
    )
    # One call per non-empty chunk, with the running total.
    assert calls == [(3, expected_length), (7, expected_length), (9, expected_length)]


@pytest.mark.parametrize("runner", RUNNERS)
def test_progress_callback_raising_aborts(runner: object, tmp_path: Path) -> None:
    dest = tmp_path / "p.bin"
    dest.write_bytes(OLD)

    def on_progress(done: int, total: int | None) -> None:
        if done > 3:
            raise Boom("stop")

    with pytest.raises(Boom, match="stop"):
        runner(CHUNKS, dest, expected_length=None, on_progress=on_progress)  # type: ignore[operator]
    assert dest.read_bytes() == OLD
    assert listing(tmp_path) == ["p.bin"]


# --- failures leave nothing behind ------------------------------------------------------------


@pytest.mark.parametrize("existing", [False, True])
@pytest.mark.parametrize("runner", RUNNERS)
def test_short_download_raises_integrity_error(
    runner: object, existing: bool, tmp_path: Path
) -> None:
    dest = tmp_path / "short.bin"
    if existing:
        dest.write_bytes(OLD)
    with pytest.raises(IntegrityError, match=r"expected 20 bytes, received 9") as info:
        runner(CHUNKS, dest, expected_length=20)  # type: ignore[operator]
    assert isinstance(info.value, DownloadError)
    assert listing(tmp_path) == (["short.bin"] if existing else [])
    if existing:
        assert dest.read_bytes() == OLD


@pytest.mark.parametrize("runner", RUNNERS)
def test_long_download_raises_integrity_error_early(runner: object, tmp_path: Path) -> None:
    dest = tmp_path / "long.bin"
    produced: list[bytes] = []

    def endless() -> Iterator[bytes]:
        while True:
            produced.append(b"xxxx")
            yield b"xxxx"

    source = endless()
    with pytest.raises(IntegrityError, match=r"expected 5 bytes, received at least 8"):
        if runner is run_sync:
            stream_to_file(source, dest, expected_length=5)
        else:
            asyncio.run(astream_to_file(agen(source), dest, expected_length=5))
    assert len(produced) == 2  # stopped as soon as the excess was seen
    assert listing(tmp_path) == []


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(Boom("network dropped"), id="exception"),
        pytest.param(KeyboardInterrupt(), id="keyboard-interrupt"),
        pytest.param(Interrupt(), id="base-exception"),
        pytest.param(GeneratorExit(), id="generator-exit"),
    ],
)
@pytest.mark.parametrize("existing", [False, True])
@pytest.mark.parametrize("runner", RUNNERS)
def test_iterator_raising_midway_leaves_no_file(
    runner: object, existing: bool, error: BaseException, tmp_path: Path
) -> None:
    dest = tmp_path / "broken.bin"
    if existing:
        dest.write_bytes(OLD)
    with pytest.raises(type(error)):
        runner(CHUNKS, dest, error, expected_length=None)  # type: ignore[operator]
    assert listing(tmp_path) == (["broken.bin"] if existing else [])
    if existing:
        assert dest.read_bytes() == OLD


def test_async_cancellation_leaves_no_file(tmp_path: Path) -> None:
    dest = tmp_path / "cancelled.bin"
    dest.write_bytes(OLD)
    started = asyncio.Event()

    async def slow() -> AsyncIterator[bytes]:
        yield b"first"
        started.set()
        await asyncio.sleep(3600)
        yield b"never"

    async def main() -> None:
        task = asyncio.create_task(astream_to_file(slow(), dest, expected_length=None))
        await started.wait()
        assert len(listing(tmp_path)) == 2  # the .part file exists meanwhile
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(main())
    assert dest.read_bytes() == OLD
    assert listing(tmp_path) == ["cancelled.bin"]


def test_failed_rename_leaves_no_part_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail_replace(src: object, dst: object) -> None:
        raise PermissionError("rename refused")

    monkeypatch.setattr(os, "replace", fail_replace)
    with pytest.raises(PermissionError, match="rename refused"):
        stream_to_file(CHUNKS, tmp_path / "x.bin", expected_length=None)
    assert listing(tmp_path) == []


# --- input validation -------------------------------------------------------------------------


def never_called() -> Iterator[bytes]:
    raise AssertionError("chunks must not be consumed")
    yield b""  # pragma: no cover


@pytest.mark.parametrize("runner", RUNNERS)
def test_destination_must_not_be_a_directory(runner: object, tmp_path: Path) -> None:
    (tmp_path / "dir").mkdir()
    with pytest.raises(ValidationError, match="is a directory"):
        if runner is run_sync:
            stream_to_file(never_called(), tmp_path / "dir", expected_length=None)
        else:
            asyncio.run(astream_to_file(agen([]), tmp_path / "dir", expected_length=None))


@pytest.mark.parametrize("runner", RUNNERS)
def test_parent_directory_must_exist(runner: object, tmp_path: Path) -> None:
    dest = tmp_path / "missing" / "x.bin"
    with pytest.raises(ValidationError, match="does not exist"):
        if runner is run_sync:
            stream_to_file(never_called(), dest, expected_length=None)
        else:
            asyncio.run(astream_to_file(agen([]), dest, expected_length=None))
    assert not (tmp_path / "missing").exists()


def test_parent_that_is_a_file_is_rejected(tmp_path: Path) -> None:
    (tmp_path / "file").write_bytes(b"")
    with pytest.raises(ValidationError, match="does not exist"):
        stream_to_file(never_called(), tmp_path / "file" / "x.bin", expected_length=None)


def test_negative_expected_length_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="expected_length"):
        stream_to_file(never_called(), tmp_path / "x.bin", expected_length=-1)
    assert listing(tmp_path) == []


# --- resolve_destination ----------------------------------------------------------------------


def test_resolve_destination_into_an_existing_directory(tmp_path: Path) -> None:
    assert resolve_destination(tmp_path, "cat.png") == tmp_path / "cat.png"
    assert resolve_destination(str(tmp_path), "cat.png") == tmp_path / "cat.png"


def test_resolve_destination_file_paths_are_kept(tmp_path: Path) -> None:
    (tmp_path / "exists.png").write_bytes(b"")
    assert resolve_destination(tmp_path / "exists.png", "x.png") == tmp_path / "exists.png"
    assert resolve_destination(tmp_path / "new.png", "x.png") == tmp_path / "new.png"
    assert resolve_destination(str(tmp_path / "new.png"), "x") == tmp_path / "new.png"
    # A non-existent path is a file path, even without an extension.
    assert resolve_destination(tmp_path / "newdir", "x.png") == tmp_path / "newdir"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cat.png", "cat.png"),
        ("chat \u00e9t\u00e9.webp", "chat \u00e9t\u00e9.webp"),
        ("../../etc/passwd", "passwd"),
        ("..\\..\\windows\\system.ini", "system.ini"),
        ("/absolute/path/img.jpg", "img.jpg"),
        ("..", "download"),
        (".", "download"),
        ("", "download"),
        ("   ", "download"),
        ("dir/", "download"),
        ("a/..", "download"),
        (".hidden", "hidden"),
        ("..secret.png", "secret.png"),
        ("c:evil.png", "c_evil.png"),
        ('we<i>rd:"na|me?*.png', "we_i_rd__na_me__.png"),
        ("nul\x00byte\n.png", "nul_byte_.png"),
    ],
)
def test_resolve_destination_sanitizes(name: str, expected: str, tmp_path: Path) -> None:
    result = resolve_destination(tmp_path, name)
    assert result == tmp_path / expected
    assert result.parent == tmp_path


def test_resolve_destination_shortens_overlong_names(tmp_path: Path) -> None:
    result = resolve_destination(tmp_path, "\u00e9" * 300 + ".png")
    assert result.parent == tmp_path
    assert result.suffix == ".png"
    assert len(result.name.encode("utf-8")) <= 200
    stream_to_file([b"ok"], result, expected_length=2)  # the name is usable on disk
    assert result.read_bytes() == b"ok"


def test_a_file_placed_without_durability_is_not_fsynced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    stream_to_file([b"abc"], tmp_path / "quick.bin", expected_length=3, durable=False)
    assert synced == [] and (tmp_path / "quick.bin").read_bytes() == b"abc"
    stream_to_file([b"abc"], tmp_path / "safe.bin", expected_length=3)
    assert len(synced) == 2  # the file, then its folder
