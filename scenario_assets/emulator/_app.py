"""Starlette application: the spec's operations, signed storage and control endpoints.

Routes come from the spec (:class:`ApiSpec`): every operation is checked against it (path,
query and body) and then answered by its stateful handler, or, for an operation the emulator
gives no behaviour, by the spec's own response example (or a body built from its schema).
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hmac
import itertools
import json
import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._faults import FaultRegistry
from ._images import decode_base64
from ._spec import ApiSpec, SpecOperation, default_spec, iter_operations
from ._state import (
    ApiError,
    Clock,
    EmulatorState,
    ListQuery,
    format_date,
    parse_date,
    seed_state,
    validate_template,
)
from ._storage import STORAGE_PREFIX, s3_error_xml

__all__ = ["EmulatorConfig", "EmulatorContext", "create_app"]

log = logging.getLogger("scenario_assets.emulator")

DEFAULT_API_KEY = "emulator-key"
DEFAULT_API_SECRET = "emulator-secret"
PUBLIC_TOKEN = "public-auth-token"
API_PREFIX = "/v1"
CONTROL_PREFIX = "/_emulator"


def _env_key() -> str:
    return os.environ.get("SCENARIO_EMULATOR_API_KEY") or DEFAULT_API_KEY


def _env_secret() -> str:
    return os.environ.get("SCENARIO_EMULATOR_API_SECRET") or DEFAULT_API_SECRET


@dataclass
class EmulatorConfig:
    """Emulator settings.

    api_key / api_secret: Basic-auth credentials (defaults: env SCENARIO_EMULATOR_API_KEY /
    SCENARIO_EMULATOR_API_SECRET, else ``emulator-key`` / ``emulator-secret``).
    seed: start with a few sample assets. url_ttl: lifetime (s) of signed storage URLs.
    job_steps: statuses of a batch-download job, one per status poll (last one is final).
    storage_host: host name used in storage URLs (same socket as the API, different name).
    storage_base_url: full override of the storage origin (e.g. ``http://localhost:9000``).
    start_time: freeze the clock at this instant (advance it with ``clock.advance``).
    max_batch_assets / max_delete_ids / max_bulk_ids: lower the documented limits (``None``:
    the spec's ``maxItems`` of the batch ``query.assetIds``, the delete and the get-bulk
    ``assetIds``).
    """

    api_key: str = field(default_factory=_env_key)
    api_secret: str = field(default_factory=_env_secret)
    seed: bool = False
    url_ttl: int = 3600
    job_steps: tuple[str, ...] = ("queued", "in-progress", "success")
    storage_host: str = "localhost"
    storage_base_url: str | None = None
    signing_secret: bytes = b"scenario-emulator-signing-secret"
    start_time: datetime | None = None
    owner_id: str = "proj_emulator"
    author_id: str = "e0000000000000000000000000000001"
    max_batch_assets: int | None = None
    max_delete_ids: int | None = None
    max_bulk_ids: int | None = None


@dataclass
class EmulatorContext:
    """What the routes share: config, state (assets, clock, jobs), fault rules and the spec."""

    config: EmulatorConfig
    state: EmulatorState
    faults: FaultRegistry
    spec: ApiSpec = field(default_factory=default_spec)

    def limit(self, configured: int | None, operation_id: str, *body_field: str) -> int | None:
        """A configured limit, else the spec's ``maxItems`` for that body field."""
        if configured is not None:
            return configured
        return self.spec.max_items(operation_id, *body_field)

    def reset(self, seed: bool | None = None) -> None:
        """Drop all state and faults; reseed when ``seed`` (default: ``config.seed``)."""
        self.state.reset()
        self.faults.clear()
        if self.config.seed if seed is None else seed:
            seed_state(self.state)


# ---------------------------------------------------------------------------- helpers


def _ctx(request: Request) -> EmulatorContext:
    ctx: EmulatorContext = request.app.state.emulator
    return ctx


def _storage_base(request: Request) -> str:
    cfg = _ctx(request).config
    if cfg.storage_base_url:
        return cfg.storage_base_url.rstrip("/")
    port = request.url.port
    netloc = cfg.storage_host if port is None else f"{cfg.storage_host}:{port}"
    return f"{request.url.scheme}://{netloc}"


def _check_basic(request: Request, header: str) -> bool:
    cfg = _ctx(request).config
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return False
    key, sep, secret = decoded.partition(":")
    ok_key = hmac.compare_digest(key.encode(), cfg.api_key.encode())
    ok_secret = hmac.compare_digest(secret.encode(), cfg.api_secret.encode())
    return bool(sep) and ok_key and ok_secret


def authenticate(request: Request, *, public_ok: bool = False) -> bool:
    """Check credentials; returns True when the caller uses the public token."""
    header = request.headers.get("authorization")
    challenge = {"WWW-Authenticate": 'Basic realm="Scenario API"'}
    if not header:
        raise ApiError(401, "Missing Authorization header", challenge)
    if header.strip() == PUBLIC_TOKEN:
        if public_ok:
            return True
        raise ApiError(
            401,
            "public-auth-token only grants access to listing and retrieving public assets",
            challenge,
        )
    if not _check_basic(request, header):
        raise ApiError(401, "Invalid API key or secret", challenge)
    return False


def query_names(request: Request, operation_id: str) -> set[str]:
    """The query parameters the spec gives an operation: what the emulator accepts.

    Read from the emulator's spec, so a parameter added to the spec is accepted here too;
    anything else is a 400, as the API answers.
    """
    return _ctx(request).spec.query_names(operation_id)


def body_names(request: Request, operation_id: str, *nested: str) -> set[str]:
    """The JSON body fields the spec gives an operation (or a nested object of its body)."""
    return _ctx(request).spec.body_names(operation_id, *nested)


class Params:
    """Query-string reader: rejects unknown names; arrays accept ``a,b`` and repeated keys."""

    def __init__(self, request: Request, allowed: set[str]) -> None:
        self._items = request.query_params.multi_items()
        for name, _ in self._items:
            if name not in allowed:
                raise ApiError(400, f"Query parameter {name} is not allowed")

    def values(self, name: str) -> list[str]:
        return [v for k, v in self._items if k == name]

    def text(self, name: str) -> str | None:
        vals = self.values(name)
        if len(vals) > 1:
            raise ApiError(400, f"Query parameter {name} must be given once")
        return vals[0] if vals else None

    def many(self, name: str) -> list[str] | None:
        vals = self.values(name)
        if not vals:
            return None
        out = [p.strip() for v in vals for p in v.split(",") if p.strip()]
        return out

    def flag(self, name: str) -> bool | None:
        val = self.text(name)
        if val is None:
            return None
        if val.lower() in ("true", "1"):
            return True
        if val.lower() in ("false", "0"):
            return False
        raise ApiError(400, f"Query parameter {name} must be a boolean (true or false)")

    def integer(self, name: str, low: int, high: int, default: int) -> int:
        val = self.text(name)
        if val is None:
            return default
        try:
            num = int(val)
        except ValueError:
            raise ApiError(400, f"Query parameter {name} must be an integer") from None
        if not low <= num <= high:
            raise ApiError(400, f"Query parameter {name} must be between {low} and {high}")
        return num

    def enum(self, name: str, allowed: tuple[str, ...]) -> str | None:
        val = self.text(name)
        if val is not None and val not in allowed:
            raise ApiError(400, f"Query parameter {name} must be one of: {', '.join(allowed)}")
        return val

    def date(self, name: str) -> datetime | None:
        val = self.text(name)
        if val is None:
            return None
        try:
            return parse_date(val)
        except ValueError:
            raise ApiError(400, f"Query parameter {name} must be an ISO-8601 date") from None


class Body:
    """A validated JSON object body."""

    def __init__(self, data: dict[str, Any], prefix: str = "", *, nulls: bool = False) -> None:
        self.data = data
        self.prefix = prefix
        self.nulls = nulls  # control endpoints take null for "no limit"; API bodies never do

    @classmethod
    async def read(cls, request: Request, allowed: set[str], *, nulls: bool = False) -> Body:
        raw = await request.body()
        if not raw.strip():
            data: Any = {}
        else:
            try:
                data = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                raise ApiError(400, "Request body must be valid JSON") from None
        if not isinstance(data, dict):
            raise ApiError(400, "Request body must be a JSON object")
        body = cls(data, nulls=nulls)
        body.only(allowed)
        return body

    def only(self, allowed: set[str]) -> None:
        for name in self.data:
            if name not in allowed:
                raise ApiError(400, f"property {self.prefix}{name} should not exist")

    def _get(self, name: str, required: bool) -> Any:
        if name in self.data and self.data[name] is None and not self.nulls:
            # The spec has no nullable field: null is a wrong type, not an absent field.
            raise ApiError(400, f"{self.prefix}{name} must not be null")
        if self.data.get(name) is None:
            if required:
                raise ApiError(400, f"{self.prefix}{name} is required")
            return None
        return self.data[name]

    def text(self, name: str, *, required: bool = False) -> str | None:
        val = self._get(name, required)
        if val is not None and not isinstance(val, str):
            raise ApiError(400, f"{self.prefix}{name} must be a string")
        return val

    def flag(self, name: str) -> bool | None:
        val = self._get(name, False)
        if val is not None and not isinstance(val, bool):
            raise ApiError(400, f"{self.prefix}{name} must be a boolean")
        return val

    def strings(self, name: str, *, required: bool = False) -> list[str] | None:
        val = self._get(name, required)
        if val is None:
            return None
        if not isinstance(val, list) or not all(isinstance(v, str) for v in val):
            raise ApiError(400, f"{self.prefix}{name} must be an array of strings")
        return list(val)

    def number(self, name: str) -> float | None:
        val = self._get(name, False)
        if val is not None and (isinstance(val, bool) or not isinstance(val, (int, float))):
            raise ApiError(400, f"{self.prefix}{name} must be a number")
        return None if val is None else float(val)

    def object(self, name: str, allowed: set[str], *, required: bool = False) -> Body | None:
        val = self._get(name, required)
        if val is None:
            return None
        if not isinstance(val, dict):
            raise ApiError(400, f"{self.prefix}{name} must be an object")
        sub = Body(val, f"{self.prefix}{name}.")
        sub.only(allowed)
        return sub

    def date(self, name: str, *, required: bool = False) -> datetime | None:
        val = self.text(name, required=required)
        if val is None:
            return None
        try:
            return parse_date(val)
        except ValueError:
            raise ApiError(400, f"{self.prefix}{name} must be an ISO-8601 date") from None

    def base64(self, name: str) -> bytes | None:
        val = self.text(name)
        if val is None:
            return None
        try:
            return decode_base64(val)
        except ValueError as exc:
            raise ApiError(400, f"{self.prefix}{name} must be a base64 string ({exc})") from None


def _json(data: dict[str, Any], status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


def _asset_response(request: Request, asset: Any, **extra: Any) -> JSONResponse:
    state = _ctx(request).state
    return _json({"asset": state.render(asset, _storage_base(request)), **extra})


# ---------------------------------------------------------------------------- API routes


async def list_assets(request: Request) -> Response:
    public = authenticate(request, public_ok=True)
    p = Params(request, query_names(request, "listAssets"))
    # Values were checked against the spec's enums before this handler runs.
    single, multi = p.text("type"), p.many("types")
    if single is not None and multi is not None:
        raise ApiError(400, "The parameters type and types cannot be used together")
    sort_by = p.text("sortBy") or "createdAt"
    explicit_sort = p.text("sortBy") is not None
    bounds: dict[str, datetime | None] = {}
    for name, needed in (
        ("createdAfter", "createdAt"), ("createdBefore", "createdAt"),
        ("updatedAfter", "updatedAt"), ("updatedBefore", "updatedAt"),
    ):  # fmt: skip
        bounds[name] = p.date(name)
        if bounds[name] is not None and (not explicit_sort or sort_by != needed):
            raise ApiError(400, f"{name} requires the sortBy parameter to be {needed}")
    p.flag("originalAssets")
    q = ListQuery(
        types=[single] if single else multi,
        author_id=p.text("authorId"),
        collection_id=p.text("collectionId"),
        inference_id=p.text("inferenceId"),
        model_id=p.text("modelId"),
        parent_asset_id=p.text("parentAssetId"),
        root_asset_id=p.text("rootAssetId"),
        privacy=p.text("privacy"),
        tags=p.many("tags"),
        sort_by=sort_by,
        sort_direction=p.text("sortDirection") or "desc",
        after=bounds["createdAfter"] or bounds["updatedAfter"],
        before=bounds["createdBefore"] or bounds["updatedBefore"],
        page_size=p.integer("pageSize", 1, 100, 50),
        token=p.text("paginationToken") or None,
        public_only=public,
    )
    state = _ctx(request).state
    page, token = state.list_assets(q)
    base = _storage_base(request)
    out: dict[str, Any] = {"assets": [state.render(a, base) for a in page]}
    if token:
        out["nextPaginationToken"] = token
    return _json(out)


async def upload_asset(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "uploadAsset")).flag("originalAssets")
    body = await Body.read(request, body_names(request, "uploadAsset"))
    name = body.text("name", required=True) or ""
    if not name.strip():
        raise ApiError(400, "name must not be empty")
    collections = body.strings("collectionIds") or []
    hide, parent_id = body.flag("hide"), body.text("parentId")
    state = _ctx(request).state
    image = body.base64("image")
    if image is not None:
        asset = state.upload_image(image, name, collections, hide, parent_id)
    else:
        canvas = body.text("canvas")
        if canvas is None:
            raise ApiError(400, "Either image or canvas must be provided")
        try:
            json.loads(canvas)
        except ValueError:
            raise ApiError(400, "canvas must be a valid stringified JSON") from None
        thumb = body.base64("thumbnail")
        asset = state.upload_canvas(canvas, name, thumb, collections, hide, parent_id)
    return _asset_response(request, asset)


async def delete_assets(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "deleteAssets"))
    body = await Body.read(request, body_names(request, "deleteAssets"))
    ids = body.strings("assetIds", required=True) or []
    ctx = _ctx(request)
    limit = ctx.limit(ctx.config.max_delete_ids, "deleteAssets", "assetIds")
    if limit is not None and not 1 <= len(ids) <= limit:
        raise ApiError(400, f"assetIds must contain between 1 and {limit} ids")
    _ctx(request).state.delete(ids)
    return _json({})


