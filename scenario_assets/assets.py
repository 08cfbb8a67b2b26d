"""``client.assets``: every asset operation, sync (:class:`Assets`) and async (:class:`AsyncAssets`).

The plain operations (``list``, ``iter``, ``retrieve``, ``duplicate``, ``list_snapshots``,
``iter_snapshots``, and any operation the spec gains) are the generated classes'
(``scenario_assets_api.operations``): their parameters, types, checks and docstrings come from
the spec. These classes subclass them and add what needs a human: streamed uploads, canvas
JSON and base64 bodies, id-list chunking, lock expiries and lock sessions. Subclassing (rather
than wrapping) keeps every generated method reachable as it is, typed, with no forwarding code
to keep in step; the helpers call the generated private methods or prepared calls.

:class:`AsyncAssets` is written once (``scenario_assets/_async/_assets.py``) and :class:`Assets`
is generated from it by ``tools/unasync.py``; the argument handling both share (bodies,
chunking, one prepared call per operation) is :mod:`scenario_assets._asset_calls`. This module
is where users import them from.
"""

from __future__ import annotations

from ._asset_calls import DELETE_CHUNK as DELETE_CHUNK
from ._asset_calls import GET_BULK_CHUNK as GET_BULK_CHUNK
from ._asset_calls import LOCK_SESSION_OPERATIONS as LOCK_SESSION_OPERATIONS
from ._asset_calls import BulkResult, LockSessionParams
from ._asset_calls import DateLike as DateLike
from ._asset_calls import Outcomes as Outcomes
from ._asset_calls import Timeout as Timeout
from ._asset_calls import UpdateArgs as UpdateArgs
from ._asset_calls import UpdateFields as UpdateFields
from ._asset_calls import UploadArgs as UploadArgs
from ._asset_calls import UploadFields as UploadFields
from ._asset_calls import canvas_text as canvas_text
from ._asset_calls import chunks as chunks
from ._asset_calls import lock_expiry as lock_expiry
from ._asset_calls import order_bulk as order_bulk
from ._asset_calls import stream_upload_body as stream_upload_body
from ._asset_calls import tags_body as tags_body
from ._asset_calls import unlock_body as unlock_body
from ._asset_calls import update_body as update_body
from ._asset_calls import upload_body as upload_body
from ._async._assets import AsyncAssets
from ._mirror_plan import SyncReport
from ._sync._assets import Assets

__all__ = ["Assets", "AsyncAssets", "BulkResult", "LockSessionParams", "SyncReport"]
