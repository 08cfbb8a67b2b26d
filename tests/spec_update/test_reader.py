"""The reference reader is as wide as the format: any name a field can carry, new sections and
operations, parameters of every kind, maps, and Domain Types; what it cannot read, it refuses with
the line and the reason."""

from __future__ import annotations

import build_spec
import pytest
import reference as ref
import reference_index

from tests.support.reference_pages import ReferencePage, committed_text

# A page in the reference's format with what the committed page does not use: a new section
# with a new operation, header and query parameters, names with hyphens, digits, dots and
# dollars, a typed map, and a Domain Type.
PAGE = (
    "# Collections ## Get Members **get** `/collections/{collectionId}/members` List members. "
    "### Path Parameters - `collectionId: string` "
    "### Query Parameters - `page-size2: optional number` How many "
    "### Header Parameters - `X-Request-Id: optional string` A tracing id "
    "### Returns - `members: array of object { user.id, $kind, ip-detection }` The members "
    "- `user.id: string` The id "
    '- `$kind: "owner" or "3d-artist"` What the member is - `"owner"` - `"3d-artist"` '
    "- `ip-detection: optional map[number]` Scores by detector "
    "### Example ```http curl https://x/v1/collections/c/members ``` "
    '#### Response ```json { "members": [] } ``` '
    "## Domain Types ### Collection Get Members Response "
    "- `CollectionGetMembersResponse object { members }` "
    "- `members: array of object { user.id, $kind, ip-detection }` The members "
    "- `user.id: string` The id "
    '- `$kind: "owner" or "3d-artist"` What the member is - `"owner"` - `"3d-artist"` '
    "- `ip-detection: optional map[number]` Scores by detector"
)


def test_names_sections_headers_and_maps_are_read() -> None:
    ops, types = ref.parse_all(PAGE)
    (op,) = ops
    assert (op.section, op.title, op.method) == ("Collections", "Get Members", "get")
    assert [f.name for f in op.query_params] == ["page-size2"]
    assert [f.name for f in op.header_params] == ["X-Request-Id"]
    (members,) = op.returns
    inner, depth = ref.innermost(members.type)
    assert depth == 1
    assert [c.name for c in inner.children] == ["user.id", "$kind", "ip-detection"]
    assert inner.children[1].type.values == ["owner", "3d-artist"]
    scores = inner.children[2].type
    assert scores.kind == "map" and scores.items is not None and scores.items.kind == "number"
    assert [t.name for t in types] == ["CollectionGetMembersResponse"]


def test_a_new_operation_and_section_are_named_by_rule() -> None:
    (op,) = ref.parse(PAGE)
    assert build_spec.operation_id(op) == "getMembersCollections"
    assert build_spec.method_name(op) == "get_members"
    spec = build_spec.build(ref.parse(PAGE))
    get = spec["paths"]["/collections/{collectionId}/members"]["get"]
    assert get["operationId"] == "getMembersCollections" and get["tags"] == ["collections"]
    assert [(p["name"], p["in"]) for p in get["parameters"]] == [
        ("collectionId", "path"),
        ("page-size2", "query"),
        ("X-Request-Id", "header"),
    ]
    schemas = spec["components"]["schemas"]
    member = schemas["CollectionGetMembersResponseMembers"]
    assert list(member["properties"]) == ["user.id", "$kind", "ip-detection"]
    kind = schemas["CollectionGetMembersResponseMembersKind"]
    assert kind["x-enum-varnames"] == ["THREE_D_ARTIST", "OWNER"]
    assert member["properties"]["ip-detection"]["additionalProperties"] == {"type": "number"}
    index = reference_index.extract(PAGE)
    assert set(index["operations"]["getMembersCollections"]["parameters"]) == {
        "path.collectionId",
        "query.page-size2",
        "header.X-Request-Id",
    }


