"""Upload helpers: files, canvases and batches, checked before anything is sent.

The API takes an image as base64 inside a JSON body. :func:`prepare_image` checks the source
(not empty, under the size cap, an image type the API accepts, sniffed from its first bytes)
and :class:`~scenario_assets._bodystream.Base64JsonBody` streams the body (JSON prefix, base64
chunks, suffix) with an exact ``Content-Length``, so memory stays flat whatever the file size.
Only a non-seekable stream of unknown size is read into memory (the buffered fallback), and it
is still refused past the cap.

These functions back ``client.assets.upload_file``, ``upload_canvas`` and ``upload_many``.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import attrs
from scenario_assets_api.models import Asset

from ._bodystream import Base64JsonBody
from ._deprecated import module_getattr, warn_once
from ._sniff import SNIFF_BYTES, sniff_image
from ._validation import check_callback
from .errors import ScenarioError, ValidationError

__all__ = [
    "ACCEPTED_IMAGE_TYPES",
    "DEFAULT_MAX_BYTES",
    "PreparedImage",
    "UploadOutcome",
    "prepare_image",
]

#: Refuse files larger than this unless ``max_bytes`` says otherwise (50 MiB).
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: What the sniffer recognises and the API accepts as an uploaded image.
ACCEPTED_IMAGE_TYPES = (
    "image/png",
    "image/jpeg",
    "image/webp",
    "image/gif",
    "image/tiff",
    "image/avif",
    "image/heif",
    "image/bmp",
)

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]
ItemCallback = Callable[[int, int, "UploadOutcome"], None]
"""``on_item(done, total, outcome)``: one item of ``upload_many`` ended (byte progress of a
download is a different callback, ``on_progress(bytes_so_far, total)``)."""


def item_callback(on_item: object, on_progress: object) -> ItemCallback | None:
    """``upload_many``'s item callback: ``on_item``, or the deprecated ``on_progress`` keyword
    (the name of the byte-progress callbacks elsewhere), checked before any upload."""
    if on_progress is not None:
        if on_item is not None:
            raise ValidationError("pass on_item only (on_progress is its deprecated name)")
        warn_once("upload_many(on_progress=...)", "upload_many(on_item=...)")
        on_item = on_progress
    check_callback(on_item, "on_item" if on_progress is None else "on_progress")
    return on_item  # type: ignore[return-value]  # checked: None or a callable


@attrs.define
class PreparedImage:
    """A checked image source, ready to stream.

    Attributes:
        name: file name sent to the API.
        mime: sniffed MIME type.
        size: bytes.
        data: the bytes, or a binary file positioned at the image's first byte.
        owned: whether :func:`prepare_image` opened ``data`` (and :meth:`close` closes it).
    """

    name: str
    mime: str
    size: int
    data: bytes | IO[bytes]
    owned: bool = False

    def body(self, fields: Mapping[str, object]) -> Base64JsonBody:
        """The streamed JSON body: ``fields`` plus ``"image"`` as base64."""
        return Base64JsonBody(fields, "image", self.data, self.size)

    def read_all(self) -> bytes:
        """The whole image (for small payloads such as canvas thumbnails)."""
        if isinstance(self.data, bytes):
            return self.data
        start = self.data.tell()
        try:
            return self.data.read(self.size)
        finally:
            self.data.seek(start)

    def close(self) -> None:
        """Close the file if :func:`prepare_image` opened it."""
        if self.owned and not isinstance(self.data, bytes):
            self.data.close()


@attrs.frozen
class UploadOutcome:
    """One item of :meth:`Assets.upload_many`: the asset, or the error, never both.

    Attributes:
        index: position of the item in the input.
        item: the item as given.
        asset: the uploaded asset, on success.
        error: the :class:`~scenario_assets.errors.ScenarioError` that stopped it, on failure.
    """

    index: int
    item: Any
    asset: Asset | None = None
    error: ScenarioError | None = None

    @property
    def ok(self) -> bool:
        """True when the item was uploaded."""
        return self.error is None


def _head(data: bytes | IO[bytes]) -> bytes:
    if isinstance(data, bytes):
        return data[:SNIFF_BYTES]
    start = data.tell()
    try:
        return data.read(SNIFF_BYTES)
    finally:
        data.seek(start)


def _open_source(source: Source, max_bytes: int) -> tuple[bytes | IO[bytes], int, str | None, bool]:
    """(data, size, name hint, owned) for any accepted kind of source."""
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        return data, len(data), None, False
    if isinstance(source, str | os.PathLike):
        path = Path(source)
        if not path.is_file():
            raise ValidationError(f"{str(path)!r} is not a file")
        size = path.stat().st_size
        if size > max_bytes:  # refuse before opening
            raise ValidationError(f"{path.name} is {size} bytes, over max_bytes ({max_bytes})")
        return path.open("rb"), size, path.name, True
    if not hasattr(source, "read"):
        raise ValidationError(
            f"cannot upload a {type(source).__name__}: give a path, bytes or a binary file"
        )
    name_attr = getattr(source, "name", None)
    hint = Path(name_attr).name if isinstance(name_attr, str) and name_attr else None
    if isinstance(source, io.TextIOBase):
        raise ValidationError("the file is open in text mode; open it with 'rb'")
    if getattr(source, "closed", False):
        raise ValidationError(f"{hint or 'the file'} is closed")
    try:
        seekable = getattr(source, "seekable", lambda: False)()
        if seekable:
            start = source.tell()
            end = source.seek(0, io.SEEK_END)
            source.seek(start)
            return source, end - start, hint, False
    except (OSError, ValueError) as exc:
        raise ValidationError(f"cannot read {hint or 'the file'}: {exc}") from exc
    # Buffered fallback: a pipe or socket cannot be re-read, so read it (up to the cap). A raw
    # stream may return short reads: loop until end of file or one byte past the cap.
    pieces: list[bytes] = []
    total = 0
    while total <= max_bytes:
        piece = source.read(max_bytes + 1 - total)
        if not isinstance(piece, bytes | bytearray):
            if piece is None:  # a non-blocking raw stream with nothing to read yet
                raise ValidationError("the stream has no data ready (non-blocking?)")
            raise ValidationError("the file must be opened in binary mode ('rb')")
        if not piece:
            break
        pieces.append(bytes(piece))
        total += len(piece)
    data = b"".join(pieces)
    return data, len(data), hint, False


def prepare_image(source: Source, *, name: str | None, max_bytes: int) -> PreparedImage:
    """Check an image source before any request: not empty, under the cap, an image.

    Args:
        source: a path, bytes, or a binary file object (read from its current position).
        name: the name to send; default: the file's name, else ``upload.<ext>``.
        max_bytes: size cap.

    Returns:
        The prepared image (call :meth:`PreparedImage.close` when done).

    Raises:
        ValidationError: missing file, empty, too large, or not an image the API accepts.
    """
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValidationError(f"max_bytes must be a positive integer, got {max_bytes!r}")
    data, size, hint, owned = _open_source(source, max_bytes)
    prepared = PreparedImage(name or "", "", size, data, owned)
    try:
        if size == 0:
            raise ValidationError(f"{hint or 'the image'} is empty")
        if size > max_bytes:
            raise ValidationError(
                f"{hint or 'the image'} is {size} bytes, over max_bytes ({max_bytes})"
            )
        kind = sniff_image(_head(data))
        if kind is None or kind.mime not in ACCEPTED_IMAGE_TYPES:
            raise ValidationError(
                f"{hint or 'the data'} is not an image the API accepts "
                f"(PNG, JPEG, WebP, GIF, TIFF, AVIF, HEIF, BMP)"
            )
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise ValidationError("name must be a non-empty string")
        prepared.name = name or hint or f"upload.{kind.extension}"
        prepared.mime = kind.mime
        return prepared
    except BaseException:
        prepared.close()
        raise


#: Options ``upload_many`` accepts, per item or for all items (those of ``upload_file``).
UPLOAD_OPTIONS = frozenset(
    {"name", "collection_ids", "parent_id", "hide", "max_bytes", "original_assets", "timeout"}
)


def check_options(options: Mapping[str, Any], where: str) -> None:
    """Refuse unknown ``upload_many`` options and a bad ``max_bytes`` before any upload."""
    unknown = sorted(set(options) - UPLOAD_OPTIONS)
    if unknown:
        raise ValidationError(
            f"{where}: unknown option(s) {', '.join(unknown)}; "
            f"expected some of {', '.join(sorted(UPLOAD_OPTIONS))}"
        )
    cap = options.get("max_bytes", DEFAULT_MAX_BYTES)
    if isinstance(cap, bool) or not isinstance(cap, int) or cap <= 0:
        raise ValidationError(f"{where}: max_bytes must be a positive integer")


def thumbnail_bytes(thumbnail: Source | None, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | None:
    """A canvas thumbnail (path, bytes or file) checked to be an image, as bytes."""
    if thumbnail is None:
        return None
    image = prepare_image(thumbnail, name=None, max_bytes=max_bytes)
    try:
        return image.read_all()
    finally:
        image.close()


def normalise_items(
    items: Iterable[Any], common: Mapping[str, Any]
) -> list[tuple[Source, dict[str, Any]]]:
    """``upload_many`` items as (source, options); checked before any upload starts.

    A mapping item carries ``source`` and per-item options, which win over ``common``.
    """
    check_options(common, "upload_many")
    if "name" in common:
        raise ValidationError("upload_many: give names per item, not one name for all")
    out: list[tuple[Source, dict[str, Any]]] = []
    for index, item in enumerate(items):
        if isinstance(item, Mapping):
            options = dict(item)
            if "source" not in options:
                raise ValidationError(f"upload_many item {index}: a mapping needs a 'source' key")
            source = options.pop("source")
            check_options(options, f"upload_many item {index}")
            out.append((source, {**common, **options}))
        else:
            out.append((item, dict(common)))
    return out


def as_outcome_error(exc: Exception) -> ScenarioError:
    """Any failure of one upload as a ScenarioError, so it lands in that item's outcome."""
    if isinstance(exc, ScenarioError):
        return exc
    wrapped = ScenarioError(f"upload failed: {type(exc).__name__}: {exc}")
    wrapped.__cause__ = exc
    return wrapped


def check_concurrency(concurrency: object) -> int:
    """``upload_many``'s concurrency: an integer from 1 to 32."""
    if (
        isinstance(concurrency, bool)
        or not isinstance(concurrency, int)
        or not 1 <= concurrency <= 32
    ):
        raise ValidationError("concurrency must be an integer from 1 to 32")
    return concurrency


__getattr__ = module_getattr(__name__, {"ProgressCallback": ("ItemCallback", ItemCallback)})
