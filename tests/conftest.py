"""Shared pytest configuration: async backend and the record/replay target.

The record/replay harness is the shipped testing kit (``scenario_assets.testing``): its pytest
plugin provides the ``scenario_vcr`` marker (scrubbed, host-independent cassettes) and the
``scenario_emulator`` fixture, which this suite calls ``target``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scenario_assets.testing import Target


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--cassette-root",
        default=None,
        help="write/read cassettes under this directory (same layout); used by tools/record.py",
    )


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    """``<module dir>/cassettes/<module>``, under ``--cassette-root`` when given."""
    module = Path(str(request.node.fspath))
    folder = module.parent / "cassettes" / module.stem
    root = request.config.getoption("--cassette-root")
    if root:
        folder = Path(root) / folder.relative_to(request.config.rootpath)
    return str(folder)


@pytest.fixture
def anyio_backend() -> str:
    """Async tests (``@pytest.mark.anyio``) run on asyncio."""
    return "asyncio"


@pytest.fixture
def target(scenario_emulator: Target) -> Target:
    """The server for a cassette test: the plugin's ``scenario_emulator``."""
    return scenario_emulator
