"""``make bench``: speed and memory of the client against a local emulator.

The emulator runs in a separate process (so its memory does not count), on 127.0.0.1. Each
benchmark reports time and, where memory is the point, the client's peak traced allocation
(tracemalloc) measured in a second run, since tracing slows Python down:

* streamed upload of images of growing size: peak memory should stay flat;
* streamed download of the same files: peak memory should stay flat;
* a batch archive download;
* auto-pagination over many assets (requests/s and assets/s);
* parsing an Asset into the generated model (microseconds per asset).

Sizes are chosen for a 2-core machine; ``--quick`` shrinks them.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from scenario_assets_api.models import AssetRetrieveResponse

import scenario_assets as sa
from scenario_assets.testing import make_png

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


@contextmanager
def emulator() -> Iterator[sa.Client]:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scenario_assets.emulator",
            "--port",
            "0",
            "--log-level",
            "warning",
            "--job-steps",
            "queued,success",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        with sa.Client("emulator-key", "emulator-secret", base_url=base_url, timeout=300) as client:
            yield client
    finally:
        process.terminate()
        process.wait(timeout=10)


def measure(fn: Callable[[], Any]) -> tuple[float, float]:
    """(seconds of an untraced run, peak MiB traced in a second run)."""
    started = time.perf_counter()
    fn()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        fn()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return seconds, peak / MB


def image_of(megabytes: int, folder: Path) -> Path:
    side = int((megabytes * MB / 3) ** 0.5)
    path = folder / f"img-{megabytes}mb.png"
    path.write_bytes(make_png(min(side, 4096), min(side, 4096)))
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    args = parser.parse_args()
    sizes = [1, 4] if args.quick else [1, 8, 32]
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp, emulator() as client:
        folder = Path(tmp)
        uploaded = []
        for size in sizes:
            path = image_of(size, folder)
            actual = path.stat().st_size / MB
            holder: list[str] = []

            def upload(p: Path = path, into: list[str] = holder) -> None:
                into.append(client.assets.upload_file(p).id)

            seconds, peak = measure(upload)
            uploaded.append(holder[-1])
            rows.append(
                (
                    f"upload_file {actual:.1f} MiB",
                    f"{actual / seconds:.1f} MiB/s",
                    f"peak {peak:.2f} MiB",
                )
            )
        for size, asset_id in zip(sizes, uploaded, strict=True):
            dest = folder / f"down-{size}.png"

            def download(a: str = asset_id, d: Path = dest) -> None:
                client.downloads.download_asset(a, d)

            seconds, peak = measure(download)
            actual = dest.stat().st_size / MB
            rows.append(
                (
                    f"download_asset {actual:.1f} MiB",
                    f"{actual / seconds:.1f} MiB/s",
                    f"peak {peak:.2f} MiB",
                )
            )

        out = folder / "archives"
        seconds, peak = measure(
            lambda: client.downloads.download_assets(uploaded, out, poll_interval=0.05)
        )
        archive = sorted(out.glob("*.zip"))[-1]
        with zipfile.ZipFile(archive) as zipped:
            content = sum(i.file_size for i in zipped.infolist()) / MB
        rows.append(
            (
                f"download_assets ({content:.1f} MiB in a {archive.stat().st_size / MB:.2f} MiB zip)",
                f"{seconds:.2f} s",
                f"peak {peak:.2f} MiB",
            )
        )

        count = 200 if args.quick else 1000
        client.assets.upload_many(
            [make_png(2, 2, (i % 256, 0, 0)) for i in range(count)], concurrency=4
        )
        started = time.perf_counter()
        seen = sum(1 for _ in client.assets.iter(page_size=100))
        seconds = time.perf_counter() - started
        rows.append(
            (
                f"iter {seen} assets (pages of 100)",
                f"{seen / seconds:.0f} assets/s",
                f"{seconds:.2f} s",
            )
        )

    spec = yaml.safe_load((ROOT / "openapi" / "scenario-assets.yaml").read_text())
    example = spec["paths"]["/assets/{assetId}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]
    bodies = [copy.deepcopy(example) for _ in range(2000)]
    started = time.perf_counter()
    for body in bodies:
        AssetRetrieveResponse.from_dict(body)
    per = (time.perf_counter() - started) / len(bodies) * 1e6
    rows.append(
        (
            "parse full Asset (reference example)",
            f"{per:.0f} µs/asset",
            json.dumps(len(example["asset"]["metadata"])) + " metadata fields",
        )
    )

    width = max(len(r[0]) for r in rows)
    print(f"{'benchmark'.ljust(width)}  {'speed':>16}  memory / notes")
    for name, speed, note in rows:
        print(f"{name.ljust(width)}  {speed:>16}  {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
