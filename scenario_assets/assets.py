"""``client.assets``: every asset operation, sync (:class:`Assets`) and async (:class:`AsyncAssets`).

The plain operations (``list``, ``iter``, ``retrieve``, ``duplicate``, ``list_snapshots``,
``iter_snapshots``, and any operation the spec gains) are the generated classes'
(``scenario_assets_api.operations``): their parameters, types, checks and docstrings come from
the spec. These classes subclass them and add what needs a human: streamed uploads, canvas
JSON and base64 bodies, id-list chunking, lock expiries and lock sessions. Subclassing (rather
than wrapping) keeps every generated method reachable as it is, typed, with no forwarding code
to keep in step; the helpers call the generated private methods or prepared calls. The argument
handling of the helpers is shared by the two twins, so they cannot drift apart.
"""

from __future__ import annotations

import base64
import json
import os
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypedDict, Unpack

import anyio
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
    AssetLockResponse,
    AssetUnlockRequest,
    AssetUpdateRequest,
    AssetUpdateTagsRequest,
    AssetUpdateTagsResponse,
    AssetUploadRequest,
    AssetUploadResponse,
)
from scenario_assets_api.operations import (
    AssetsOperations,
    AssetsOperationsWithRawResponse,
    AsyncAssetsOperations,
    AsyncAssetsOperationsWithRawResponse,
)
from scenario_assets_api.params import (
    DeleteAssetsQueryParams,
    GetBulkAssetsQueryParams,
    LockAssetQueryParams,
    UnlockAssetQueryParams,
    UpdateAssetQueryParams,
    UpdateAssetTagsQueryParams,
    UploadAssetQueryParams,
)
from scenario_assets_api.types import UNSET

from ._async._mirror import AsyncMirror
from ._async._runner import AsyncRunner
from ._call import Call
from ._forward import forward, split
from ._mirror_layout import DEFAULT_LAYOUT
from ._mirror_plan import PhaseCallback, Strategy, SyncPlan, SyncReport
from ._sniff import sniff_image
from ._sync._mirror import Mirror
from ._sync._runner import Runner
from ._validation import boolean, id_list, iso_datetime, resource_id, tag_list
from .errors import ConfigurationError, ValidationError
from .locks import DEFAULT_TTL, AsyncLockSession, LockSession
from .uploads import (
    DEFAULT_MAX_BYTES,
    ItemCallback,
    PreparedImage,
    Source,
    UploadOutcome,
    as_outcome_error,
    check_concurrency,
    item_callback,
    normalise_items,
    prepare_image,
    thumbnail_bytes,
)

if TYPE_CHECKING:
    from ._async._invoker import AsyncInvoker
    from ._sync._invoker import Invoker
    from .downloads import AsyncDownloads, Downloads

__all__ = ["Assets", "AsyncAssets", "BulkResult", "LockSessionParams", "SyncReport"]

Timeout = httpx.Timeout | float | None
DateLike = datetime | str

Outcomes = list[UploadOutcome]  # (`list` is shadowed by the list() methods in class bodies)

DELETE_CHUNK = 100  # "Max 100 at once"
GET_BULK_CHUNK = 200  # "Limit of 200 assets"


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


def _call_upload(name: str, args: Mapping[str, Any]) -> Call:
    body, query = _body_and_query(args, UploadFields, _UPLOAD, "upload")
    return Call(upload_asset, {"body": upload_body(name=name, **body), **query})


def _call_upload_file(
    body: AssetUploadRequest, image: PreparedImage, query: dict[str, Any]
) -> Call:
    return Call(upload_asset, {"body": body, **query}, body_factory=image.body)


def _calls_get_bulk(ids: list[str], params: Mapping[str, Any]) -> list[Call]:
    (query,) = forward((_GET_BULK,), params, "get_bulk")
    return [
        Call(get_bulk_assets, {"body": AssetGetBulkRequest(asset_ids=chunk), **query})
        for chunk in chunks(ids, GET_BULK_CHUNK)
    ]