async def get_bulk(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "getBulkAssets")).flag("originalAssets")
    body = await Body.read(request, body_names(request, "getBulkAssets"))
    ids = body.strings("assetIds") or []
    ctx = _ctx(request)
    limit = ctx.limit(ctx.config.max_bulk_ids, "getBulkAssets", "assetIds")
    if limit is not None and len(ids) > limit:
        raise ApiError(400, f"assetIds is limited to {limit} ids")
    state = _ctx(request).state
    base = _storage_base(request)
    found = [state.assets[i] for i in dict.fromkeys(ids) if i in state.assets]
    return _json({"assets": [state.render(a, base) for a in found]})


async def retrieve_asset(request: Request) -> Response:
    public = authenticate(request, public_ok=True)
    p = Params(request, query_names(request, "retrieveAsset"))
    p.flag("originalAssets")
    embedding = bool(p.flag("withEmbedding"))
    state = _ctx(request).state
    asset_id = request.path_params["assetId"]
    asset = state.get(asset_id)
    if public and asset.doc["privacy"] != "public":
        raise ApiError(404, f"Asset {asset_id} not found")
    return _json({"asset": state.render(asset, _storage_base(request), embedding=embedding)})


async def update_asset(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "updateAsset")).flag("originalAssets")
    body = await Body.read(request, body_names(request, "updateAsset"))
    canvas = body.text("canvas")
    if canvas is not None:
        try:
            json.loads(canvas)
        except ValueError:
            raise ApiError(400, "canvas must be a valid stringified JSON") from None
    asset = _ctx(request).state.update_canvas(
        request.path_params["assetId"],
        canvas=canvas,
        description=body.text("description"),
        disable_snapshot=bool(body.flag("disableSnapshot")),
        lock_expires_at=body.date("lockExpiresAt"),
        lock_id=body.text("lockId"),
        name=body.text("name"),
        thumbnail=body.base64("thumbnail"),
    )
    return _asset_response(request, asset)


