"""Run the emulator with uvicorn on a socket bound by us (port 0 -> a free port)."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType
from typing import TYPE_CHECKING, Any

import uvicorn

from ._app import EmulatorConfig, EmulatorContext, create_app
from ._faults import FaultRegistry
from ._state import Clock, EmulatorState

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["EmulatorServer", "bind_socket"]


def bind_socket(host: str = "127.0.0.1", port: int = 0) -> socket.socket:
    """Bind and listen on (host, port); port 0 picks a free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto=IPPROTO_TCP lets asyncio enable TCP_NODELAY on accepted connections (it checks
    # the protocol); without it every response waits ~40 ms for a delayed ACK.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def base_url_for(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/v1"


class EmulatorServer:
    """The emulator served by uvicorn in a background thread on 127.0.0.1 (or ``host``).

    >>> with EmulatorServer(seed=True) as server:
    ...     httpx.get(server.base_url + "/assets", auth=server.auth)

    Keyword arguments other than ``config``/``host``/``port``/``log_level`` are
    :class:`EmulatorConfig` fields (``api_key``, ``seed``, ``url_ttl``, ``job_steps``, ...).
    """

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "warning",
        **config_fields: Any,
    ) -> None:
        if config is None:
            config = EmulatorConfig(**config_fields)
        elif config_fields:
            raise TypeError("pass either config or config fields, not both")
        self.config = config
        self.host = host
        self._requested_port = port
        self.log_level = log_level
        self.app: Starlette = create_app(config)
        self.context: EmulatorContext = self.app.state.emulator
        self._sock: socket.socket | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port: int = 0

    # ------------------------------------------------------------------ handles
    @property
    def state(self) -> EmulatorState:
        """Assets, locks, jobs, signed-URL TTL and the clock."""
        return self.context.state

    @property
    def faults(self) -> FaultRegistry:
        """Fault rules: ``server.faults.add("GET", "/v1/assets", status=429, retry_after=1)``."""
        return self.context.faults

    @property
    def clock(self) -> Clock:
        """The injectable clock (``advance(seconds)``, ``set(dt)``): locks and URL expiry."""
        return self.context.state.clock

    @property
    def api_key(self) -> str:
        """The Basic-auth user name the emulator accepts."""
        return self.config.api_key

    @property
    def api_secret(self) -> str:
        """The Basic-auth password the emulator accepts."""
        return self.config.api_secret

    @property
    def auth(self) -> tuple[str, str]:
        """(key, secret), usable as ``httpx`` ``auth=``."""
        return (self.config.api_key, self.config.api_secret)

    @property
    def origin(self) -> str:
        """``http://HOST:PORT`` of the API (without ``/v1``)."""
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{shown}:{self.port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT/v1``."""
        return base_url_for(self.host, self.port)

    @property
    def storage_origin(self) -> str:
        """Origin of signed storage URLs (``http://localhost:PORT``)."""
        return self.config.storage_base_url or f"http://{self.config.storage_host}:{self.port}"

    def reset(self, seed: bool | None = None) -> None:
        """Forget all assets, jobs and faults (reseed if ``seed`` or ``config.seed``)."""
        self.context.reset(seed)

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 10.0) -> EmulatorServer:
        """Serve in a background thread; returns once connections are accepted."""
        if self._thread is not None:
            return self
        self._sock = bind_socket(self.host, self._requested_port)
        self.port = int(self._sock.getsockname()[1])
        uv_config = uvicorn.Config(
            self.app,
            log_level=self.log_level,
            lifespan="off",
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(uv_config)
        sock = self._sock
        server = self._server
        self._thread = threading.Thread(
            target=lambda: server.run(sockets=[sock]), name="scenario-emulator", daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("emulator server failed to start")
            time.sleep(0.005)
        return self

    def stop(self, timeout: float = 5.0) -> None:
        """Stop serving and release the socket (idempotent)."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
