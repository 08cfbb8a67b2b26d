"""Tests for scenario_assets._sniff: image type detection from magic bytes."""

from __future__ import annotations

import io
import struct

import attrs
import pytest

from scenario_assets._sniff import IMAGE_EXTENSIONS, SNIFF_BYTES, ImageType, sniff_image


def ftyp(major: bytes, *compatible: bytes, size: int | None = None) -> bytes:
    """An ISO-BMFF ftyp box followed by the start of a meta box."""
    body = b"ftyp" + major + b"\x00\x00\x00\x00" + b"".join(compatible)
    box_size = len(body) + 4 if size is None else size
    return struct.pack(">I", box_size) + body + b"\x00\x00\x00\x21meta"


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
JPEG_JFIF = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
JPEG_EXIF = b"\xff\xd8\xff\xe1\x00\x18Exif\x00\x00II*\x00"
GIF87 = b"GIF87a\x01\x00\x01\x00\x80\x00\x00"
GIF89 = b"GIF89a\x01\x00\x01\x00\x80\x00\x00"
WEBP_LOSSY = b"RIFF\x24\x00\x00\x00WEBPVP8 \x18\x00\x00\x00"
WEBP_LOSSLESS = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00"
TIFF_LE = b"II*\x00\x08\x00\x00\x00\x0a\x00"
TIFF_BE = b"MM\x00*\x00\x00\x00\x08\x00\x0a"
BIGTIFF_LE = b"II+\x00\x08\x00\x00\x00\x10\x00\x00\x00\x00\x00\x00\x00"
BMP = b"BM" + struct.pack("<IHHI", 70, 0, 0, 54) + struct.pack("<Iii", 40, 2, 2)
BMP_CORE = b"BM" + struct.pack("<IHHI", 38, 0, 0, 26) + struct.pack("<IHH", 12, 2, 2)
AVIF = ftyp(b"avif", b"avif", b"mif1", b"miaf", b"MA1B")
AVIF_SEQUENCE = ftyp(b"avis", b"avis", b"msf1", b"iso8", b"mif1", b"miaf")
AVIF_VIA_COMPATIBLE = ftyp(b"mif1", b"mif1", b"avif", b"miaf")
HEIC = ftyp(b"heic", b"mif1", b"heic")
HEIX = ftyp(b"heix", b"mif1", b"heix")
HEIF_GENERIC = ftyp(b"mif1", b"mif1", b"heic")
HEIF_MSF1 = ftyp(b"msf1", b"msf1", b"hevc")
HEIF_SEQUENCE = ftyp(b"hevc", b"msf1", b"heis")

PNG_T = ImageType("image/png", "png")
JPEG_T = ImageType("image/jpeg", "jpg")
GIF_T = ImageType("image/gif", "gif")
WEBP_T = ImageType("image/webp", "webp")
TIFF_T = ImageType("image/tiff", "tiff")
BMP_T = ImageType("image/bmp", "bmp")
AVIF_T = ImageType("image/avif", "avif")
HEIF_T = ImageType("image/heif", "heif")

KNOWN = [
    pytest.param(PNG, PNG_T, id="png"),
    pytest.param(JPEG_JFIF, JPEG_T, id="jpeg-jfif"),
    pytest.param(JPEG_EXIF, JPEG_T, id="jpeg-exif"),
    pytest.param(GIF87, GIF_T, id="gif87a"),
    pytest.param(GIF89, GIF_T, id="gif89a"),
    pytest.param(WEBP_LOSSY, WEBP_T, id="webp-lossy"),
    pytest.param(WEBP_LOSSLESS, WEBP_T, id="webp-lossless"),
    pytest.param(TIFF_LE, TIFF_T, id="tiff-le"),
    pytest.param(TIFF_BE, TIFF_T, id="tiff-be"),
    pytest.param(BIGTIFF_LE, TIFF_T, id="bigtiff"),
    pytest.param(BMP, BMP_T, id="bmp"),
    pytest.param(BMP_CORE, BMP_T, id="bmp-core-header"),
    pytest.param(AVIF, AVIF_T, id="avif"),
    pytest.param(AVIF_SEQUENCE, AVIF_T, id="avif-sequence"),
    pytest.param(AVIF_VIA_COMPATIBLE, AVIF_T, id="avif-compatible-brand"),
    pytest.param(HEIC, HEIF_T, id="heic"),
    pytest.param(HEIX, HEIF_T, id="heix"),
    pytest.param(HEIF_GENERIC, HEIF_T, id="heif-mif1"),
    pytest.param(HEIF_MSF1, HEIF_T, id="heif-msf1"),
    pytest.param(HEIF_SEQUENCE, HEIF_T, id="heif-compatible-heis"),
]


@pytest.mark.parametrize(("head", "expected"), KNOWN)
def test_known_headers(head: bytes, expected: ImageType) -> None:
    assert sniff_image(head) == expected


@pytest.mark.parametrize(("head", "expected"), KNOWN)
def test_extra_bytes_beyond_sniff_window_are_ignored(head: bytes, expected: ImageType) -> None:
    assert sniff_image(head + b"\x00" * 1000) == expected
    assert sniff_image(bytearray(head)) == expected


