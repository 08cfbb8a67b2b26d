"""The list filters a sync accepts, derived from the spec's ``listAssets`` operation.

Kept apart from :mod:`scenario_assets._mirror_plan` so that the command line can build its
``sync`` options from them without loading the client stack (``--help`` stays fast).
"""

from __future__ import annotations

from scenario_assets_api._operations import OPERATIONS, Param

__all__ = ["DRIVEN", "FILTERS", "LIST"]

LIST = OPERATIONS["listAssets"]
_PAGING = LIST.pagination
#: Parameters of the listing that the sync drives itself: it lists every page, by updatedAt,
#: oldest first, after its own high-water mark.
DRIVEN = {"page_size", "sort_by", "sort_direction", "updated_after"} | (
    {_PAGING.request} if _PAGING is not None else set()
)


def _sort_conflict(param: Param) -> bool:
    """A parameter the spec's rules tie to another sort order than updatedAt."""
    return any(
        rule.kind == "requires"
        and param.python in rule.params
        and any(other == "sort_by" and value != "updatedAt" for other, value in rule.equals)
        for rule in LIST.rules
    )


FILTERS: tuple[Param, ...] = tuple(
    p
    for p in LIST.params
    if p.location == "query" and p.python not in DRIVEN and not _sort_conflict(p)
)
"""The list filters a sync accepts: from the spec, so a filter it gains is accepted too."""
