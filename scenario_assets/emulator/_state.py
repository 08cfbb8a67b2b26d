"""In-memory state of the emulator: assets, locks, snapshots, jobs, tokens and the clock."""

from __future__ import annotations

import base64
import bisect
import copy
import functools
import hashlib
import hmac
import json
import math
import re
import threading
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from ._images import (
    RASTER_TARGETS,
    UNSUPPORTED_TARGETS,
    convert_image,
    extension_for_mime,
    make_png,
    sniff_image,
)
from ._spec import ApiSpec, default_spec
from ._storage import Signer, Storage, build_zip
from ._wire import ApiError, format_date, parse_date

__all__ = [
    "ApiError",
    "Clock",
    "EmulatorState",
    "StoredAsset",
    "Vocabulary",
    "format_date",
    "parse_date",
]


@dataclass(frozen=True)
class Vocabulary:
    """The enums of the Asset object, read from the spec (the emulator keeps no copy)."""

    types: tuple[str, ...]
    """``metadata.type``: what made the asset."""
    sources: frozenset[str]
    """``source``."""
    kinds: tuple[str, ...]
    """``kind``."""
    privacy: tuple[str, ...]
    """``privacy``."""
    edit_capabilities: tuple[str, ...] = ()
    """``editCapabilities`` values (the emulator gives images all of them)."""
    job_ready: tuple[str, ...] = ("success",)
    """Statuses of a batch job that finished with its archive (``x-poll`` ``ready``)."""
    job_failed: tuple[str, ...] = ()
    """Statuses of a batch job that ended without one (``x-poll`` ``failed``)."""

    @property
    def job_final(self) -> tuple[str, ...]:
        """Statuses after which a job changes no more."""
        return self.job_ready + self.job_failed

    @classmethod
    def from_spec(cls, spec: ApiSpec) -> Vocabulary:
        asset = spec.schema("Asset")
        polls = [
            op["x-poll"]
            for item in (spec.document.get("paths") or {}).values()
            for op in item.values()
            if isinstance(op, dict) and "x-poll" in op
        ]
        ends: dict[str, Any] = {}
        if polls:
            ends = {"job_ready": tuple(polls[0]["ready"]), "job_failed": tuple(polls[0]["failed"])}
        return cls(
            types=spec.enum_of(asset, "metadata", "type"),
            sources=frozenset(spec.enum_of(asset, "source")),
            kinds=spec.enum_of(asset, "kind"),
            privacy=spec.enum_of(asset, "privacy"),
            edit_capabilities=spec.enum_of(
                spec.property_schema(asset, "editCapabilities")["items"]
            ),
            **ends,
        )


@functools.cache
def default_vocabulary() -> Vocabulary:
    """The Asset enums of the spec the generated package was built from."""
    return Vocabulary.from_spec(default_spec())