async def copy_asset(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "duplicateAsset")).flag("originalAssets")
    body = await Body.read(request, body_names(request, "duplicateAsset"))
    asset = _ctx(request).state.duplicate(
        request.path_params["assetId"], body.text("targetProjectId")
    )
    return _asset_response(request, asset)


async def lock_asset(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "lockAsset")).flag("originalAssets")
    body = await Body.read(request, body_names(request, "lockAsset"))
    expires = body.date("lockExpiresAt", required=True)
    assert expires is not None
    asset, lock_id = _ctx(request).state.lock(request.path_params["assetId"], expires)
    return _asset_response(request, asset, lockId=lock_id)


async def unlock_asset(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "unlockAsset")).flag("originalAssets")
    body = await Body.read(request, body_names(request, "unlockAsset"))
    asset = _ctx(request).state.unlock(
        request.path_params["assetId"], body.text("lockId"), bool(body.flag("forceUnlock"))
    )
    return _asset_response(request, asset)


async def list_snapshots(request: Request) -> Response:
    authenticate(request)
    p = Params(request, query_names(request, "listAssetSnapshots"))
    page_size = p.integer("pageSize", 10, 100, 10)
    snaps, token = _ctx(request).state.list_snapshots(
        request.path_params["assetId"], page_size, p.text("paginationToken") or None
    )
    out: dict[str, Any] = {"snapshots": [s.to_json() for s in snaps]}
    if token:
        out["nextPaginationToken"] = token
    return _json(out)


