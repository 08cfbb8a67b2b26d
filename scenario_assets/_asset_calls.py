"""The asset helpers' argument handling, written once for both flavours.

:class:`~scenario_assets.Assets` and :class:`~scenario_assets.AsyncAssets` (one async source,
``scenario_assets/_async/_assets.py``, and its generated sync twin) check their arguments and
build each request here: the bodies (canvas JSON, base64 images, lock expiries, tags), id-list
chunking, and one prepared :class:`~scenario_assets._call.Call` per operation; all of it runs
before any request. The twins only send the calls and shape the results.
"""

from __future__ import annotations

import base64
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime, timedelta
from typing import Any, TypedDict

import httpx
from dateutil.parser import isoparse
from scenario_assets_api._operations import OPERATIONS, Operation
from scenario_assets_api.api.assets import (
    delete_assets,
    get_bulk_assets,
    lock_asset,
    unlock_asset,
    update_asset,
    update_asset_tags,
    upload_asset,
)
from scenario_assets_api.models import (
    Asset,
    AssetDeleteMultipleRequest,
    AssetGetBulkRequest,
    AssetLockRequest,
    AssetUnlockRequest,
    AssetUpdateRequest,
    AssetUpdateTagsRequest,
    AssetUploadRequest,
)
from scenario_assets_api.params import (
    LockAssetQueryParams,
    UnlockAssetQueryParams,
    UpdateAssetQueryParams,
    UploadAssetQueryParams,
)
from scenario_assets_api.types import UNSET

from ._call import Call
from ._forward import forward, split
from ._sniff import sniff_image
from ._validation import boolean, id_list, iso_datetime, resource_id, tag_list
from .errors import ValidationError
from .uploads import PreparedImage, Source, UploadOutcome, prepare_image

Timeout = httpx.Timeout | float | None
DateLike = datetime | str

Outcomes = list[UploadOutcome]  # (`list` is shadowed by the list() methods in class bodies)


def _max_ids(operation_id: str) -> int:
    """The spec's ``maxItems`` of an operation's ``assetIds`` body field (no limit given: one
    request takes them all)."""
    (field,) = (p for p in OPERATIONS[operation_id].params if p.name == "assetIds")
    return int(field.schema.get("maxItems", sys.maxsize))


#: Ids per request of ``delete_many`` and ``get_bulk``: the spec's limits.
DELETE_CHUNK = _max_ids("deleteAssets")
GET_BULK_CHUNK = _max_ids("getBulkAssets")


class UploadFields(TypedDict, total=False):
    """Body of :meth:`Assets.upload`: ``image`` or ``canvas``, and options (None: absent)."""

    image: bytes | None
    canvas: Mapping[str, Any] | str | None
    thumbnail: bytes | None
    collection_ids: Iterable[str] | None
    hide: bool | None
    parent_id: str | None


class UpdateFields(TypedDict, total=False):
    """Body of :meth:`Assets.update`."""

    canvas: Mapping[str, Any] | str | None
    name: str | None
    description: str | None
    thumbnail: bytes | None
    disable_snapshot: bool | None
    lock_id: str | None
    lock_expires_at: DateLike | None


class UploadArgs(UploadFields, UploadAssetQueryParams, total=False):
    """What :meth:`Assets.upload` takes as keywords: the body it builds, and the upload
    operation's query parameters, which it forwards."""


class UpdateArgs(UpdateFields, UpdateAssetQueryParams, total=False):
    """What :meth:`Assets.update` takes as keywords: the body it builds, and the update
    operation's query parameters, which it forwards."""


class LockSessionParams(
    LockAssetQueryParams, UnlockAssetQueryParams, UpdateAssetQueryParams, total=False
):
    """The query parameters a lock session forwards: those of lock, unlock and update (a name
    they share takes one value); each request gets the ones its operation declares."""


