"""One memory case of ``make bench``, run in a fresh process: what a user's machine sees.

``python -m benchmarks._cases CASE BASE_URL PATH`` imports what the case needs, builds the
client, then resets the process's peak resident set (``/proc/self/clear_refs``) and runs the
operation once. It prints one JSON line: ``seconds``, ``bytes`` moved and ``rss_growth_mib``,
the peak resident set during the operation minus the resident set just before it.

Cases: ``upload-ours`` / ``upload-sdk`` (PATH is the file to upload), ``download-ours`` /
``download-raw`` and ``batch-ours`` / ``batch-raw`` (PATH is the directory to write into).
"""

from __future__ import annotations

import base64
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

KEY, SECRET = "emulator-key", "emulator-secret"
MIB = 1024 * 1024


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _raw_fetch(http: httpx.Client, url: str, dest: Path) -> int:
    """What a careful user writes with httpx alone: stream to disk, then fsync."""
    written = 0
    with http.stream("GET", url) as response, dest.open("wb") as out:
        response.raise_for_status()
        for chunk in response.iter_raw():
            out.write(chunk)
            written += len(chunk)
        out.flush()
        os.fsync(out.fileno())
    return written


def _case(name: str, base_url: str, path: Path) -> Callable[[], int]:
    if name == "upload-ours":
        import scenario_assets as sa

        client = sa.Client(KEY, SECRET, base_url=base_url, timeout=600)

        def upload_ours() -> int:
            client.assets.upload_file(path, max_bytes=path.stat().st_size)
            return path.stat().st_size

        return upload_ours
    if name == "upload-sdk":
        import scenario_sdk

        sdk = scenario_sdk.Scenario(
            api_key=KEY, api_secret=SECRET, base_url=base_url, timeout=600, max_retries=0
        )

        def upload_sdk() -> int:
            # The SDK takes the image as a base64 string: the user has to build it in memory.
            image = base64.b64encode(path.read_bytes()).decode()
            sdk.assets.upload(name=path.name, image=image)
            return path.stat().st_size

        return upload_sdk
    if name in ("download-ours", "batch-ours"):
        import scenario_assets as sa

        client = sa.Client(KEY, SECRET, base_url=base_url, timeout=600)

        def download_ours() -> int:
            if name == "download-ours":
                written = client.downloads.download_asset("asset_bench", path / "asset.bin")
                return written.stat().st_size
            archives = client.downloads.download_assets(["asset_bench"], path, poll_interval=0.01)
            return sum(p.stat().st_size for p in archives)

        return download_ours
    if name in ("download-raw", "batch-raw"):
        http = httpx.Client(base_url=base_url, auth=(KEY, SECRET), timeout=600)

        def download_raw() -> int:
            if name == "download-raw":
                url = http.post("/assets/asset_bench/download", json={}).json()["url"]
                return _raw_fetch(http, url, path / "asset.bin")
            job = http.post("/assets/download", json={"query": {"assetIds": ["asset_bench"]}})
            status = http.get(f"/assets/download/{job.json()['jobId']}").json()
            return _raw_fetch(http, status["downloadUrl"], path / "archive.zip")

        return download_raw
    raise SystemExit(f"unknown case {name!r}")


def main(argv: list[str]) -> int:
    name, base_url, where = argv
    operation = _case(name, base_url, Path(where))
    before_kib = _status_kib("VmRSS")
    exact = _reset_peak()
    started = time.perf_counter()
    moved = operation()
    seconds = time.perf_counter() - started
    # Without clear_refs the lifetime peak is the best available figure.
    peak_kib = _status_kib("VmHWM") if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result: dict[str, Any] = {
        "seconds": seconds,
        "bytes": moved,
        "rss_growth_mib": max(0, peak_kib - before_kib) / 1024,
        "exact_peak": exact,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
