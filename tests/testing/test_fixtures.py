"""The plugin's fixtures, used as a user would: a fresh emulator per test, its controls."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scenario_assets import AsyncClient, Client, RateLimitError
from scenario_assets.testing import EPOCH, Target, make_png


def test_a_test_without_a_cassette_gets_a_fresh_emulator(
    scenario_emulator: Target, scenario_client: Client
) -> None:
    assert scenario_emulator.mode == "emulator" and scenario_emulator.server is not None
    assert scenario_emulator.base_url == scenario_emulator.server.base_url
    assert str(scenario_client.base_url) == scenario_emulator.base_url
    assert scenario_client.assets.list().assets == []  # nothing left by other tests
    scenario_client.assets.upload("a.png", image=make_png(2, 2))
    assert len(scenario_client.assets.list().assets) == 1


def test_and_another_one_gets_another_emulator(scenario_client: Client) -> None:
    assert scenario_client.assets.list().assets == []


@pytest.mark.scenario_emulator(seed=True, url_ttl=60)
def test_emulator_options_come_from_the_marker(
    scenario_emulator: Target, scenario_client: Client
) -> None:
    assert scenario_client.assets.list().assets  # seeded
    assert scenario_emulator.server is not None
    assert scenario_emulator.server.state.url_ttl == 60


def test_the_clock_is_frozen_and_shared_with_the_client(
    scenario_emulator: Target, scenario_client: Client
) -> None:
    assert scenario_emulator.now() == EPOCH
    scenario_emulator.advance_clock(90)
    assert scenario_emulator.now() == EPOCH + timedelta(seconds=90)
    canvas = scenario_client.assets.upload("c.json", canvas={"layers": []}).asset
    lock = scenario_client.assets.lock(canvas.id, ttl=timedelta(minutes=5))
    # The client computed the expiry from the emulator's clock, not from the wall clock.
    assert lock.asset.metadata.lock_expires_at == "2026-01-01T00:06:30.000Z"


def test_faults_and_retries_never_wait(scenario_emulator: Target, scenario_client: Client) -> None:
    scenario_emulator.fault("GET", "/v1/assets", status=429, retry_after=30, times=1)
    assert scenario_client.assets.list().assets == []  # retried at once, despite Retry-After
    scenario_emulator.fault("GET", "/v1/assets", status=429, retry_after=30, times=5)
    with pytest.raises(RateLimitError):
        scenario_client.assets.list()


def test_job_controls(scenario_emulator: Target, scenario_client: Client) -> None:
    scenario_emulator.set_job_steps("queued", "success")
    scenario_emulator.fail_next_jobs(1, "canceled")
    assert scenario_emulator.server is not None
    assert scenario_emulator.server.state.job_steps == ("queued", "success")
    scenario_emulator.set_url_ttl(5)
    assert scenario_emulator.server.state.url_ttl == 5


@pytest.mark.anyio
async def test_the_async_client(
    scenario_emulator: Target, scenario_async_client: AsyncClient
) -> None:
    scenario_emulator.fault("GET", "/v1/assets", status=503, times=1)
    up = await scenario_async_client.assets.upload("a.png", image=make_png(3, 3))
    page = await scenario_async_client.assets.list()  # retried without waiting
    assert [a.id for a in page.assets] == [up.asset.id]
    # Not closed here: the fixture closes it after the test.


@pytest.mark.anyio
async def test_the_async_client_may_be_closed_by_the_test(
    scenario_async_client: AsyncClient,
) -> None:
    async with scenario_async_client as client:
        assert (await client.assets.list()).assets == []
    assert scenario_async_client.http.is_closed


def test_the_vcr_config_fixture(scenario_vcr_config: dict[str, object]) -> None:
    assert scenario_vcr_config["match_on"] == ["method", "path", "query", "json_body"]
    assert "record_mode" not in scenario_vcr_config  # the command line decides
