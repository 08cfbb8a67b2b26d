"""Image sniffing and conversion (Pillow) for the emulator."""

from __future__ import annotations

import base64
import binascii
import io
import re
from dataclasses import dataclass

from PIL import Image, UnidentifiedImageError

__all__ = [
    "RASTER_TARGETS",
    "UNSUPPORTED_TARGETS",
    "ImageInfo",
    "convert_image",
    "decode_base64",
    "make_png",
    "sniff_image",
]

_DATA_URL = re.compile(r"^data:([a-zA-Z0-9.+/-]+)?(;[a-zA-Z0-9=.+-]+)*;base64,", re.ASCII)
_WHITESPACE = re.compile(r"\s+")

# targetFormat value -> (Pillow format, mime type, file extension)
RASTER_TARGETS: dict[str, tuple[str, str, str]] = {
    "png": ("PNG", "image/png", "png"),
    "jpeg": ("JPEG", "image/jpeg", "jpg"),
    "jpg": ("JPEG", "image/jpeg", "jpg"),
    "gif": ("GIF", "image/gif", "gif"),
    "webp": ("WEBP", "image/webp", "webp"),
    "tif": ("TIFF", "image/tiff", "tif"),
    "tiff": ("TIFF", "image/tiff", "tiff"),
    "avif": ("AVIF", "image/avif", "avif"),
}
# Documented target formats the emulator cannot produce (400).
UNSUPPORTED_TARGETS = frozenset({"heif", "svg", "glb", "fbx", "obj"})

_EXT_BY_MIME = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/gif": "gif",
    "image/webp": "webp",
    "image/tiff": "tiff",
    "image/avif": "avif",
    "image/bmp": "bmp",
    "application/json": "json",
}


@dataclass(frozen=True)
class ImageInfo:
    """What Pillow found in an uploaded image."""

    mime_type: str
    pil_format: str
    width: int
    height: int
    extension: str


def extension_for_mime(mime_type: str) -> str:
    """File extension (without dot) for a mime type; ``bin`` when unknown."""
    return _EXT_BY_MIME.get(mime_type, mime_type.rsplit("/", 1)[-1] or "bin")


def decode_base64(value: str) -> bytes:
    """Decode standard base64, tolerating whitespace and a ``data:...;base64,`` prefix.

    Raises ValueError on anything that is not valid base64 or decodes to nothing.
    """
    text = _DATA_URL.sub("", value.strip(), count=1)
    text = _WHITESPACE.sub("", text)
    if not text:
        raise ValueError("empty base64 string")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValueError(f"invalid base64: {exc}") from exc
    if not data:
        raise ValueError("empty base64 payload")
    return data


def sniff_image(data: bytes) -> ImageInfo:
    """Identify an image from its bytes; raises ValueError if Pillow does not recognise it."""
    try:
        with Image.open(io.BytesIO(data)) as img:
            fmt = img.format or ""
            width, height = img.size
            img.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValueError("unrecognised image type") from exc
    mime = Image.MIME.get(fmt.upper())
    if not mime:
        raise ValueError(f"unsupported image format {fmt!r}")
    return ImageInfo(mime, fmt.upper(), int(width), int(height), extension_for_mime(mime))


def convert_image(data: bytes, target: str) -> tuple[bytes, str, str]:
    """Convert raster image bytes to ``target`` (a key of RASTER_TARGETS).

    Returns (bytes, mime type, extension). Raises ValueError when impossible.
    """
    pil_format, mime, ext = RASTER_TARGETS[target]
    try:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            out_img: Image.Image = img
            if pil_format == "JPEG" and img.mode not in ("RGB", "L"):
                out_img = img.convert("RGB")
            elif pil_format == "GIF" and img.mode not in ("P", "L"):
                out_img = img.convert("P")
            buf = io.BytesIO()
            out_img.save(buf, format=pil_format)
    except (OSError, KeyError, ValueError) as exc:
        raise ValueError(f"cannot convert to {target}: {exc}") from exc
    return buf.getvalue(), mime, ext


def make_png(width: int, height: int, color: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    """A small solid-colour PNG (used for seed data and tests)."""
    buf = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buf, format="PNG")
    return buf.getvalue()
