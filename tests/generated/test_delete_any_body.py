"""``DELETE /assets`` succeeds whatever its success body holds.

The reference types the body ``unknown``: the deletion has happened whether the API answers an
object, ``null``, ``true``, an empty body or no JSON at all, so none of them may raise.
"""

from __future__ import annotations

import httpx
import pytest
from scenario_assets_api.api.assets import delete_assets

import scenario_assets as sa
from tests.support.mock import Recorder
from tests.support.spec import load_spec

BODIES = [b"{}", b'{"deleted": 2}', b"null", b"true", b"[]", b'"ok"', b"", b"   ", b"OK"]


def _response(content: bytes, status: int = 200) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"content-type": "application/json"})


def test_the_spec_leaves_the_success_body_open() -> None:
    ok = load_spec()["paths"]["/assets"]["delete"]["responses"]["200"]
    assert ok["content"]["application/json"]["schema"] == {}


@pytest.mark.parametrize("content", BODIES)
def test_delete_many_accepts_any_success_body(content: bytes) -> None:
    rec = Recorder(_response(content))
    with sa.Client(
        "k", "s", base_url="https://api.test/v1", transport=rec.transport(), max_retries=0
    ) as client:
        assert client.assets.delete_many(["asset_1", "asset_2"]) == 2
    assert [(r.method, r.url.path) for r in rec.requests] == [("DELETE", "/v1/assets")]
    assert rec.body() == {"assetIds": ["asset_1", "asset_2"]}


@pytest.mark.parametrize("status", [201, 202, 204])
def test_delete_many_accepts_any_success_status(status: int) -> None:
    rec = Recorder(_response(b"", status))
    with sa.Client(
        "k", "s", base_url="https://api.test/v1", transport=rec.transport(), max_retries=0
    ) as client:
        assert client.assets.delete_many(["asset_1"]) == 1


@pytest.mark.anyio
@pytest.mark.parametrize("content", BODIES)
async def test_async_delete_many_accepts_any_success_body(content: bytes) -> None:
    rec = Recorder(*[_response(content)] * 2)
    async with sa.AsyncClient(
        "k", "s", base_url="https://api.test/v1", transport=rec.async_transport(), max_retries=0
    ) as client:
        ids = [f"asset_{i}" for i in range(150)]  # two requests of at most 100 ids
        assert await client.assets.delete_many(ids) == 150
    assert len(rec.requests) == 2


def test_an_error_status_still_raises() -> None:
    rec = Recorder(_response(b'{"message": "no such asset"}', 404))
    with (
        sa.Client(
            "k", "s", base_url="https://api.test/v1", transport=rec.transport(), max_retries=0
        ) as client,
        pytest.raises(sa.NotFoundError, match="no such asset"),
    ):
        client.assets.delete_many(["asset_1"])


@pytest.mark.parametrize(
    ("content", "parsed"), [(b'{"a": 1}', {"a": 1}), (b"true", True), (b"null", None), (b"", None)]
)
def test_the_generated_operation_returns_the_json_value(content: bytes, parsed: object) -> None:
    response = delete_assets._build_response(client=None, response=_response(content))  # type: ignore[arg-type]
    assert response.parsed == parsed