def __getattr__(name: str) -> Any:
    """``ASSET_TYPES``, ``ASSET_SOURCES``, ``ASSET_KINDS``, ``PRIVACY_VALUES``,
    ``JOB_FINAL_STATUSES``: from the spec."""
    words = default_vocabulary()
    legacy: dict[str, Any] = {
        "ASSET_TYPES": words.types,
        "ASSET_SOURCES": words.sources,
        "ASSET_KINDS": words.kinds,
        "PRIVACY_VALUES": words.privacy,
        "JOB_FINAL_STATUSES": words.job_final,
    }
    if name in legacy:
        return legacy[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


TEMPLATE_TOKENS = ("seed", "index", "prompt", "generator", "id", "name")

_SOURCE_PREFIXES = (
    ("inference-controlnet-img2img", "inference-control-net-img"),
    ("inference-controlnet-inpaint", "inference-control-net-inpainting"),
    ("inference-controlnet", "inference-control-net"),
    ("inference-txt2img", "inference-txt"),
    ("inference-img2img", "inference-img"),
    ("inference-inpaint", "inference-in-paint"),
)


def source_for_type(asset_type: str, sources: Collection[str] | None = None) -> str:
    """Map an asset ``type`` to the matching ``source`` enum value (``unknown`` if none).

    ``sources``: the spec's ``source`` values (default: the generated package's spec).
    """
    known = default_vocabulary().sources if sources is None else sources
    if asset_type in known:
        return asset_type
    for prefix, repl in _SOURCE_PREFIXES:
        if asset_type.startswith(prefix):
            candidate = repl + asset_type[len(prefix) :]
            if candidate in known:
                return candidate
    candidate = asset_type.replace("3d-texture", "3d:texture").replace("texture-", "texture:")
    candidate = candidate.replace("3d23d:texture", "3d23d:texture")
    if asset_type == "3d23d-texture":
        candidate = "3d23d:texture"
    return candidate if candidate in known else "unknown"


def _ms(dt: datetime) -> datetime:
    """Truncate to milliseconds (the wire precision)."""
    return dt.replace(microsecond=dt.microsecond // 1000 * 1000)


class Clock:
    """Injectable clock: real time plus an offset, or frozen at a given instant.

    ``advance(seconds)`` moves it forward (or back with a negative value), ``set(dt)`` jumps.
    """

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        self._frozen = frozen or start is not None
        self._fixed = (start or datetime.now(UTC)).astimezone(UTC)
        self._offset = timedelta(0)

    def now(self) -> datetime:
        with self._lock:
            if self._frozen:
                return self._fixed
            return datetime.now(UTC) + self._offset

    def advance(self, seconds: float) -> datetime:
        with self._lock:
            if self._frozen:
                self._fixed += timedelta(seconds=seconds)
            else:
                self._offset += timedelta(seconds=seconds)
        return self.now()

    def set(self, when: datetime) -> None:
        with self._lock:
            when = when if when.tzinfo else when.replace(tzinfo=UTC)
            if self._frozen:
                self._fixed = when.astimezone(UTC)
            else:
                self._offset = when - datetime.now(UTC)


@dataclass
class CanvasLock:
    lock_id: str
    expires_at: datetime


@dataclass
class Snapshot:
    seq: int
    author_id: str
    raw_data: str
    taken_at: datetime

    def to_json(self) -> dict[str, Any]:
        return {
            "authorId": self.author_id,
            "hash": hashlib.sha256(self.raw_data.encode()).hexdigest(),
            "rawData": self.raw_data,
            "takenAt": int(self.taken_at.timestamp() * 1000),
        }


@dataclass
class StoredAsset:
    """One asset. ``doc`` holds the wire fields except ``url``/thumbnail URLs (signed on output)."""

    id: str
    seq: int
    doc: dict[str, Any]
    content: bytes
    filename: str
    created_at: datetime
    updated_at: datetime
    lock: CanvasLock | None = None
    snapshots: list[Snapshot] = field(default_factory=list)

    @property
    def type(self) -> str:
        return str(self.doc["metadata"]["type"])

    @property
    def kind(self) -> str:
        return str(self.doc["kind"])

    @property
    def mime_type(self) -> str:
        return str(self.doc["mimeType"])

    @property
    def storage_key(self) -> str:
        return f"assets/{self.id}/{self.filename}"

    def sort_value(self, sort_by: str) -> datetime:
        return self.updated_at if sort_by == "updatedAt" else self.created_at


@dataclass
class DownloadJob:
    job_id: str
    steps: tuple[str, ...]
    polls: int = 0
    zip_key: str | None = None

    @property
    def status(self) -> str:
        return self.steps[min(self.polls, len(self.steps) - 1)]


@dataclass
class ListQuery:
    """Validated filters of ``GET /assets``."""

    types: list[str] | None = None
    author_id: str | None = None
    collection_id: str | None = None
    inference_id: str | None = None
    model_id: str | None = None
    parent_asset_id: str | None = None
    root_asset_id: str | None = None
    privacy: str | None = None
    tags: list[str] | None = None
    sort_by: str = "createdAt"
    sort_direction: str = "desc"
    after: datetime | None = None
    before: datetime | None = None
    page_size: int = 50
    token: str | None = None
    public_only: bool = False


class EmulatorState:
    """All mutable emulator state. Thread-safe (the server runs in another thread than tests).

    Switches for tests:

    * ``clock`` / ``now()``: the injectable clock (``state.clock.advance(3600)``).
    * ``url_ttl``: lifetime in seconds of signed storage URLs.
    * ``job_steps``: statuses a batch-download job goes through, one per status poll.
    * ``fail_next_jobs(n, status="failure")``: the next n jobs end in ``failure``/``canceled``.
    """

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        now: Callable[[], datetime] | None = None,
        secret: bytes = b"emulator-signing-secret",
        url_ttl: int = 3600,
        job_steps: Sequence[str] = ("queued", "in-progress", "success"),
        owner_id: str = "proj_emulator",
        author_id: str = "e0000000000000000000000000000001",
        id_seed: str = "scenario-emulator",
        spec: ApiSpec | None = None,
    ) -> None:
        self.spec: ApiSpec = spec or default_spec()
        self.vocabulary: Vocabulary = Vocabulary.from_spec(self.spec)
        self.clock: Clock = clock or Clock()
        self._now_override = now
        self._secret = secret
        self.signer: Signer = Signer(secret)
        self.storage: Storage = Storage()
        self.url_ttl = url_ttl
        self.job_steps: tuple[str, ...] = tuple(job_steps)
        self.owner_id = owner_id
        self.author_id = author_id
        self._id_seed = id_seed
        self._lock = threading.RLock()
        self.assets: dict[str, StoredAsset] = {}
        # Sorted indexes for GET /assets: (sort value, seq, id), ascending. A page request
        # bisects to its cursor and walks only as far as the page needs, whatever the store size.
        self._by_created: list[tuple[datetime, int, str]] = []
        self._by_updated: list[tuple[datetime, int, str]] = []
        self.jobs: dict[str, DownloadJob] = {}
        self._counter = 0
        self._failing_jobs: list[str] = []
        self._export_counter = 0

    # ------------------------------------------------------------------ basics
    def now(self) -> datetime:
        """Current time (UTC, millisecond precision) from the injectable clock."""
        fn = self._now_override or self.clock.now
        return _ms(fn())

    def set_now(self, fn: Callable[[], datetime] | None) -> None:
        """Replace the time source (``None`` restores ``clock``)."""
        self._now_override = fn

    def reset(self) -> None:
        """Forget every asset, job, blob and pending job failure (keeps clock and config)."""
        with self._lock:
            self.assets.clear()
            self._by_created.clear()
            self._by_updated.clear()
            self.jobs.clear()
            self.storage.clear()
            self._failing_jobs.clear()
            self._counter = 0
            self._export_counter = 0

    def _next_id(self, prefix: str) -> tuple[str, int]:
        self._counter += 1
        digest = hashlib.sha256(f"{self._id_seed}:{prefix}:{self._counter}".encode()).digest()
        token = base64.urlsafe_b64encode(digest[:16]).decode().rstrip("=")
        return f"{prefix}_{token}", self._counter

    def fail_next_jobs(self, count: int = 1, status: str = "failure") -> None:
        """Make the next ``count`` batch-download jobs end in ``status`` (failure/canceled)."""
        if status not in ("failure", "canceled"):
            raise ValueError("status must be 'failure' or 'canceled'")
        with self._lock:
            self._failing_jobs.extend([status] * count)

    # ------------------------------------------------------------------ rendering
    def sign_key(self, storage_base: str, key: str) -> str:
        return self.signer.sign(storage_base, key, self.now(), self.url_ttl)

    def render(
        self, asset: StoredAsset, storage_base: str, *, embedding: bool = False
    ) -> dict[str, Any]:
        doc = copy.deepcopy(asset.doc)
        doc["url"] = self.sign_key(storage_base, asset.storage_key)
        doc["createdAt"] = format_date(asset.created_at)
        doc["updatedAt"] = format_date(asset.updated_at)
        thumb_id = doc.get("metadata", {}).get("thumbnail", {}).get("assetId")
        if thumb_id:
            thumb = self.assets.get(thumb_id)
            thumb_url = self.sign_key(storage_base, thumb.storage_key) if thumb else ""
            doc["thumbnail"] = {"assetId": thumb_id, "url": thumb_url}
            doc["metadata"]["thumbnail"] = {"assetId": thumb_id, "url": thumb_url}
        if asset.lock is not None:
            doc["metadata"]["lockExpiresAt"] = format_date(asset.lock.expires_at)
        if embedding and asset.kind == "image":
            digest = hashlib.sha256(asset.content).digest()
            doc["embedding"] = [round((b - 127.5) / 127.5, 6) for b in digest[:16]]
        return doc

    # ------------------------------------------------------------------ creation
    def add_asset(
        self,
        *,
        content: bytes | None = None,
        asset_type: str = "uploaded",
        name: str | None = None,
        kind: str | None = None,
        mime_type: str | None = None,
        privacy: str = "private",
        tags: Iterable[str] = (),
        collection_ids: Iterable[str] = (),
        metadata: dict[str, Any] | None = None,
        author_id: str | None = None,
        owner_id: str | None = None,
        hidden: bool | None = None,
        description: str | None = None,
        created_at: datetime | None = None,
        status: str = "success",
    ) -> StoredAsset:
        """Create an asset directly (seeding and tests). Images get sniffed for size and mime."""
        words = self.vocabulary
        if asset_type not in words.types:
            raise ValueError(f"unknown asset type {asset_type!r}")
        if privacy not in words.privacy:
            raise ValueError(f"unknown privacy {privacy!r}")
        if content is None:
            content = make_png(8, 8)
        props: dict[str, Any] = {"size": len(content)}
        extra_meta: dict[str, Any] = {}
        if kind in (None, "image") and mime_type is None:
            info = sniff_image(content)
            kind, mime_type = "image", info.mime_type
            props.update(width=info.width, height=info.height)
            extra_meta.update(width=info.width, height=info.height)
        kind = kind or "image"
        if kind not in words.kinds:
            raise ValueError(f"unknown kind {kind!r}")
        mime_type = mime_type or "application/octet-stream"
        with self._lock:
            asset_id, seq = self._next_id("asset")
            now = created_at or self.now()
            meta: dict[str, Any] = {"kind": kind, "type": asset_type, **extra_meta}
            if name is not None:
                meta["name"] = name
            meta.update(metadata or {})
            meta["kind"], meta["type"] = kind, asset_type
            doc: dict[str, Any] = {
                "id": asset_id,
                "authorId": author_id or self.author_id,
                "collectionIds": list(collection_ids),
                "editCapabilities": list(self.vocabulary.edit_capabilities)
                if kind == "image"
                else [],
                "kind": kind,
                "metadata": meta,
                "mimeType": mime_type,
                "ownerId": owner_id or self.owner_id,
                "privacy": privacy,
                "properties": props,
                "source": source_for_type(asset_type, words.sources),
                "status": status,
                "tags": list(dict.fromkeys(tags)),
            }
            if hidden is not None:
                doc["isHidden"] = hidden
            if description is not None:
                doc["description"] = description
            base = re.sub(r"[^A-Za-z0-9._-]+", "_", name or asset_id).strip("._") or asset_id
            ext = extension_for_mime(mime_type)
            filename = base if base.lower().endswith("." + ext) else f"{base}.{ext}"
            asset = StoredAsset(asset_id, seq, doc, content, filename, now, now)
            self.assets[asset_id] = asset
            bisect.insort(self._by_created, (now, seq, asset_id))
            bisect.insort(self._by_updated, (now, seq, asset_id))
            self.storage.put(asset.storage_key, content, mime_type, filename)
            return asset

    def add_many(
        self,
        count: int,
        *,
        content: bytes | None = None,
        asset_type: str = "uploaded",
        name: str = "asset-{index}.png",
        spacing: float = 1.0,
        **fields: Any,
    ) -> list[str]:
        """Create ``count`` image assets at once (seeding large stores quickly).

        Their ``createdAt``/``updatedAt`` run ``spacing`` seconds apart and end just before
        now, oldest first, as a library that grew over time; every asset shares ``content``
        (a small PNG by default), so 100,000 of them take little memory.

        Returns:
            The new ids, oldest first.
        """
        data = content if content is not None else make_png(8, 8)
        mime = sniff_image(data).mime_type
        start = self.now() - timedelta(seconds=spacing * count)
        return [
            self.add_asset(
                content=data,
                asset_type=asset_type,
                name=name.format(index=index),
                kind="image",
                mime_type=mime,
                created_at=start + timedelta(seconds=spacing * index),
                **fields,
            ).id
            for index in range(count)
        ]

    def change_asset(self, asset_id: str, content: bytes | None = None) -> StoredAsset:
        """Give an asset new content (and a new ``updatedAt``), as an edit would."""
        with self._lock:
            asset = self.get(asset_id)
            if content is not None:
                asset.content = content
                asset.doc["properties"]["size"] = len(content)
                self.storage.put(asset.storage_key, content, asset.mime_type, asset.filename)
            self._touch(asset, self.now())
            return asset

    def upload_image(
        self, data: bytes, name: str, collection_ids: list[str], hide: bool | None,
        parent_id: str | None,
    ) -> StoredAsset:  # fmt: skip
        try:
            sniff_image(data)
        except ValueError as exc:
            raise ApiError(400, f"image: {exc}") from exc
        return self.add_asset(
            content=data, asset_type="uploaded", name=name, collection_ids=collection_ids,
            hidden=hide, metadata=self._parent_meta(parent_id),
        )  # fmt: skip

    def _parent_meta(self, parent_id: str | None) -> dict[str, Any]:
        if not parent_id:
            return {}
        parent = self.assets.get(parent_id)
        root = parent_id
        if parent is not None:
            root = str(parent.doc["metadata"].get("rootParentId") or parent_id)
        return {"parentId": parent_id, "rootParentId": root}

    def upload_canvas(
        self, canvas: str, name: str, thumbnail: bytes | None, collection_ids: list[str],
        hide: bool | None, parent_id: str | None,
    ) -> StoredAsset:  # fmt: skip
        with self._lock:
            meta = self._parent_meta(parent_id)
            thumb = self._make_thumbnail(thumbnail, name) if thumbnail is not None else None
            if thumb is not None:
                meta["thumbnail"] = {"assetId": thumb.id, "url": ""}
            return self.add_asset(
                content=canvas.encode(), asset_type="canvas", name=name, kind="json",
                mime_type="application/json", collection_ids=collection_ids, hidden=hide,
                metadata=meta,
            )  # fmt: skip

    def _make_thumbnail(self, data: bytes, name: str) -> StoredAsset:
        try:
            sniff_image(data)
        except ValueError as exc:
            raise ApiError(400, f"thumbnail: {exc}") from exc
        return self.add_asset(content=data, asset_type="canvas-export", name=f"{name}-thumbnail")

    # ------------------------------------------------------------------ queries
    def get(self, asset_id: str) -> StoredAsset:
        asset = self.assets.get(asset_id)
        if asset is None:
            raise ApiError(404, f"Asset {asset_id} not found")
        return asset

    def _encode_token(self, payload: dict[str, Any]) -> str:
        raw = json.dumps(payload, separators=(",", ":"), sort_keys=True).encode()
        mac = hmac.new(self._secret, raw, hashlib.sha256).digest()[:8]
        return base64.urlsafe_b64encode(raw + mac).decode().rstrip("=")

    def _decode_token(self, token: str, kind: str) -> dict[str, Any]:
        try:
            blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            raw, mac = blob[:-8], blob[-8:]
            good = hmac.new(self._secret, raw, hashlib.sha256).digest()[:8]
            if not hmac.compare_digest(mac, good):
                raise ValueError("bad mac")
            payload = json.loads(raw)
            if not isinstance(payload, dict) or payload.get("k") != kind:
                raise ValueError("wrong token kind")
            return payload
        except (ValueError, TypeError) as exc:
            raise ApiError(400, "paginationToken is invalid") from exc

    def list_assets(self, q: ListQuery) -> tuple[list[StoredAsset], str | None]:
        """One page of ``GET /assets`` and the token of the next one (``None`` on the last).

        The page is read from the sorted index of ``q.sort_by``: bisect to the cursor (and to
        ``after``/``before``), then walk in the requested direction until the page is full. An
        unfiltered page costs the same whatever the number of stored assets; a filter that
        matches few assets walks past the ones it skips.
        """
        desc = q.sort_direction == "desc"
        cursor: tuple[datetime, int] | None = None
        if q.token:
            payload = self._decode_token(q.token, "assets")
            if payload.get("s") != q.sort_by or payload.get("d") != q.sort_direction:
                raise ApiError(400, "paginationToken does not match sortBy/sortDirection")
            try:
                cursor = (parse_date(str(payload["t"])), int(payload["i"]))
            except (KeyError, ValueError) as exc:
                raise ApiError(400, "paginationToken is invalid") from exc
        page: list[StoredAsset] = []
        more = False
        with self._lock:
            index = self._by_updated if q.sort_by == "updatedAt" else self._by_created
            lo, hi = 0, len(index)
            if q.after is not None:  # sort value > after
                lo = bisect.bisect_right(index, (q.after, math.inf))
            if q.before is not None:  # sort value < before
                hi = bisect.bisect_left(index, (q.before, -math.inf))
            if cursor is not None:  # strictly past the last asset of the previous page
                if desc:
                    hi = min(hi, bisect.bisect_left(index, cursor))
                else:
                    lo = max(lo, bisect.bisect_left(index, (cursor[0], cursor[1] + 1)))
            positions = range(hi - 1, lo - 1, -1) if desc else range(lo, hi)
            for position in positions:
                asset = self.assets[index[position][2]]
                if not self._matches(asset, q):
                    continue
                if len(page) == q.page_size:
                    more = True
                    break
                page.append(asset)
        token = None
        if more:
            last = page[-1]
            token = self._encode_token(
                {"k": "assets", "s": q.sort_by, "d": q.sort_direction,
                 "t": format_date(last.sort_value(q.sort_by)), "i": last.seq}
            )  # fmt: skip
        return page, token

    @staticmethod
    def _matches(a: StoredAsset, q: ListQuery) -> bool:
        doc = a.doc
        meta = doc["metadata"]
        return not (
            (q.public_only and doc["privacy"] != "public")
            or (q.types is not None and meta["type"] not in q.types)
            or (q.author_id is not None and doc["authorId"] != q.author_id)
            or (q.collection_id is not None and q.collection_id not in doc["collectionIds"])
            or (q.inference_id is not None and meta.get("inferenceId") != q.inference_id)
            or (q.model_id is not None and meta.get("modelId") != q.model_id)
            or (q.parent_asset_id is not None and meta.get("parentId") != q.parent_asset_id)
            or (q.root_asset_id is not None and meta.get("rootParentId") != q.root_asset_id)
            or (q.privacy is not None and doc["privacy"] != q.privacy)
            or (bool(q.tags) and not set(q.tags or ()) <= set(doc["tags"]))
        )

    def _touch(self, asset: StoredAsset, now: datetime) -> None:
        """Set ``updated_at`` and move the asset in the ``updatedAt`` index."""
        _unindex(self._by_updated, (asset.updated_at, asset.seq, asset.id))
        asset.updated_at = now
        bisect.insort(self._by_updated, (now, asset.seq, asset.id))

    # ------------------------------------------------------------------ mutations
    def delete(self, asset_ids: list[str]) -> None:
        with self._lock:
            for asset_id in asset_ids:
                asset = self.assets.pop(asset_id, None)
                if asset is not None:
                    _unindex(self._by_created, (asset.created_at, asset.seq, asset.id))
                    _unindex(self._by_updated, (asset.updated_at, asset.seq, asset.id))
                    self.storage.delete_prefix(f"assets/{asset_id}/")

    def duplicate(self, asset_id: str, target_project_id: str | None) -> StoredAsset:
        with self._lock:
            src = self.get(asset_id)
            meta = copy.deepcopy(src.doc["metadata"])
            meta.pop("lockExpiresAt", None)
            extra: dict[str, Any] = {}
            if target_project_id:
                meta["sourceProjectId"] = src.doc["ownerId"]
                meta["copiedAt"] = format_date(self.now())
            if src.kind != "image":
                extra = {"kind": src.kind, "mime_type": src.mime_type}
            new = self.add_asset(
                content=src.content, asset_type=src.type, name=meta.get("name"),
                privacy=src.doc["privacy"], tags=src.doc["tags"],
                collection_ids=src.doc["collectionIds"], metadata=meta,
                owner_id=target_project_id or src.doc["ownerId"], hidden=src.doc.get("isHidden"),
                description=src.doc.get("description"), **extra,
            )  # fmt: skip
            new.doc["properties"] = copy.deepcopy(src.doc["properties"])
            return new

    def _require_canvas(self, asset: StoredAsset, action: str) -> None:
        if asset.type != "canvas":
            raise ApiError(400, f"Only canvas assets can be {action} (asset type is {asset.type})")

    def _active_lock(self, asset: StoredAsset) -> CanvasLock | None:
        lock = asset.lock
        if lock is not None and lock.expires_at > self.now():
            return lock
        return None

    def _conflict(self, lock: CanvasLock) -> ApiError:
        return ApiError(
            409,
            f"Canvas is locked by another session until {format_date(lock.expires_at)}; "
            "pass the matching lockId or wait for the lock to expire",
        )

    def _future(self, when: datetime, field_name: str) -> datetime:
        if when <= self.now():
            raise ApiError(400, f"{field_name} must be a date in the future")
        return _ms(when)

    def lock(self, asset_id: str, expires_at: datetime) -> tuple[StoredAsset, str]:
        with self._lock:
            asset = self.get(asset_id)
            self._require_canvas(asset, "locked")
            expires_at = self._future(expires_at, "lockExpiresAt")
            active = self._active_lock(asset)
            if active is not None:
                raise self._conflict(active)
            lock_id, _ = self._next_id("lock")
            asset.lock = CanvasLock(lock_id, expires_at)
            return asset, lock_id

    def unlock(self, asset_id: str, lock_id: str | None, force: bool) -> StoredAsset:
        with self._lock:
            asset = self.get(asset_id)
            self._require_canvas(asset, "unlocked")
            active = self._active_lock(asset)
            if active is not None and not force and lock_id != active.lock_id:
                raise self._conflict(active)
            asset.lock = None
            return asset

    def update_canvas(
        self, asset_id: str, *, canvas: str | None, description: str | None,
        disable_snapshot: bool, lock_expires_at: datetime | None, lock_id: str | None,
        name: str | None, thumbnail: bytes | None,
    ) -> StoredAsset:  # fmt: skip
        with self._lock:
            asset = self.get(asset_id)
            self._require_canvas(asset, "updated")
            active = self._active_lock(asset)
            if active is not None and lock_id != active.lock_id:
                raise self._conflict(active)
            if lock_expires_at is not None:
                new_expiry = self._future(lock_expires_at, "lockExpiresAt")
                if active is None:
                    raise ApiError(
                        400, "lockExpiresAt can only extend an active lock held with lockId"
                    )
                active.expires_at = new_expiry
            now = self.now()
            if thumbnail is not None:
                thumb = self._make_thumbnail(
                    thumbnail, name or asset.doc["metadata"].get("name", "")
                )
                asset.doc["metadata"]["thumbnail"] = {"assetId": thumb.id, "url": ""}
            if name is not None:
                asset.doc["metadata"]["name"] = name
            if description is not None:
                asset.doc["description"] = description
            if canvas is not None:
                asset.content = canvas.encode()
                asset.doc["properties"]["size"] = len(asset.content)
                self.storage.put(asset.storage_key, asset.content, asset.mime_type, asset.filename)
                if not disable_snapshot:
                    _, seq = self._next_id("snapshot")
                    asset.snapshots.append(Snapshot(seq, self.author_id, canvas, now))
            self._touch(asset, now)
            return asset

    def list_snapshots(
        self, asset_id: str, page_size: int, token: str | None
    ) -> tuple[list[Snapshot], str | None]:
        with self._lock:
            asset = self.get(asset_id)
            if asset.type != "canvas":
                return [], None  # only canvases have snapshots (the API documents no error)
            items = sorted(asset.snapshots, key=lambda s: (s.taken_at, s.seq), reverse=True)
        if token:
            payload = self._decode_token(token, "snapshots")
            if payload.get("a") != asset_id:
                raise ApiError(400, "paginationToken belongs to another asset")
            cursor = (int(payload.get("t", 0)), int(payload.get("i", 0)))
            items = [s for s in items if (int(s.taken_at.timestamp() * 1000), s.seq) < cursor]
        page = items[:page_size]
        next_token = None
        if len(items) > page_size:
            last = page[-1]
            next_token = self._encode_token(
                {"k": "snapshots", "a": asset_id,
                 "t": int(last.taken_at.timestamp() * 1000), "i": last.seq}
            )  # fmt: skip
        return page, next_token

    def update_tags(
        self, asset_id: str, add: list[str], delete: list[str], strict: bool
    ) -> tuple[list[str], list[str]]:
        with self._lock:
            asset = self.get(asset_id)
            both = sorted(set(add) & set(delete))
            if both:
                raise ApiError(400, f"Tags cannot be both added and deleted: {', '.join(both)}")
            tags: list[str] = asset.doc["tags"]
            if strict:
                existing = [t for t in add if t in tags]
                if existing:
                    raise ApiError(409, f"Tags already exist on the asset: {', '.join(existing)}")
                missing = [t for t in delete if t not in tags]
                if missing:
                    raise ApiError(400, f"Tags not found on the asset: {', '.join(missing)}")
            deleted = [t for t in dict.fromkeys(delete) if t in tags]
            added = [t for t in dict.fromkeys(add) if t not in tags]
            asset.doc["tags"] = [t for t in tags if t not in deleted] + added
            if added or deleted:
                self._touch(asset, self.now())
            return added, deleted

    # ------------------------------------------------------------------ downloads
    def export(self, asset_id: str, target: str | None) -> str:
        """Storage key of the asset's file, converted to ``target`` when given."""
        with self._lock:
            asset = self.get(asset_id)
        if target is None:
            return asset.storage_key
        if target in UNSUPPORTED_TARGETS or target not in RASTER_TARGETS:
            raise ApiError(400, f"Conversion to {target} is not supported for this asset")
        if asset.kind != "image":
            raise ApiError(400, f"Cannot convert a {asset.kind} asset to {target}")
        if RASTER_TARGETS[target][1] == asset.mime_type:
            return asset.storage_key
        try:
            data, mime, ext = convert_image(asset.content, target)
        except ValueError as exc:
            raise ApiError(400, str(exc)) from exc
        stem = asset.filename.rsplit(".", 1)[0]
        key = f"assets/{asset.id}/exports/{stem}.{ext}"
        self.storage.put(key, data, mime, f"{stem}.{ext}")
        return key

    def create_download_job(
        self, template: str, flat: bool, asset_ids: list[str], inference_ids: list[str],
        model_ids: list[str], limit: int | None = None,
    ) -> DownloadJob:  # fmt: skip
        with self._lock:
            wanted = dict.fromkeys(asset_ids)
            inf, mod = set(inference_ids), set(model_ids)
            for a in sorted(self.assets.values(), key=lambda x: x.seq):
                meta = a.doc["metadata"]
                if meta.get("inferenceId") in inf or meta.get("modelId") in mod:
                    wanted.setdefault(a.id)
            if limit is not None and len(wanted) > limit:
                raise ApiError(
                    400, f"Batch download is limited to {limit} assets ({len(wanted)} requested)"
                )
            found = [self.assets[i] for i in wanted if i in self.assets]
            job_id, _ = self._next_id("job")
            final = self._failing_jobs.pop(0) if self._failing_jobs else None
            steps = self.job_steps
            if final is not None:
                steps = (*(s for s in steps if s not in self.vocabulary.job_final), final)
            job = DownloadJob(job_id, steps)
            if final is None:
                entries = _zip_entries(found, template, flat)
                job.zip_key = f"downloads/{job_id}/assets.zip"
                self.storage.put(job.zip_key, build_zip(entries), "application/zip", "assets.zip")
            self.jobs[job_id] = job
            return job

    def poll_job(self, job_id: str) -> DownloadJob:
        """Return the job's status for this poll, then advance it one step."""
        with self._lock:
            job = self.jobs.get(job_id)
            if job is None:
                raise ApiError(404, f"Download job {job_id} not found")
            current = DownloadJob(job.job_id, job.steps, job.polls, job.zip_key)
            job.polls += 1
            return current


def _unindex(index: list[tuple[datetime, int, str]], entry: tuple[datetime, int, str]) -> None:
    position = bisect.bisect_left(index, entry)
    if position < len(index) and index[position] == entry:
        del index[position]


def _sanitize(value: str, limit: int = 80) -> str:
    cleaned = re.sub(r"[\\/:*?\"<>|\x00-\x1f]+", "_", value).strip(" .")
    return cleaned[:limit]


def render_template(template: str, asset: StoredAsset) -> str:
    meta = asset.doc["metadata"]
    values = {
        "seed": str(meta.get("seed", "")),
        "index": str(asset.doc.get("outputIndex", meta.get("outputIndex", 0))),
        "prompt": str(meta.get("prompt", "")),
        "generator": str(meta.get("modelId", "")),
        "id": asset.id,
        "name": str(meta.get("name", "")).rsplit(".", 1)[0],
    }
    out = re.sub(r"<(\w+)>", lambda m: _sanitize(values[m.group(1)]), template)
    return _sanitize(out, 200) or asset.id


def validate_template(template: str) -> None:
    if not template.strip():
        raise ApiError(400, "options.fileNameTemplate must not be empty")
    if "/" in template or "\\" in template or template.strip() in (".", ".."):
        raise ApiError(400, "options.fileNameTemplate must not contain path separators")
    unknown = [t for t in re.findall(r"<([^<>]*)>", template) if t not in TEMPLATE_TOKENS]
    if unknown:
        raise ApiError(
            400,
            f"options.fileNameTemplate has unknown placeholder(s) {', '.join(unknown)}; "
            f"allowed: {', '.join('<' + t + '>' for t in TEMPLATE_TOKENS)}",
        )


def _zip_entries(assets: list[StoredAsset], template: str, flat: bool) -> list[tuple[str, bytes]]:
    used: set[str] = set()
    entries: list[tuple[str, bytes]] = []
    for asset in assets:
        stem = render_template(template, asset)
        ext = extension_for_mime(asset.mime_type)
        folder = "" if flat else f"{asset.type}/"
        name = f"{folder}{stem}.{ext}"
        n = 2
        while name.lower() in used:
            name = f"{folder}{stem} ({n}).{ext}"
            n += 1
        used.add(name.lower())
        entries.append((name, asset.content))
    return entries


def seed_state(state: EmulatorState) -> list[StoredAsset]:
    """Populate a few sample assets (images of several types, a public one, a canvas)."""
    made = [
        state.add_asset(
            content=make_png(64, 48, (30, 120, 200)),
            asset_type="inference-txt2img",
            name="castle.png",
            privacy="public",
            tags=["sample", "castle"],
            metadata={
                "inferenceId": "inf_seed_castle",
                "modelId": "model_seed_fantasy",
                "prompt": "a castle on a hill",
                "seed": "42",
                "outputIndex": 0,
            },
        ),
        state.add_asset(
            content=make_png(64, 48, (30, 200, 120)),
            asset_type="inference-txt2img",
            name="castle-2.png",
            tags=["sample"],
            metadata={
                "inferenceId": "inf_seed_castle",
                "modelId": "model_seed_fantasy",
                "prompt": "a castle on a hill",
                "seed": "43",
                "outputIndex": 1,
            },
        ),
        state.add_asset(
            content=make_png(128, 96, (200, 200, 30)),
            asset_type="upscale",
            name="upscaled.png",
            collection_ids=["coll_seed"],
        ),
        state.add_asset(content=make_png(32, 32), asset_type="uploaded", name="logo.png"),
    ]
    made.append(
        state.upload_canvas(
            json.dumps({"version": 1, "layers": []}), "sample-canvas", make_png(16, 16),
            [], None, None,
        )
    )  # fmt: skip
    return made
