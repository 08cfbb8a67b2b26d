"""Which target a test gets, and what its controls do in each mode."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import httpx
import pytest

from scenario_assets.testing import EPOCH, REPLAY_BASE_URL, EmulatorControlError, open_target
from scenario_assets.testing import target_mode as mode

CREDS = {"SCENARIO_SDK_API_KEY": "live-key", "SCENARIO_SDK_API_SECRET": "live-secret"}


@pytest.mark.parametrize(
    ("record_mode", "cassette", "environ", "expected"),
    [
        ("none", False, {}, "emulator"),
        ("none", False, CREDS, "emulator"),  # no cassette: never the real API
        ("none", True, {}, "replay"),
        ("none", True, CREDS, "replay"),
        ("once", True, {}, "emulator"),
        ("rewrite", True, CREDS, "real"),
        ("rewrite", True, {"SCENARIO_SDK_API_KEY": "only-a-key"}, "emulator"),
    ],
)
def test_target_mode(
    record_mode: str, cassette: bool, environ: dict[str, str], expected: str
) -> None:
    assert mode(record_mode, cassette=cassette, environ=environ) == expected


def test_real_target_uses_the_environment_and_refuses_controls() -> None:
    environ = {**CREDS, "SCENARIO_BASE_URL": "https://api.example.invalid/v1"}
    with open_target("rewrite", environ=environ) as target:
        assert (target.mode, target.base_url, target.auth) == (
            "real", "https://api.example.invalid/v1", ("live-key", "live-secret"),
        )  # fmt: skip
        assert "sleep" not in target.client_kwargs()  # real waits are real
        controls: list[Callable[[], None]] = [
            lambda: target.fault("GET", "/v1/assets", status=500),
            lambda: target.advance_clock(1),
            lambda: target.fail_next_jobs(),
            lambda: target.set_job_steps("success"),
            lambda: target.set_url_ttl(1),
        ]
        for control in controls:
            with pytest.raises(EmulatorControlError, match="not available against the real API"):
                control()
        assert "live-secret" not in repr(target)


def test_replay_target_has_fake_credentials_and_its_own_clock() -> None:
    with open_target("none") as target:
        assert (target.mode, target.base_url, target.recording) == (
            "replay",
            REPLAY_BASE_URL,
            False,
        )
        assert target.server is None
        target.fault("GET", "/v1/assets", status=500)  # already in the cassette: a no-op
        assert target.now() == EPOCH
        target.advance_clock(30)
        assert target.now() == EPOCH + timedelta(seconds=30)
        with target.client() as client:
            assert str(client.base_url) == REPLAY_BASE_URL


def test_emulator_target_options() -> None:
    with open_target("none", cassette=False, start_time=None, seed=True) as target:
        assert target.server is not None and target.recording
        assert target.now() != EPOCH  # start_time=None: the clock follows real time
        with target.client() as client:
            assert client.assets.list().assets
    with pytest.raises(httpx.ConnectError):  # stopped
        httpx.get(target.base_url + "/assets", timeout=2)


def test_bulk_seeding_and_changes_need_a_live_emulator() -> None:
    with open_target("none") as replay:
        with pytest.raises(EmulatorControlError, match="needs a live emulator"):
            replay.seed_assets(3)
        with pytest.raises(EmulatorControlError, match="needs a live emulator"):
            replay.change_assets(["asset_1"])
    with open_target(cassette=False) as target, target.client() as client:
        ids = target.seed_assets(150, asset_type="upscale", tags=["bulk"])
        listed = [a.id for a in client.assets.iter(sort_by="updatedAt", sort_direction="asc")]
        assert listed == ids  # oldest first, one second apart
        before = client.assets.retrieve(ids[0]).updated_at
        target.change_assets(ids[:1], content=b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
        after = client.assets.retrieve(ids[0])
        assert after.updated_at > before and after.properties.size == 28