_UPLOAD = OPERATIONS["uploadAsset"]
_UPDATE = OPERATIONS["updateAsset"]
_LOCK = OPERATIONS["lockAsset"]
_UNLOCK = OPERATIONS["unlockAsset"]
_TAGS = OPERATIONS["updateAssetTags"]
_GET_BULK = OPERATIONS["getBulkAssets"]
_DELETE = OPERATIONS["deleteAssets"]
LOCK_SESSION_OPERATIONS = (_LOCK, _UNLOCK, _UPDATE)
"""What a lock session sends: lock, unlock, update (the order of its forwarded records)."""


def _body_and_query(
    args: Mapping[str, Any], fields: type, op: Operation, helper: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a helper's keywords into the body fields it builds and the checked query
    arguments it forwards to ``op``."""
    body_keys = fields.__optional_keys__  # type: ignore[attr-defined]
    body = {k: v for k, v in args.items() if k in body_keys}
    (query,) = forward((op,), {k: v for k, v in args.items() if k not in body_keys}, helper)
    return body, query


def _opt(value: Any) -> Any:
    return UNSET if value is None else value


# --------------------------------------------------------------------------------------
# Argument handling shared by the sync and async twins
# --------------------------------------------------------------------------------------


def _flag(value: object, name: str) -> Any:
    return UNSET if value is None else boolean(value, name)


def canvas_text(canvas: Mapping[str, Any] | str) -> str:
    """A canvas as the API wants it: stringified JSON (checked to be valid JSON)."""
    if isinstance(canvas, str):
        try:
            json.loads(canvas)
        except ValueError as exc:
            raise ValidationError(f"canvas is not valid JSON: {exc}") from exc
        return canvas
    if isinstance(canvas, Mapping):
        return json.dumps(canvas, separators=(",", ":"))
    raise ValidationError("canvas must be a dict or a JSON string")


def _b64(data: bytes | None, name: str) -> str | None:
    """Image bytes as base64, checked to be an image the API accepts (before any request)."""
    if data is None:
        return None
    if not isinstance(data, bytes | bytearray | memoryview) or not len(data):
        raise ValidationError(f"{name} must be non-empty bytes, got {type(data).__name__}")
    if sniff_image(data[:64]) is None:
        raise ValidationError(
            f"{name} is not an image the API accepts (PNG, JPEG, WebP, GIF, TIFF, AVIF, HEIF, BMP)"
        )
    return base64.b64encode(bytes(data)).decode("ascii")


def upload_body(
    *,
    name: str,
    image: bytes | None = None,
    canvas: Mapping[str, Any] | str | None = None,
    thumbnail: bytes | None = None,
    collection_ids: Iterable[str] | None = None,
    hide: bool | None = None,
    parent_id: str | None = None,
) -> AssetUploadRequest:
    """The upload request body (image or canvas, not both)."""
    if not isinstance(name, str) or not name.strip():
        raise ValidationError("name must be a non-empty string (the original file name)")
    if (image is None) == (canvas is None):
        raise ValidationError("give exactly one of image or canvas")
    if thumbnail is not None and image is not None:
        raise ValidationError("thumbnail applies to canvas uploads only")
    return AssetUploadRequest(
        name=name,
        image=_opt(_b64(image, "image")),
        canvas=_opt(canvas if canvas is None else canvas_text(canvas)),
        thumbnail=_opt(_b64(thumbnail, "thumbnail")),
        collection_ids=_opt(
            collection_ids if collection_ids is None else id_list(collection_ids, "collection_ids")
        ),
        hide=_flag(hide, "hide"),
        parent_id=_opt(parent_id if parent_id is None else resource_id(parent_id, "parent_id")),
    )


def stream_upload_body(
    *,
    name: str,
    collection_ids: Iterable[str] | None = None,
    hide: bool | None = None,
    parent_id: str | None = None,
) -> AssetUploadRequest:
    """The upload body without ``image`` (which is streamed after these fields)."""
    return AssetUploadRequest(
        name=name,
        collection_ids=_opt(
            collection_ids if collection_ids is None else id_list(collection_ids, "collection_ids")
        ),
        hide=_flag(hide, "hide"),
        parent_id=_opt(parent_id if parent_id is None else resource_id(parent_id, "parent_id")),
    )


def update_body(
    *,
    canvas: Mapping[str, Any] | str | None = None,
    name: str | None = None,
    description: str | None = None,
    thumbnail: bytes | None = None,
    disable_snapshot: bool | None = None,
    lock_id: str | None = None,
    lock_expires_at: DateLike | None = None,
) -> AssetUpdateRequest:
    """The canvas update body; refuses an update that changes nothing."""
    if all(x is None for x in (canvas, name, description, thumbnail)) and (
        lock_id is None or lock_expires_at is None
    ):
        # An update carrying only lockId + lockExpiresAt is how a lock is renewed.
        raise ValidationError("nothing to update: give canvas, name, description or thumbnail")
    return AssetUpdateRequest(
        canvas=_opt(canvas if canvas is None else canvas_text(canvas)),
        name=_opt(name),
        description=_opt(description),
        thumbnail=_opt(_b64(thumbnail, "thumbnail")),
        disable_snapshot=_flag(disable_snapshot, "disable_snapshot"),
        lock_id=_opt(lock_id),
        lock_expires_at=_opt(
            lock_expires_at
            if lock_expires_at is None
            else iso_datetime(lock_expires_at, "lock_expires_at")
        ),
    )


def lock_expiry(expires_at: DateLike | None, ttl: timedelta | None, now: datetime) -> str:
    """The lock's expiry as an ISO string, from an absolute time or a time-to-live."""
    if (expires_at is None) == (ttl is None):
        raise ValidationError("give exactly one of expires_at or ttl")
    if ttl is not None:
        if not isinstance(ttl, timedelta) or ttl <= timedelta(0):
            raise ValidationError("ttl must be a positive timedelta")
        return iso_datetime(now + ttl, "ttl")
    text = iso_datetime(expires_at, "expires_at")
    if isoparse(text) <= now:
        raise ValidationError(f"expires_at {text} is not in the future")
    return text


def unlock_body(lock_id: str | None, force: bool) -> AssetUnlockRequest:
    """The unlock body: the lock id, or an explicit force."""
    if lock_id is None and not force:
        raise ValidationError("give the lock_id, or force=True to break someone else's lock")
    if lock_id is not None:
        resource_id(lock_id, "lock_id")
    force = boolean(force, "force")
    return AssetUnlockRequest(lock_id=_opt(lock_id), force_unlock=True if force else UNSET)


def tags_body(add: Iterable[str], delete: Iterable[str], strict: bool) -> AssetUpdateTagsRequest:
    """The tags body: valid tags, something to do, no tag both added and deleted."""
    to_add = tag_list(add, "add")
    to_delete = tag_list(delete, "delete")
    if not to_add and not to_delete:
        raise ValidationError("give tags to add or to delete")
    both = sorted(set(to_add) & set(to_delete))
    if both:
        raise ValidationError(
            f"a tag cannot be both added and deleted: {', '.join(map(repr, both))}"
        )
    return AssetUpdateTagsRequest(
        add=to_add if to_add else UNSET,
        delete=to_delete if to_delete else UNSET,
        strict=boolean(strict, "strict"),
    )


def chunks(ids: list[str], size: int) -> list[list[str]]:
    """Unique ids (first occurrence order) cut into chunks of ``size``."""
    unique = list(dict.fromkeys(ids))
    return [unique[i : i + size] for i in range(0, len(unique), size)]


class BulkResult:
    """Assets fetched by :meth:`Assets.get_bulk`, in the order asked, plus the ids not found.

    Iterating yields the found assets in request order (a duplicated id appears once).
    """

    def __init__(self, assets: list[Asset], missing: list[str]) -> None:
        self.assets = assets
        self.missing = missing

    def __iter__(self) -> Iterator[Asset]:
        return iter(self.assets)

    def __len__(self) -> int:
        return len(self.assets)

    def __repr__(self) -> str:
        return f"BulkResult({len(self.assets)} assets, missing={self.missing!r})"


def order_bulk(wanted: list[str], found: Iterable[Asset]) -> BulkResult:
    """Fetched assets in the order asked (duplicates once), and the ids not found."""
    by_id = {a.id: a for a in found}
    unique = list(dict.fromkeys(wanted))
    return BulkResult(
        [by_id[i] for i in unique if i in by_id], [i for i in unique if i not in by_id]
    )


# --------------------------------------------------------------------------------------
# One prepared call per operation, shared by the twins (validation happens here)
# --------------------------------------------------------------------------------------


def call_upload(name: str, args: Mapping[str, Any]) -> Call:
    body, query = _body_and_query(args, UploadFields, _UPLOAD, "upload")
    return Call(upload_asset, {"body": upload_body(name=name, **body), **query})


def call_upload_file(
    source: Source,
    *,
    name: str | None,
    collection_ids: Iterable[str] | None,
    parent_id: str | None,
    hide: bool | None,
    max_bytes: int,
    params: Mapping[str, Any],
) -> tuple[Call, PreparedImage]:
    """The streamed upload of an image file, every argument checked before the file is
    opened; the caller sends the call, then closes the image."""
    body = stream_upload_body(
        name="pending", collection_ids=collection_ids, hide=hide, parent_id=parent_id
    )
    (query,) = forward((_UPLOAD,), params, "upload_file")
    image = prepare_image(source, name=name, max_bytes=max_bytes)
    body.name = image.name
    return Call(upload_asset, {"body": body, **query}, body_factory=image.body), image


def calls_get_bulk(ids: list[str], params: Mapping[str, Any]) -> list[Call]:
    (query,) = forward((_GET_BULK,), params, "get_bulk")
    return [
        Call(get_bulk_assets, {"body": AssetGetBulkRequest(asset_ids=chunk), **query})
        for chunk in chunks(ids, GET_BULK_CHUNK)
    ]


def calls_delete(ids: list[str], params: Mapping[str, Any]) -> list[Call]:
    (query,) = forward((_DELETE,), params, "delete_many")
    return [
        Call(delete_assets, {"body": AssetDeleteMultipleRequest(asset_ids=chunk), **query})
        for chunk in chunks(ids, DELETE_CHUNK)
    ]


def call_update(asset_id: str, args: Mapping[str, Any]) -> Call:
    body, query = _body_and_query(args, UpdateFields, _UPDATE, "update")
    return Call(
        update_asset, {"asset_id": resource_id(asset_id), "body": update_body(**body), **query}
    )


def call_lock(
    asset_id: str,
    expires_at: DateLike | None,
    ttl: timedelta | None,
    now: datetime,
    params: Mapping[str, Any],
) -> Call:
    (query,) = forward((_LOCK,), params, "lock")
    return Call(
        lock_asset,
        {
            "asset_id": resource_id(asset_id),
            "body": AssetLockRequest(lock_expires_at=lock_expiry(expires_at, ttl, now)),
            **query,
        },
    )


def call_unlock(asset_id: str, lock_id: str | None, force: bool, params: Mapping[str, Any]) -> Call:
    (query,) = forward((_UNLOCK,), params, "unlock")
    return Call(
        unlock_asset,
        {"asset_id": resource_id(asset_id), "body": unlock_body(lock_id, force), **query},
    )


def call_tags(
    asset_id: str,
    add: Iterable[str],
    delete: Iterable[str],
    strict: bool,
    params: Mapping[str, Any],
) -> Call:
    (query,) = forward((_TAGS,), params, "update_tags")
    return Call(
        update_asset_tags,
        {"asset_id": resource_id(asset_id), "body": tags_body(add, delete, strict), **query},
    )


def session_params(params: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """A lock session's forwarded parameters, checked now, one record per request kind."""
    forward(LOCK_SESSION_OPERATIONS, params, "lock_session")
    return tuple(split(LOCK_SESSION_OPERATIONS, params, "lock_session"))