def _calls_delete(ids: list[str], params: Mapping[str, Any]) -> list[Call]:
    (query,) = forward((_DELETE,), params, "delete_many")
    return [
        Call(delete_assets, {"body": AssetDeleteMultipleRequest(asset_ids=chunk), **query})
        for chunk in chunks(ids, DELETE_CHUNK)
    ]


def _call_update(asset_id: str, args: Mapping[str, Any]) -> Call:
    body, query = _body_and_query(args, UpdateFields, _UPDATE, "update")
    return Call(
        update_asset, {"asset_id": resource_id(asset_id), "body": update_body(**body), **query}
    )


def _call_lock(
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


def _call_unlock(
    asset_id: str, lock_id: str | None, force: bool, params: Mapping[str, Any]
) -> Call:
    (query,) = forward((_UNLOCK,), params, "unlock")
    return Call(
        unlock_asset,
        {"asset_id": resource_id(asset_id), "body": unlock_body(lock_id, force), **query},
    )


def _call_tags(
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


def _session_params(params: Mapping[str, Any]) -> tuple[dict[str, Any], ...]:
    """A lock session's forwarded parameters, checked now, one record per request kind."""
    forward(LOCK_SESSION_OPERATIONS, params, "lock_session")
    return tuple(split(LOCK_SESSION_OPERATIONS, params, "lock_session"))


# --------------------------------------------------------------------------------------
# The twins
# --------------------------------------------------------------------------------------


class Assets(AssetsOperations):
    """Asset operations (sync). Reached as ``client.assets``.

    Attributes:
        with_raw_response: the same operations, returning the whole parsed body with the HTTP
            response (status, headers, request id) as a ``RawResponse``.
    """

    def __init__(
        self,
        invoker: Invoker,
        now: Any,
        *,
        sleep: Callable[[float], None] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        runner = Runner(invoker)
        super().__init__(runner)
        self.with_raw_response: AssetsOperationsWithRawResponse = AssetsOperationsWithRawResponse(
            runner
        )
        self._invoker = invoker
        self._now = now
        self._sleep = sleep  # the client's clocks reach lock sessions
        self._monotonic = monotonic
        self._downloads: Downloads | None = None

    def upload(
        self,
        name: str,
        *,
        timeout: Timeout = None,
        **args: Unpack[UploadArgs],
    ) -> AssetUploadResponse:
        """Upload an image (bytes) or a canvas (dict or JSON string).

        Args:
            name: the original file name, e.g. ``"hero.png"``.
            **args: image (bytes) or canvas, and optionally thumbnail (bytes, canvas only),
                collection_ids, hide, parent_id; and the upload operation's query parameters
                (``UploadAssetQueryParams``, e.g. original_assets), forwarded.

        Returns:
            The new asset (and, when the API starts one, its job).

        Raises:
            ValidationError: no image and no canvas, both, empty bytes, invalid canvas JSON.
        """
        result: AssetUploadResponse = self._invoker.run(_call_upload(name, args), timeout)
        return result

    def get_bulk(
        self,
        asset_ids: Iterable[str],
        *,
        timeout: Timeout = None,
        **params: Unpack[GetBulkAssetsQueryParams],
    ) -> BulkResult:
        """Many assets by id, 200 per request, in the order asked; missing ids are reported.

        ``**params``: the operation's query parameters (``GetBulkAssetsQueryParams``), sent with
        every request.

        Returns:
            A :class:`BulkResult`: ``assets`` in request order (duplicates once) and
            ``missing`` ids the API did not return (unknown, deleted or not readable).
        """
        ids = id_list(asset_ids)
        found: list[Asset] = []
        for call in _calls_get_bulk(ids, params):
            result = self._invoker.run(call, timeout)
            found.extend(result.assets)
        return order_bulk(ids, found)

    def delete_many(
        self,
        asset_ids: Iterable[str],
        *,
        timeout: Timeout = None,
        **params: Unpack[DeleteAssetsQueryParams],
    ) -> int:
        """Delete assets, 100 ids per request (duplicates sent once).

        ``**params``: the operation's query parameters (``DeleteAssetsQueryParams``), sent with
        every request.

        Returns:
            How many distinct ids were sent for deletion.
        """
        ids = id_list(asset_ids)
        calls = _calls_delete(ids, params)
        for call in calls:
            self._invoker.run(call, timeout)
        return sum(len(c.kwargs["body"].asset_ids) for c in calls)

    def update(
        self,
        asset_id: str,
        *,
        timeout: Timeout = None,
        **args: Unpack[UpdateArgs],
    ) -> Asset:
        """Update a canvas: canvas, name, description, thumbnail (bytes), disable_snapshot.

        Pass ``lock_id`` when the canvas is locked (and ``lock_expires_at`` to extend the lock).
        The update operation's query parameters (``UpdateAssetQueryParams``) are forwarded.

        Raises:
            LockConflictError: the canvas is locked by someone else.
        """
        result = self._invoker.run(_call_update(asset_id, args), timeout)
        asset: Asset = result.asset
        return asset

    def lock(
        self,
        asset_id: str,
        *,
        ttl: timedelta | None = None,
        expires_at: DateLike | None = None,
        timeout: Timeout = None,
        **params: Unpack[LockAssetQueryParams],
    ) -> AssetLockResponse:
        """Lock a canvas until ``expires_at`` (or for ``ttl``); the response has ``lock_id``.

        ``**params``: the operation's query parameters (``LockAssetQueryParams``), forwarded.

        Raises:
            LockConflictError: someone else holds the lock (``lock_expires_at`` says until when).
        """
        result: AssetLockResponse = self._invoker.run(
            _call_lock(asset_id, expires_at, ttl, self._now(), params), timeout
        )
        return result

    def unlock(
        self,
        asset_id: str,
        *,
        lock_id: str | None = None,
        force: bool = False,
        timeout: Timeout = None,
        **params: Unpack[UnlockAssetQueryParams],
    ) -> Asset:
        """Release a canvas lock with its ``lock_id``; ``force=True`` breaks anyone's lock.

        ``**params``: the operation's query parameters (``UnlockAssetQueryParams``), forwarded.
        """
        result = self._invoker.run(_call_unlock(asset_id, lock_id, force, params), timeout)
        asset: Asset = result.asset
        return asset

    def update_tags(
        self,
        asset_id: str,
        *,
        add: Iterable[str] = (),
        delete: Iterable[str] = (),
        strict: bool = False,
        timeout: Timeout = None,
        **params: Unpack[UpdateAssetTagsQueryParams],
    ) -> AssetUpdateTagsResponse:
        """Add and/or delete tags; ``strict`` makes an existing add or missing delete an error.

        ``**params``: the operation's query parameters (``UpdateAssetTagsQueryParams``),
        forwarded.
        """
        result: AssetUpdateTagsResponse = self._invoker.run(
            _call_tags(asset_id, add, delete, strict, params), timeout
        )
        return result

    def upload_file(
        self,
        source: Source,
        *,
        name: str | None = None,
        collection_ids: Iterable[str] | None = None,
        parent_id: str | None = None,
        hide: bool | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: Timeout = None,
        **params: Unpack[UploadAssetQueryParams],
    ) -> Asset:
        """Upload an image file, streaming it (memory stays flat whatever its size).

        Args:
            source: a path, bytes, or a binary file object (read from its position).
            name: file name sent to the API; default: the file's name.
            collection_ids: as for :meth:`upload`.
            parent_id: as for :meth:`upload`.
            hide: as for :meth:`upload`.
            max_bytes: refuse larger files before sending (default 50 MiB).
            **params: the upload operation's query parameters (``UploadAssetQueryParams``,
                e.g. original_assets), forwarded.

        Returns:
            The new asset.

        Raises:
            ValidationError: missing, empty or oversized file, or not an image the API
                accepts (PNG, JPEG, WebP, GIF, TIFF, AVIF, HEIF, BMP) - before any request.

        Example:
            >>> asset = client.assets.upload_file("art/hero.png", collection_ids=["coll_1"])
        """
        body = stream_upload_body(
            name="pending", collection_ids=collection_ids, hide=hide, parent_id=parent_id
        )
        (query,) = forward((_UPLOAD,), params, "upload_file")
        image = prepare_image(source, name=name, max_bytes=max_bytes)
        try:
            body.name = image.name
            result: AssetUploadResponse = self._invoker.run(
                _call_upload_file(body, image, query), timeout
            )
        finally:
            image.close()
        return result.asset

    def upload_canvas(
        self,
        canvas: Mapping[str, Any] | str,
        name: str,
        *,
        thumbnail: Source | None = None,
        collection_ids: Iterable[str] | None = None,
        parent_id: str | None = None,
        hide: bool | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: Timeout = None,
        **params: Unpack[UploadAssetQueryParams],
    ) -> Asset:
        """Upload a canvas (a dict or a JSON string) with an optional thumbnail image.

        ``**params``: the upload operation's query parameters, forwarded.

        Raises:
            ValidationError: invalid canvas JSON, or a thumbnail that is not an image.
        """
        result = self.upload(
            name,
            canvas=canvas,
            thumbnail=thumbnail_bytes(thumbnail, max_bytes),
            collection_ids=collection_ids,
            parent_id=parent_id,
            hide=hide,
            timeout=timeout,
            **params,
        )
        return result.asset

    def upload_many(
        self,
        items: Iterable[Any],
        *,
        concurrency: int = 4,
        on_item: ItemCallback | None = None,
        on_progress: ItemCallback | None = None,
        **common: Any,
    ) -> Outcomes:
        """Upload many files with bounded concurrency; one outcome per item, in input order.

        Args:
            items: sources (paths, bytes, binary files) or mappings with ``source`` and
                per-item options of :meth:`upload_file` (``name``, ``parent_id`` ...).
            concurrency: uploads in flight at once (1-32).
            on_item: called as ``on_item(done, total, outcome)`` after each item (in the
                calling thread). If it raises, the remaining uploads are cancelled and its
                exception propagates.
            on_progress: the deprecated name of ``on_item``.
            **common: options of :meth:`upload_file` (its forwarded query parameters
                included) applied to every item.

        Returns:
            An :class:`UploadOutcome` per item: ``asset`` or ``error``. A failed item never
            hides the others.
        """
        callback = item_callback(on_item, on_progress)
        given = list(items)
        work = normalise_items(given, common)
        workers = check_concurrency(concurrency)
        outcomes: list[UploadOutcome | None] = [None] * len(work)

        def one(index: int) -> UploadOutcome:
            source, options = work[index]
            try:
                asset = self.upload_file(source, **options)
            except Exception as exc:  # one item's failure never hides the others
                return UploadOutcome(index, given[index], error=as_outcome_error(exc))
            return UploadOutcome(index, given[index], asset=asset)

        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="scenario-upload")
        try:
            futures = [pool.submit(one, i) for i in range(len(work))]
            for done, future in enumerate(as_completed(futures), start=1):
                outcome = future.result()
                outcomes[outcome.index] = outcome
                if callback is not None:
                    callback(done, len(work), outcome)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return [o for o in outcomes if o is not None]

    def sync(
        self,
        dest: str | os.PathLike[str],
        *,
        layout: str = DEFAULT_LAYOUT,
        concurrency: int = 8,
        prune: bool = False,
        dry_run: bool = False,
        rebaseline: bool = False,
        strategy: Strategy = "auto",
        on_phase: PhaseCallback | None = None,
        **filters: Any,
    ) -> SyncReport:
        """Keep the folder ``dest`` in step with the assets the filters select.

        The first run downloads every asset; later runs list only what changed since the
        last one (by ``updatedAt``) and download only new or changed assets. The folder's
        state is ``dest/.scenario-sync.sqlite``; a run that is killed (even by SIGKILL) is
        finished by the next one without downloading again what was already in place, and
        leaves no partial file. Files the state did not write are never touched.

        Args:
            dest: the mirror folder (created if missing).
            layout: where each asset goes, a template of ``{id}``, ``{name}``, ``{ext}``,
                ``{type}``, ``{kind}``, ``{collection}``, ``{author}``, ``{privacy}``,
                ``{year}``, ``{month}``; checked before any request. Fixed for a folder.
            concurrency: downloads in flight (1-32; batch jobs: up to 4).
            prune: after a complete listing, remove the files of assets it no longer
                returns (and say which).
            dry_run: list and plan only; ``report.actions`` says what would be done.
            rebaseline: the filters differ from the ones the folder was made with: accept
                them and list everything again (without it, such a run is refused).
            strategy: ``"auto"`` (batch download jobs for many files, single links for a
                few), ``"batch"`` or ``"single"``.
            on_phase: ``on_phase(phase, done, total)`` with phase ``"listing"``,
                ``"fetching"`` or ``"pruning"``.
            **filters: any filter of the asset listing (``type``, ``types``,
                ``collection_id``, ``author_id``, ``tags``, ``privacy``, ...; the spec's
                list, see ``scenario_assets._mirror_plan.FILTERS``).

        Returns:
            A :class:`SyncReport`: new, updated, unchanged, failed (with reasons), pruned,
            bytes, requests.

        Raises:
            ValidationError: a bad argument, before any request or file change.
            SyncLockedError: another sync is running in ``dest``.
            SyncStateError: the state file is corrupt or foreign, or was made with other
                filters (see ``rebaseline``) or another layout.
            SyncError: the disk is full or unwritable (the next run resumes).

        Example:
            >>> report = client.assets.sync("library/", types=["canvas"], prune=True)
            >>> print(report.new, report.updated, report.failed)
        """
        plan = SyncPlan(
            dest,
            filters=filters,
            layout=layout,
            concurrency=concurrency,
            prune=prune,
            dry_run=dry_run,
            rebaseline=rebaseline,
            strategy=strategy,
            on_phase=on_phase,
        )
        return Mirror(self, self._require_downloads(), plan).run()

    def _require_downloads(self) -> Downloads:
        if self._downloads is None:
            raise ConfigurationError("sync needs the client's downloads (use client.assets)")
        return self._downloads

    def lock_session(
        self,
        asset_id: str,
        *,
        ttl: timedelta = DEFAULT_TTL,
        force: bool = False,
        keepalive: timedelta | None = None,
        **params: Unpack[LockSessionParams],
    ) -> LockSession:
        """A context manager holding a canvas lock; see :mod:`scenario_assets.locks`.

        Args:
            asset_id: the canvas.
            ttl: lock lifetime; each update through the session extends it by ``ttl``.
            force: break someone else's lock first (explicit, never implicit).
            keepalive: renew in the background at this interval (shorter than ``ttl``).
            **params: query parameters of lock, unlock and update (``LockSessionParams``),
                checked now; each of the session's requests sends those its operation
                declares.

        Raises:
            LockConflictError: on entry, when someone else holds the lock.

        Example:
            >>> with client.assets.lock_session(canvas_id, ttl=timedelta(minutes=5)) as lock:
            ...     lock.update(canvas=scene)
        """
        return LockSession(
            self,
            resource_id(asset_id),
            ttl=ttl,
            force=boolean(force, "force"),
            keepalive=keepalive,
            now=self._now,
            sleep=self._sleep,
            monotonic=self._monotonic,
            params=_session_params(params),
        )


class AsyncAssets(AsyncAssetsOperations):
    """Asset operations (async). Reached as ``client.assets`` on :class:`AsyncClient`.

    Same methods, arguments, results and errors as :class:`Assets`.
    """

    def __init__(
        self,
        invoker: AsyncInvoker,
        now: Any,
        *,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        runner = AsyncRunner(invoker)
        super().__init__(runner)
        self.with_raw_response: AsyncAssetsOperationsWithRawResponse = (
            AsyncAssetsOperationsWithRawResponse(runner)
        )
        self._invoker = invoker
        self._now = now
        self._sleep = sleep  # the client's clocks reach lock sessions
        self._monotonic = monotonic
        self._downloads: AsyncDownloads | None = None

    async def upload(
        self,
        name: str,
        *,
        timeout: Timeout = None,
        **args: Unpack[UploadArgs],
    ) -> AssetUploadResponse:
        """Upload an image or a canvas; see :meth:`Assets.upload`."""
        result: AssetUploadResponse = await self._invoker.run(_call_upload(name, args), timeout)
        return result

    async def get_bulk(
        self,
        asset_ids: Iterable[str],
        *,
        timeout: Timeout = None,
        **params: Unpack[GetBulkAssetsQueryParams],
    ) -> BulkResult:
        """Many assets by id; see :meth:`Assets.get_bulk`."""
        ids = id_list(asset_ids)
        found: list[Asset] = []
        for call in _calls_get_bulk(ids, params):
            result = await self._invoker.run(call, timeout)
            found.extend(result.assets)
        return order_bulk(ids, found)

    async def delete_many(
        self,
        asset_ids: Iterable[str],
        *,
        timeout: Timeout = None,
        **params: Unpack[DeleteAssetsQueryParams],
    ) -> int:
        """Delete assets, 100 per request; see :meth:`Assets.delete_many`."""
        ids = id_list(asset_ids)
        calls = _calls_delete(ids, params)
        for call in calls:
            await self._invoker.run(call, timeout)
        return sum(len(c.kwargs["body"].asset_ids) for c in calls)

    async def update(
        self,
        asset_id: str,
        *,
        timeout: Timeout = None,
        **args: Unpack[UpdateArgs],
    ) -> Asset:
        """Update a canvas; see :meth:`Assets.update`."""
        result = await self._invoker.run(_call_update(asset_id, args), timeout)
        asset: Asset = result.asset
        return asset

    async def lock(
        self,
        asset_id: str,
        *,
        ttl: timedelta | None = None,
        expires_at: DateLike | None = None,
        timeout: Timeout = None,
        **params: Unpack[LockAssetQueryParams],
    ) -> AssetLockResponse:
        """Lock a canvas; see :meth:`Assets.lock`."""
        result: AssetLockResponse = await self._invoker.run(
            _call_lock(asset_id, expires_at, ttl, self._now(), params), timeout
        )
        return result

    async def unlock(
        self,
        asset_id: str,
        *,
        lock_id: str | None = None,
        force: bool = False,
        timeout: Timeout = None,
        **params: Unpack[UnlockAssetQueryParams],
    ) -> Asset:
        """Release a canvas lock; see :meth:`Assets.unlock`."""
        result = await self._invoker.run(_call_unlock(asset_id, lock_id, force, params), timeout)
        asset: Asset = result.asset
        return asset

    async def update_tags(
        self,
        asset_id: str,
        *,
        add: Iterable[str] = (),
        delete: Iterable[str] = (),
        strict: bool = False,
        timeout: Timeout = None,
        **params: Unpack[UpdateAssetTagsQueryParams],
    ) -> AssetUpdateTagsResponse:
        """Add and/or delete tags; see :meth:`Assets.update_tags`."""
        result: AssetUpdateTagsResponse = await self._invoker.run(
            _call_tags(asset_id, add, delete, strict, params), timeout
        )
        return result

    async def upload_file(
        self,
        source: Source,
        *,
        name: str | None = None,
        collection_ids: Iterable[str] | None = None,
        parent_id: str | None = None,
        hide: bool | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: Timeout = None,
        **params: Unpack[UploadAssetQueryParams],
    ) -> Asset:
        """Upload an image file, streaming it; see :meth:`Assets.upload_file`."""
        body = stream_upload_body(
            name="pending", collection_ids=collection_ids, hide=hide, parent_id=parent_id
        )
        (query,) = forward((_UPLOAD,), params, "upload_file")
        image = prepare_image(source, name=name, max_bytes=max_bytes)
        try:
            body.name = image.name
            result: AssetUploadResponse = await self._invoker.run(
                _call_upload_file(body, image, query), timeout
            )
        finally:
            image.close()
        return result.asset

    async def upload_canvas(
        self,
        canvas: Mapping[str, Any] | str,
        name: str,
        *,
        thumbnail: Source | None = None,
        collection_ids: Iterable[str] | None = None,
        parent_id: str | None = None,
        hide: bool | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: Timeout = None,
        **params: Unpack[UploadAssetQueryParams],
    ) -> Asset:
        """Upload a canvas with an optional thumbnail; see :meth:`Assets.upload_canvas`."""
        result = await self.upload(
            name,
            canvas=canvas,
            thumbnail=thumbnail_bytes(thumbnail, max_bytes),
            collection_ids=collection_ids,
            parent_id=parent_id,
            hide=hide,
            timeout=timeout,
            **params,
        )
        return result.asset

    async def upload_many(
        self,
        items: Iterable[Any],
        *,
        concurrency: int = 4,
        on_item: ItemCallback | None = None,
        on_progress: ItemCallback | None = None,
        **common: Any,
    ) -> Outcomes:
        """Upload many files concurrently; see :meth:`Assets.upload_many`."""
        callback = item_callback(on_item, on_progress)
        given = list(items)
        work = normalise_items(given, common)
        limiter = anyio.CapacityLimiter(check_concurrency(concurrency))
        outcomes: list[UploadOutcome | None] = [None] * len(work)
        done = 0

        async def one(index: int) -> None:
            nonlocal done
            source, options = work[index]
            async with limiter:
                try:
                    asset = await self.upload_file(source, **options)
                    outcome = UploadOutcome(index, given[index], asset=asset)
                except Exception as exc:  # one item's failure never hides the others
                    outcome = UploadOutcome(index, given[index], error=as_outcome_error(exc))
            outcomes[index] = outcome
            done += 1
            if callback is not None:
                callback(done, len(work), outcome)

        async with anyio.create_task_group() as group:
            for index in range(len(work)):
                group.start_soon(one, index)
        return [o for o in outcomes if o is not None]

    async def sync(
        self,
        dest: str | os.PathLike[str],
        *,
        layout: str = DEFAULT_LAYOUT,
        concurrency: int = 8,
        prune: bool = False,
        dry_run: bool = False,
        rebaseline: bool = False,
        strategy: Strategy = "auto",
        on_phase: PhaseCallback | None = None,
        **filters: Any,
    ) -> SyncReport:
        """Keep a folder in step with the assets the filters select; see :meth:`Assets.sync`."""
        plan = SyncPlan(
            dest,
            filters=filters,
            layout=layout,
            concurrency=concurrency,
            prune=prune,
            dry_run=dry_run,
            rebaseline=rebaseline,
            strategy=strategy,
            on_phase=on_phase,
        )
        return await AsyncMirror(self, self._require_downloads(), plan).run()

    def _require_downloads(self) -> AsyncDownloads:
        if self._downloads is None:
            raise ConfigurationError("sync needs the client's downloads (use client.assets)")
        return self._downloads

    def lock_session(
        self,
        asset_id: str,
        *,
        ttl: timedelta = DEFAULT_TTL,
        force: bool = False,
        keepalive: timedelta | None = None,
        **params: Unpack[LockSessionParams],
    ) -> AsyncLockSession:
        """An ``async with`` canvas lock; see :meth:`Assets.lock_session`."""
        return AsyncLockSession(
            self,
            resource_id(asset_id),
            ttl=ttl,
            force=boolean(force, "force"),
            keepalive=keepalive,
            now=self._now,
            sleep=self._sleep,
            monotonic=self._monotonic,
            params=_session_params(params),
        )