def test_component_names_follow_parent_and_field() -> None:
    assert build_spec.component_name("AssetMetadata", "ip-detection") == "AssetMetadataIpDetection"
    assert build_spec.component_name("jobBilling", "cuCostDetails") == "JobBillingCuCostDetails"
    assert build_spec.component_name("Owner", "$schema.v2") == "OwnerSchemaV2"
    assert build_spec.snake("withQualityGateDetails") == "with_quality_gate_details"
    assert build_spec.section_noun("Collections") == "Collection"


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (("### Header Parameters", "### Cookie Jar"), "unknown heading 'Cookie Jar'"),
        (("`page-size2: optional number`", "`page size: optional number`"), "expected a field"),
        (
            ("optional map[number]` Scores", "optional set<number>` Scores"),
            "unknown reference type",
        ),
        (('- `"owner"` - `"3d-artist"` - `ip', '- `"owner"` - `ip'), "expected enum value"),
        (('"owner" or "3d-artist"` What', '"owner" or 3d or "x"` What'), "not a quoted value"),
        (('{ "members": [] }', '{ "members": [ }'), "not JSON"),
        (("## Get Members", "## Get Members"), ""),
    ],
)
def test_what_cannot_be_read_is_refused_with_its_line(edit: tuple[str, str], reason: str) -> None:
    old, new = edit
    assert old in PAGE
    if not reason:
        ref.parse(PAGE.replace(old, new))
        return
    with pytest.raises(ref.ReferenceError, match=reason) as caught:
        ref.parse(PAGE.replace(old, new, 1))
    lines = ref.split_lines(PAGE.replace(old, new, 1))
    assert 1 <= caught.value.line <= len(lines)
    assert str(caught.value).startswith(f"line {caught.value.line}: ")


def test_a_domain_type_longer_than_announced_is_refused() -> None:
    longer = PAGE + " - `extra: string` Stray"
    with pytest.raises(ref.ReferenceError, match="more fields than the Domain Type announces"):
        ref.parse(longer)


def test_the_committed_reference_is_read_whole() -> None:
    text = committed_text()
    ops, types = ref.parse_all(text)
    assert ops and types
    # The committed index is exactly what the committed reference says.
    assert reference_index.render(reference_index.extract(text)) == (
        reference_index.INDEX_PATH.read_text(encoding="utf-8")
    )


def test_edited_pages_keep_their_counts() -> None:
    page = ReferencePage(committed_text())
    name = page.fresh("ip-detection")
    page.add_field("Retrieve", "asset.metadata", [f"- `{name}: optional boolean` Detected"])
    ops = ref.parse(page.text)
    retrieve = next(o for o in ops if o.title == "Retrieve")
    (asset,) = retrieve.returns
    metadata = next(c for c in asset.type.children if c.name == "metadata")
    assert metadata.type.children[-1].name == name
    assert "more }" in page.lines[metadata.line]


# Two operations whose `assets` (named Asset by rule) differ in shape, and one enum named by
# rule (`kind` -> AssetKind) with different values in two places.
TWO_SHAPES = (
    "# Assets ## Restore **post** `/assets/restore` Restore assets. "
    "### Returns - `assets: array of object { id, kind }` The restored assets - `id: string` "
    '- `kind: "3d" or "audio"` - `"3d"` - `"audio"` '
    "## Get Bulk **post** `/assets/get-bulk` Get assets. "
    "### Returns - `assets: array of object { id, name, kind }` The assets - `id: string` "
    '- `name: string` - `kind: "3d" or "text"` - `"3d"` - `"text"`'
)


def test_a_shared_name_with_another_shape_falls_back_to_parent_and_field() -> None:
    spec = build_spec.build(ref.parse(TWO_SHAPES))
    schemas = spec["components"]["schemas"]
    assert list(schemas["Asset"]["properties"]) == ["id", "kind"]
    assert list(schemas["AssetGetBulkResponseAssets"]["properties"]) == ["id", "name", "kind"]
    assert schemas["AssetKind"]["enum"] == ["3d", "audio", "text"]
    assert schemas["AssetKind"]["x-enum-varnames"] == ["THREE_D", "AUDIO", "TEXT"]
