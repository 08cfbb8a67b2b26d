"""Shared pytest configuration: async backend and the record/replay harness.

Everything about cassettes (scrubbing, matching, the secret scan) is in
``tests/support/cassettes.py``; where requests go is in ``tests/support/target.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.support import cassettes
from tests.support.target import Target, open_target


def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    vcr.register_matcher("json_body", cassettes.body_matcher)


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return cassettes.vcr_config()


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (``@pytest.mark.anyio``) run on asyncio."""
    return "asyncio"


@pytest.fixture
def target(request: pytest.FixtureRequest) -> Iterator[Target]:
    """The server for a cassette test (see tests/support/target.py)."""
    mode = str(request.config.getoption("--record-mode") or "none")
    with open_target(mode) as tgt:
        yield tgt