async def update_tags(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "updateAssetTags"))
    body = await Body.read(request, body_names(request, "updateAssetTags"))
    added, deleted = _ctx(request).state.update_tags(
        request.path_params["assetId"],
        body.strings("add") or [],
        body.strings("delete") or [],
        bool(body.flag("strict")),
    )
    return _json({"added": added, "deleted": deleted})


async def request_batch_download(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "requestBatchDownload"))
    body = await Body.read(request, body_names(request, "requestBatchDownload"))
    options = body.object(
        "options", body_names(request, "requestBatchDownload", "options"), required=True
    )
    query = body.object(
        "query", body_names(request, "requestBatchDownload", "query"), required=True
    )
    assert options is not None and query is not None
    template = options.text("fileNameTemplate", required=True) or ""
    validate_template(template)
    flat = bool(options.flag("flat"))
    asset_ids = query.strings("assetIds", required=True) or []
    inference_ids = query.strings("inferenceIds", required=True) or []
    model_ids = query.strings("modelIds", required=True) or []
    if not (asset_ids or inference_ids or model_ids):
        raise ApiError(400, "query must name at least one assetId, inferenceId or modelId")
    ctx = _ctx(request)
    limit = ctx.limit(ctx.config.max_batch_assets, "requestBatchDownload", "query", "assetIds")
    job = ctx.state.create_download_job(template, flat, asset_ids, inference_ids, model_ids, limit)
    return _json({"jobId": job.job_id})


