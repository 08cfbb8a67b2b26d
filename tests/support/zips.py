"""Zip archives as streaming writers make them, for the unzip and sync tests."""

from __future__ import annotations

import io
import zipfile


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


def archive(
    entries: list[tuple[str, bytes]],
    *,
    method: int = zipfile.ZIP_DEFLATED,
    seekable: bool = True,
    zip64: bool = False,
) -> bytes:
    """A zip of ``entries``; not ``seekable``, it has data descriptors as a pipe's would."""
    out: io.BytesIO | Pipe = io.BytesIO() if seekable else Pipe()
    with zipfile.ZipFile(out, "w", compression=method) as bundle:
        for name, data in entries:
            if zip64:
                info = zipfile.ZipInfo(name)
                info.compress_type = method
                with bundle.open(info, "w", force_zip64=True) as entry:
                    entry.write(data)
            else:
                bundle.writestr(name, data)
    return bytes(out.getvalue() if isinstance(out, io.BytesIO) else out.buffer)
