"""One memory case of ``make bench``, run in a fresh process: what a user's machine sees.

``python -m benchmarks._cases CASE BASE_URL [PATH]`` imports what the case needs, builds the
client, then resets the process's peak resident set (``/proc/self/clear_refs``) and runs the
operation once. It prints one JSON line: ``seconds``, ``bytes`` moved and ``rss_growth_mib``,
the peak resident set during the operation minus the resident set just before it.

Cases: ``upload-ours`` / ``upload-sdk`` (PATH is the file to upload), ``download-ours`` /
``download-raw`` and ``batch-ours`` / ``batch-raw`` (PATH is the directory to write into),
``paginate-MODE-WHO`` with MODE ``sync`` or ``async`` and WHO ``ours``, ``sdk`` or ``raw``
(auto-pagination in pages of 100; ``bytes`` is then the number of assets seen, and the
result also has ``cpu_seconds``, the process's CPU time during the operation), and
``sync-ours`` / ``sync-single`` / ``sync-sdk`` (PATH is the mirror folder: this client's
``assets.sync`` choosing its own way, forced to single links, and the loop a user of the
official SDK writes: list everything, download each asset's ``url``; ``bytes`` is then the
number of files written).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import resource
import sys
import time
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
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


def _count_sync(items: Iterable[object]) -> int:
    count = 0
    for _ in items:
        count += 1
    return count


async def _count_async(items: AsyncIterable[object]) -> int:
    count = 0
    async for _ in items:
        count += 1
    return count


def _raw_pages(http: httpx.Client) -> int:
    """Raw httpx + json.loads: the floor for auto-pagination."""
    count, token = 0, None
    while True:
        params: dict[str, Any] = {"pageSize": 100}
        if token:
            params["paginationToken"] = token
        body = json.loads(http.get("/assets", params=params).content)
        count += len(body["assets"])
        token = body.get("nextPaginationToken")
        if not token:
            return count


async def _araw_pages(http: httpx.AsyncClient) -> int:
    count, token = 0, None
    while True:
        params: dict[str, Any] = {"pageSize": 100}
        if token:
            params["paginationToken"] = token
        body = json.loads((await http.get("/assets", params=params)).content)
        count += len(body["assets"])
        token = body.get("nextPaginationToken")
        if not token:
            return count


def _paginate_case(mode: str, who: str, base_url: str) -> Callable[[], int]:
    """Build the client and fetch one page first (connection, lazy set-up), then time."""
    if mode == "async":
        loop = asyncio.new_event_loop()
        run: Callable[[Awaitable[int]], int] = loop.run_until_complete
    if who == "ours":
        import scenario_assets as sa

        if mode == "sync":
            client = sa.Client(KEY, SECRET, base_url=base_url, timeout=120)
            client.assets.list(page_size=100)
            return lambda: _count_sync(client.assets.iter(page_size=100))
        aclient = sa.AsyncClient(KEY, SECRET, base_url=base_url, timeout=120)

        async def afirst() -> int:
            return len((await aclient.assets.list(page_size=100)).assets)

        run(afirst())
        return lambda: run(_count_async(aclient.assets.iter(page_size=100)))
    if who == "sdk":
        import scenario_sdk

        if mode == "sync":
            sdk = scenario_sdk.Scenario(
                api_key=KEY, api_secret=SECRET, base_url=base_url, timeout=120
            )
            sdk.assets.list(page_size=100)
            return lambda: _count_sync(sdk.assets.list(page_size=100))
        asdk = scenario_sdk.AsyncScenario(
            api_key=KEY, api_secret=SECRET, base_url=base_url, timeout=120
        )

        async def sfirst() -> int:
            return len((await asdk.assets.list(page_size=100)).assets)

        run(sfirst())
        return lambda: run(_count_async(asdk.assets.list(page_size=100)))
    if who == "raw":
        if mode == "sync":
            http = httpx.Client(base_url=base_url, auth=(KEY, SECRET), timeout=120)
            http.get("/assets", params={"pageSize": 100})
            return lambda: _raw_pages(http)
        ahttp = httpx.AsyncClient(base_url=base_url, auth=(KEY, SECRET), timeout=120)

        async def rfirst() -> int:
            return (await ahttp.get("/assets", params={"pageSize": 100})).status_code

        run(rfirst())
        return lambda: run(_araw_pages(ahttp))
    raise SystemExit(f"unknown paginator {who!r}")


def _case(name: str, base_url: str, path: Path | None) -> Callable[[], int]:
    if name.startswith("paginate-"):
        _, mode, who = name.split("-")
        return _paginate_case(mode, who, base_url)
    if path is None:
        raise SystemExit(f"case {name!r} needs a PATH")
    if name in ("sync-ours", "sync-single"):
        import scenario_assets as sa

        client = sa.Client(KEY, SECRET, base_url=base_url, timeout=600)
        strategy: Any = "single" if name == "sync-single" else "auto"

        def sync_ours() -> int:
            report = client.assets.sync(path, strategy=strategy)
            if report.failed:
                raise RuntimeError(f"sync failed: {report.failed[:3]}")
            return report.new + report.updated

        return sync_ours
    if name == "sync-sdk":
        import scenario_sdk

        sdk = scenario_sdk.Scenario(api_key=KEY, api_secret=SECRET, base_url=base_url, timeout=600)
        http = httpx.Client(timeout=600)

        def sync_sdk() -> int:
            path.mkdir(parents=True, exist_ok=True)
            written = 0
            for asset in sdk.assets.list(page_size=100):
                response = http.get(asset.url)
                response.raise_for_status()
                (path / f"{asset.id}.png").write_bytes(response.content)
                written += 1
            return written

        return sync_sdk
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
    name, base_url, *where = argv
    operation = _case(name, base_url, Path(where[0]) if where else None)
    before_kib = _status_kib("VmRSS")
    exact = _reset_peak()
    started, started_cpu = time.perf_counter(), time.process_time()
    moved = operation()
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - started_cpu
    # Without clear_refs the lifetime peak is the best available figure.
    peak_kib = _status_kib("VmHWM") if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result: dict[str, Any] = {
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "bytes": moved,
        "rss_growth_mib": max(0, peak_kib - before_kib) / 1024,
        "exact_peak": exact,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