async def get_download_status(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "getBatchDownloadStatus"))
    state = _ctx(request).state
    job = state.poll_job(request.path_params["jobId"])
    out: dict[str, Any] = {"jobId": job.job_id, "jobStatus": job.status}
    if job.status in state.vocabulary.job_ready and job.zip_key:
        out["downloadUrl"] = state.sign_key(_storage_base(request), job.zip_key)
    return _json(out)


async def request_download(request: Request) -> Response:
    authenticate(request)
    Params(request, query_names(request, "requestAssetDownload"))
    body = await Body.read(request, body_names(request, "requestAssetDownload"))
    target = body.text("targetFormat")  # one of the spec's values (checked before)
    state = _ctx(request).state
    key = state.export(request.path_params["assetId"], target)
    return _json({"url": state.sign_key(_storage_base(request), key)})


# ---------------------------------------------------------------------------- storage


def _s3_error(status: int, code: str, message: str, request: Request) -> Response:
    rid = str(request.scope.get("state", {}).get("request_id", ""))
    return Response(
        s3_error_xml(code, message, rid), status_code=status, media_type="application/xml"
    )


async def storage_get(request: Request) -> Response:
    if "authorization" in request.headers:
        return _s3_error(
            400,
            "InvalidArgument",
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
            "Signature query string parameter or the Authorization header should be specified",
            request,
        )
    state = _ctx(request).state
    path = quote(request.url.path, safe="/")
    problem = state.signer.verify(path, dict(request.query_params), state.now())
    if problem is not None:
        return _s3_error(403, problem[0], problem[1], request)
    key = request.path_params["key"]
    obj = state.storage.get(key)
    if obj is None:
        return _s3_error(404, "NoSuchKey", "The specified key does not exist.", request)
    headers = {
        "Content-Length": str(len(obj.data)),
        "Content-Disposition": f'inline; filename="{obj.filename}"',
        "Accept-Ranges": "none",
        "ETag": f'"{obj.etag}"',
    }
    if request.method == "HEAD":
        return Response(b"", headers=headers, media_type=obj.content_type)
    data = obj.data

    async def chunks() -> AsyncIterator[bytes]:
        view = memoryview(data)
        for start in range(0, len(view), 64 * 1024):
            yield bytes(view[start : start + 64 * 1024])

    return StreamingResponse(chunks(), headers=headers, media_type=obj.content_type)


