"""The "When the API changes" guide's drill (docs/guides/api-changes.md), performed on a
temporary copy of the spec.

Add an optional ``Asset`` field, an enum value (with its name) and an optional query parameter;
regenerate into a temporary directory; the new field parses, the new value is a known member, old
member names are unchanged, and the fidelity and compatibility checks pass. An enum value added
without its name is refused by the regeneration, naming the schema and the value.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import api_snapshot
import reference_index
import spec_fidelity
import yaml

from tests.support.spec import ROOT, load_spec

CODEGEN = ROOT / "codegen.sh"


def _grown_spec(*, name_the_value: bool) -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    schemas = spec["components"]["schemas"]
    schemas["Asset"]["properties"]["deletedAt"] = {
        "type": "string",
        "description": "When the asset was deleted (ISO date); absent for live assets.",
    }
    kind = schemas["AssetKind"]
    position = sorted([*kind["enum"], "text"]).index("text")  # in the middle: before "video"
    assert position < len(kind["enum"])
    kind["enum"].insert(position, "text")
    if name_the_value:
        kind["x-enum-varnames"].insert(position, "TEXT")
    spec["paths"]["/assets"]["get"]["parameters"].append(
        {
            "name": "projectId",
            "in": "query",
            "required": False,
            "description": "List the assets of this project.",
            "schema": {"type": "string"},
        }
    )
    return spec


def _regenerate(spec: dict[str, Any], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    spec_path = tmp_path / "spec.yaml"
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "SPEC": str(spec_path), "VENV_BIN": str(Path(sys.executable).parent)}
    return subprocess.run(
        [str(CODEGEN), str(tmp_path / "out")], env=env, capture_output=True, text=True, check=False
    )


PROBE = """
import inspect, json, sys
from scenario_assets_api.api.assets import list_assets
from scenario_assets_api.models import Asset, AssetKind
asset = json.loads(sys.argv[1])
asset["deletedAt"] = "2026-11-30T10:00:00Z"
asset["kind"] = "text"
parsed = Asset.from_dict(asset)
print(json.dumps({
    "deleted_at": parsed.deleted_at,
    "kind_known": parsed.kind.is_known,
    "kind_is_member": parsed.kind is AssetKind.TEXT,
    "members": {m.name: m.value for m in AssetKind},
    "round_trip": parsed.to_dict()["deletedAt"],
    "list_params": list(inspect.signature(list_assets.sync_detailed).parameters),
    "module": AssetKind.__module__ and sys.modules["scenario_assets_api"].__file__,
}))
"""


def test_growing_the_spec_regenerates_green(tmp_path: Path) -> None:
    spec = _grown_spec(name_the_value=True)
    result = _regenerate(spec, tmp_path)
    assert result.returncode == 0, result.stderr

    asset = load_spec()["paths"]["/assets/{assetId}"]["get"]["responses"]["200"]["content"][
        "application/json"
    ]["example"]["asset"]
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(asset)],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "out")},
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    seen = json.loads(probe.stdout)
    assert seen["module"].startswith(str(tmp_path / "out"))  # the regenerated package, not ours
    assert seen["deleted_at"] == "2026-11-30T10:00:00Z" == seen["round_trip"]
    assert seen["kind_known"] is True and seen["kind_is_member"] is True
    assert seen["members"]["THREE_D"] == "3d" and seen["members"]["VIDEO"] == "video"
    assert seen["members"]["TEXT"] == "text"
    assert "project_id" in seen["list_params"]

    fidelity = spec_fidelity.compare(reference_index.load(), spec)
    assert not fidelity.lost, fidelity.render()
    assert "Asset.deletedAt  [8 operations]" in fidelity.added_lines
    assert "listAssets parameter query.projectId  [listAssets]" in fidelity.added_lines

    compat = api_snapshot.compare(
        api_snapshot.load_snapshot(), api_snapshot.load_package(tmp_path / "out")
    )
    assert not compat.breaking, compat.render()
    assert "models.asset.Asset.deleted_at: attribute added" in compat.added
    assert "models.asset_kind.AssetKind.TEXT: attribute added" in compat.added
    assert "api.assets.list_assets.sync: parameter project_id" in compat.added


def test_an_unnamed_enum_value_is_refused_clearly(tmp_path: Path) -> None:
    result = _regenerate(_grown_spec(name_the_value=False), tmp_path)
    assert result.returncode == 1
    assert "AssetKind" in result.stderr and "'text'" in result.stderr, result.stderr
    assert "refusing to generate" in result.stderr
    assert not (tmp_path / "out").exists()
