"""The one way from this client to the API: :class:`AsyncInvoker` runs every :class:`Call`.

Generated operations (through the runner), the workflow helpers and ``client.request`` all
build a :class:`~scenario_assets._call.Call` and hand it to :meth:`AsyncInvoker.run` (or
:meth:`~AsyncInvoker.run_raw`). A run:

1. adds the client-wide options the call's operation declares and the call does not set
   (:func:`~scenario_assets._forward.with_client_options`), then checks the call
   (:func:`~scenario_assets._call.begin`: timeout, public token, body rules);
2. runs the generated ``asyncio_detailed`` endpoint function against a shim of the httpx
   client, whose ``request`` applies the call's options
   (:meth:`~scenario_assets._call.SendOptions.request_kwargs`: timeout, retry safety, deadline,
   extras, the streamed upload body) and records the response; for an undescribed request the
   shim is called directly;
3. maps the outcome (:func:`~scenario_assets._call.unwrap`, :func:`~scenario_assets._call.translate`):
   the parsed model, or an exception of :mod:`scenario_assets.errors`.

Generated ``sync()``/``asyncio()`` functions are not used: they return None on undocumented
statuses. Storage transfers (signed URLs on another host, without the API's credentials) take
their own path, :mod:`scenario_assets._async._storage`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

import httpx

from .._call import TRANSLATED, Call, SendOptions, Timeout, begin, translate, unwrap
from .._forward import with_client_options


class _AsyncShim:
    """Quacks like the generated client for one call; forwards to the shared httpx client."""

    raise_on_unexpected_status = False

    def __init__(self, http: httpx.AsyncClient, options: SendOptions) -> None:
        self._http = http
        self._options = options

    def get_async_httpx_client(self) -> _AsyncShim:
        return self

    async def request(self, **kwargs: Any) -> httpx.Response:
        response = await self._http.request(**self._options.request_kwargs(kwargs, is_async=True))
        self._options.last_response = response
        return response


class AsyncInvoker:
    """Runs every API request of a client (see the module docstring).

    Args:
        http: the httpx client.
        public_only: the client holds only the public token: operations the spec does not
            open to it are refused before sending.
        timeout, max_retries: defaults set by ``client.with_options()``; a call's own win.
        options: client-wide options (``x-client-option``; checked), sent by every operation
            that declares them unless the call gives its own value.
    """

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        public_only: bool = False,
        timeout: Timeout = None,
        max_retries: int | None = None,
        options: Mapping[str, Any] | None = None,
    ) -> None:
        self.http = http
        self.public_only = public_only
        self.timeout = timeout
        self.max_retries = max_retries
        self.options: Mapping[str, Any] = dict(options or {})

    async def run(self, call: Call, timeout: Timeout = None) -> Any:
        """Run ``call``; its parsed model (the response for an undescribed request).

        Raises:
            APIStatusError: (a subclass per status) for an error response.
            ResponseValidationError: for a success body that does not match the spec.
            APIConnectionError, APITimeoutError: when no response arrived.
        """
        return (await self.run_raw(call, timeout))[0]

    async def run_raw(self, call: Call, timeout: Timeout = None) -> tuple[Any, httpx.Response]:
        """Run ``call``; its parsed model and the HTTP response."""
        call = with_client_options(call, self.options)
        options = begin(
            call,
            timeout,
            public_only=self.public_only,
            default_timeout=self.timeout,
            max_retries=self.max_retries,
        )
        shim = _AsyncShim(self.http, options)
        try:
            if call.endpoint is None:
                last = await shim.request(**call.kwargs)
                return unwrap(call, None, last), last
            response = await call.endpoint.asyncio_detailed(client=cast(Any, shim), **call.kwargs)
        except TRANSLATED as exc:
            raise translate(exc, options) from exc
        assert options.last_response is not None  # the shim records every response
        return unwrap(call, response, options.last_response), options.last_response