# ---------------------------------------------------------------------------- control


async def control_faults(request: Request) -> Response:
    authenticate(request)
    faults = _ctx(request).faults
    if request.method == "DELETE":
        faults.clear()
        return _json({"faults": []})
    if request.method == "GET":
        return _json({"faults": [f.to_dict() for f in faults.rules()]})
    body = await Body.read(
        request,
        {"method", "path", "status", "retryAfter", "delay", "truncate", "truncateRatio",
         "times", "message"},
        nulls=True,
    )  # fmt: skip
    status, times = body.number("status"), body.number("times")
    try:
        rule = faults.add(
            body.text("method") or "*",
            body.text("path") or "*",
            status=None if status is None else int(status),
            retry_after=body.number("retryAfter"),
            delay=body.number("delay") or 0.0,
            truncate=bool(body.flag("truncate")),
            truncate_ratio=body.number("truncateRatio") or 0.5,
            times=None if "times" in body.data and times is None else int(times or 1),
            message=body.text("message"),
        )
    except ValueError as exc:
        raise ApiError(400, str(exc)) from None
    return _json({"fault": rule.to_dict()}, 201)


async def control_reset(request: Request) -> Response:
    authenticate(request)
    body = await Body.read(request, {"seed"}, nulls=True)
    _ctx(request).reset(body.flag("seed"))
    return _json({"ok": True})