@pytest.mark.parametrize(("head", "expected"), KNOWN)
def test_known_headers_truncated_to_two_bytes_are_rejected(
    head: bytes, expected: ImageType
) -> None:
    assert sniff_image(head[:2]) is None


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(PNG[:7], id="png-7"),
        pytest.param(JPEG_JFIF[:2], id="jpeg-2"),
        pytest.param(b"GIF8", id="gif-4"),
        pytest.param(b"GIF88a\x01\x00", id="gif-bad-version"),
        pytest.param(WEBP_LOSSY[:11], id="webp-11"),
        pytest.param(b"RIFF\x24\x00\x00\x00WAVEfmt ", id="riff-wave"),
        pytest.param(TIFF_LE[:3], id="tiff-3"),
        pytest.param(BMP[:17], id="bmp-17"),
        pytest.param(AVIF[:15], id="avif-15"),
        pytest.param(HEIC[:12], id="heic-12"),
    ],
)
def test_truncated_headers_are_rejected(head: bytes) -> None:
    assert sniff_image(head) is None


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(b"", id="empty"),
        pytest.param(b"\x00" * 64, id="zeros"),
        pytest.param(bytes(range(64)), id="counting"),
        pytest.param(b"\xde\xad\xbe\xef" * 16, id="deadbeef"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00\x08\x00", id="zip"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", id="pdf"),
        pytest.param(ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), id="mp4"),
        pytest.param(ftyp(b"qt  ", b"qt  "), id="quicktime"),
        pytest.param(ftyp(b"avif", size=8), id="ftyp-box-too-small"),
        pytest.param(ftyp(b"avif", size=1), id="ftyp-64bit-size"),
        pytest.param(b"\x00\x00\x00\x18moovavif\x00\x00\x00\x00mif1", id="not-ftyp"),
    ],
)
def test_garbage_and_other_formats_are_rejected(head: bytes) -> None:
    assert sniff_image(head) is None


@pytest.mark.parametrize(
    "text",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>',
        b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
        b"\xef\xbb\xbf<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"BMW and MM are not images, and neither is this plain text file.\n",
        b"II* starts like TIFF? no: this is text.\n",
        b'{"name": "cat", "image": "iVBORw0KGgo="}',
        "R\u00e9sum\u00e9 in UTF-8 text".encode(),
    ],
)
def test_text_is_rejected(text: bytes) -> None:
    assert sniff_image(text) is None


def test_compatible_brands_outside_the_box_are_ignored() -> None:
    # The box claims 16 bytes (no compatible brands); "avif" after it belongs to another box.
    head = struct.pack(">I", 16) + b"ftypisom\x00\x00\x00\x00" + b"\x00\x00\x00\x0cavif"
    assert sniff_image(head) is None


def test_ftyp_size_zero_extends_to_end() -> None:
    head = struct.pack(">I", 0) + b"ftypmp42\x00\x00\x00\x00mp42avif"
    assert sniff_image(head) == AVIF_T


def test_avif_beats_generic_heif_major_but_not_specific_heic_major() -> None:
    assert sniff_image(ftyp(b"mif1", b"heic", b"avif")) == AVIF_T
    assert sniff_image(ftyp(b"heic", b"avif")) == HEIF_T


def test_sniff_bytes_is_enough_for_every_format() -> None:
    assert SNIFF_BYTES == 64
    for param in KNOWN:
        head, expected = param.values
        assert isinstance(head, bytes)
        assert len(head) <= SNIFF_BYTES
        assert sniff_image(head[:SNIFF_BYTES]) == expected


def test_image_type_is_frozen_and_hashable() -> None:
    image_type = sniff_image(PNG)
    assert image_type is not None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        image_type.mime = "image/gif"  # type: ignore[misc]
    assert {image_type, ImageType("image/png", "png")} == {PNG_T}


def test_image_extensions_cover_every_detected_type() -> None:
    for param in KNOWN:
        expected = param.values[1]
        assert isinstance(expected, ImageType)
        assert IMAGE_EXTENSIONS[expected.mime] == expected.extension
    assert IMAGE_EXTENSIONS["image/svg+xml"] == "svg"
    assert all(not ext.startswith(".") for ext in IMAGE_EXTENSIONS.values())
    with pytest.raises(TypeError):
        IMAGE_EXTENSIONS["image/x-new"] = "new"  # type: ignore[index]


@pytest.mark.parametrize(
    ("pil_format", "expected"),
    [
        ("PNG", PNG_T),
        ("JPEG", JPEG_T),
        ("GIF", GIF_T),
        ("WEBP", WEBP_T),
        ("TIFF", TIFF_T),
        ("BMP", BMP_T),
        ("AVIF", AVIF_T),
    ],
)
def test_images_encoded_by_pillow(pil_format: str, expected: ImageType) -> None:
    image_module = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    try:
        image_module.new("RGB", (3, 2), (200, 10, 10)).save(buffer, pil_format)
    except (KeyError, OSError) as exc:  # codec not built into this Pillow
        pytest.skip(f"Pillow cannot write {pil_format}: {exc}")
    assert sniff_image(buffer.getvalue()[:SNIFF_BYTES]) == expected
