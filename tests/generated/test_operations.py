"""The operation table generated from the spec's ``x-`` extensions (``tools/gen_operations.py``)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import gen_operations
import httpx
import pytest
import yaml
from scenario_assets_api import _operations as generated_table
from scenario_assets_api._operations import BY_MODULE, OPERATIONS

import scenario_assets as sa
import scenario_assets_runtime as spec_reader
from scenario_assets_runtime import Operation, Param, Rule
from tests.support.mock import FakeSleep, Recorder, ok
from tests.support.spec import ROOT, SPEC_PATH, absent_name, load_spec, operations, snake

CONFIG = ROOT / "openapi" / "codegen-config.yaml"
FACADE = {"assets": sa.Assets, "download": sa.Downloads}
# A made-up operation, checked absent from the spec (never one the API may add).
NEW_OP = absent_name("drillRestore")
NEW_PATH = "/assets/" + absent_name("drill-restore")


def test_the_table_says_what_the_spec_says() -> None:
    spec_ops = operations()
    assert set(OPERATIONS) == set(spec_ops)
    for op_id, (method, path, op) in spec_ops.items():
        entry = OPERATIONS[op_id]
        assert (entry.method, entry.path) == (method.upper(), path)
        # Without the extensions: the module name, and only reads are safe to repeat.
        assert entry.method_name == op.get("x-method-name", entry.module.rsplit(".", 1)[1])
        assert entry.retry_safe is op.get("x-retry-safe", method in ("get", "head"))
        assert entry.conflict == op.get("x-conflict")
        assert entry.public is ({"publicAuthToken": []} in op.get("security", []))
        assert BY_MODULE[entry.module] is entry
    assert OPERATIONS["listAssets"].pagination is not None
    assert OPERATIONS["listAssets"].pagination.request == "pagination_token"
    assert OPERATIONS["listAssets"].pagination.response == "next_pagination_token"
    assert OPERATIONS["listAssetSnapshots"].pagination is not None
    assert OPERATIONS["listAssetSnapshots"].pagination.items == "snapshots"
    assert {o for o, e in OPERATIONS.items() if e.conflict == "lock"} == {
        "updateAsset",
        "lockAsset",
        "unlockAsset",
    }


def test_every_method_name_is_a_method_of_the_client() -> None:
    for entry in OPERATIONS.values():
        assert callable(getattr(FACADE[entry.tag], entry.method_name)), entry.method_name


def _table(tmp_path: Path, edit: Any) -> list[Operation]:
    spec = copy.deepcopy(load_spec())
    edit(spec)
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec), encoding="utf-8")
    return gen_operations.entries(path, CONFIG)


def _add_restore(spec: dict[str, Any], **extensions: Any) -> None:
    spec["paths"][NEW_PATH] = {
        "post": {
            "operationId": NEW_OP,
            "tags": ["assets"],
            "responses": {"200": {"description": "ok"}},
            **extensions,
        }
    }


def test_a_new_operation_without_extensions_gets_safe_defaults(tmp_path: Path) -> None:
    table = {e.operation_id: e for e in _table(tmp_path, _add_restore)}
    restore = table[NEW_OP]
    assert restore.method_name == snake(NEW_OP)  # from its operationId
    assert restore.retry_safe is False  # a POST: never repeated blindly
    assert (restore.conflict, restore.pagination, restore.public) == (None, None, False)
    assert restore.module == f"scenario_assets_api.api.assets.{snake(NEW_OP)}"


@pytest.mark.parametrize(
    ("extensions", "message"),
    [
        (
            {"x-retry-safe": "yes"},
            f"{NEW_OP} (post {NEW_PATH}): x-retry-safe must be true or false",
        ),
        ({"x-conflict": "busy"}, "x-conflict must be one of ('lock',)"),
        ({"x-method-name": "list"}, "both named 'list' in tag 'assets'"),
        ({"x-method-name": "two words"}, "x-method-name 'two words' is not a public Python name"),
    ],
)
def test_a_wrong_extension_is_refused_with_the_operation_named(
    tmp_path: Path, extensions: dict[str, Any], message: str
) -> None:
    with pytest.raises(
        gen_operations.SpecError, match=message.replace("(", r"\(").replace(")", r"\)")
    ):
        _table(tmp_path, lambda spec: _add_restore(spec, **extensions))


def test_pagination_must_name_real_fields(tmp_path: Path) -> None:
    def edit(spec: dict[str, Any]) -> None:
        spec["paths"]["/assets"]["get"]["x-pagination"]["items"] = "things"

    with pytest.raises(
        gen_operations.SpecError, match="x-pagination items 'things' is not a response field"
    ):
        _table(tmp_path, edit)


def test_the_rendered_table_is_the_committed_one() -> None:
    rendered = gen_operations.render_all(gen_operations.views(SPEC_PATH, CONFIG))["_operations.py"]
    namespace: dict[str, Any] = {}
    exec(compile(rendered, "_operations.py", "exec"), namespace)
    assert namespace["OPERATIONS"] == OPERATIONS


def test_the_table_is_made_of_the_generators_own_records() -> None:
    # One definition: the generator builds scenario_assets_runtime's records, the table holds them.
    assert all(type(op) is Operation for op in OPERATIONS.values())
    assert generated_table.Operation is Operation
    assert generated_table.Param is Param and generated_table.Rule is Rule
    table = gen_operations.entries(SPEC_PATH, CONFIG)
    assert {op.operation_id: op for op in table} == OPERATIONS


def test_a_409_means_a_lock_conflict_only_where_the_spec_says_so() -> None:
    conflict = ok({"message": "locked until 2030-01-01T00:00:00.000Z"}, 409)
    rec = Recorder(conflict, conflict)
    with sa.Client(
        "k", "s", base_url="https://api.test/v1", transport=rec.transport(), sleep=FakeSleep()
    ) as client:
        with pytest.raises(sa.LockConflictError) as locked:
            client.assets.update("asset_1", name="n")
        assert locked.value.lock_expires_at == "2030-01-01T00:00:00.000Z"
        with pytest.raises(sa.ConflictError) as other:
            client.assets.update_tags("asset_1", add=["a"])
        assert not isinstance(other.value, sa.LockConflictError)
    assert [r.url.path for r in rec.requests] == ["/v1/assets/asset_1", "/v1/assets/asset_1/tags"]
    assert isinstance(rec.requests[0], httpx.Request)


def _polled(spec: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (op_id, op) for op_id, (_, _, op) in spec_reader.operations(spec).items() if "x-poll" in op
    ]


def test_poll_statuses_split_the_spec_enum_into_ready_failed_and_pending() -> None:
    spec = load_spec()
    polled = _polled(spec)
    assert polled, "the batch job's status operation says what its statuses mean"
    for op_id, raw in polled:
        poll = OPERATIONS[op_id].poll
        assert poll is not None
        values = spec["components"]["schemas"][raw["x-poll"]["statuses"]]["enum"]
        assert (poll.ready, poll.failed) == (
            tuple(raw["x-poll"]["ready"]),
            tuple(raw["x-poll"]["failed"]),
        )
        assert sorted(poll.ready + poll.failed + poll.pending) == sorted(values)
        assert not set(poll.ready) & set(poll.failed)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"ready": ["done-ish"]}, "x-poll ready must list values of"),
        ({"status": "state"}, "x-poll status 'state' is not a response field"),
        ({"statuses": "AssetDuplicateRequest"}, "is not an enum schema"),
    ],
)
def test_a_wrong_poll_is_refused(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    def edit(spec: dict[str, Any]) -> None:
        for _, op in _polled(spec):
            op["x-poll"].update(change)

    with pytest.raises(gen_operations.SpecError, match=message):
        _table(tmp_path, edit)
