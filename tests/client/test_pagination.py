"""Pagination: the generic pagers with fake fetchers, then both listings through the client."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import scenario_assets as sa
from scenario_assets import AsyncPager, Page, Pager
from tests.support.mock import Recorder, asset_body, ok

BASE = "https://api.test/v1"

# token -> page; None is the first page.
BOOK: dict[str | None, Page[int]] = {
    None: Page([1, 2, 3], "t2"),
    "t2": Page([4, 5, 6], "t3"),
    "t3": Page([7], None),
}


class FakeFetch:
    """Serves pages from a token -> page mapping and records the tokens asked for."""

    def __init__(self, book: dict[str | None, Page[int]]) -> None:
        self.book = book
        self.tokens: list[str | None] = []

    def __call__(self, token: str | None) -> Page[int]:
        self.tokens.append(token)
        return self.book[token]

    async def fetch_async(self, token: str | None) -> Page[int]:
        return self(token)


# --------------------------------------------------------------------------------------
# Pager
# --------------------------------------------------------------------------------------


def test_items_in_order_across_pages() -> None:
    fetch = FakeFetch(BOOK)
    pager = Pager(fetch)
    assert fetch.tokens == []  # nothing is fetched before iteration
    assert list(pager) == [1, 2, 3, 4, 5, 6, 7]
    assert fetch.tokens == [None, "t2", "t3"]


def test_pages_yields_each_page_with_its_token() -> None:
    pages = list(Pager(FakeFetch(BOOK)).pages())
    assert [(p.items, p.next_token) for p in pages] == [
        ([1, 2, 3], "t2"),
        ([4, 5, 6], "t3"),
        ([7], None),
    ]


@pytest.mark.parametrize(
    ("limit", "items", "tokens"),
    [
        (1, [1], [None]),
        (3, [1, 2, 3], [None]),  # exactly one page: the next one is not fetched
        (4, [1, 2, 3, 4], [None, "t2"]),
        (6, [1, 2, 3, 4, 5, 6], [None, "t2"]),
        (7, [1, 2, 3, 4, 5, 6, 7], [None, "t2", "t3"]),
        (50, [1, 2, 3, 4, 5, 6, 7], [None, "t2", "t3"]),
    ],
)
def test_limit_trims_and_stops_fetching(
    limit: int, items: list[int], tokens: list[str | None]
) -> None:
    fetch = FakeFetch(BOOK)
    assert Pager(fetch, limit=limit).to_list() == items
    assert fetch.tokens == tokens


def test_limit_trims_the_last_page_of_pages() -> None:
    pages = list(Pager(FakeFetch(BOOK), limit=5).pages())
    assert [p.items for p in pages] == [[1, 2, 3], [4, 5]]
    assert pages[-1].next_token == "t3"  # where a later listing could resume


def test_limit_zero_fetches_nothing() -> None:
    fetch = FakeFetch(BOOK)
    assert list(Pager(fetch, limit=0)) == []
    assert list(Pager(fetch, limit=0).pages()) == []
    assert fetch.tokens == []


@pytest.mark.parametrize("end", [None, ""])
def test_missing_or_empty_token_ends_the_listing(end: str | None) -> None:
    fetch = FakeFetch({None: Page([1], "a"), "a": Page([2], end)})
    assert list(Pager(fetch)) == [1, 2]
    assert fetch.tokens == [None, "a"]


def test_empty_page_with_a_token_keeps_going() -> None:
    fetch = FakeFetch({None: Page([], "a"), "a": Page([1], None)})
    assert list(Pager(fetch, limit=5)) == [1]


def test_repeated_token_raises_instead_of_looping() -> None:
    fetch = FakeFetch({None: Page([1], "a"), "a": Page([2], "b"), "b": Page([3], "a")})
    seen: list[int] = []
    with pytest.raises(sa.ScenarioError, match="token twice"):
        for item in Pager(fetch):
            seen.append(item)
    assert seen == [1, 2]  # the page that repeated a token is not yielded
    assert fetch.tokens == [None, "a", "b"]


def test_a_page_pointing_at_itself_raises() -> None:
    fetch = FakeFetch({None: Page([1], "a"), "a": Page([2], "a")})
    with pytest.raises(sa.ScenarioError):
        list(Pager(fetch))
    assert fetch.tokens == [None, "a"]


def test_a_page_pointing_back_at_the_start_token_raises_at_once() -> None:
    fetch = FakeFetch({"s": Page([1], "s")})
    seen: list[int] = []
    with pytest.raises(sa.ScenarioError):
        for item in Pager(fetch, start_token="s"):
            seen.append(item)
    assert fetch.tokens == ["s"]
    assert seen == []


def test_start_token_resumes_from_that_page() -> None:
    fetch = FakeFetch(BOOK)
    assert list(Pager(fetch, start_token="t2")) == [4, 5, 6, 7]
    assert fetch.tokens == ["t2", "t3"]


def test_iterating_twice_restarts_from_the_first_page() -> None:
    fetch = FakeFetch(BOOK)
    pager = Pager(fetch, limit=4)
    assert list(pager) == [1, 2, 3, 4]
    assert list(pager) == [1, 2, 3, 4]
    assert fetch.tokens == [None, "t2", None, "t2"]


def test_iterating_twice_from_a_start_token_restarts_there() -> None:
    fetch = FakeFetch(BOOK)
    pager = Pager(fetch, start_token="t3")
    assert (list(pager), list(pager)) == ([7], [7])
    assert fetch.tokens == ["t3", "t3"]


@pytest.mark.parametrize("limit", [-1, 1.5, True, "10"])
def test_bad_limit_is_refused(limit: Any) -> None:
    fetch = FakeFetch(BOOK)
    with pytest.raises(sa.ValidationError, match="limit"):
        Pager(fetch, limit=limit)
    with pytest.raises(sa.ValidationError, match="limit"):
        AsyncPager(fetch.fetch_async, limit=limit)
    assert fetch.tokens == []


# --------------------------------------------------------------------------------------
# AsyncPager
# --------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_async_items_in_order_across_pages() -> None:
    fetch = FakeFetch(BOOK)
    pager = AsyncPager(fetch.fetch_async)
    assert fetch.tokens == []
    assert [item async for item in pager] == [1, 2, 3, 4, 5, 6, 7]
    assert fetch.tokens == [None, "t2", "t3"]


@pytest.mark.anyio
async def test_async_pages_and_limit() -> None:
    fetch = FakeFetch(BOOK)
    pages = [p async for p in AsyncPager(fetch.fetch_async, limit=4).pages()]
    assert [p.items for p in pages] == [[1, 2, 3], [4]]
    assert fetch.tokens == [None, "t2"]


@pytest.mark.anyio
async def test_async_limit_zero_fetches_nothing() -> None:
    fetch = FakeFetch(BOOK)
    assert await AsyncPager(fetch.fetch_async, limit=0).to_list() == []
    assert fetch.tokens == []


@pytest.mark.anyio
async def test_async_empty_token_ends_and_repeated_token_raises() -> None:
    ends = FakeFetch({None: Page([1], "a"), "a": Page([2], "")})
    assert await AsyncPager(ends.fetch_async).to_list() == [1, 2]
    loops = FakeFetch({None: Page([1], "a"), "a": Page([2], "a")})
    with pytest.raises(sa.ScenarioError, match="token twice"):
        await AsyncPager(loops.fetch_async).to_list()
    assert loops.tokens == [None, "a"]


@pytest.mark.anyio
async def test_async_start_token_and_restart() -> None:
    fetch = FakeFetch(BOOK)
    pager = AsyncPager(fetch.fetch_async, start_token="t2", limit=2)
    assert await pager.to_list() == [4, 5]
    assert await pager.to_list() == [4, 5]
    assert fetch.tokens == ["t2", "t2"]


# --------------------------------------------------------------------------------------
# Through the client
# --------------------------------------------------------------------------------------


def _asset_pages(request: httpx.Request) -> httpx.Response:
    """Three pages of two, one, and one asset, chained by nextPaginationToken."""
    token = request.url.params.get("paginationToken")
    pages: dict[str | None, tuple[list[str], str | None]] = {
        None: (["a1", "a2"], "p2"),
        "p2": (["a3", "a4"], "p3"),
        "p3": (["a5"], None),
    }
    ids, following = pages[token]
    body: dict[str, Any] = {"assets": [asset_body(i) for i in ids]}
    if following is not None:
        body["nextPaginationToken"] = following
    return ok(body)


def _snapshot_pages(request: httpx.Request) -> httpx.Response:
    token = request.url.params.get("paginationToken")
    pages: dict[str | None, tuple[list[str], str]] = {
        None: (["h1", "h2"], "s2"),
        "s2": (["h3"], "s3"),
        "s3": (["h4"], ""),  # an empty token also ends
    }
    hashes, following = pages[token]
    snapshots = [{"authorId": "u", "hash": h, "rawData": "{}", "takenAt": 0} for h in hashes]
    return ok({"snapshots": snapshots, "nextPaginationToken": following})


FILTERS: dict[str, Any] = {"types": ["canvas", "uploaded"], "sort_by": "createdAt", "tags": ["x"]}
SENT_FILTERS = {"types": "canvas,uploaded", "sortBy": "createdAt", "tags": "x", "pageSize": "2"}


def _check_asset_requests(rec: Recorder) -> None:
    assert [r.url.params.get("paginationToken") for r in rec.requests] == [None, "p2", "p3"]
    for request in rec.requests:
        assert (request.method, request.url.path) == ("GET", "/v1/assets")
        query = dict(request.url.params)
        query.pop("paginationToken", None)
        assert query == SENT_FILTERS


def test_assets_iter_follows_tokens_with_the_same_filters() -> None:
    rec = Recorder(handler=_asset_pages)
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        pager = client.assets.iter(page_size=2, **FILTERS)
        assert rec.requests == []  # lazy
        ids = [asset.id for asset in pager]
    assert ids == ["a1", "a2", "a3", "a4", "a5"]
    _check_asset_requests(rec)


def test_assets_iter_limit_and_resume() -> None:
    rec = Recorder(handler=_asset_pages)
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        first = [a.id for a in client.assets.iter(page_size=2, limit=3)]
        resumed = [a.id for a in client.assets.iter(page_size=2, pagination_token="p3")]
    assert (first, resumed) == (["a1", "a2", "a3"], ["a5"])
    assert [r.url.params.get("paginationToken") for r in rec.requests] == [None, "p2", "p3"]


def test_assets_iter_pages_expose_the_next_token() -> None:
    rec = Recorder(handler=_asset_pages)
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        tokens = [page.next_token for page in client.assets.iter(page_size=2).pages()]
    assert tokens == ["p2", "p3", None]


def test_snapshots_iter_follows_tokens() -> None:
    rec = Recorder(handler=_snapshot_pages)
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        hashes = [s.hash_ for s in client.assets.iter_snapshots("canvas_1", page_size=10)]
    assert hashes == ["h1", "h2", "h3", "h4"]
    assert [r.url.params.get("paginationToken") for r in rec.requests] == [None, "s2", "s3"]
    for request in rec.requests:
        assert request.url.path == "/v1/assets/canvas_1/snapshots"
        assert request.url.params["pageSize"] == "10"


def test_snapshots_iter_limit() -> None:
    rec = Recorder(handler=_snapshot_pages)
    with sa.Client("k", "s", base_url=BASE, transport=rec.transport()) as client:
        hashes = [s.hash_ for s in client.assets.iter_snapshots("canvas_1", limit=2)]
    assert hashes == ["h1", "h2"]
    assert len(rec.requests) == 1
    assert rec.requests[0].url.params["pageSize"] == "10"  # the default


@pytest.mark.anyio
async def test_async_assets_iter_follows_tokens_with_the_same_filters() -> None:
    rec = Recorder(handler=_asset_pages)
    async with sa.AsyncClient("k", "s", base_url=BASE, transport=rec.async_transport()) as client:
        pager = client.assets.iter(page_size=2, **FILTERS)
        assert rec.requests == []
        ids = [asset.id async for asset in pager]
    assert ids == ["a1", "a2", "a3", "a4", "a5"]
    _check_asset_requests(rec)


@pytest.mark.anyio
async def test_async_snapshots_iter_follows_tokens() -> None:
    rec = Recorder(handler=_snapshot_pages)
    async with sa.AsyncClient("k", "s", base_url=BASE, transport=rec.async_transport()) as client:
        hashes = [s.hash_ async for s in client.assets.iter_snapshots("canvas_1", page_size=10)]
        limited = await client.assets.iter_snapshots("canvas_1", limit=3).to_list()
    assert hashes == ["h1", "h2", "h3", "h4"]
    assert [s.hash_ for s in limited] == ["h1", "h2", "h3"]
    assert [r.url.params.get("paginationToken") for r in rec.requests] == [
        None,
        "s2",
        "s3",
        None,
        "s2",
    ]
