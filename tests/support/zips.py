"""Zip archives as streaming writers make them, for the unzip and sync tests."""

from __future__ import annotations

import io


class Pipe(io.RawIOBase):
    """A write-only stream that cannot seek: zipfile then writes data descriptors (sizes after
    each entry's data), as zip tools writing to a pipe do."""

    def __init__(self) -> None:
        self.buffer = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: object) -> int:
        view = memoryview(data)  # type: ignore[arg-type]
        self.buffer += view
        return view.nbytes
