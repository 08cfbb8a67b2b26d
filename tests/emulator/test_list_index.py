"""GET /assets reads sorted indexes: same pages as a full sort and filter, at a bounded cost.

A seeded random store (ties in time included, updates that move assets in the ``updatedAt``
order, deletions) is paged through with every sort key and direction, with and without filters
and date bounds, and compared with a brute-force reference computed from all stored assets.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from scenario_assets.emulator._state import (
    ApiError,
    Clock,
    EmulatorState,
    ListQuery,
    StoredAsset,
)

START = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
TYPES = ("uploaded", "upscale", "inference-txt2img")
TAGS = ("red", "blue", "big")


def reference(state: EmulatorState, q: ListQuery) -> list[str]:
    """Every asset that matches, fully sorted: what one page after another must add up to."""
    items = [a for a in state.assets.values() if state._matches(a, q)]
    if q.after is not None:
        items = [a for a in items if a.sort_value(q.sort_by) > q.after]
    if q.before is not None:
        items = [a for a in items if a.sort_value(q.sort_by) < q.before]
    items.sort(key=lambda a: (a.sort_value(q.sort_by), a.seq), reverse=q.sort_direction == "desc")
    return [a.id for a in items]


def page_through(state: EmulatorState, q: ListQuery) -> list[str]:
    seen: list[str] = []
    pages = 0
    while True:
        page, token = state.list_assets(q)
        assert len(page) <= q.page_size
        seen += [a.id for a in page]
        pages += 1
        assert pages < 1000
        if token is None:
            return seen
        assert len(page) == q.page_size  # a token only follows a full page
        q.token = token


@pytest.fixture(scope="module")
def store() -> EmulatorState:
    rng = random.Random(20240501)
    state = EmulatorState(clock=Clock(START, frozen=True))
    assets: list[StoredAsset] = []
    for i in range(240):
        if rng.random() < 0.6:  # the rest share the previous timestamp: ties ordered by seq
            state.clock.advance(rng.choice((0.001, 1, 60)))
        assets.append(
            state.add_asset(
                asset_type=rng.choice(TYPES),
                tags=rng.sample(TAGS, rng.randint(0, 2)),
                privacy=rng.choice(("private", "public")),
                author_id=rng.choice(("author_a", "author_b")),
                name=f"a{i}",
            )
        )
    for asset in rng.sample(assets, 60):  # moves them in the updatedAt order only
        state.clock.advance(rng.choice((0, 0.5, 30)))
        state.update_tags(asset.id, add=[f"t{asset.seq}"], delete=[], strict=False)
    state.delete([a.id for a in rng.sample(assets, 30)])
    return state


QUERIES: list[dict[str, Any]] = [
    {},
    {"types": ["upscale"]},
    {"types": ["upscale", "uploaded"], "tags": ["red"]},
    {"author_id": "author_b", "privacy": "public"},
    {"tags": ["red", "blue"]},
    {"public_only": True},
    {"after": START + timedelta(minutes=30)},
    {"before": START + timedelta(minutes=90), "after": START + timedelta(minutes=10)},
    {"types": ["nothing-matches"]},
]


@pytest.mark.parametrize("sort_by", ["createdAt", "updatedAt"])
@pytest.mark.parametrize("direction", ["desc", "asc"])
@pytest.mark.parametrize("page_size", [1, 7, 50, 100])
@pytest.mark.parametrize("filters", QUERIES, ids=[str(sorted(q)) for q in QUERIES])
def test_pages_add_up_to_the_full_sorted_listing(
    store: EmulatorState, sort_by: str, direction: str, page_size: int, filters: dict[str, Any]
) -> None:
    q = ListQuery(sort_by=sort_by, sort_direction=direction, page_size=page_size, **filters)
    expected = reference(store, ListQuery(sort_by=sort_by, sort_direction=direction, **filters))
    assert page_through(store, q) == expected


def test_the_store_has_ties_and_reordered_updates(store: EmulatorState) -> None:
    """Guards the fixture itself: the cases above must include what an index can get wrong."""
    created = [a.created_at for a in store.assets.values()]
    assert len(set(created)) < len(created)
    by_created = reference(store, ListQuery(sort_by="createdAt"))
    by_updated = reference(store, ListQuery(sort_by="updatedAt"))
    assert by_created != by_updated
    assert len(store.assets) == 210


def test_an_update_between_pages_moves_the_asset_in_the_updated_order() -> None:
    state = EmulatorState(clock=Clock(START, frozen=True))
    ids = []
    for _ in range(5):
        ids.append(state.add_asset().id)
        state.clock.advance(1)
    q = ListQuery(sort_by="updatedAt", sort_direction="desc", page_size=2)
    first, token = state.list_assets(q)
    assert [a.id for a in first] == [ids[4], ids[3]]
    state.update_tags(ids[0], add=["moved"], delete=[], strict=False)  # now the newest
    q.token = token
    rest = page_through(state, q)
    assert rest == [ids[2], ids[1]]  # the moved asset is ahead of the cursor, not repeated
    assert [a.id for a in state.list_assets(ListQuery(sort_by="updatedAt", page_size=1))[0]] == [
        ids[0]
    ]
    state.delete([ids[2]])
    assert page_through(state, ListQuery(sort_by="createdAt", page_size=2)) == [
        ids[4],
        ids[3],
        ids[1],
        ids[0],
    ]
    state.reset()
    assert state.list_assets(ListQuery()) == ([], None)


def test_a_token_for_another_order_is_refused(store: EmulatorState) -> None:
    _, token = store.list_assets(ListQuery(sort_by="createdAt", page_size=3))
    assert token is not None
    with pytest.raises(ApiError) as caught:
        store.list_assets(ListQuery(sort_by="updatedAt", page_size=3, token=token))
    assert caught.value.status == 400
    with pytest.raises(ApiError):
        store.list_assets(ListQuery(page_size=3, token=token[:-2] + "xx"))


@pytest.mark.parametrize("stored", [100, 3000])
def test_an_unfiltered_page_looks_at_a_page_of_assets_whatever_the_store_size(
    stored: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    state = EmulatorState(clock=Clock(START, frozen=True))
    for _ in range(stored):
        state.add_asset(content=b"x", kind="json", mime_type="application/json")
        state.clock.advance(0.001)
    looked_at = 0
    matches = EmulatorState._matches

    def counting(a: StoredAsset, q: ListQuery) -> bool:
        nonlocal looked_at
        looked_at += 1
        return matches(a, q)

    monkeypatch.setattr(EmulatorState, "_matches", staticmethod(counting))
    q = ListQuery(page_size=50)
    for _ in range(2):  # the first page and one reached through its token
        looked_at = 0
        page, q.token = state.list_assets(q)
        assert len(page) == 50
        assert looked_at <= 51  # the page and one more, to know whether a next page exists
