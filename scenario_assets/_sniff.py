"""Image type detection from magic bytes.

The Assets API returns (and accepts) images whose declared type cannot always be trusted, so
the client identifies raster images from their first bytes. Only binary raster formats are
recognised; SVG (text) is deliberately never accepted by :func:`sniff_image`.
"""

from __future__ import annotations

import types
from collections.abc import Mapping

import attrs

__all__ = ["IMAGE_EXTENSIONS", "SNIFF_BYTES", "ImageType", "sniff_image"]

SNIFF_BYTES = 64
"""How many leading bytes :func:`sniff_image` needs to identify every supported format."""

IMAGE_EXTENSIONS: Mapping[str, str] = types.MappingProxyType(
    {
        "image/png": "png",
        "image/jpeg": "jpg",
        "image/gif": "gif",
        "image/webp": "webp",
        "image/tiff": "tiff",
        "image/avif": "avif",
        "image/heif": "heif",
        "image/heic": "heic",
        "image/bmp": "bmp",
        "image/svg+xml": "svg",
    }
)
"""MIME type -> file extension (without the dot), used to infer file names.

It also covers types that :func:`sniff_image` never returns (``image/svg+xml``,
``image/heic``) so names can be inferred from a server-declared ``Content-Type``.
"""


@attrs.frozen
class ImageType:
    """A detected image type.

    Attributes:
        mime: The MIME type, e.g. ``"image/png"``.
        extension: The conventional file extension without the dot, e.g. ``"png"``.
    """

    mime: str
    extension: str


def _image_type(mime: str) -> ImageType:
    return ImageType(mime=mime, extension=IMAGE_EXTENSIONS[mime])


_PNG = _image_type("image/png")
_JPEG = _image_type("image/jpeg")
_GIF = _image_type("image/gif")
_WEBP = _image_type("image/webp")
_TIFF = _image_type("image/tiff")
_AVIF = _image_type("image/avif")
_HEIF = _image_type("image/heif")
_BMP = _image_type("image/bmp")

_AVIF_BRANDS = frozenset({b"avif", b"avis"})
_HEIF_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1"})
# Generic HEIF-container brands: an AVIF file may carry one of these as its major brand.
_GENERIC_HEIF_BRANDS = frozenset({b"mif1", b"msf1"})

# Sizes of the known BMP DIB headers (BITMAPCOREHEADER .. BITMAPV5HEADER); checking this
# keeps arbitrary text starting with "BM" from being taken for a bitmap.
_BMP_DIB_SIZES = frozenset({12, 16, 40, 52, 56, 64, 108, 124})


def _sniff_isobmff(head: bytes) -> ImageType | None:
    """Classify an ISO-BMFF ``ftyp`` box by its major and compatible brands."""
    if len(head) < 16 or head[4:8] != b"ftyp":
        return None
    box_size = int.from_bytes(head[0:4], "big")
    if box_size == 0:  # "box extends to the end of the file"
        box_end = len(head)
    elif box_size >= 16:
        box_end = min(box_size, len(head))
    else:  # 1 (64-bit size, never used for ftyp) or too small to be valid
        return None
    major = head[8:12]
    compatible = [head[i : i + 4] for i in range(16, box_end - 3, 4)]

    if major in _AVIF_BRANDS:
        return _AVIF
    if major in _HEIF_BRANDS and major not in _GENERIC_HEIF_BRANDS:
        return _HEIF
    if any(brand in _AVIF_BRANDS for brand in compatible):
        return _AVIF
    if major in _HEIF_BRANDS or any(brand in _HEIF_BRANDS for brand in compatible):
        return _HEIF
    return None


def sniff_image(head: bytes | bytearray | memoryview) -> ImageType | None:
    """Identify a raster image from its leading bytes.

    Detection relies on magic numbers only, so it is cheap and independent of file names
    or declared content types. Supported: PNG, JPEG, GIF (87a/89a), WebP, TIFF (little and
    big endian, including BigTIFF), AVIF and HEIF/HEIC (ISO-BMFF ``ftyp`` brands) and BMP.
    SVG and any other text is never recognised.

    Args:
        head: The first bytes of the file (any bytes-like object). :data:`SNIFF_BYTES`
            bytes are enough; more are ignored, fewer make some formats undetectable.

    Returns:
        The detected :class:`ImageType`, or ``None`` if the bytes are empty, truncated or
        not a supported image format.
    """
    return _sniff(bytes(head[:SNIFF_BYTES]))


def _sniff(head: bytes) -> ImageType | None:
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return _PNG
    if head.startswith(b"\xff\xd8\xff"):
        return _JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return _GIF
    if len(head) >= 12 and head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _WEBP
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        return _TIFF
    if len(head) >= 18 and head.startswith(b"BM"):
        dib_size = int.from_bytes(head[14:18], "little")
        return _BMP if dib_size in _BMP_DIB_SIZES else None
    return _sniff_isobmff(head)
