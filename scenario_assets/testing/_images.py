"""Deterministic sample images for tests (no Pillow needed).

Example:
    >>> from scenario_assets.testing import make_png
    >>> data = make_png(64, 32, (255, 0, 0))
    >>> data[:8] == b"\\x89PNG\\r\\n\\x1a\\n"
    True
"""

from __future__ import annotations

import struct
import zlib

__all__ = ["make_png"]


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def make_png(width: int, height: int, color: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    """A solid-colour RGB PNG, byte-identical on every machine (stored, not compressed).

    Byte-identical output matters for recorded traffic: a replayed upload must send exactly
    the bytes that were recorded.

    Args:
        width: pixels, 1 to 4096.
        height: pixels, 1 to 4096.
        color: RGB, each 0-255.

    Returns:
        The PNG file's bytes.

    Raises:
        ValueError: a size or colour out of range.
    """
    if not (0 < width <= 4096 and 0 < height <= 4096):
        raise ValueError("width and height must be 1..4096")
    if len(color) != 3 or not all(0 <= c <= 255 for c in color):
        raise ValueError("color must be three integers 0..255")
    row = b"\x00" + bytes(color) * width
    raw = row * height
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", zlib.compress(raw, 0))
        + _chunk(b"IEND", b"")
    )
