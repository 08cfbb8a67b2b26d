"""Helpers forward the optional query parameters of the operations they wrap, checked like any
parameter; a client-wide option (``x-client-option``) is sent by every operation declaring it.

Which parameters exist comes from the generated table; the client-option tests mark an existing
query parameter client-wide in a synthetic copy of the table (the spec has none today; the
regenerated-spec test in ``tests/generated/test_spec_growth.py`` covers a real one end to end).
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx
import pytest
from scenario_assets_api import _operations as table
from scenario_assets_api import models
from scenario_assets_api._operations import OPERATIONS, Operation, Param

import scenario_assets as sa
from scenario_assets import _forward
from scenario_assets._call import Call
from scenario_assets.emulator import EmulatorServer
from scenario_assets.testing import make_png
from tests.support.mock import Recorder, example, ok

BASE = "https://api.test/v1"
PNG = make_png(3, 3, (1, 2, 3))

Helper = Callable[[sa.Client, dict[str, Any]], Any]

#: Each helper with the operation whose query parameters it forwards.
HELPERS: dict[str, tuple[str, Helper]] = {
    "get_bulk": ("getBulkAssets", lambda c, kw: c.assets.get_bulk(["a1"], **kw)),
    "delete_many": ("deleteAssets", lambda c, kw: c.assets.delete_many(["a1"], **kw)),
    "update": ("updateAsset", lambda c, kw: c.assets.update("a1", name="n", **kw)),
    "lock": ("lockAsset", lambda c, kw: c.assets.lock("a1", ttl=timedelta(minutes=1), **kw)),
    "unlock": ("unlockAsset", lambda c, kw: c.assets.unlock("a1", force=True, **kw)),
    "update_tags": ("updateAssetTags", lambda c, kw: c.assets.update_tags("a1", add=["t"], **kw)),
    "upload": ("uploadAsset", lambda c, kw: c.assets.upload("p.png", image=PNG, **kw)),
    "upload_file": ("uploadAsset", lambda c, kw: c.assets.upload_file(PNG, name="p.png", **kw)),
    "upload_canvas": ("uploadAsset", lambda c, kw: c.assets.upload_canvas({}, "c.json", **kw)),
    "request_batch": (
        "requestBatchDownload",
        lambda c, kw: c.downloads.request_batch(asset_ids=["a1"], **kw),
    ),
}


def a_value(param: Param) -> Any:
    """A value the parameter's schema accepts."""
    schema = param.schema
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "boolean":
        return True
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "string" and not schema.get("format") and not schema.get("pattern"):
        return "zz-value"
    return None


def query_params(op_id: str) -> list[Param]:
    return [p for p in OPERATIONS[op_id].params if p.location == "query" and not p.required]


def responder(op_id: str) -> Recorder:
    return Recorder(handler=lambda request: ok(example(op_id)))


@pytest.fixture
def rec() -> Recorder:
    return Recorder()  # answers nothing: a request would fail the test


def kw(name: str, value: Any) -> dict[str, Any]:
    """Keywords named at run time (the synthetic option is not in the generated records)."""
    return {name: value}


def client_for(rec: Recorder, **options: Any) -> sa.Client:
    return sa.Client("k", "s", base_url=BASE, transport=rec.transport(), max_retries=0, **options)


CASES = [
    (helper, param)
    for helper, (op_id, _) in HELPERS.items()
    for param in query_params(op_id)
    if a_value(param) is not None
]


@pytest.mark.parametrize(("helper", "param"), CASES, ids=[f"{h}-{p.python}" for h, p in CASES])
def test_a_helper_sends_the_query_parameters_of_its_operation(helper: str, param: Param) -> None:
    op_id, call = HELPERS[helper]
    rec = responder(op_id)
    with client_for(rec) as client:
        call(client, {param.python: a_value(param)})
    sent = [r for r in rec.requests if r.url.path.startswith("/v1")]
    assert sent and all(param.name in r.url.params for r in sent), helper


@pytest.mark.parametrize("helper", sorted(HELPERS))
def test_a_name_the_operation_does_not_declare_is_refused_before_any_request(
    rec: Recorder, helper: str
) -> None:
    _, call = HELPERS[helper]
    with client_for(rec) as client, pytest.raises(sa.ValidationError, match="'zz_unknown'"):
        call(client, {"zz_unknown": 1})
    assert rec.requests == []


