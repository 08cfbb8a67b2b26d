"""The main job, end to end: ``make demo``.

Uploads a few generated images and a canvas, lists with iteration and filters, tags, edits
the canvas twice under a lock session (snapshots appear), shows a lock conflict being
reported, batch-downloads everything with a progress display to ``./demo-output/``, verifies
the archive and prints a short report.

It runs against a local emulator started for the occasion, or against the real API when
``SCENARIO_SDK_API_KEY`` and ``SCENARIO_SDK_API_SECRET`` are set (``SCENARIO_BASE_URL``
optional). Against the real API it deletes what it uploaded when it is done.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import scenario_assets as sa
from scenario_assets.testing import make_png

OUTPUT = Path("demo-output")
COLOURS = {"ember": (220, 80, 30), "moss": (60, 140, 70), "tide": (40, 90, 200)}


@contextmanager
def emulator() -> Iterator[tuple[str, str, str]]:
    """Start ``python -m scenario_assets.emulator`` on a free loopback port; stop it after."""
    key, secret = "demo-key", "demo-secret"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scenario_assets.emulator",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--api-key",
            key,
            "--api-secret",
            secret,
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        base_url = process.stdout.readline().strip()
        if not base_url.endswith("/v1"):
            raise RuntimeError(f"the emulator did not start (printed {base_url!r})")
        yield base_url, key, secret
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def open_client() -> Iterator[tuple[sa.Client, str]]:
    if os.environ.get("SCENARIO_SDK_API_KEY") and os.environ.get("SCENARIO_SDK_API_SECRET"):
        with sa.Client() as client:
            yield client, f"the real API at {client.base_url}"
        return
    with emulator() as (base_url, key, secret), sa.Client(key, secret, base_url=base_url) as client:
        yield client, f"a local emulator at {base_url}"


def bar(done: int, total: int | None, width: int = 30) -> None:
    if total:
        filled = int(width * done / total)
        sys.stdout.write(f"\r   [{'#' * filled}{'.' * (width - filled)}] {done}/{total} bytes")
    else:
        sys.stdout.write(f"\r   {done} bytes")
    sys.stdout.flush()


def main() -> int:
    OUTPUT.mkdir(exist_ok=True)
    report: list[str] = []
    started = time.monotonic()
    with open_client() as (client, where):
        print(f"scenario-assets demo against {where}\n")

        print("1. uploading generated images (3 at a time)")
        sources = []
        for name, colour in COLOURS.items():
            path = OUTPUT / f"{name}.png"
            path.write_bytes(make_png(64, 48, colour))
            sources.append(path)
        outcomes = client.assets.upload_many(
            sources,
            concurrency=3,
            on_item=lambda done, total, o: print(
                f"   {done}/{total} {o.item.name}: {o.asset.id if o.asset else o.error}"
            ),
        )
        images = [o.asset for o in outcomes if o.asset is not None]
        report.append(f"uploaded {len(images)} images")

        print("2. uploading a canvas with a thumbnail")
        scene = {"layers": [{"asset": a.id, "x": i * 64} for i, a in enumerate(images)]}
        canvas = client.assets.upload_canvas(scene, "demo-scene.json", thumbnail=sources[0])
        print(f"   canvas {canvas.id}")

        print("3. tagging and listing with filters")
        client.assets.update_tags(images[0].id, add=["demo", "hero"])
        uploaded = [a.id for a in client.assets.iter(types=["uploaded"], page_size=2)]
        canvases = [a.id for a in client.assets.iter(type="canvas", limit=10)]
        print(f"   {len(uploaded)} uploaded images (paged 2 at a time), {len(canvases)} canvas(es)")
        report.append(f"listed {len(uploaded)} images in pages of 2 and {len(canvases)} canvas(es)")

        print("4. editing the canvas under a lock session")
        with client.assets.lock_session(canvas.id, ttl=timedelta(minutes=5)) as lock:
            print(f"   locked: {lock.lock_id} until {lock.expires_at:%H:%M:%S}")
            lock.update(canvas={**scene, "title": "first pass"})
            lock.update(canvas={**scene, "title": "final"}, name="demo-scene-final.json")
            try:
                with client.assets.lock_session(canvas.id):
                    pass
            except sa.LockConflictError as conflict:
                print(f"   a second editor is refused: locked until {conflict.lock_expires_at}")
                report.append("a concurrent lock was reported as LockConflictError")
        snapshots = list(client.assets.iter_snapshots(canvas.id))
        print(f"   unlocked; {len(snapshots)} snapshots")
        report.append(f"canvas edited twice under a lock: {len(snapshots)} snapshots")

        print("5. batch-downloading everything")
        ids = [a.id for a in images] + [canvas.id]
        archives = client.downloads.download_assets(
            ids,
            OUTPUT,
            file_name_template="<name>",
            on_status=lambda status: print(f"   job: {status}"),
            on_progress=bar,
            poll_interval=0.2,
        )
        print()
        for archive in archives:
            with zipfile.ZipFile(archive) as zipped:
                if zipped.testzip() is not None:
                    raise SystemExit(f"{archive} is corrupt")
                names = zipped.namelist()
            print(f"   {archive}: {len(names)} files verified")
            report.append(f"{archive} verified: {', '.join(sorted(names))}")

        if where.startswith("the real API"):
            client.assets.delete_many(ids)
            report.append(f"deleted the {len(ids)} demo assets")

    print(f"\nreport ({time.monotonic() - started:.1f}s)")
    for line in report:
        print(f" - {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
