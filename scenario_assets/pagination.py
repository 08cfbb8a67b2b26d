"""One generic pager over the API's ``paginationToken`` / ``nextPaginationToken`` protocol.

Both list endpoints (assets and canvas snapshots) page the same way: a request may carry a
``paginationToken``; the response carries the page's items and, while more remain, a
``nextPaginationToken``. A missing or empty token ends the listing. :class:`Pager` and
:class:`AsyncPager` turn any such endpoint into item iteration (``for`` / ``async for``) or page
iteration (``.pages()``), optionally stopping after ``limit`` items. Nothing is fetched until
iteration starts, and each iteration starts again from the first page.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import attrs

from .errors import ScenarioError, ValidationError

T = TypeVar("T")

__all__ = ["AsyncPager", "Page", "Pager"]


@attrs.frozen
class Page(Generic[T]):
    """One page: its items and the token of the next page (None on the last one)."""

    items: list[T]
    next_token: str | None


Fetch = Callable[[str | None], Page[T]]
AsyncFetch = Callable[[str | None], Awaitable[Page[T]]]


def _check_limit(limit: int | None) -> int | None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValidationError(f"limit must be a non-negative integer or None, got {limit!r}")
    return limit


class _Cursor:
    """Where a listing is: the next token, the items still wanted, the tokens already used."""

    def __init__(self, limit: int | None, start: str | None) -> None:
        self.remaining = limit
        self.token = start
        self.seen: set[str] = {start} if start else set()
        self.done = limit == 0

    def take(self, page: Page[T]) -> Page[T]:
        """Account for a fetched page; returns it, trimmed to the limit."""
        if self.remaining is not None:
            if len(page.items) >= self.remaining:
                self.done = True
                return Page(page.items[: self.remaining], page.next_token)
            self.remaining -= len(page.items)
        token = page.next_token or None
        if token is not None and token in self.seen:
            raise ScenarioError(
                "the API returned a pagination token twice; stopping to avoid a loop"
            )
        if token is not None:
            self.seen.add(token)
        self.token = token
        self.done = token is None
        return page


# The pagers are written once, async (scenario_assets/_async/_pager.py); the sync one is
# generated from it by tools/unasync.py. Imported last: they use the names above.
from ._async._pager import AsyncPager  # noqa: E402
from ._sync._pager import Pager  # noqa: E402