def test_a_forwarded_value_is_checked_by_its_schema_before_any_request(rec: Recorder) -> None:
    typed = [
        (helper, p)
        for helper, (op_id, _) in HELPERS.items()
        for p in query_params(op_id)
        if p.schema.get("type") in ("boolean", "integer")
    ]
    if not typed:
        pytest.skip("no helper's operation has a boolean or integer query parameter")
    for helper, param in typed:
        with client_for(rec) as client, pytest.raises(sa.ValidationError, match=param.python):
            HELPERS[helper][1](client, {param.python: "not-a-number-or-flag"})
    assert rec.requests == []


def test_upload_many_passes_the_upload_operations_query_parameters_on() -> None:
    params = [p for p in query_params("uploadAsset") if a_value(p) is not None]
    if not params:
        pytest.skip("uploadAsset has no optional query parameter")
    rec = responder("uploadAsset")
    with client_for(rec) as client:
        outcomes = client.assets.upload_many(
            [PNG, {"source": PNG, "name": "b.png"}],
            **{p.python: a_value(p) for p in params},
        )
    assert all(o.error is None for o in outcomes), outcomes
    assert all(p.name in r.url.params for r in rec.requests for p in params)


def test_a_multi_operation_helper_sends_each_operation_what_it_declares() -> None:
    first = Operation(
        "zzFirst", "m", "t", "GET", "/a", "first", True, False, None, None,
        params=(Param("zzShared", "zz_shared", "zz_shared", "query", False, {"type": "string"}),
                Param("zzOnly", "zz_only", "zz_only", "query", False, {"type": "boolean"})),
    )  # fmt: skip
    second = dataclasses.replace(first, operation_id="zzSecond", params=first.params[:1])
    given = {"zz_shared": "s", "zz_only": True}
    assert _forward.split((first, second), given, "h") == [given, {"zz_shared": "s"}]
    assert _forward.forward((first, second), given, "h") == [given, {"zz_shared": "s"}]
    with pytest.raises(sa.ValidationError, match=r"h\(\) got an unexpected parameter 'zz_x'"):
        _forward.split((first, second), {"zz_x": 1}, "h")
    with pytest.raises(sa.ValidationError, match="zz_only"):
        _forward.forward((first, second), {"zz_only": "yes"}, "h")


# --------------------------------------------------------------------------------------
# Client-wide options, with a synthetic table marking a query parameter client-wide
# --------------------------------------------------------------------------------------


@pytest.fixture
def option(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, Param]]:
    """A boolean query parameter of retrieveAsset, marked client-wide as ``zz_scope``."""
    op = OPERATIONS["retrieveAsset"]
    found = [p for p in query_params("retrieveAsset") if p.schema.get("type") == "boolean"]
    if not found:
        pytest.skip("retrieveAsset has no optional boolean query parameter")
    marked = dataclasses.replace(found[0], client_option="zz_scope")
    synthetic = dataclasses.replace(
        op, params=tuple(marked if p is found[0] else p for p in op.params)
    )
    monkeypatch.setitem(table.OPERATIONS, "retrieveAsset", synthetic)
    monkeypatch.setitem(table.BY_MODULE, op.module, synthetic)
    yield "zz_scope", marked


def test_a_client_option_is_sent_unless_the_call_gives_its_own(
    option: tuple[str, Param],
) -> None:
    name, param = option
    rec = Recorder(
        handler=lambda r: ok(
            example("listAssets" if r.url.path == "/v1/assets" else "retrieveAsset")
        )
    )
    with client_for(rec, **{name: True}) as client:
        client.assets.retrieve("a1")
        client.assets.retrieve("a1", **kw(param.python, False))
        client.with_options(**kw(name, False)).assets.retrieve("a1")
        client.with_options(timeout=5).assets.retrieve("a1")  # kept by with_options
        client.assets.list()  # an operation that does not declare it
    values = [r.url.params.get(param.name) for r in rec.requests]
    assert values[:4] == ["true", "false", "false", "true"]
    assert rec.requests[4].url.path == "/v1/assets"


