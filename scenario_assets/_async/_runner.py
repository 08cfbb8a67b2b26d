"""The runner behind the generated operation classes.

See :mod:`scenario_assets._runner` for the checks (:func:`~scenario_assets._runner.prepare`);
this class sends the checked :class:`~scenario_assets._call.Call` through the invoker.
"""

from __future__ import annotations

from typing import Any

from scenario_assets_api._operations import Operation
from scenario_assets_api.operations import CallOptions, RawResponse
from scenario_assets_api.types import UNSET

from .._runner import page_reader, prepare, result
from ..pagination import AsyncPager, Page
from ._invoker import AsyncInvoker


class AsyncRunner:
    """Runs the operation classes' calls (``scenario_assets_api.operations.Runner``)."""

    def __init__(self, invoker: AsyncInvoker) -> None:
        self._invoker = invoker

    async def call(self, op: Operation, args: dict[str, Any], options: CallOptions) -> Any:
        """Check, send, and return the parsed (or ``x-unwrap``-ped) model."""
        return result(op, await self._invoker.run(prepare(op, args, options)))

    async def call_raw(
        self, op: Operation, args: dict[str, Any], options: CallOptions
    ) -> RawResponse[Any]:
        """Check, send, and return the whole parsed body with the HTTP response."""
        parsed, response = await self._invoker.run_raw(prepare(op, args, options))
        return RawResponse(parsed, response)

    def paginate(
        self, op: Operation, args: dict[str, Any], options: CallOptions, limit: int | None
    ) -> AsyncPager[Any]:
        """A pager over every page (checked now, fetched as iterated)."""
        request, page = page_reader(op)
        first = prepare(op, args, options)
        start = first.kwargs.get(request)

        async def fetch(token: str | None) -> Page[Any]:
            return page(await self._invoker.run(first.replace(**{request: token or UNSET})))

        return AsyncPager(fetch, limit=limit, start_token=start if isinstance(start, str) else None)
