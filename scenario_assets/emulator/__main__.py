"""``python -m scenario_assets.emulator``: serve the emulator until SIGINT/SIGTERM."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from types import FrameType

import uvicorn

from ._app import EmulatorConfig, _env_key, _env_secret, create_app
from ._server import base_url_for, bind_socket


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m scenario_assets.emulator",
        description="Local stateful emulator of Scenario's Assets API.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="bind address (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: a free port)")
    parser.add_argument("--api-key", default=None, help="Basic-auth key (default emulator-key)")
    parser.add_argument("--api-secret", default=None, help="Basic-auth secret")
    parser.add_argument("--seed", action="store_true", help="start with sample assets")
    parser.add_argument("--url-ttl", type=int, default=3600, help="signed URL lifetime (s)")
    parser.add_argument(
        "--job-steps",
        default="queued,in-progress,success",
        help="comma-separated batch-download statuses, one per status poll",
    )
    parser.add_argument("--log-level", default="info")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    config = EmulatorConfig(
        api_key=args.api_key or _env_key(),
        api_secret=args.api_secret or _env_secret(),
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
        print(base_url_for(args.host, port), flush=True)

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
