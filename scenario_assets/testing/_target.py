"""Where a test sends its requests: a live emulator, a cassette replay, or the real API.

* ``emulator``: a fresh in-process emulator on 127.0.0.1 (a free port). Tests that do not use a
  cassette always get one; so do cassette tests while recording without credentials. Its
  clock is frozen at :data:`EPOCH` (move it with :meth:`Target.advance_clock`) and its ids
  are deterministic, so two recordings of the same test are byte-identical.
* ``replay`` (a cassette test with record mode ``none``, the default): nothing listens; vcrpy
  answers from the cassette. Credentials are fixed fakes; the emulator controls only move the
  target's own clock, since their effect is already in the recording.
* ``real`` (a cassette test while recording with ``SCENARIO_SDK_API_KEY`` and
  ``SCENARIO_SDK_API_SECRET`` set): the API at ``SCENARIO_BASE_URL`` (default production).
  Emulator controls raise :class:`EmulatorControlError` there.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Literal

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from .._client import AsyncClient, Client
    from ..emulator import EmulatorServer

__all__ = [
    "EPOCH",
    "REPLAY_BASE_URL",
    "REPLAY_KEY",
    "REPLAY_SECRET",
    "EmulatorControlError",
    "Target",
    "open_target",
    "target_mode",
]

Mode = Literal["emulator", "replay", "real"]

#: The instant at which emulators started by the testing kit freeze their clock.
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)
REPLAY_BASE_URL = "http://127.0.0.1:9/v1"
REPLAY_KEY = "replay-key"
REPLAY_SECRET = "replay-secret"
DEFAULT_REAL_BASE_URL = "https://api.cloud.scenario.com/v1"


class EmulatorControlError(ConfigurationError):
    """An emulator control (fault, clock, jobs) was used against the real API."""


class _ReplayClock:
    """The clock of a replayed test: starts at :data:`EPOCH`, moves only when told."""

    def __init__(self) -> None:
        self._now = EPOCH
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> datetime:
        with self._lock:
            self._now += timedelta(seconds=seconds)
            return self._now


def _no_sleep(seconds: float) -> None:
    """Retries in tests never wait: the emulator's and the cassette's time is not real."""


class Target:
    """The server a test talks to, its credentials, and the emulator controls.

    Args:
        mode: ``"emulator"``, ``"replay"`` or ``"real"``.
        base_url: the API's base URL (ends in ``/v1``).
        api_key: the Basic-auth key to use.
        api_secret: the Basic-auth secret to use.
        server: the running emulator in ``emulator`` mode, else ``None``.

    Example:
        >>> with open_target(cassette=False) as target, target.client() as client:
        ...     target.fault("GET", "/v1/assets", status=503, times=1)
        ...     client.assets.list()  # retried once, then answered
    """

    def __init__(
        self,
        mode: Mode,
        base_url: str,
        api_key: str,
        api_secret: str,
        server: EmulatorServer | None = None,
    ) -> None:
        self.mode: Mode = mode
        self.base_url = base_url
        self.api_key = api_key
        self.api_secret = api_secret
        self.server = server
        self._replay_clock = _ReplayClock()

    def __repr__(self) -> str:
        return f"Target(mode={self.mode!r}, base_url={self.base_url!r})"

    @property
    def recording(self) -> bool:
        """False while replaying a cassette."""
        return self.mode != "replay"

    @property
    def auth(self) -> tuple[str, str]:
        """(key, secret), usable as ``httpx`` ``auth=``."""
        return (self.api_key, self.api_secret)

    def now(self) -> datetime:
        """The server's time: the emulator's clock, the replay clock, or the real time.

        Returns:
            An aware UTC datetime. Pass ``now=target.now`` to a client so that the lock
            expiries it computes agree with the emulator (and with the recording).
        """
        if self.server is not None:
            return self.server.clock.now()
        if self.mode == "replay":
            return self._replay_clock.now()
        return datetime.now(UTC)

    def client_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for :class:`~scenario_assets.Client` on this target.

        Returns:
            ``api_key``, ``api_secret``, ``base_url``, ``now`` and, except against the real
            API, a ``sleep`` that does not wait.
        """
        kwargs: dict[str, Any] = {
            "api_key": self.api_key,
            "api_secret": self.api_secret,
            "base_url": self.base_url,
            "now": self.now,
        }
        if self.mode != "real":
            kwargs["sleep"] = _no_sleep
        return kwargs

    def client(self, **overrides: Any) -> Client:
        """A :class:`~scenario_assets.Client` on this target (close it, or use ``with``).

        Args:
            **overrides: any ``Client`` argument, replacing :meth:`client_kwargs`.

        Returns:
            The client.
        """
        from .._client import Client

        return Client(**{**self.client_kwargs(), **overrides})

    def async_client(self, **overrides: Any) -> AsyncClient:
        """An :class:`~scenario_assets.AsyncClient` on this target (``async with`` it).

        Args:
            **overrides: any ``AsyncClient`` argument, replacing :meth:`client_kwargs`.

        Returns:
            The client.
        """
        from .._client import AsyncClient

        kwargs = {**self.client_kwargs(), **overrides}
        if kwargs.get("sleep") is _no_sleep:
            kwargs["sleep"] = _no_async_sleep
        return AsyncClient(**kwargs)

    # ------------------------------------------------------------------ controls
    def _emulator(self) -> EmulatorServer | None:
        if self.mode == "real":
            raise EmulatorControlError(
                "emulator controls (faults, clock, jobs) are not available against the real "
                "API; record this test against the emulator (unset SCENARIO_SDK_API_KEY)"
            )
        return self.server

    def fault(self, method: str, path: str, **kwargs: Any) -> None:
        """Inject a fault (see ``EmulatorServer.faults.add``); a no-op when replaying.

        Args:
            method: HTTP method, e.g. ``"GET"``.
            path: a glob on the request path, e.g. ``"/v1/assets/*"``.
            **kwargs: ``status``, ``retry_after``, ``delay``, ``truncate``, ``times``, ...

        Raises:
            EmulatorControlError: against the real API.
        """
        server = self._emulator()
        if server is not None:
            server.faults.add(method, path, **kwargs)

    def advance_clock(self, seconds: float) -> None:
        """Move the server's clock forward (back, if negative).

        Args:
            seconds: how far.

        Raises:
            EmulatorControlError: against the real API.
        """
        server = self._emulator()
        if server is not None:
            server.clock.advance(seconds)
        else:
            self._replay_clock.advance(seconds)

    def fail_next_jobs(self, count: int = 1, status: str = "failure") -> None:
        """Make the next batch-download jobs end in ``status`` (``failure`` or ``canceled``).

        Args:
            count: how many jobs.
            status: their final status.

        Raises:
            EmulatorControlError: against the real API.
        """
        server = self._emulator()
        if server is not None:
            server.state.fail_next_jobs(count, status)

    def set_job_steps(self, *steps: str) -> None:
        """The statuses a batch-download job goes through, one per status poll.

        Args:
            *steps: e.g. ``"queued", "success"``.

        Raises:
            EmulatorControlError: against the real API.
        """
        server = self._emulator()
        if server is not None:
            server.state.job_steps = tuple(steps)

    def set_url_ttl(self, seconds: int) -> None:
        """The lifetime of the signed storage URLs the emulator hands out.

        Args:
            seconds: the lifetime.

        Raises:
            EmulatorControlError: against the real API.
        """
        server = self._emulator()
        if server is not None:
            server.state.url_ttl = seconds

    def _server_for(self, what: str) -> EmulatorServer:
        server = self._emulator()
        if server is None:
            raise EmulatorControlError(
                f"{what} needs a live emulator (a test without a cassette, or recording)"
            )
        return server

    def seed_assets(
        self,
        count: int,
        *,
        content: bytes | None = None,
        asset_type: str = "uploaded",
        name: str = "asset-{index}.png",
        **fields: Any,
    ) -> list[str]:
        """Add ``count`` image assets to the emulator at once (fast enough for 100,000).

        Their ``updatedAt`` run one second apart and end just before the emulator's now,
        oldest first, like a library that grew over time.

        Args:
            count: how many.
            content: the file every one of them holds (default: a small PNG).
            asset_type: their ``metadata.type``.
            name: their name; ``{index}`` is replaced by the asset's number.
            **fields: other ``EmulatorState.add_asset`` fields (``collection_ids``, ``tags``
                ...).

        Returns:
            Their ids, oldest first.

        Raises:
            EmulatorControlError: not on a live emulator.
        """
        server = self._server_for("seed_assets")
        return server.state.add_many(
            count, content=content, asset_type=asset_type, name=name, **fields
        )

    def change_assets(self, asset_ids: list[str], *, content: bytes | None = None) -> None:
        """Edit assets as a user would: new content (optional) and a new ``updatedAt``.

        The emulator's clock first moves one second on, so that the change is later than
        anything seen before, even with a frozen clock.

        Args:
            asset_ids: the assets.
            content: their new file (default: a PNG that differs from the seeded one).

        Raises:
            EmulatorControlError: not on a live emulator.
        """
        from ._images import make_png

        server = self._server_for("change_assets")
        server.clock.advance(1)
        data = content if content is not None else make_png(8, 8, (200, 30, 30))
        for asset_id in asset_ids:
            server.state.change_asset(asset_id, data)


