"""Unpack a zip archive while it downloads: a push parser over the archive's bytes.

A zip file is written front to back as local entries (header, data, optional data descriptor)
followed by the central directory. Everything needed to place an entry is in its local header,
so an archive can be unpacked as its bytes arrive, with no temporary copy of the archive, as
long as each entry's end can be found without the central directory: a deflated entry ends with
its deflate stream, a stored one after the size its header gives. A stored entry whose sizes are
deferred to a data descriptor (written by zip tools that stream to a pipe), an encrypted entry or
an unknown method cannot be read that way: :class:`Unstreamable` is raised and the caller falls
back to downloading the archive whole and reading it with :mod:`zipfile`.

Each entry is checked as :mod:`zipfile` checks it: its CRC-32 and its uncompressed size.
Entries go to a :class:`EntrySink`, which decides whether it wants an entry and where its bytes
go; the parser hands it nothing of an entry that fails its checks but :meth:`EntrySink.discard`.
"""

from __future__ import annotations

import struct
import zlib
from typing import Protocol

__all__ = ["EntrySink", "StreamingUnzip", "Unstreamable", "ZipFormatError"]

_LOCAL = b"PK\x03\x04"
_CENTRAL = b"PK\x01\x02"
_END = b"PK\x05\x06"
_END64 = b"PK\x06\x06"
_DESCRIPTOR = b"PK\x07\x08"
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")  # 30 bytes
_STORED, _DEFLATED = 0, 8
_ENCRYPTED, _HAS_DESCRIPTOR, _UTF8 = 0x1, 0x8, 0x800
_ZIP64_EXTRA = 0x0001
_FULL = 0xFFFFFFFF
_STEP = 1 << 20  # the most bytes one inflate step produces


class ZipFormatError(ValueError):
    """The bytes are not a zip archive this parser can read (damaged or truncated)."""


class Unstreamable(ZipFormatError):
    """An entry cannot be read before the archive's end; read the whole archive instead."""


class EntrySink(Protocol):
    """Where the parser puts entries."""

    def start(self, name: str, size: int | None) -> bool:
        """An entry begins (``size`` is its uncompressed size when the header gives it);
        False skips it."""
        ...

    def data(self, chunk: bytes) -> None:
        """The next bytes of the entry that started."""
        ...

    def end(self, size: int, crc: int) -> None:
        """The entry is complete and passed its CRC and size checks."""
        ...

    def discard(self, reason: str) -> None:
        """The entry that started failed a check: forget its bytes."""
        ...


class _Entry:
    __slots__ = (
        "compressed",
        "crc",
        "descriptor",
        "inflater",
        "name",
        "read",
        "seen_crc",
        "size",
        "wanted",
        "written",
        "zip64",
    )

    def __init__(
        self, name: str, method: int, crc: int, compressed: int, size: int, flags: int, zip64: bool
    ) -> None:
        self.name = name
        self.descriptor = bool(flags & _HAS_DESCRIPTOR)
        self.crc = crc
        self.compressed = compressed
        self.size = size
        self.zip64 = zip64
        self.inflater = zlib.decompressobj(-15) if method == _DEFLATED else None
        self.wanted = False
        self.read = 0  # compressed bytes consumed
        self.written = 0  # uncompressed bytes produced
        self.seen_crc = 0


