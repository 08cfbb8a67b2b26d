"""``python -m scenario_assets.emulator``: serve the emulator until SIGINT/SIGTERM.

Prints the base URL on the first line (scripts read it), then the credentials and an
``export`` line to paste into another shell, so that ``Client()`` talks to the emulator.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shlex
import signal
import sys
from types import FrameType

from . import _missing_extra

try:
    import uvicorn

    from ._app import DEFAULT_API_KEY, DEFAULT_API_SECRET, EmulatorConfig, create_app
    from ._server import base_url_for, bind_socket
except ModuleNotFoundError as _exc:
    _friendly = _missing_extra(_exc)
    if _friendly is None:
        raise
    print(f"error: {_friendly}", file=sys.stderr)
    raise SystemExit(2) from None


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m scenario_assets.emulator",
        description="Local stateful emulator of Scenario's Assets API (loopback by default).",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address")
    parser.add_argument("--port", type=int, default=0, help="port (0: a free port)")
    parser.add_argument(
        "--api-key",
        default=os.environ.get("SCENARIO_EMULATOR_API_KEY") or DEFAULT_API_KEY,
        help="Basic-auth key (env SCENARIO_EMULATOR_API_KEY)",
    )
    parser.add_argument(
        "--api-secret",
        default=os.environ.get("SCENARIO_EMULATOR_API_SECRET") or DEFAULT_API_SECRET,
        help="Basic-auth secret (env SCENARIO_EMULATOR_API_SECRET)",
    )
    parser.add_argument("--seed", action="store_true", help="start with sample assets")
    parser.add_argument("--url-ttl", type=int, default=3600, help="signed URL lifetime (s)")
    parser.add_argument(
        "--job-steps",
        default="queued,in-progress,success",
        help="comma-separated batch-download statuses, one per status poll",
    )
    parser.add_argument("--log-level", default="info", help="uvicorn log level")
    return parser.parse_args(argv)


def announcement(base_url: str, api_key: str, api_secret: str) -> str:
    """What the command prints once the emulator accepts connections.

    Args:
        base_url: the emulator's base URL.
        api_key: the key it accepts.
        api_secret: the secret it accepts.

    Returns:
        The base URL line, a credentials line and an ``export`` line for a POSIX shell.
    """
    exports = " ".join(
        f"{name}={shlex.quote(value)}"
        for name, value in (
            ("SCENARIO_BASE_URL", base_url),
            ("SCENARIO_SDK_API_KEY", api_key),
            ("SCENARIO_SDK_API_SECRET", api_secret),
        )
    )
    return (
        f"{base_url}\n"
        f"# Scenario Assets API emulator; credentials: key {api_key!r}, secret {api_secret!r}."
        " Ctrl-C stops it. To point Client() at it:\n"
        f"export {exports}"
    )


def main(argv: list[str] | None = None) -> int:
    """Serve until SIGINT/SIGTERM; returns the exit status."""
    args = _parse(argv)
    config = EmulatorConfig(
        api_key=args.api_key,
        api_secret=args.api_secret,
        seed=args.seed,
        url_ttl=args.url_ttl,
        job_steps=tuple(s.strip() for s in args.job_steps.split(",") if s.strip()),
    )
    sock = bind_socket(args.host, args.port)
    port = int(sock.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(config), log_level=args.log_level, lifespan="off")
    )

    async def announce() -> None:
        while not server.started:
            if server.should_exit:
                return
            await asyncio.sleep(0.01)
        print(
            announcement(base_url_for(args.host, port), args.api_key, args.api_secret), flush=True
        )

    async def run() -> None:
        task = asyncio.create_task(announce())
        await server.serve(sockets=[sock])
        task.cancel()

    def _exit_cleanly(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(0)

    # uvicorn re-raises the captured signal after a graceful shutdown; exit 0 when it does.
    signal.signal(signal.SIGTERM, _exit_cleanly)
    try:
        asyncio.run(run())
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