async def control_clock(request: Request) -> Response:
    authenticate(request)
    state = _ctx(request).state
    if request.method == "POST":
        body = await Body.read(request, {"advanceSeconds", "set"}, nulls=True)
        when = body.date("set")
        if when is not None:
            state.clock.set(when)
        step = body.number("advanceSeconds")
        if step:
            state.clock.advance(step)
    return _json({"now": format_date(state.now())})


async def control_jobs(request: Request) -> Response:
    authenticate(request)
    state = _ctx(request).state
    body = await Body.read(request, {"failNext", "status", "steps"}, nulls=True)
    fail = body.number("failNext")
    words = state.vocabulary
    status = body.text("status") or words.job_failed[0]
    if status not in words.job_failed:
        raise ApiError(400, f"status must be one of {', '.join(words.job_failed)}")
    if fail:
        state.fail_next_jobs(int(fail), status)
    steps = body.strings("steps")
    if steps is not None:
        if not steps or steps[-1] not in words.job_final:
            raise ApiError(400, f"steps must end with one of {', '.join(words.job_final)}")
        state.job_steps = tuple(steps)
    return _json({"jobSteps": list(state.job_steps)})


async def control_settings(request: Request) -> Response:
    authenticate(request)
    state = _ctx(request).state
    if request.method == "POST":
        body = await Body.read(request, {"urlTtl"}, nulls=True)
        ttl = body.number("urlTtl")
        if ttl is not None:
            if ttl < 1:
                raise ApiError(400, "urlTtl must be >= 1")
            state.url_ttl = int(ttl)
    return _json({"urlTtl": state.url_ttl, "now": format_date(state.now())})


# ---------------------------------------------------------------------------- middleware


class EmulatorMiddleware:
    """Adds ``x-request-id`` to every response and applies fault rules."""

    def __init__(self, app: ASGIApp, faults: FaultRegistry) -> None:
        self.app = app
        self.faults = faults
        self._ids = itertools.count(1)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = f"emu-{next(self._ids):08d}"
        scope.setdefault("state", {})["request_id"] = request_id
        started = False

        async def send_with_id(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        path: str = scope["path"]
        fault = None if path.startswith(CONTROL_PREFIX) else self.faults.take(scope["method"], path)
        try:
            if fault is not None:
                if fault.delay:
                    await asyncio.sleep(fault.delay)
                if fault.status is not None:
                    await self._send_fault(fault.status, fault.retry_after, fault.message,
                                           send_with_id)  # fmt: skip
                    return
                if fault.truncate:
                    await self._truncated(scope, receive, send_with_id, fault.truncate_ratio)
                    return
            await self.app(scope, receive, send_with_id)
        except Exception:
            if not started:
                err = ApiError(500, "Internal emulator error")
                await JSONResponse(err.body(), status_code=500)(scope, receive, send_with_id)
            raise

    @staticmethod
    async def _send_fault(
        status: int, retry_after: float | None, message: str | None, send: Send
    ) -> None:
        err = ApiError(status, message or f"Injected fault: HTTP {status}")
        payload = json.dumps(err.body()).encode()
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(payload)).encode()),
        ]
        if retry_after is not None:
            value = str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)
            headers.append((b"retry-after", value.encode()))
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    async def _truncated(self, scope: Scope, receive: Receive, send: Send, ratio: float) -> None:
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({**start, "headers": headers})
        # Declared length is the full body; send part of it and end without completing the
        # response, which makes the server close the connection mid-body.
        await send({"type": "http.response.body", "body": body[: int(len(body) * ratio)],
                    "more_body": True})  # fmt: skip


# ---------------------------------------------------------------------------- app


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = {404: "Cannot find route", 405: "Method not allowed"}.get(exc.status_code)
    text = f"{message}: {request.method} {request.url.path}" if message else str(exc.detail)
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        # Starlette names the methods of the first route matching the path only; a path served
        # by several routes (GET and POST /assets) allows all of theirs.
        routes = [
            r
            for r in request.app.routes
            if isinstance(r, Route) and r.path_regex.match(request.url.path)
        ]
        # The first matching path wins (/assets/download before /assets/{assetId}).
        methods = {m for r in routes if r.path == routes[0].path for m in r.methods or ()}
        headers["Allow"] = ", ".join(sorted(methods))
    err = ApiError(exc.status_code, text, headers)
    return JSONResponse(err.body(), status_code=exc.status_code, headers=err.headers)


