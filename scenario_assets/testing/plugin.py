"""The pytest plugin of scenario-assets (entry point ``pytest11``: ``scenario_assets``).

Loaded by pytest whenever scenario-assets is installed, and inert until a test asks for one of
its fixtures or markers: importing it loads nothing but pytest (no client, no httpx, no emulator,
no vcrpy), so a pytest start that does not use it pays next to nothing; each fixture and hook
imports what it needs when it runs.

Fixtures:

* ``scenario_emulator``: the :class:`~scenario_assets.testing.Target` of the test — a fresh
  in-process emulator on 127.0.0.1 (``.server`` is the ``EmulatorServer``; ``.fault()``,
  ``.advance_clock()``, ``.fail_next_jobs()``, ``.set_job_steps()``, ``.set_url_ttl()``), or,
  for a cassette test, the cassette replay (record mode ``none``) or the real API (recording
  with ``SCENARIO_SDK_API_KEY``/``SCENARIO_SDK_API_SECRET`` set).
* ``scenario_client`` / ``scenario_async_client``: a ``Client`` / ``AsyncClient`` on that
  target whose retries never wait (except against the real API).
* ``scenario_vcr_config``: the vcrpy configuration of :mod:`scenario_assets.testing.cassettes`
  (return it from your own ``vcr_config`` fixture to use it for every cassette).

Markers:

* ``@pytest.mark.scenario_vcr``: record/replay the test's traffic in a cassette with that
  configuration (it adds ``pytest.mark.vcr``, so pytest-recording's options apply: replay by
  default, ``--record-mode=once`` / ``rewrite`` to record, ``--block-network``). Keyword
  arguments are vcrpy options that override the kit's. A replay must play back every
  interaction the cassette holds: one left over (the code stopped sending a request it used to
  send) fails the test at teardown, listing what was not sent; ``allow_unplayed=True`` on the
  marker turns that check off for one test.
* ``@pytest.mark.scenario_emulator(seed=True, job_steps=(...), ...)``: options of the test's
  emulator (``EmulatorServer`` / ``EmulatorConfig`` fields).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .._client import AsyncClient, Client
    from ._target import Target


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers (so ``--strict-markers`` accepts them)."""
    config.addinivalue_line(
        "markers",
        "scenario_vcr(**vcr_options): record/replay this test's Scenario API traffic in a "
        "scrubbed, host-independent cassette (implies pytest.mark.vcr)",
    )
    config.addinivalue_line(
        "markers",
        "scenario_emulator(**fields): options of the test's emulator (seed, job_steps, ...)",
    )


@pytest.hookimpl(optionalhook=True)
def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """pytest-recording hook: register the JSON-aware body matcher the configuration names."""
    from . import cassettes

    vcr.register_matcher(cassettes.BODY_MATCHER, cassettes.body_matcher)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Turn ``scenario_vcr`` into pytest-recording's ``vcr`` marker with the kit's options.

    Runs first, so that ``-m vcr`` selects these tests too.
    """
    marked = [(item, item.get_closest_marker("scenario_vcr")) for item in items]
    if any(marker is not None for _, marker in marked) and not config.pluginmanager.hasplugin(
        "recording"
    ):
        raise pytest.UsageError(
            "@pytest.mark.scenario_vcr needs pytest-recording: pip install pytest-recording"
        )
    for item, marker in marked:
        if marker is not None:
            from . import cassettes

            options = {**cassettes.vcr_config(), **marker.kwargs}
            options.pop(ALLOW_UNPLAYED, None)
            item.add_marker(pytest.mark.vcr(*marker.args, **options))


ALLOW_UNPLAYED = "allow_unplayed"


@pytest.fixture(autouse=True)
def _scenario_cassette_played_to_the_end(request: pytest.FixtureRequest) -> Iterator[None]:
    """After a ``scenario_vcr`` test, fail if its cassette holds interactions never replayed."""
    marker = request.node.get_closest_marker("scenario_vcr")
    if marker is None or marker.kwargs.get(ALLOW_UNPLAYED):
        yield
        return
    from . import cassettes

    cassette = request.getfixturevalue("vcr")  # pytest-recording's: torn down after this one
    yield
    left = cassettes.unplayed(cassette) if cassette is not None else []
    if left:
        pytest.fail(
            f"{len(left)} of {len(cassette.data)} recorded interactions were not played back "
            f"(the code no longer sends them): {'; '.join(left)}",
            pytrace=False,
        )


def _record_mode(config: pytest.Config) -> str:
    return str(config.getoption("--record-mode", default="none") or "none")


@pytest.fixture(scope="session")
def scenario_vcr_config() -> dict[str, Any]:
    """The kit's vcrpy configuration (scrubbing, stable hosts, JSON-aware matching)."""
    from . import cassettes

    return cassettes.vcr_config()


@pytest.fixture
def scenario_emulator(request: pytest.FixtureRequest) -> Iterator[Target]:
    """The test's target: a fresh emulator, the cassette replay, or the real API."""
    from ._target import open_target

    marker = request.node.get_closest_marker("scenario_emulator")
    fields = dict(marker.kwargs) if marker is not None else {}
    cassette = request.node.get_closest_marker("vcr") is not None
    with open_target(_record_mode(request.config), cassette=cassette, **fields) as target:
        yield target


@pytest.fixture
def scenario_client(scenario_emulator: Target) -> Iterator[Client]:
    """A ``Client`` on the test's target (closed afterwards)."""
    with scenario_emulator.client() as client:
        yield client


@pytest.fixture
def scenario_async_client(scenario_emulator: Target) -> Iterator[AsyncClient]:
    """An ``AsyncClient`` on the test's target (closed afterwards unless the test did)."""
    client = scenario_emulator.async_client()
    yield client
    if not client.http.is_closed:
        # The test's event loop is gone; close the pool on a fresh one.
        import asyncio

        with contextlib.suppress(RuntimeError, OSError):
            asyncio.run(client.aclose())
