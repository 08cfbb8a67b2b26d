"""``client.assets`` (:class:`AsyncAssets`), written once for both flavours.

The plain operations (``list``, ``iter``, ``retrieve``, ``duplicate``, ``list_snapshots``,
``iter_snapshots``, and any operation the spec gains) are the generated classes'
(``scenario_assets_api.operations``); this class subclasses them and adds the helpers that need a
human. Their arguments are checked and their requests built by
:mod:`scenario_assets._asset_calls`; here they are only sent, and the results shaped. The async
class is the source: ``tools/unasync.py`` writes the blocking one from it. How concurrent uploads
run (a task group, a thread pool) is :func:`~._flavour.each_done`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Mapping
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Unpack

from scenario_assets_api.models import (
    Asset,
    AssetLockResponse,
    AssetUpdateTagsResponse,
    AssetUploadResponse,
)
from scenario_assets_api.operations import (
    AsyncAssetsOperations,
    AsyncAssetsOperationsWithRawResponse,
)
from scenario_assets_api.params import (
    DeleteAssetsQueryParams,
    GetBulkAssetsQueryParams,
    LockAssetQueryParams,
    UnlockAssetQueryParams,
    UpdateAssetTagsQueryParams,
    UploadAssetQueryParams,
)

from .._asset_calls import (
    BulkResult,
    DateLike,
    LockSessionParams,
    Outcomes,
    Timeout,
    UpdateArgs,
    UploadArgs,
    call_lock,
    call_tags,
    call_unlock,
    call_update,
    call_upload,
    call_upload_file,
    calls_delete,
    calls_get_bulk,
    order_bulk,
    session_params,
)
from .._mirror_layout import DEFAULT_LAYOUT
from .._mirror_plan import PhaseCallback, Strategy, SyncPlan, SyncReport
from .._validation import boolean, id_list, resource_id
from ..errors import ConfigurationError
from ..locks import DEFAULT_TTL, AsyncLockSession
from ..uploads import (
    DEFAULT_MAX_BYTES,
    ItemCallback,
    Source,
    UploadOutcome,
    as_outcome_error,
    check_concurrency,
    item_callback,
    normalise_items,
    thumbnail_bytes,
)
from ._flavour import Sleep, each_done
from ._mirror import AsyncMirror
from ._runner import AsyncRunner

if TYPE_CHECKING:
    from ..downloads import AsyncDownloads
    from ._invoker import AsyncInvoker

__all__ = ["AsyncAssets"]


class AsyncAssets(AsyncAssetsOperations):
    """Asset operations, reached as ``client.assets`` where ``client = AsyncClient(...)``.

    Attributes:
        with_raw_response: the same operations, returning the whole parsed body with the HTTP
            response (status, headers, request id) as a ``RawResponse``.
    """

    def __init__(
        self,
        invoker: AsyncInvoker,
        now: Any,
        *,
        sleep: Sleep | None = None,
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
        result: AssetUploadResponse = await self._invoker.run(call_upload(name, args), timeout)
        return result

    async def get_bulk(
        self,
        asset_ids: Iterable[str],
        *,
        timeout: Timeout = None,
        **params: Unpack[GetBulkAssetsQueryParams],
    ) -> BulkResult:
        """Many assets by id, as many per request as the spec allows, in the order asked;
        missing ids are reported.

        ``**params``: the operation's query parameters (``GetBulkAssetsQueryParams``), sent with
        every request.

        Returns:
            A :class:`BulkResult`: ``assets`` in request order (duplicates once) and
            ``missing`` ids the API did not return (unknown, deleted or not readable).
        """
        ids = id_list(asset_ids)
        found: list[Asset] = []
        for call in calls_get_bulk(ids, params):
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
        """Delete assets, as many ids per request as the spec allows (duplicates sent once).

        ``**params``: the operation's query parameters (``DeleteAssetsQueryParams``), sent with
        every request.

        Returns:
            How many distinct ids were sent for deletion.
        """
        ids = id_list(asset_ids)
        calls = calls_delete(ids, params)
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
        """Update a canvas: canvas, name, description, thumbnail (bytes), disable_snapshot.

        Pass ``lock_id`` when the canvas is locked (and ``lock_expires_at`` to extend the lock).
        The update operation's query parameters (``UpdateAssetQueryParams``) are forwarded.

        Raises:
            LockConflictError: the canvas is locked by someone else.
        """
        result = await self._invoker.run(call_update(asset_id, args), timeout)
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
        """Lock a canvas until ``expires_at`` (or for ``ttl``); the response has ``lock_id``.

        ``**params``: the operation's query parameters (``LockAssetQueryParams``), forwarded.

        Raises:
            LockConflictError: someone else holds the lock (``lock_expires_at`` says until when).
        """
        result: AssetLockResponse = await self._invoker.run(
            call_lock(asset_id, expires_at, ttl, self._now(), params), timeout
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
        """Release a canvas lock with its ``lock_id``; ``force=True`` breaks anyone's lock.

        ``**params``: the operation's query parameters (``UnlockAssetQueryParams``), forwarded.
        """
        result = await self._invoker.run(call_unlock(asset_id, lock_id, force, params), timeout)
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
        """Add and/or delete tags; ``strict`` makes an existing add or missing delete an error.

        ``**params``: the operation's query parameters (``UpdateAssetTagsQueryParams``),
        forwarded.
        """
        result: AssetUpdateTagsResponse = await self._invoker.run(
            call_tags(asset_id, add, delete, strict, params), timeout
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
            >>> asset = await client.assets.upload_file("art/hero.png", collection_ids=["coll_1"])
        """
        call, image = call_upload_file(
            source,
            name=name,
            collection_ids=collection_ids,
            parent_id=parent_id,
            hide=hide,
            max_bytes=max_bytes,
            params=params,
        )
        try:
            result: AssetUploadResponse = await self._invoker.run(call, timeout)
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
        """Upload a canvas (a dict or a JSON string) with an optional thumbnail image.

        ``**params``: the upload operation's query parameters, forwarded.

        Raises:
            ValidationError: invalid canvas JSON, or a thumbnail that is not an image.
        """
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
        limit = check_concurrency(concurrency)
        outcomes: list[UploadOutcome | None] = [None] * len(work)
        done = 0

        async def one(index: int) -> UploadOutcome:
            source, options = work[index]
            try:
                asset = await self.upload_file(source, **options)
            except Exception as exc:  # one item's failure never hides the others
                return UploadOutcome(index, given[index], error=as_outcome_error(exc))
            return UploadOutcome(index, given[index], asset=asset)

        def record(outcome: UploadOutcome) -> None:
            nonlocal done
            outcomes[outcome.index] = outcome
            done += 1
            if callback is not None:
                callback(done, len(work), outcome)

        await each_done(one, range(len(work)), limit, record)
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
            >>> report = await client.assets.sync("library/", types=["canvas"], prune=True)
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
            >>> async with client.assets.lock_session(canvas_id, ttl=timedelta(minutes=5)) as lock:
            ...     await lock.update(canvas=scene)
        """
        return AsyncLockSession(
            self,
            resource_id(asset_id),
            ttl=ttl,
            force=boolean(force, "force"),
            keepalive=keepalive,
            now=self._now,
            sleep=self._sleep,
            monotonic=self._monotonic,
            params=session_params(params),
        )
