"""Rough edges a new user meets: a base URL's user info is never echoed, a body of the wrong
top-level JSON shape is named as such, and the private httpx/httpcore attributes that
``_sent.py`` relies on are where it expects them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpcore
import httpx
import pytest

import scenario_assets as sa
from scenario_assets._async._sent import _AsyncBackend
from scenario_assets._async._sent import watch as async_watch
from scenario_assets._sync._sent import _Backend, watch
from tests.support.mock import Recorder, ok

BASE = "https://api.test/v1"


@pytest.mark.parametrize(
    "url",
    [
        "user:hunter2@api.test/v1",
        "alice:hunter2@api.test:8443/v1",
        "http://alice:hunter2@api.test/v1",
        "https://alice:hunter2@api.test/v1",
        "ftp://alice:hunter2@api.test/v1",
    ],
)
def test_a_base_url_with_user_info_is_refused_without_echoing_it(url: str) -> None:
    with pytest.raises(sa.ConfigurationError) as info:
        sa.Client("k", "s", base_url=url)
    message = str(info.value)
    assert (
        "hunter2" not in message
        and "alice" not in message
        and "user" not in message.split("base_url", 1)[1].replace("must", "")
    )
    assert "base_url" in message


@pytest.mark.parametrize(
    ("body", "kind"),
    [([1, 2], "array"), ("text", "string"), (3, "number"), (True, "boolean")],
)
def test_a_body_of_the_wrong_top_level_shape_is_named_as_such(body: object, kind: str) -> None:
    rec = Recorder(ok(body))
    client = sa.Client("k", "s", base_url=BASE, transport=rec.transport(), max_retries=0)
    with client, pytest.raises(sa.ResponseValidationError) as info:
        client.assets.retrieve("asset_1")
    assert str(info.value) == (
        f"GET /v1/assets/asset_1: expected a JSON object at the top level of the body, got {kind}"
    )
    assert info.value.field_path == ""


@pytest.mark.parametrize(
    ("transport", "wrapper", "watches"),
    [
        (httpx.HTTPTransport, _Backend, watch),
        (httpx.AsyncHTTPTransport, _AsyncBackend, async_watch),
    ],
)
def test_the_private_attributes_sent_relies_on_have_not_moved(
    transport: type[httpx.HTTPTransport] | type[httpx.AsyncHTTPTransport],
    wrapper: type,
    watches: Callable[[Any], None],
) -> None:
    """_sent.py's watch reads ``transport._pool`` (httpx) and ``pool._network_backend`` (httpcore) and
    does nothing when they are missing: this test notices if either library moves them."""
    made = transport()
    pool = getattr(made, "_pool", None)
    assert isinstance(pool, httpcore.ConnectionPool | httpcore.AsyncConnectionPool)
    assert isinstance(
        getattr(pool, "_network_backend", None),
        httpcore.NetworkBackend | httpcore.AsyncNetworkBackend,
    )
    watches(made)
    assert isinstance(pool._network_backend, wrapper)
    watches(made)  # once only: a watched backend is not wrapped again
    assert isinstance(pool._network_backend, wrapper)
    assert not isinstance(pool._network_backend.inner, wrapper)  # type: ignore[union-attr]
    # and the retry layer's default transport is watched the same way
    retrying = (sa.RetryTransport if transport is httpx.HTTPTransport else sa.AsyncRetryTransport)()
    assert isinstance(retrying.transport._pool._network_backend, wrapper)  # type: ignore[union-attr]
