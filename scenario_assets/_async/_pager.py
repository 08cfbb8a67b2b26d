"""The pager of paginated listings (see :mod:`scenario_assets.pagination`)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Generic, TypeVar

from ..pagination import AsyncFetch, Page, _check_limit, _Cursor

T = TypeVar("T")


class AsyncPager(Generic[T]):
    """Iterate over every item of a paginated listing (``async for`` on the async pager).

    Args:
        fetch: returns the page for a token (None for the first page).
        limit: stop after this many items (None: all of them).
        start_token: resume from this token instead of the first page.

    Example:
        >>> for asset in client.assets.iter(types=["canvas"], limit=200):
        ...     print(asset.id)
    """

    def __init__(
        self, fetch: AsyncFetch[T], *, limit: int | None = None, start_token: str | None = None
    ) -> None:
        self._fetch = fetch
        self._limit = _check_limit(limit)
        self._start = start_token

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Iterate page by page (the last page is trimmed to ``limit``)."""
        cursor = _Cursor(self._limit, self._start)
        while not cursor.done:
            yield cursor.take(await self._fetch(cursor.token))

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[T]:
        """All items (up to ``limit``) in a list."""
        return [item async for item in self]
