"""Where a mirrored asset goes: the layout template, checked up front, and safe file names.

A layout is a relative path template such as ``{type}/{name}.{ext}`` or
``{collection}/{id}.{ext}``. It is checked before any request (known placeholders only, no
format specs, no absolute path, no ``..``, no empty segment). Values come from the server and
are untrusted: each rendered segment is sanitised (separators, control and reserved characters
replaced, leading dots and trailing dots/spaces removed so no ``.`` / ``..`` / hidden name can
appear, Windows device names such as ``CON`` escaped, over-long names shortened keeping the
extension). Two assets that render to the same path, compared case-insensitively as on macOS
and Windows file systems, are told apart by :func:`disambiguate` (the state store decides who
gets which).
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Callable
from typing import Any

from .errors import ValidationError

__all__ = ["DEFAULT_LAYOUT", "PLACEHOLDERS", "Layout", "disambiguate", "path_key", "safe_segment"]

DEFAULT_LAYOUT = "{type}/{name}.{ext}"
_MAX_SEGMENT_BYTES = 150  # leaves room under NAME_MAX (255) for a disambiguation and a .part
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_RESERVED = re.compile(r"(?i)^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$")
_EXTENSIONS = {
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/webp": "webp",
    "image/gif": "gif",
    "image/tiff": "tiff",
    "image/avif": "avif",
    "image/heif": "heif",
    "image/bmp": "bmp",
    "image/svg+xml": "svg",
    "application/json": "json",
    "video/mp4": "mp4",
    "audio/mpeg": "mp3",
    "audio/wav": "wav",
    "model/gltf-binary": "glb",
}


def _text(value: Any) -> str:
    value = getattr(value, "value", value)
    return "" if value is None or not isinstance(value, str | int | float) else str(value)


def _stem_and_ext(asset: Any) -> tuple[str, str]:
    name = _text(getattr(asset.metadata, "name", None))
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem or len(suffix) > 8:
        stem, suffix = name, ""
    mime = _text(getattr(asset, "mime_type", ""))
    ext = _EXTENSIONS.get(mime) or suffix.lower() or mime.rpartition("/")[2] or "bin"
    return stem or _text(asset.id), ext


def _collection(asset: Any) -> str:
    ids = getattr(asset, "collection_ids", None) or []
    return _text(ids[0]) if ids else "no-collection"


PLACEHOLDERS: dict[str, Callable[[Any], str]] = {
    "id": lambda a: _text(a.id),
    "name": lambda a: _stem_and_ext(a)[0],
    "ext": lambda a: _stem_and_ext(a)[1],
    "type": lambda a: _text(getattr(a.metadata, "type_", None)) or "unknown-type",
    "kind": lambda a: _text(a.kind) or "unknown-kind",
    "collection": _collection,
    "author": lambda a: _text(a.author_id),
    "privacy": lambda a: _text(a.privacy),
    "year": lambda a: _text(a.created_at)[:4],
    "month": lambda a: _text(a.created_at)[5:7],
}
"""What a layout may use, each computed from a listed asset."""


def safe_segment(value: str) -> str:
    """One path segment from untrusted text: never empty, ``.``, ``..``, hidden or reserved."""
    text = unicodedata.normalize("NFC", value)
    text = _UNSAFE.sub("_", text).strip().lstrip(".").rstrip(". ")
    if _RESERVED.match(text):
        text = "_" + text
    if len(text.encode("utf-8")) > _MAX_SEGMENT_BYTES:
        stem, dot, ext = text.rpartition(".")
        if not dot or len(ext) > 8:
            stem, dot, ext = text, "", ""
        budget = _MAX_SEGMENT_BYTES - len((dot + ext).encode("utf-8"))
        text = stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip(". ") + dot + ext
    return text or "_"


def path_key(path: str) -> str:
    """The identity of a relative path on a case-insensitive, normalising file system."""
    return unicodedata.normalize("NFC", path).casefold()


def disambiguate(path: str, asset_id: str) -> str:
    """``a/b.png`` for asset ``x`` as ``a/b~x.png``: a name no other asset can render to."""
    parent, _, name = path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem:
        stem, dot, ext = name, "", ""
    unique = safe_segment(f"{stem}~{asset_id}{dot}{ext}")
    return f"{parent}/{unique}" if parent else unique


class Layout:
    """A checked layout template; :meth:`render` gives an asset's relative POSIX path.

    Raises:
        ValidationError: on construction, for a template that is not a string, names an
            unknown placeholder, uses a format spec or conversion, is absolute, has an empty,
            ``.`` or ``..`` segment, or a backslash.
    """

    def __init__(self, template: str) -> None:
        if not isinstance(template, str) or not template.strip():
            raise ValidationError("layout must be a non-empty template such as '{type}/{name}'")
        if "\\" in template:
            raise ValidationError(f"layout {template!r}: use '/' between folders, not '\\'")
        if template.startswith("/") or re.match(r"^[A-Za-z]:", template):
            raise ValidationError(f"layout {template!r} must be relative to the folder")
        self.template = template
        self._segments: list[list[tuple[str, str | None]]] = []
        for segment in template.split("/"):
            if segment.strip() in ("", ".", ".."):
                raise ValidationError(
                    f"layout {template!r} has an empty, '.' or '..' folder; "
                    "every segment must name something"
                )
            try:
                parts = list(string.Formatter().parse(segment))
            except ValueError as exc:
                raise ValidationError(f"layout {template!r}: {exc}") from exc
            parsed: list[tuple[str, str | None]] = []
            for literal, field, spec, conversion in parts:
                if field is not None and (spec or conversion):
                    raise ValidationError(
                        f"layout {template!r}: '{{{field}}}' takes no format spec or conversion"
                    )
                if field is not None and field not in PLACEHOLDERS:
                    raise ValidationError(
                        f"layout {template!r}: unknown placeholder {{{field}}}; known: "
                        + ", ".join("{" + name + "}" for name in PLACEHOLDERS)
                    )
                parsed.append((literal, field))
            self._segments.append(parsed)
        if not any(field for _, field in self._segments[-1]):
            raise ValidationError(
                f"layout {template!r}: the file name must use a placeholder, "
                "such as {id} or {name}"
            )

    def __repr__(self) -> str:
        return f"Layout({self.template!r})"

    def render(self, asset: Any) -> str:
        """The asset's path relative to the mirror, every segment sanitised."""
        values: dict[str, str] = {}
        segments = []
        for parsed in self._segments:
            text = ""
            for literal, field in parsed:
                text += literal
                if field is not None:
                    if field not in values:
                        values[field] = PLACEHOLDERS[field](asset)
                    text += values[field]
            segments.append(safe_segment(text))
        # No segment starts with a dot, so no path can reach the state files (.scenario-sync*);
        # none is empty or holds a separator, so joining them is the normal form of the path.
        return "/".join(segments)