Handler = Callable[[Request], Awaitable[Response]]

#: Operations the emulator gives real behaviour; any other operation of the spec is answered
#: from the spec (validated request, the response example or one built from its schema).
STATEFUL: dict[str, Handler] = {
    "listAssets": list_assets,
    "uploadAsset": upload_asset,
    "deleteAssets": delete_assets,
    "getBulkAssets": get_bulk,
    "requestBatchDownload": request_batch_download,
    "getBatchDownloadStatus": get_download_status,
    "retrieveAsset": retrieve_asset,
    "updateAsset": update_asset,
    "duplicateAsset": copy_asset,
    "lockAsset": lock_asset,
    "unlockAsset": unlock_asset,
    "listAssetSnapshots": list_snapshots,
    "updateAssetTags": update_tags,
    "requestAssetDownload": request_download,
}


def _from_spec(op: SpecOperation, handler: Handler | None) -> Handler:
    """The route of ``op``: credentials, then the request against the spec, then the answer."""

    async def endpoint(request: Request) -> Response:
        spec = _ctx(request).spec
        authenticate(request, public_ok=op.public)
        spec.check_path(op, request.path_params)
        spec.check_query(op, request.query_params.multi_items())
        spec.check_body(op, await request.body())
        if handler is not None:
            return await handler(request)
        body = spec.sample(op)
        if body is None:
            return Response(status_code=op.status)
        return JSONResponse(body, status_code=op.status)

    endpoint.__name__ = op.operation_id
    return endpoint


def create_app(
    config: EmulatorConfig | None = None,
    *,
    state: EmulatorState | None = None,
    faults: FaultRegistry | None = None,
    spec: ApiSpec | None = None,
    spec_path: str | os.PathLike[str] | None = None,
) -> Starlette:
    """Build the emulator ASGI app. ``app.state.emulator`` is the :class:`EmulatorContext`.

    ``spec`` / ``spec_path``: the API to emulate (default: the spec the generated client was
    built from). Its operations become routes; the stateful handlers serve the operations they
    know, and every other operation answers from the spec.
    """
    config = config or EmulatorConfig()
    if spec is None:
        spec = ApiSpec.load(spec_path)
    if state is None:
        state = EmulatorState(
            clock=Clock(config.start_time) if config.start_time else Clock(),
            secret=config.signing_secret,
            url_ttl=config.url_ttl,
            job_steps=config.job_steps,
            owner_id=config.owner_id,
            author_id=config.author_id,
            spec=spec,
        )
        if config.seed:
            seed_state(state)
    faults = faults or FaultRegistry()
    v = API_PREFIX
    routes = [
        Route(f"{v}{op.path}", _from_spec(op, STATEFUL.get(op.operation_id)), methods=[op.method])
        for op in iter_operations(spec)
    ]
    routes += [
        Route(f"{STORAGE_PREFIX}/{{key:path}}", storage_get, methods=["GET", "HEAD"]),
        Route(f"{CONTROL_PREFIX}/faults", control_faults, methods=["GET", "POST", "DELETE"]),
        Route(f"{CONTROL_PREFIX}/reset", control_reset, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/clock", control_clock, methods=["GET", "POST"]),
        Route(f"{CONTROL_PREFIX}/jobs", control_jobs, methods=["POST"]),
        Route(f"{CONTROL_PREFIX}/settings", control_settings, methods=["GET", "POST"]),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(EmulatorMiddleware, faults=faults)],
        exception_handlers={ApiError: _api_error, HTTPException: _http_error},
    )
    app.state.emulator = EmulatorContext(config, state, faults, spec)
    return app
