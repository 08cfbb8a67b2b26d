"""The three-way merge of ``make spec-update``, on a newer page built from the committed reference.

Base is a draft of the committed reference, theirs a draft of the newer page, ours the committed
spec. The page (``tests/support/reference_pages.NewerPage``) adds fields at three depths (one an
object keyed with a hyphen, a dot and a dollar), enum values, a parameter on every operation and
an operation; it drops an optional field and an enum value and changes a type.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import build_spec
import pytest
import spec_prepare
import spec_update
from enum_names import suggested_name

from tests.support.reference_pages import NewerPage, ReferencePage, committed_text
from tests.support.spec import load_spec

Merged = tuple[NewerPage, dict[str, Any], spec_update.Report]


@functools.cache
def _base() -> dict[str, Any]:
    return spec_update.draft(committed_text())


@functools.cache
def _merged(shared: bool) -> Merged:
    page = NewerPage(shared_parameter=shared)
    merged, report = spec_update.merge(_base(), spec_update.draft(page.text), load_spec())
    return page, merged, report


@pytest.fixture
def merged() -> Merged:
    page, spec, report = _merged(True)
    return page, copy.deepcopy(spec), report


def _ops(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {op["operationId"]: op for _, _, op in spec_update._operations(spec)}


def _page_ops(spec: dict[str, Any], page: NewerPage) -> dict[str, dict[str, Any]]:
    """The merged spec's operations that the page describes (ours may hold more of its own)."""
    described = set(_ops(spec_update.draft(page.text)))
    return {op_id: op for op_id, op in _ops(spec).items() if op_id in described}


