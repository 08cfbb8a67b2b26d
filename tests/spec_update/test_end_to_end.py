"""``make spec-update`` end to end, in a temporary copy of the repository: a newer page becomes a
merged spec, a regenerated client, a changelog entry, a committed reference and index; a second
run changes nothing; bodies of the new shape parse with every new field typed."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import reference_index
import yaml

from tests.support.reference_pages import NewerPage
from tests.support.spec import ROOT

COPIED = ("openapi", "tools", "scenario_assets", "scenario_assets_runtime", "codegen.sh")

# Runs in a fresh interpreter with the copy's packages first on the path: parses each body with
# the regenerated model and fails on anything left untyped.
CHECK = """
import enum, json, sys
import attrs
import scenario_assets_api.models as models
from scenario_assets.assets import Assets, AsyncAssets

def typed(obj, where):
    if isinstance(obj, enum.Enum):
        assert obj.name in type(obj).__members__, f"{where}: unknown member {obj.value!r}"
    elif attrs.has(type(obj)):
        extra = getattr(obj, "additional_properties", {})
        assert not extra, f"{where}: untyped {sorted(extra)}"
        for f in attrs.fields(type(obj)):
            if f.name != "additional_properties":
                typed(getattr(obj, f.name), f"{where}.{f.name}")
    elif isinstance(obj, list):
        for n, item in enumerate(obj):
            typed(item, f"{where}[{n}]")

bodies, method = json.loads(sys.stdin.read())
for name, body in bodies.items():
    parsed = getattr(models, name).from_dict(body)
    typed(parsed, name)
    assert parsed.to_dict() == body, name
assert callable(getattr(Assets, method)) and callable(getattr(AsyncAssets, method))
print("typed", sorted(bodies))
"""


def _copy_repository(into: Path) -> Path:
    root = into / "repo"
    root.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, root / name)
    return root


def _instance(
    spec: dict[str, Any], schema: dict[str, Any], prefer: set[str], depth: int = 0
) -> Any:
    """A body with every property at every depth; enums take a value from ``prefer`` if they can."""
    while "$ref" in schema or len(schema.get("allOf", [])) == 1:
        schema = schema["allOf"][0] if "allOf" in schema else schema
        if "$ref" in schema:
            schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    if "enum" in schema:
        chosen = [v for v in schema["enum"] if v in prefer]
        return (chosen or schema["enum"])[0]
    kind = schema.get("type")
    if kind == "array":
        return [_instance(spec, schema["items"], prefer, depth + 1)]
    if kind == "object" and "properties" in schema:
        required = set(schema.get("required", []))
        return {
            name: _instance(spec, sub, prefer, depth + 1)
            for name, sub in schema["properties"].items()
            if depth < 12 or name in required
        }
    if kind == "object":
        return {}
    return {"number": 1.5, "integer": 2, "boolean": True}.get(str(kind), "text")


def _run_end_to_end(tmp_path: Path, *, shared_parameter: bool) -> None:
    page = NewerPage(shared_parameter=shared_parameter)
    repo = _copy_repository(tmp_path)
    page_path = tmp_path / "newer.txt"
    page_path.write_text(page.text, encoding="utf-8")
    command = [
        sys.executable,
        str(repo / "tools" / "spec_update.py"),
        "--reference",
        str(page_path),
    ]

    first = subprocess.run(command, cwd=repo, capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "semantic-version bump: major" in first.stdout
    assert f"field {page.top_field} (string, optional)" in first.stdout
    assert "regenerated; make test is needed" in first.stdout
    spec_text = (repo / "openapi" / "scenario-assets.yaml").read_text(encoding="utf-8")
    assert (repo / "openapi" / "reference" / "api-reference.txt").read_text(
        encoding="utf-8"
    ) == page.text
    index = (repo / "openapi" / "reference-index.json").read_text(encoding="utf-8")
    assert index == reference_index.render(reference_index.extract(page.text))
    changelog = (repo / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"- schema Asset: field {page.top_field} (string, optional)" in changelog
    generated = repo / "generated" / "scenario_assets_api"
    stamp = (generated / "_stamp.py").read_text(encoding="utf-8")

    # Idempotent: the page is now the committed reference, so nothing changes.
    second = subprocess.run(command, cwd=repo, capture_output=True, text=True, check=False)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "nothing changed" in second.stdout and "make test is not needed" in second.stdout
    assert (repo / "openapi" / "scenario-assets.yaml").read_text(encoding="utf-8") == spec_text
    assert (repo / "CHANGELOG.md").read_text(encoding="utf-8") == changelog
    assert (generated / "_stamp.py").read_text(encoding="utf-8") == stamp

    # The spec still says every fact of the (new) reference.
    fidelity = subprocess.run(
        [sys.executable, "tools/spec_fidelity.py"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert fidelity.returncode == 0, fidelity.stdout + fidelity.stderr

    # Bodies of the new shape parse, every new field typed, every new value a known member.
    spec = yaml.safe_load(spec_text)
    schemas = spec["components"]["schemas"]
    prefer = {*page.kind_values, *page.source_values, *page.state_values}
    bodies = {
        name: _instance(spec, schemas[name], prefer)
        for name in ("AssetRetrieveResponse", "AssetUploadResponse", page.response)
    }
    asset = bodies["AssetRetrieveResponse"]["asset"]
    assert asset["kind"] in page.kind_values
    assert page.hyphenated in asset["metadata"][page.nested_object]
    assert page.deep_field in bodies["AssetUploadResponse"]["job"]["billing"]
    check = subprocess.run(
        [sys.executable, "-c", CHECK],
        input=json.dumps([bodies, page.method]),
        cwd=repo,
        env={"PYTHONPATH": f"{repo / 'generated'}:{repo}", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stdout + check.stderr
    assert "typed" in check.stdout


def test_a_newer_page_becomes_a_regenerated_client(tmp_path: Path) -> None:
    _run_end_to_end(tmp_path, shared_parameter=False)


def test_a_parameter_every_operation_gains_reaches_the_regenerated_client(tmp_path: Path) -> None:
    _run_end_to_end(tmp_path, shared_parameter=True)
