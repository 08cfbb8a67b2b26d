"""The streaming unzip that places batch archives while they download.

Archives are written by :mod:`zipfile` (stored, deflated, zip64, with and without data
descriptors) and fed in chunks of every size; the parser must hand over exactly the entries
:mod:`zipfile` reads back, reject what it cannot delimit, and never pass on a damaged entry.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scenario_assets._unzip import StreamingUnzip, Unstreamable, ZipFormatError
from tests.support.zips import archive


class Recorder:
    """A sink that keeps what it is given."""

    def __init__(self, skip: frozenset[str] = frozenset()) -> None:
        self.skip = skip
        self.entries: dict[str, bytes] = {}
        self.sizes: dict[str, int | None] = {}
        self.discarded: list[tuple[str, str]] = []
        self._name: str | None = None
        self._parts: list[bytes] = []

    def start(self, name: str, size: int | None) -> bool:
        assert self._name is None, "an entry started inside another"
        if name in self.skip:
            return False
        self._name, self._parts = name, []
        self.sizes[name] = size
        return True

    def data(self, chunk: bytes) -> None:
        assert self._name is not None
        self._parts.append(bytes(chunk))

    def end(self, size: int, crc: int) -> None:
        assert self._name is not None
        data = b"".join(self._parts)
        assert len(data) == size and zlib.crc32(data) == crc
        self.entries[self._name] = data
        self._name = None

    def discard(self, reason: str) -> None:
        assert self._name is not None
        self.discarded.append((self._name, reason))
        self._name = None


def unzip(data: bytes, chunk: int, sink: Recorder | None = None) -> Recorder:
    sink = sink or Recorder()
    parser = StreamingUnzip(sink)
    for at in range(0, len(data), chunk):
        parser.feed(data[at : at + chunk])
    parser.close()
    return sink


def read_back(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        return {i.filename: bundle.read(i) for i in bundle.infolist() if not i.is_dir()}


ENTRIES = st.lists(
    st.tuples(
        st.text(st.characters(min_codepoint=48, max_codepoint=0x24F), min_size=1, max_size=12),
        st.one_of(st.binary(max_size=3000), st.integers(0, 200_000).map(lambda n: b"a" * n)),
    ),
    max_size=6,
    unique_by=lambda e: e[0],
)


@settings(max_examples=60, deadline=None)
@given(
    entries=ENTRIES,
    chunk=st.sampled_from([1, 3, 29, 30, 31, 512, 65536, 1 << 30]),
    method=st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
    zip64=st.booleans(),
)
def test_every_entry_arrives_as_zipfile_reads_it(
    entries: list[tuple[str, bytes]], chunk: int, method: int, zip64: bool
) -> None:
    data = archive(entries, method=method, zip64=zip64)
    sink = unzip(data, chunk)
    assert sink.entries == read_back(data)
    assert not sink.discarded
    assert all(size == len(sink.entries[n]) for n, size in sink.sizes.items())


@settings(max_examples=30, deadline=None)
@given(entries=ENTRIES, chunk=st.sampled_from([1, 7, 4096, 1 << 30]))
def test_deflated_entries_with_data_descriptors_stream(
    entries: list[tuple[str, bytes]], chunk: int
) -> None:
    data = archive(entries, seekable=False)
    sink = unzip(data, chunk)
    assert sink.entries == read_back(data)
    assert all(size is None for size in sink.sizes.values())  # sizes come after the data


def test_a_stored_entry_sized_after_its_data_is_unstreamable() -> None:
    data = archive([("a.png", b"x" * 100)], method=zipfile.ZIP_STORED, seekable=False)
    with pytest.raises(Unstreamable, match=r"a\.png is stored with its size after its data"):
        unzip(data, 1 << 20)


def test_an_encrypted_or_unknown_method_entry_is_unstreamable() -> None:
    data = bytearray(archive([("a.png", b"x" * 100)], method=zipfile.ZIP_STORED))
    data[6] |= 0x1  # the encryption flag
    with pytest.raises(Unstreamable, match="encrypted"):
        unzip(bytes(data), 1 << 20)
    data = bytearray(archive([("a.png", b"x" * 100)], method=zipfile.ZIP_STORED))
    data[8] = 12  # bzip2
    with pytest.raises(Unstreamable, match="method 12"):
        unzip(bytes(data), 1 << 20)


@pytest.mark.parametrize("method", [zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
def test_a_damaged_entry_is_discarded_and_the_next_ones_still_arrive(method: int) -> None:
    payload = b"0123456789" * 50
    data = bytearray(archive([("a.png", payload), ("b.png", payload)], method=method))
    crc_at = 14  # the first local header's CRC-32
    data[crc_at] ^= 0xFF
    sink = unzip(bytes(data), 64)
    assert [name for name, _ in sink.discarded] == ["a.png"]
    assert "CRC mismatch" in sink.discarded[0][1]
    assert sink.entries == {"b.png": payload}


def test_skipped_entries_and_folders_are_not_handed_over() -> None:
    data = archive([("dir/", b""), ("dir/a.png", b"aa"), ("b.png", b"bb")])
    sink = unzip(data, 5, Recorder(skip=frozenset({"b.png"})))
    assert sink.entries == {"dir/a.png": b"aa"}


@pytest.mark.parametrize("cut", [10, 40, 200])
def test_a_truncated_archive_is_an_error_and_its_open_entry_is_discarded(cut: int) -> None:
    data = archive([("a.png", bytes(range(256)) * 4)], method=zipfile.ZIP_STORED)
    sink = Recorder()
    parser = StreamingUnzip(sink)
    parser.feed(data[:cut])
    with pytest.raises(ZipFormatError, match="truncated"):
        parser.close()
    assert not sink.entries
    assert sink.discarded == (
        [("a.png", "the archive ended inside this entry")] if cut > 37 else []
    )


def test_bytes_that_are_not_an_archive_are_refused() -> None:
    with pytest.raises(ZipFormatError, match="no zip entry header"):
        unzip(b"<html>storage error</html>", 1 << 20)
    with pytest.raises(ZipFormatError, match="empty"):
        StreamingUnzip(Recorder()).close()


def test_a_damaged_deflate_stream_is_an_error() -> None:
    data = bytearray(archive([("a.png", b"hello" * 1000)]))
    data[40:60] = b"\xff" * 20  # inside the deflate stream
    with pytest.raises(ZipFormatError, match="damaged"):
        unzip(bytes(data), 1 << 20)


def test_an_empty_archive_has_no_entries() -> None:
    assert unzip(archive([]), 1).entries == {}


@pytest.mark.parametrize("size", [(2 << 20) + 1, (3 << 20) + 1, 1 << 20])
@pytest.mark.parametrize("chunk", [1 << 30, 65536])
def test_an_entry_inflating_past_a_step_boundary_arrives_whole(size: int, chunk: int) -> None:
    """Zeros compress a thousandfold: the inflater holds output after its input is used up."""
    data = archive([("zeros.bin", b"\0" * size), ("next.png", b"after")])
    sink = unzip(data, chunk)
    assert sink.entries == {"zeros.bin": b"\0" * size, "next.png": b"after"}
    assert not sink.discarded


def test_a_zip64_archive_with_data_descriptors_streams() -> None:
    entries = [("a.png", b"a" * 5000), ("b.png", bytes(range(256)))]
    data = archive(entries, seekable=False, zip64=True)
    assert unzip(data, 7).entries == dict(entries)


@pytest.mark.parametrize("signature", [b"PK\x07\x08", b""])
def test_a_descriptor_with_8_byte_sizes_the_header_does_not_announce(signature: bytes) -> None:
    """Streaming writers may write zip64-wide descriptor sizes after a header of zero sizes."""
    payload = b"streamed " * 300
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = packer.compress(payload) + packer.flush()
    name = b"s.png"
    header = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 45, 0x08, 8, 0, 0, 0, 0, 0, len(name), 0)
    descriptor = signature + struct.pack("<IQQ", zlib.crc32(payload), len(raw), len(payload))
    data = header + name + raw + descriptor + b"PK\x05\x06" + b"\0" * 18
    for chunk in (1, 5, 1 << 20):
        assert unzip(data, chunk).entries == {"s.png": payload}


def test_a_descriptor_that_disagrees_with_the_data_is_an_error() -> None:
    data = bytearray(archive([("a.png", b"hello" * 100)], seekable=False))
    at = data.index(b"PK\x07\x08")
    data[at + 8 : at + 12] = struct.pack("<I", 3)  # the compressed size
    with pytest.raises(ZipFormatError, match="disagrees"):
        unzip(bytes(data), 1 << 20)
