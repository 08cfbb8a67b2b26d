"""One vocabulary: every exception ends in ``Error``, deadline errors are ``TimeoutError``s,
``field_path`` names a JSON path, one pager name, one name per kind of progress callback. The
old names keep working and warn once each."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

import scenario_assets as sa
from scenario_assets import _deprecated, errors, uploads
from scenario_assets.testing import make_png
from tests.support.mock import Recorder, asset_body, ok

PNG = make_png(8, 8)


@pytest.fixture(autouse=True)
def _fresh_warnings() -> Iterator[None]:
    _deprecated._warned.clear()
    yield
    _deprecated._warned.clear()


def test_every_exported_exception_ends_in_error() -> None:
    for name in sa.__all__:
        member = getattr(sa, name)
        if isinstance(member, type) and issubclass(member, BaseException):
            assert name.endswith("Error"), name


def test_deadline_errors_are_timeout_errors() -> None:
    assert issubclass(sa.PollTimeoutError, TimeoutError)
    assert issubclass(sa.PollTimeoutError, sa.DownloadError)
    assert issubclass(sa.LockRenewTimeoutError, TimeoutError)
    assert issubclass(sa.LockRenewTimeoutError, sa.ScenarioError)


@pytest.mark.parametrize(
    ("module", "old", "new"),
    [
        (sa, "DownloadJobFailed", "DownloadJobFailedError"),
        (sa, "PollTimeout", "PollTimeoutError"),
        (sa, "LockRenewTimeout", "LockRenewTimeoutError"),
        (errors, "DownloadJobFailed", "DownloadJobFailedError"),
        (errors, "PollTimeout", "PollTimeoutError"),
        (errors, "LockRenewTimeout", "LockRenewTimeoutError"),
        (sa, "Paginator", "Pager"),
        (sa, "AsyncPaginator", "AsyncPager"),
        (uploads, "ProgressCallback", "ItemCallback"),
    ],
)
def test_an_old_name_still_works_and_warns_once(module: object, old: str, new: str) -> None:
    with pytest.warns(DeprecationWarning, match=f"{old} is deprecated; use {new}"):
        value = getattr(module, old)
    assert value is getattr(module, new)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert getattr(module, old) is value  # once only
    assert old not in getattr(module, "__all__", [])


def test_an_unknown_name_is_still_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchError"):
        _ = sa.NoSuchError


def test_a_response_validation_error_names_the_field_path_and_path_still_works() -> None:
    err = sa.ResponseValidationError(
        "GET /v1/x: bad", field_path="asset.id", body=b"{}", status_code=200, method="GET",
        url_path="/v1/x",
    )  # fmt: skip
    assert err.field_path == "asset.id"
    with pytest.warns(DeprecationWarning, match="use ResponseValidationError.field_path"):
        assert err.path == "asset.id"
    old = sa.ResponseValidationError(
        "m", path="a.b", body=b"", status_code=200, method="GET", url_path="/"
    )
    assert old.field_path == "a.b"


def test_upload_many_reports_items_through_on_item_and_on_progress_still_works() -> None:
    rec = Recorder(*[ok({"asset": asset_body(f"asset_{i}")}) for i in range(2)])
    seen: list[tuple[int, int]] = []
    with sa.Client("k", "s", base_url="https://api.test/v1", transport=rec.transport()) as c:
        c.assets.upload_many([PNG], on_item=lambda done, total, _: seen.append((done, total)))
        with pytest.warns(DeprecationWarning, match=r"use upload_many\(on_item=...\)"):
            c.assets.upload_many(
                [PNG], on_progress=lambda done, total, _: seen.append((done, total))
            )
    assert seen == [(1, 1), (1, 1)]


def test_a_lock_session_takes_sleep_and_wait_is_its_deprecated_name() -> None:
    from datetime import UTC, datetime

    rec = Recorder()
    with sa.Client("k", "s", base_url="https://api.test/v1", transport=rec.transport()) as c:
        with pytest.warns(DeprecationWarning, match=r"use LockSession\(sleep=...\)") as seen:
            sa.LockSession(c.assets, "asset_1", now=lambda: datetime.now(UTC), wait=lambda s: True)
        # the warning points at the code that created the session, not at the library
        assert [w.filename for w in seen] == [__file__]
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            sa.LockSession(c.assets, "asset_1", now=lambda: datetime.now(UTC), sleep=print)
    assert rec.requests == []