def test_an_async_client_sends_its_option_too(option: tuple[str, Param]) -> None:
    name, param = option
    rec = responder("retrieveAsset")

    async def run() -> None:
        async with sa.AsyncClient(
            "k", "s", base_url=BASE, transport=rec.async_transport(), **kw(name, True)
        ) as client:
            await client.assets.retrieve("a1")
            await client.with_options(**kw(name, False)).assets.retrieve("a1")

    anyio.run(run)
    assert [r.url.params.get(param.name) for r in rec.requests] == ["true", "false"]


def test_a_client_option_is_checked_when_the_client_is_built(
    rec: Recorder, option: tuple[str, Param]
) -> None:
    name, _ = option
    with pytest.raises(sa.ConfigurationError, match=f"^{name} "):
        client_for(rec, **{name: "yes"})
    with client_for(rec) as client, pytest.raises(sa.ConfigurationError, match=f"^{name} "):
        client.with_options(**kw(name, "yes"))
    with pytest.raises(sa.ConfigurationError, match="unknown client option 'zz_other'"):
        client_for(rec, zz_other=True)
    assert rec.requests == []


def test_without_client_options_in_the_spec_any_option_is_refused(rec: Recorder) -> None:
    if any(op.client_options for op in OPERATIONS.values()):
        pytest.skip("the spec declares client options")
    with pytest.raises(sa.ConfigurationError, match="none in this spec"):
        client_for(rec, zz_scope="x")


def test_a_body_field_can_be_a_client_option() -> None:
    candidates = [
        (op, p)
        for op in OPERATIONS.values()
        if op.body_model and not any(q.location == "body" and q.required for q in op.params)
        for p in op.params
        if p.location == "body" and a_value(p) is not None
    ]
    if not candidates:
        pytest.skip("no operation with an all-optional body and a simple field")
    body_op, field = candidates[0]
    value = a_value(field)
    synthetic = dataclasses.replace(
        body_op,
        params=tuple(
            dataclasses.replace(p, client_option="zz_body") if p is field else p
            for p in body_op.params
        ),
    )
    module = importlib.import_module(body_op.module)
    body = getattr(models, body_op.body_model or "").from_dict({})
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(table.BY_MODULE, body_op.module, synthetic)
        call = _forward.with_client_options(Call(module, {"body": body}), {"zz_body": value})
        own = Call(module, {"body": type(body).from_dict({field.name: value})})
        kept = _forward.with_client_options(own, {"zz_body": value})
    assert call.kwargs["body"].to_dict()[field.name] == value
    assert body.to_dict() == {}  # the caller's body is not changed
    assert kept is own


def test_an_undescribed_request_gets_no_option() -> None:
    call = Call(None, {"method": "GET"})
    assert _forward.with_client_options(call, {"zz": 1}) is call


def test_a_lock_session_sends_each_request_the_parameters_its_operation_declares() -> None:
    ops = {"lock": "lockAsset", "unlock": "unlockAsset", "update": "updateAsset"}
    flags = {
        p.python: p.name
        for op_id in ops.values()
        for p in query_params(op_id)
        if p.schema.get("type") == "boolean"
    }
    if not flags:
        pytest.skip("lock, unlock and update have no optional boolean query parameter")
    keyword, wire = sorted(flags.items())[0]
    sent: list[httpx.Request] = []
    with EmulatorServer() as server:
        key, secret = server.auth
        with sa.Client(key, secret, base_url=server.base_url) as client:
            canvas = client.assets.upload_canvas({"objects": []}, "scene.json")
            client.http.event_hooks["request"].append(sent.append)
            with client.assets.lock_session(canvas.id, **kw(keyword, True)) as lock:
                lock.update(name="forwarded.json")
    assert len(sent) == 3  # lock, update, unlock
    for request in sent:
        last = request.url.path.rsplit("/", 1)[-1]
        op_id = ops.get(last) or ops["update"]
        declares = any(p.name == wire for p in OPERATIONS[op_id].params)
        assert (request.url.params.get(wire) == "true") == declares, (request.method, last)


def test_a_lock_session_takes_one_record_per_request_kind() -> None:
    with client_for(Recorder()) as client, pytest.raises(sa.ValidationError, match="one record"):
        sa.LockSession(client.assets, "a1", now=lambda: datetime.now(UTC), params=[{}])
