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

from tests.support.spec import ROOT, absent_name, load_spec, snake

CODEGEN = ROOT / "codegen.sh"
# Names made up for the drill, checked absent from the spec (never names the API may add).
FIELD = absent_name("drillNote")
VALUE = absent_name("drillkind")
MEMBER = VALUE.upper()
PARAM = absent_name("drillScope")


def _grown_spec(*, name_the_value: bool) -> dict[str, Any]:
    spec = copy.deepcopy(load_spec())
    schemas = spec["components"]["schemas"]
    schemas["Asset"]["properties"][FIELD] = {
        "type": "string",
        "description": "A note the drill adds; absent from most assets.",
    }
    kind = schemas["AssetKind"]
    position = sorted([*kind["enum"], VALUE]).index(VALUE)  # in the middle of the values
    assert 0 < position < len(kind["enum"])
    kind["enum"].insert(position, VALUE)
    if name_the_value:
        kind["x-enum-varnames"].insert(position, MEMBER)
    spec["paths"]["/assets"]["get"]["parameters"].append(
        {
            "name": PARAM,
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
asset, field, python_field, value, member = json.loads(sys.argv[1])
asset[field] = "a note"
asset["kind"] = value
parsed = Asset.from_dict(asset)
print(json.dumps({
    "field": getattr(parsed, python_field),
    "kind_known": parsed.kind.is_known,
    "kind_is_member": parsed.kind is getattr(AssetKind, member),
    "members": {m.name: m.value for m in AssetKind},
    "round_trip": parsed.to_dict()[field],
    "list_params": list(inspect.signature(list_assets.sync_detailed).parameters),
    "module": AssetKind.__module__ and sys.modules["scenario_assets_api"].__file__,
}))
"""


def test_growing_the_spec_regenerates_green(tmp_path: Path) -> None:
    spec = _grown_spec(name_the_value=True)
    result = _regenerate(spec, tmp_path)
    assert result.returncode == 0, result.stderr

    asset = _an_asset()
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps([asset, FIELD, snake(FIELD), VALUE, MEMBER])],
        env={**os.environ, "PYTHONPATH": str(tmp_path / "out")},
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    seen = json.loads(probe.stdout)
    assert seen["module"].startswith(str(tmp_path / "out"))  # the regenerated package, not ours
    assert seen["field"] == "a note" == seen["round_trip"]
    assert seen["kind_known"] is True and seen["kind_is_member"] is True
    kind = load_spec()["components"]["schemas"]["AssetKind"]
    old_members = dict(zip(kind["x-enum-varnames"], kind["enum"], strict=True))
    assert seen["members"] == {**old_members, MEMBER: VALUE}  # old names unchanged
    assert snake(PARAM) in seen["list_params"]

    before = spec_fidelity.compare(reference_index.load(), load_spec())
    fidelity = spec_fidelity.compare(reference_index.load(), spec)
    assert not fidelity.lost, fidelity.render()
    new_lines = set(fidelity.added_lines) - set(before.added_lines)
    assert any(line.startswith(f"Asset.{FIELD}  [") for line in new_lines), new_lines
    assert f"parameter query.{PARAM}  [listAssets]" in new_lines, new_lines

    compat = api_snapshot.compare(
        api_snapshot.load_snapshot(), api_snapshot.load_package(tmp_path / "out")
    )
    assert not compat.breaking, compat.render()
    assert f"models.asset.Asset.{snake(FIELD)}: attribute added" in compat.added
    assert f"models.asset_kind.AssetKind.{MEMBER}: attribute added" in compat.added
    assert f"api.assets.list_assets.sync: parameter {snake(PARAM)}" in compat.added


def _an_asset() -> dict[str, Any]:
    """An asset body: the retrieve example where the spec has one, else a minimal asset."""
    media = load_spec()["paths"]["/assets/{assetId}"]["get"]["responses"]["200"]["content"]
    example = media["application/json"].get("example")
    if example is not None:
        asset: dict[str, Any] = example["asset"]
        return asset
    from scenario_assets.emulator._spec import default_spec

    built: dict[str, Any] = default_spec().build(load_spec()["components"]["schemas"]["Asset"])
    return built
