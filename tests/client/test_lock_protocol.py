"""Lock sessions depend on a three-method protocol, not on the client's asset operations."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from scenario_assets_api.models import Asset, AssetLockResponse

from scenario_assets.locks import AsyncLockSession, LockSession
from tests.support.mock import asset_body

NOW = datetime(2026, 1, 1, tzinfo=UTC)


class FakeLocks:
    """Implements CanvasLocks and records what the session asks of it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def lock(self, asset_id: str, *, expires_at: datetime | str) -> AssetLockResponse:
        self.calls.append(("lock", {"asset_id": asset_id, "expires_at": expires_at}))
        return AssetLockResponse.from_dict({"asset": asset_body(asset_id), "lockId": "lock_1"})

    def unlock(self, asset_id: str, *, lock_id: str | None = None, force: bool = False) -> Asset:
        self.calls.append(("unlock", {"asset_id": asset_id, "lock_id": lock_id, "force": force}))
        return Asset.from_dict(asset_body(asset_id))

    def update(self, asset_id: str, **body: Any) -> Asset:
        self.calls.append(("update", {"asset_id": asset_id, **body}))
        return Asset.from_dict(asset_body(asset_id))


def test_a_session_runs_on_any_implementation_of_the_protocol() -> None:
    fake = FakeLocks()
    with LockSession(fake, "asset_1", ttl=timedelta(minutes=5), now=lambda: NOW) as session:
        session.update(name="renamed")
    assert [name for name, _ in fake.calls] == ["lock", "update", "unlock"]
    assert fake.calls[1][1]["lock_id"] == "lock_1" and fake.calls[1][1]["name"] == "renamed"
    assert fake.calls[2][1] == {"asset_id": "asset_1", "lock_id": "lock_1", "force": False}


def test_locks_does_not_import_assets() -> None:
    package = Path(__file__).resolve().parents[2] / "scenario_assets"
    for name in ("locks.py", "_lock_parts.py", "_async/_locks.py", "_sync/_locks.py"):
        tree = ast.parse((package / name).read_text(encoding="utf-8"))
        imported = {
            node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module
        }
        assert not imported & {"assets", "scenario_assets.assets"}, name


@pytest.mark.parametrize("session", [LockSession, AsyncLockSession])
def test_an_unknown_keyword_is_a_type_error(session: type[Any]) -> None:
    fake = FakeLocks()
    with pytest.raises(TypeError, match="bogus"):
        session(fake, "asset_1", now=lambda: NOW, bogus=1)
    assert fake.calls == []