def _schema(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node or len(node.get("allOf", [])) == 1:
        node = node["allOf"][0] if "allOf" in node else node
        if "$ref" in node:
            node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def test_the_same_page_changes_nothing() -> None:
    ours = load_spec()
    merged, report = spec_update.merge(_base(), _base(), ours)
    assert merged == ours
    assert report.empty and report.bump() == "none" and not report.collisions


def test_new_fields_at_every_depth_are_added_with_names_by_rule(merged: Merged) -> None:
    page, spec, report = merged
    schemas = spec["components"]["schemas"]
    assert schemas["Asset"]["properties"][page.top_field]["type"] == "string"
    assert page.top_field not in schemas["Asset"].get("required", [])
    moderation = _schema(spec, schemas["AssetMetadata"]["properties"][page.nested_object])
    assert moderation is schemas["AssetMetadata" + build_spec.pascal(page.nested_object)]
    assert list(moderation["properties"]) == [page.hyphenated, page.dotted, page.dollar]
    source = _schema(spec, moderation["properties"][page.dollar])
    assert source["enum"] == sorted(page.source_values)
    assert source["x-enum-varnames"] == [suggested_name(v) for v in sorted(page.source_values)]
    assert schemas["JobBilling"]["properties"][page.deep_field]["type"] == "number"
    added = report.facts["added"]
    assert f"field {page.top_field} (string, optional)" in added["schema Asset"]
    assert f"field {page.deep_field} (number, optional)" in added["schema JobBilling"]


def test_new_enum_values_get_their_names_at_their_place(merged: Merged) -> None:
    page, spec, report = merged
    kind = spec["components"]["schemas"]["AssetKind"]
    before = load_spec()["components"]["schemas"]["AssetKind"]
    for value in page.kind_values:
        at = kind["enum"].index(value)
        assert kind["x-enum-varnames"][at] == suggested_name(value)
        assert (
            f"enum value {value!r} ({suggested_name(value)})"
            in report.facts["added"]["schema AssetKind"]
        )
    # Existing members keep their names, whatever the insertion point.
    pairs = dict(zip(kind["enum"], kind["x-enum-varnames"], strict=True))
    assert all(
        pairs[v] == n for v, n in zip(before["enum"], before["x-enum-varnames"], strict=True)
    )


def test_a_parameter_every_operation_gains_is_shared(merged: Merged) -> None:
    page, spec, report = merged
    assert page.parameter is not None
    name = page.parameter[:1].upper() + page.parameter[1:]
    shared = spec["components"]["parameters"][name]
    assert shared["name"] == page.parameter and shared["in"] == "query"
    # Before the schemas, as OpenAPI writes components (not after thousands of schema lines).
    sections = list(spec["components"])
    assert sections.index("parameters") < sections.index("schemas")
    assert shared["x-client-option"] == build_spec.snake(page.parameter)
    ref = {"$ref": f"#/components/parameters/{name}"}
    ops = _page_ops(spec, page)
    assert page.operation_id in ops
    assert all(ref in op["parameters"] for op in ops.values())  # the new operation too
    assert all(p.get("name") != page.parameter for op in ops.values() for p in op["parameters"])
    (fact,) = [f for f in report.facts["added"]["all operations"] if page.parameter in f]
    assert f"components/parameters/{name}" in fact
    # Said once, not per operation.
    everything = [t for facts in report.facts.values() for ts in facts.values() for t in ts]
    assert sum(page.parameter in t for t in everything) == 1


def test_a_new_operation_gets_safe_defaults_and_to_dos(merged: Merged) -> None:
    page, spec, report = merged
    op = spec["paths"][page.path]["post"]
    assert op["operationId"] == page.operation_id
    assert op["x-method-name"] == page.method
    assert op["x-retry-safe"] is False
    assert "security" not in op  # the global credentials only: no public token
    todo = report.facts["todo"][f"operation {page.operation_id}"]
    assert any("x-retry-safe: false" in t for t in todo)
    assert any("no public-token access" in t for t in todo)
    state = _schema(
        spec,
        _schema(spec, op["responses"]["200"]["content"]["application/json"]["schema"])[
            "properties"
        ]["state"],
    )
    assert state["enum"] == sorted(page.state_values)
    (dry_run,) = [p for p in op["parameters"] if p.get("name") == page.dry_run]
    assert _schema(spec, dry_run["schema"])["x-enum-varnames"] == ["API", "TRUE"]


def test_what_the_page_drops_stays_deprecated(merged: Merged) -> None:
    page, spec, report = merged
    asset = spec["components"]["schemas"]["Asset"]
    assert asset["properties"][page.removed_field]["deprecated"] is True
    privacy = spec["components"]["schemas"]["AssetPrivacy"]
    assert page.removed_value in privacy["enum"]
    assert privacy[spec_update.DEPRECATED_VALUES] == [page.removed_value]
    # The mark is the one the generator reads: the docstring names the value as deprecated.
    prepared = spec_prepare.prepare(copy.deepcopy(spec))["components"]["schemas"]["AssetPrivacy"]
    assert prepared["description"].startswith(f"Deprecated values: {page.removed_value!r}.")
    deprecated = report.facts["deprecated"]
    assert f"field {page.removed_field}: no longer listed" in deprecated["schema Asset"]
    assert (
        f"enum value {page.removed_value!r}: no longer listed" in deprecated["schema AssetPrivacy"]
    )


def test_a_changed_type_is_breaking(merged: Merged) -> None:
    page, spec, report = merged
    assert (
        spec["components"]["schemas"]["Asset"]["properties"][page.retyped_field]["type"] == "string"
    )
    assert report.facts["breaking"] == {
        "schema Asset": [f"field {page.retyped_field}: type number -> string"]
    }
    assert report.bump() == "major"


def test_the_specs_own_decisions_are_kept(merged: Merged) -> None:
    _, spec, _ = merged
    ours = load_spec()
    before, after = _ops(ours), _ops(spec)
    for op_id, op in before.items():
        for key, value in op.items():
            if key.startswith("x-"):
                assert after[op_id][key] == value, (op_id, key)
        for param in op.get("parameters", []):
            assert param in after[op_id]["parameters"], (op_id, param["name"])
    schemas = spec["components"]["schemas"]
    for name, schema in ours["components"]["schemas"].items():
        if name not in ("Asset", "AssetMetadata", "AssetKind", "AssetPrivacy", "JobBilling"):
            assert schemas[name] == schema, name
    assert spec["info"] == ours["info"]


def test_a_second_run_changes_nothing(merged: Merged) -> None:
    page, spec, _ = merged
    theirs = spec_update.draft(page.text)
    again, report = spec_update.merge(theirs, theirs, spec)
    assert again == spec and report.empty


def test_a_name_already_taken_is_a_collision_not_a_guess(merged: Merged) -> None:
    page, _, _ = merged
    ours = copy.deepcopy(load_spec())
    taken = "AssetMetadata" + build_spec.pascal(page.nested_object)
    ours["components"]["schemas"][taken] = {"type": "string"}
    kind = ours["components"]["schemas"]["AssetKind"]
    kind["enum"].append("zzz")
    kind["x-enum-varnames"].append(suggested_name(page.kind_values[0]))
    _, report = spec_update.merge(_base(), spec_update.draft(page.text), ours)
    assert any(f"schema {taken}" in c for c in report.collisions)
    assert any(repr(page.kind_values[0]) in c and "'zzz'" in c for c in report.collisions)


def test_where_the_spec_and_the_page_both_changed_the_spec_wins_with_a_to_do() -> None:
    base = _base()
    theirs = copy.deepcopy(base)
    ours = copy.deepcopy(load_spec())
    theirs["paths"]["/assets"]["get"]["description"] = "List assets, newer words."
    ours["paths"]["/assets"]["get"]["description"] = "List assets, our words."
    theirs["paths"]["/assets"]["post"]["description"] = "Upload, newer words."
    merged, report = spec_update.merge(base, theirs, ours)
    assert merged["paths"]["/assets"]["get"]["description"] == "List assets, our words."
    assert merged["paths"]["/assets"]["post"]["description"] == "Upload, newer words."
    (todo,) = report.facts["todo"]["operation listAssets"]
    assert "description" in todo and "kept" in todo


def test_a_field_that_becomes_required_is_breaking() -> None:
    base = _base()
    theirs = copy.deepcopy(base)
    theirs["components"]["schemas"]["Asset"]["required"].append("description")
    merged, report = spec_update.merge(base, theirs, load_spec())
    assert "description" in merged["components"]["schemas"]["Asset"]["required"]
    assert report.facts["breaking"] == {"schema Asset": ["field description became required"]}


def test_the_changelog_entry_is_keep_a_changelog(merged: Merged, tmp_path: Path) -> None:
    page, _, report = merged
    entry = report.changelog_entry()
    assert entry.startswith("## [Unreleased]\n\n### Added\n\n")
    assert "### Changed\n\n- **Breaking:** schema Asset: field " in entry
    assert f"### Deprecated\n\n- schema Asset: field {page.removed_field}" in entry
    path = tmp_path / "CHANGELOG.md"
    spec_update.write_changelog(path, entry)
    spec_update.write_changelog(path, entry)  # the same facts are not repeated
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Changelog\n") and text.count("## [Unreleased]") == 1
    assert text.count(f"field {page.top_field} (string, optional)") == 1
    path.write_text(text + "\n## [0.1.0] - 2026-01-01\n\n### Added\n\n- First release\n")
    other = spec_update.Report()
    other.note("added", "schema Job", "field x (string, optional)")
    spec_update.write_changelog(path, other.changelog_entry())
    text = path.read_text(encoding="utf-8")
    assert text.index("schema Job: field x") < text.index("## [0.1.0]")
    assert text.count("### Added") == 2


def test_the_report_groups_each_fact_once(merged: Merged) -> None:
    _, _, report = merged
    text = report.render()
    assert text.splitlines()[0] == "spec-update: semantic-version bump: major"
    said: list[tuple[str, str]] = []
    subject = ""
    for line in text.splitlines():
        if line.startswith("  ") and not line.startswith("    "):
            subject = line.strip()
        elif line.startswith("    - "):
            said.append((subject, line[6:]))
    assert len(said) == len(set(said)) == sum(report.count(k) for k in spec_update.KINDS)


def test_a_reworded_description_is_taken_and_reported_as_changed() -> None:
    base = _base()
    theirs = copy.deepcopy(base)
    asset = theirs["components"]["schemas"]["Asset"]["properties"]
    asset["mimeType"]["description"] = "The MIME type, newer words"
    merged, report = spec_update.merge(base, theirs, load_spec())
    assert merged["components"]["schemas"]["Asset"]["properties"]["mimeType"]["description"] == (
        "The MIME type, newer words"
    )
    assert report.facts["changed"] == {"schema Asset": ["mimeType.description: reworded"]}
    assert report.bump() == "patch"


def test_a_parameter_the_spec_already_shares_is_reused(merged: Merged) -> None:
    page, _, _ = merged
    assert page.parameter is not None
    ours = copy.deepcopy(load_spec())
    mine = {
        "name": page.parameter,
        "in": "query",
        "required": False,
        "description": "Our words.",
        "schema": {"type": "string"},
        "x-client-option": "workspace",
    }
    ours["components"]["parameters"] = {"Workspace": mine}
    spec, report = spec_update.merge(_base(), spec_update.draft(page.text), ours)
    assert not report.collisions
    assert spec["components"]["parameters"] == {"Workspace": mine}
    ref = {"$ref": "#/components/parameters/Workspace"}
    assert all(ref in op["parameters"] for op in _page_ops(spec, page).values())


def test_an_operation_or_parameter_the_page_drops_stays_deprecated() -> None:
    base = _base()
    theirs = copy.deepcopy(base)
    del theirs["paths"]["/assets/{assetId}/snapshots"]
    listing = theirs["paths"]["/assets"]["get"]
    listing["parameters"] = [p for p in listing["parameters"] if p["name"] != "authorId"]
    merged, report = spec_update.merge(base, theirs, load_spec())
    assert merged["paths"]["/assets/{assetId}/snapshots"]["get"]["deprecated"] is True
    (author,) = [
        p for p in merged["paths"]["/assets"]["get"]["parameters"] if p.get("name") == "authorId"
    ]
    assert author["deprecated"] is True
    assert report.facts["deprecated"] == {
        "operation listAssetSnapshots": ["GET /assets/{assetId}/snapshots: no longer listed"],
        "operation listAssets": ["query parameter authorId: no longer listed"],
    }
    assert not report.facts["breaking"] and report.bump() == "minor"


def test_a_new_operation_without_the_shared_parameter_keeps_none() -> None:
    page = ReferencePage(committed_text())
    name = page.fresh("tenantId")
    page.add_query_parameter_everywhere(f"- `{name}: optional string` The tenant")
    path = page.fresh("/assets/restore")
    title = page.fresh("Restore")
    page.add_operation(
        "Assets",
        f"## {title} **post** `{path}` Restore assets. ### Body Parameters "
        "- `assetIds: array of string` ids ### Returns - `restored: array of string` ids "
        '### Example ```http curl x ``` #### Response ```json { "restored": [] } ```',
    )
    spec, report = spec_update.merge(_base(), spec_update.draft(page.text), load_spec())
    shared = spec["components"]["parameters"][build_spec.pascal(name)]
    assert shared["x-client-option"] == build_spec.snake(name)
    assert "parameters" not in spec["paths"][path]["post"]
    (fact,) = report.facts["added"]["all operations"]
    assert name in fact
