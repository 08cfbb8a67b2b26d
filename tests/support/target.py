"""Where cassette tests send requests: a replay stub, a fresh emulator, or the real API.

* replay (record mode ``none``, the default): nothing listens; vcrpy answers from cassettes.
  Credentials are fixed fakes and emulator controls (faults, clock, jobs) are no-ops, since
  their effect is already in the recording.
* emulator (recording, no credentials in the environment): a fresh in-process emulator per
  test on 127.0.0.1; controls act on it directly (not over HTTP, so they are not recorded).
* real (recording with ``SCENARIO_SDK_API_KEY``/``SCENARIO_SDK_API_SECRET`` set): the API at
  ``SCENARIO_BASE_URL`` (default production). Tests that need emulator controls are marked
  ``emulator_only`` and are not recorded against it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

REPLAY_BASE_URL = "http://127.0.0.1:9/v1"
REPLAY_KEY = "replay-key"
REPLAY_SECRET = "replay-secret"


class Target:
    """The server a cassette test talks to, and the controls it may use."""

    def __init__(self, mode: str, base_url: str, api_key: str, api_secret: str, server: Any = None):
        self.mode = mode
        self.base_url = base_url
        self.api_key = api_key
        self.api_secret = api_secret
        self.server = server

    @property
    def recording(self) -> bool:
        return self.mode != "replay"

    def _emulator(self) -> Any:
        if self.mode == "real":
            pytest.fail("this test uses emulator controls: mark it emulator_only")
        return self.server

    def fault(self, method: str, path: str, **kwargs: Any) -> None:
        """Inject a fault (emulator only; already in the cassette when replaying)."""
        server = self._emulator()
        if server is not None:
            server.faults.add(method, path, **kwargs)

    def advance_clock(self, seconds: float) -> None:
        server = self._emulator()
        if server is not None:
            server.clock.advance(seconds)

    def fail_next_jobs(self, count: int = 1, status: str = "failure") -> None:
        server = self._emulator()
        if server is not None:
            server.state.fail_next_jobs(count, status)

    def set_job_steps(self, *steps: str) -> None:
        server = self._emulator()
        if server is not None:
            server.state.job_steps = tuple(steps)

    def set_url_ttl(self, seconds: float) -> None:
        server = self._emulator()
        if server is not None:
            server.state.url_ttl = seconds


@contextmanager
def open_target(record_mode: str) -> Iterator[Target]:
    if record_mode == "none":
        yield Target("replay", REPLAY_BASE_URL, REPLAY_KEY, REPLAY_SECRET)
        return
    key = os.environ.get("SCENARIO_SDK_API_KEY")
    secret = os.environ.get("SCENARIO_SDK_API_SECRET")
    if key and secret:
        base = os.environ.get("SCENARIO_BASE_URL", "https://api.cloud.scenario.com/v1")
        yield Target("real", base, key, secret)
        return
    from scenario_assets.emulator import EmulatorServer

    with EmulatorServer() as server:
        yield Target("emulator", server.base_url, server.api_key, server.api_secret, server)
