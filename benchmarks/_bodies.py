"""Realistic response bodies for the benchmarks, built from the spec's own examples.

The reference examples carry placeholder values (``"createdAt": "createdAt"``); the pages here
replace them with values of the real shape (ids, dates, signed URLs), one distinct asset each.
``full`` keeps all 109 metadata fields of the example, ``sparse`` the 15 an ordinary generated
image has.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent

SPARSE_METADATA = (
    "kind",
    "type",
    "name",
    "width",
    "height",
    "size",
    "prompt",
    "negativePrompt",
    "seed",
    "modelId",
    "inferenceId",
    "parentId",
    "rootParentId",
    "numInferenceSteps",
    "guidance",
)


@cache
def reference_asset() -> dict[str, Any]:
    """The Asset example of ``GET /assets`` in the spec (27 fields, 109 metadata fields)."""
    spec = yaml.safe_load((ROOT / "openapi" / "scenario-assets.yaml").read_text())
    example = spec["paths"]["/assets"]["get"]["responses"]["200"]["content"]["application/json"]
    asset: dict[str, Any] = example["example"]["assets"][0]
    return asset


def _signed(path: str, n: int) -> str:
    return (
        f"https://cdn.cloud.scenario.com/assets/{path}?p=100&X-Amz-Algorithm=AWS4-HMAC-SHA256"
        f"&X-Amz-Date=20260101T000000Z&X-Amz-Expires=3600&X-Amz-Signature={n:064x}"
    )


def asset(n: int, shape: str) -> dict[str, Any]:
    """Asset number ``n`` of a page; ``shape`` is ``"full"`` or ``"sparse"``."""
    body = copy.deepcopy(reference_asset())
    asset_id = f"asset_{n:022d}"
    stamp = f"2026-01-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:{n % 60:02d}.{n % 1000:03d}Z"
    body.update(
        id=asset_id,
        authorId="e" + f"{n % 7:031d}",
        ownerId="proj_" + "a" * 22,
        collectionIds=[f"coll_{n % 5:020d}"],
        createdAt=stamp,
        updatedAt=stamp,
        mimeType="image/png",
        kind="image",
        source="txt2img",
        status="success",
        url=_signed(f"{asset_id}/image.png", n),
        tags=["character", f"batch-{n % 10}"],
        originalFileUrl=_signed(f"{asset_id}/original.png", n),
        description=f"A generated character, variation {n}",
    )
    for ref in ("firstFrame", "lastFrame", "preview", "thumbnail"):
        body[ref] = {"assetId": f"asset_{n + 1:022d}", "url": _signed(f"{asset_id}/{ref}", n)}
    meta = body["metadata"]
    meta.update(
        kind="image",
        type="inference-txt2img",
        name=f"character-{n}.png",
        width=1024,
        height=1024,
        prompt=f"a knight in shining armour, concept art, variation {n}",
        negativePrompt="blurry, low quality",
        seed=str(1000 + n),
        modelId="model_" + "m" * 20,
        inferenceId=f"inf_{n // 4:020d}",
        parentId=f"asset_{max(n - 1, 0):022d}",
        rootParentId=f"asset_{n - n % 4:022d}",
        lockExpiresAt=stamp,
        copiedAt=stamp,
    )
    meta["thumbnail"] = {"assetId": f"asset_{n + 2:022d}", "url": _signed(f"{asset_id}/t", n)}
    if shape == "sparse":
        body["metadata"] = {k: meta[k] for k in SPARSE_METADATA}
        for key in ("embedding", "firstFrame", "lastFrame", "nsfw", "automaticCaptioning"):
            body.pop(key)
    elif shape != "full":
        raise ValueError(f"shape must be 'full' or 'sparse', not {shape!r}")
    return body


def page(shape: str, count: int = 100, start: int = 0, token: str | None = None) -> bytes:
    """A ``GET /assets`` response body of ``count`` assets, as bytes."""
    body: dict[str, Any] = {"assets": [asset(start + i, shape) for i in range(count)]}
    if token is not None:
        body["nextPaginationToken"] = token
    return json.dumps(body, separators=(",", ":")).encode()