class StreamingUnzip:
    """Feed it an archive's bytes in any chunks; it calls the sink entry by entry.

    Call :meth:`feed` with each chunk and :meth:`close` at the end of the body. Raises
    :class:`ZipFormatError` on bytes that are not a zip archive, on a truncated archive (at
    :meth:`close`), and :class:`Unstreamable` on an entry it cannot delimit. A failed CRC or size
    check is not an error of the archive: the sink's :meth:`EntrySink.discard` is called and the
    parser goes on with the next entry.
    """

    def __init__(self, sink: EntrySink) -> None:
        self._sink = sink
        # Unconsumed bytes are self._data[self._at:]: entries are sliced out of a chunk
        # without copying what follows them (a chunk holds hundreds of small entries).
        self._data = b""
        self._at = 0
        self._entry: _Entry | None = None
        self._done = False  # the central directory was reached: the rest is not entry data
        self.entries = 0

    def feed(self, chunk: bytes) -> None:
        """The archive's next bytes."""
        if self._done or not chunk:
            return
        left = len(self._data) - self._at
        self._data = (self._data[self._at :] + chunk) if left else bytes(chunk)
        self._at = 0
        while not self._done and self._step():
            pass

    def close(self) -> None:
        """The archive ended: raise if it stopped inside an entry."""
        if self._entry is not None or (not self._done and self._at < len(self._data)):
            if self._entry is not None and self._entry.wanted:
                self._sink.discard("the archive ended inside this entry")
            self._entry = None
            raise ZipFormatError("the archive is truncated")
        if not self._done:
            raise ZipFormatError("the archive is empty or has no central directory")

    # ------------------------------------------------------------------ parsing
    def _available(self) -> int:
        return len(self._data) - self._at

    def _step(self) -> bool:
        """Consume what the buffer allows; False when more bytes are needed."""
        if self._entry is None:
            return self._header()
        return self._body(self._entry)

    def _header(self) -> bool:
        data, at = self._data, self._at
        if len(data) - at < 4:
            return False
        signature = data[at : at + 4]
        if signature in (_CENTRAL, _END, _END64):
            self._done = True
            self._data, self._at = b"", 0
            return False
        if signature != _LOCAL:
            raise ZipFormatError(f"no zip entry header where one was expected ({signature!r})")
        if len(data) - at < _LOCAL_HEADER.size:
            return False
        (_, _, flags, method, _, _, crc, compressed, size, name_len, extra_len) = (
            _LOCAL_HEADER.unpack_from(data, at)
        )
        name_at = at + _LOCAL_HEADER.size
        end = name_at + name_len + extra_len
        if len(data) < end:
            return False
        raw_name = data[name_at : name_at + name_len]
        name = raw_name.decode("utf-8" if flags & _UTF8 else "cp437", "replace")
        extra = data[name_at + name_len : end]
        self._at = end
        zip64 = False
        if compressed == _FULL or size == _FULL:
            size, compressed = _zip64_sizes(extra, size, compressed)
            zip64 = True
        if flags & _ENCRYPTED:
            raise Unstreamable(f"{name} is encrypted")
        if method not in (_STORED, _DEFLATED):
            raise Unstreamable(f"{name} uses compression method {method}")
        if method == _STORED and flags & _HAS_DESCRIPTOR and compressed == 0:
            raise Unstreamable(f"{name} is stored with its size after its data")
        entry = _Entry(name, method, crc, compressed, size, flags, zip64)
        known = None if flags & _HAS_DESCRIPTOR else size
        entry.wanted = not name.endswith("/") and self._sink.start(name, known)
        self._entry = entry
        return True

    def _body(self, entry: _Entry) -> bool:
        data, at = self._data, self._at
        if entry.inflater is None:  # stored: the header's size delimits it
            take = min(len(data) - at, entry.compressed - entry.read)
            if take:
                self._out(entry, data[at : at + take])
                self._at = at + take
                entry.read += take
            if entry.read < entry.compressed:
                return False
        elif not entry.inflater.eof:
            if at >= len(data):
                return False
            # With the compressed size known (no data descriptor), the inflater is given just
            # the entry's bytes; otherwise what is there, and it says where the stream ended.
            stop = len(data)
            if not entry.descriptor:
                stop = min(stop, at + entry.compressed - entry.read)
            fed = memoryview(data)[at:stop]
            inflater = entry.inflater
            pending: bytes | memoryview = fed
            try:
                while True:  # bounded steps: a small chunk may inflate to a large one
                    out = inflater.decompress(pending, _STEP)
                    if out:
                        self._out(entry, out)
                    pending = inflater.unconsumed_tail
                    # Input used up is not output done: a step that stopped at _STEP bytes
                    # may leave more in the inflater, which an empty call then returns.
                    if inflater.eof or (not pending and len(out) < _STEP):
                        break
            except zlib.error as exc:
                raise ZipFormatError(f"{entry.name} is damaged: {exc}") from None
            used = len(fed) - len(inflater.unused_data if inflater.eof else pending)
            entry.read += used
            self._at = at + used
            if not inflater.eof:
                if not entry.descriptor and entry.read >= entry.compressed:
                    raise ZipFormatError(f"{entry.name} is damaged: its deflate stream is cut")
                return False
        if entry.descriptor and not self._descriptor(entry):
            return False
        self._entry = None
        self.entries += 1
        if entry.wanted:
            if entry.seen_crc != entry.crc:
                self._sink.discard(f"CRC mismatch in {entry.name}")
            elif entry.written != entry.size:
                self._sink.discard(
                    f"{entry.name}: {entry.written} bytes, its header says {entry.size}"
                )
            else:
                self._sink.end(entry.written, entry.crc)
        return True

    def _descriptor(self, entry: _Entry) -> bool:
        """Read the data descriptor after the entry (its CRC and sizes).

        Its sizes take 4 bytes each, or 8 in a zip64 archive; a writer that streams may use 8
        without saying so in the entry's header. The layout whose sizes match what the entry
        held (compressed and uncompressed) is the one.
        """
        data, at = self._data, self._at
        if len(data) - at < 4:
            return False
        skip = 4 if data[at : at + 4] == _DESCRIPTOR else 0  # the signature is optional
        layouts = ((8, "<IQQ"),) if entry.zip64 else ((4, "<III"), (8, "<IQQ"))
        for width, fmt in layouts:
            need = skip + 4 + 2 * width
            if len(data) - at < need:
                return False
            crc, compressed, size = struct.unpack_from(fmt, data, at + skip)
            if (compressed, size) == (entry.read, entry.written):
                entry.crc, entry.size = crc, size
                self._at = at + need
                entry.descriptor = False
                return True
        raise ZipFormatError(f"{entry.name}: its data descriptor disagrees with its data")

    def _out(self, entry: _Entry, data: bytes) -> None:
        entry.written += len(data)
        if entry.wanted:
            entry.seen_crc = zlib.crc32(data, entry.seen_crc)
            self._sink.data(data)


def _zip64_sizes(extra: bytes, size: int, compressed: int) -> tuple[int, int]:
    """The sizes a zip64 extra field gives for the header fields set to 0xFFFFFFFF."""
    at = 0
    while at + 4 <= len(extra):
        tag, length = struct.unpack_from("<HH", extra, at)
        field = extra[at + 4 : at + 4 + length]
        if tag == _ZIP64_EXTRA:
            values = list(struct.unpack_from(f"<{len(field) // 8}Q", field))
            if size == _FULL and values:
                size = values.pop(0)
            if compressed == _FULL and values:
                compressed = values.pop(0)
            return size, compressed
        at += 4 + length
    raise ZipFormatError("an entry's header says zip64 but has no zip64 sizes")
