"""Safe streaming of downloads to disk: the part file and the destination rules.

The streaming itself is ``astream_to_file`` in :mod:`scenario_assets._async._storage` (and its
generated sync twin ``stream_to_file``).

Data is written to a hidden ``.part`` file next to the destination, flushed and fsynced, its
length checked, and only then atomically renamed onto the destination. Whatever goes wrong
(an exception from the data source or progress callback, a length mismatch, Ctrl-C, a
cancelled task), the partial file is removed and an existing destination file is untouched.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import re
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from scenario_assets.errors import IntegrityError, ValidationError

__all__ = ["ProgressCallback", "resolve_destination"]

ProgressCallback = Callable[[int, int | None], None]
"""``on_progress(bytes_so_far, total)``; ``total`` is ``expected_length`` (may be None)."""

_FALLBACK_NAME = "download"
_MAX_NAME_BYTES = 200  # below NAME_MAX (255) with room for the temp-file decoration
_UNSAFE_CHARS = re.compile(r'[\x00-\x1f\x7f<>:"|?*]')


class _PartFile:
    """Bookkeeping shared by the sync and async writers: temp file, count, commit, abort.

    Used as a context manager; leaving the block without :meth:`commit` having succeeded
    (for any reason, including ``BaseException``) removes the temporary file.
    """

    def __init__(
        self,
        dest: Path,
        expected_length: int | None,
        on_progress: ProgressCallback | None,
        durable: bool = True,
    ) -> None:
        self._dest = dest
        self._durable = durable
        self._expected = expected_length
        self._on_progress = on_progress
        self._written = 0
        self._done = False
        self._tmp_path, fd = _create_part_file(dest)
        try:
            self._file = os.fdopen(fd, "wb")
        except BaseException:
            os.close(fd)
            self._remove_tmp()
            raise

    def __enter__(self) -> _PartFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self._done:
            self.abort()

    def write(self, chunk: bytes) -> None:
        """Append a chunk, enforce the length ceiling early and report progress."""
        if not chunk:
            return
        self._file.write(chunk)
        self._written += len(chunk)
        if self._expected is not None and self._written > self._expected:
            raise IntegrityError(
                f"download of {self._dest.name!r} exceeded the expected length: "
                f"expected {self._expected} bytes, received at least {self._written}"
            )
        if self._on_progress is not None:
            self._on_progress(self._written, self._expected)

    def commit(self) -> Path:
        """Flush, fsync, check the length and atomically move the file into place."""
        self._file.flush()
        if self._durable:
            os.fsync(self._file.fileno())
        self._file.close()
        if self._expected is not None and self._written != self._expected:
            raise IntegrityError(
                f"download of {self._dest.name!r} is incomplete: "
                f"expected {self._expected} bytes, received {self._written}"
            )
        os.replace(self._tmp_path, self._dest)
        self._done = True
        if self._durable:
            _fsync_directory(self._dest.parent)
        return self._dest

    def abort(self) -> None:
        """Close and delete the temporary file; never raises."""
        self._done = True
        with contextlib.suppress(OSError):
            self._file.close()
        self._remove_tmp()

    def _remove_tmp(self) -> None:
        with contextlib.suppress(OSError):
            os.unlink(self._tmp_path)


#: Part files are told apart by process and a counter (a syscall cheaper than random bytes,
#: which counts when thousands of small files are placed); O_EXCL settles any clash.
_PARTS = itertools.count()


def _create_part_file(dest: Path) -> tuple[Path, int]:
    """Create ``.<name>.<token>.part`` next to ``dest``; return its path and an open fd.

    Like :func:`tempfile.mkstemp` (exclusive creation, a name no other writer uses), but with
    mode 0o666 so the umask applies and the final file gets normal permissions instead of
    mkstemp's 0o600.
    """
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    stem = dest.name.encode("utf-8")[:100].decode("utf-8", "ignore")
    for _ in range(100):
        tmp_path = dest.parent / f".{stem}.{os.getpid():x}-{next(_PARTS):x}.part"
        try:
            return tmp_path, os.open(tmp_path, flags, 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"could not create a temporary file next to {dest}")


def _fsync_directory(directory: Path) -> None:
    """Persist the rename on POSIX; best effort (not possible on Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _check_destination(dest: Path | str, expected_length: int | None) -> Path:
    dest = Path(dest)
    if expected_length is not None and expected_length < 0:
        raise ValidationError(f"expected_length must be >= 0, got {expected_length}")
    if dest.is_dir():
        raise ValidationError(f"destination {str(dest)!r} is a directory")
    if not dest.parent.is_dir():
        raise ValidationError(f"destination directory {str(dest.parent)!r} does not exist")
    return dest


def _sanitize_name(name: str) -> str:
    """Reduce ``name`` to a safe single file name, or ``"download"`` if nothing is left."""
    name = re.split(r"[/\\]", name)[-1]  # keep the last path component only
    name = _UNSAFE_CHARS.sub("_", name).strip().lstrip(".").strip()
    if len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        stem, dot, ext = name.rpartition(".")
        if not dot or len(ext) > 16:
            stem, dot, ext = name, "", ""
        budget = _MAX_NAME_BYTES - len(dot + ext)
        stem = stem.encode("utf-8")[:budget].decode("utf-8", "ignore")
        name = stem + dot + ext
    return name or _FALLBACK_NAME


def resolve_destination(dest: Path | str, default_name: str) -> Path:
    """Decide the file path for a download.

    Lets callers pass either a file path or a directory to download into.

    Args:
        dest: A file path, or an existing directory.
        default_name: The name to use inside a directory, typically derived from the
            server (so untrusted). It is sanitised: only the last path component is kept,
            leading dots (hence ``..``), control and Windows-reserved characters are
            removed or replaced, overlong names are shortened, and an empty result becomes
            ``"download"``.

    Returns:
        ``dest / sanitised(default_name)`` if ``dest`` is an existing directory, otherwise
        ``dest`` itself as a :class:`~pathlib.Path`.
    """
    path = Path(dest)
    if path.is_dir():
        return path / _sanitize_name(default_name)
    return path