async def _no_async_sleep(seconds: float) -> None:
    """The async twin of :func:`_no_sleep`."""


def _credentials(environ: Mapping[str, str]) -> tuple[str, str] | None:
    key = environ.get("SCENARIO_SDK_API_KEY")
    secret = environ.get("SCENARIO_SDK_API_SECRET")
    return (key, secret) if key and secret else None


def target_mode(
    record_mode: str, *, cassette: bool = True, environ: Mapping[str, str] | None = None
) -> Mode:
    """Which target a test gets.

    Args:
        record_mode: pytest-recording's ``--record-mode`` (``none`` replays).
        cassette: whether the test uses a cassette (``@pytest.mark.vcr``).
        environ: where to look for credentials (default ``os.environ``).

    Returns:
        ``"emulator"`` without a cassette or when recording without credentials, ``"replay"``
        for a cassette with record mode ``none``, ``"real"`` when recording with credentials.
    """
    if not cassette:
        return "emulator"
    if record_mode == "none":
        return "replay"
    return "real" if _credentials(os.environ if environ is None else environ) else "emulator"


@contextmanager
def open_target(
    record_mode: str = "none",
    *,
    cassette: bool = True,
    environ: Mapping[str, str] | None = None,
    **emulator_fields: Any,
) -> Iterator[Target]:
    """Open the target for a test (see the module docstring), closing it afterwards.

    Args:
        record_mode: pytest-recording's ``--record-mode`` (``none`` replays).
        cassette: whether the test uses a cassette.
        environ: where to look for credentials and ``SCENARIO_BASE_URL``.
        **emulator_fields: ``EmulatorServer`` / ``EmulatorConfig`` arguments (``seed=True``,
            ``job_steps=...``, ``start_time=None`` for a clock that follows real time, ...).

    Yields:
        The target.
    """
    env = os.environ if environ is None else environ
    mode = target_mode(record_mode, cassette=cassette, environ=env)
    if mode == "replay":
        yield Target("replay", REPLAY_BASE_URL, REPLAY_KEY, REPLAY_SECRET)
        return
    if mode == "real":
        creds = _credentials(env)
        assert creds is not None
        yield Target("real", env.get("SCENARIO_BASE_URL", DEFAULT_REAL_BASE_URL), *creds)
        return
    from ..emulator import EmulatorServer

    fields = {"start_time": EPOCH, "log_level": "warning", **emulator_fields}
    with EmulatorServer(**fields) as server:
        yield Target("emulator", server.base_url, server.api_key, server.api_secret, server)
