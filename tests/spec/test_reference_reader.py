"""The reference reader and index extractor, on a small text in the reference's own format.

No test reads the real reference (a clone has nothing beside it); ``make spec-draft
REFERENCE=path`` runs the same code on it.
"""

from __future__ import annotations

import json

import pytest
import reference as ref
import reference_index

# One line of markdown, as the reference is: nesting flattened, enums announced with "N more".
SAMPLE = (
    "# Assets ## Retrieve **get** `/assets/{assetId}` Get the details of an asset. Supports "
    "both public access (via the `Authorization` header set to `public-auth-token`) and "
    "authenticated user access (including API keys). ### Path Parameters - `assetId: string` "
    "### Query Parameters - `originalAssets: optional boolean` If set to true, returns the "
    "original asset - `pageSize: optional number` The number of items to return in the "
    "response. The default value is 50, maximum value is 100, minimum value is 1 "
    "### Returns - `asset: object { id, kind, 2 more }` - `id: string` The asset ID "
    '(example: "asset_1") - `kind: "3d" or "audio" or 1 more` The kind of asset - `"3d"` '
    '- `"audio"` - `"image"` - `tags: optional array of string` Tags - `frames: optional '
    "array of object { url, 1 more }` Frames - `url: string` Where - `flag: optional true` "
    "- `true` ### Example ```http curl https://x/v1/assets/$ID ``` #### Response ```json "
    '{ "asset": { "id": "id", "kind": "3d" } } ``` ## Domain Types ### Asset - `id: string`'
)


def test_the_reader_restores_the_nesting() -> None:
    (op,) = ref.parse(SAMPLE)
    assert (op.method, op.path, op.section, op.title) == (
        "get",
        "/assets/{assetId}",
        "Assets",
        "Retrieve",
    )
    (asset,) = op.returns
    assert [f.name for f in asset.type.children] == ["id", "kind", "tags", "frames"]
    kind = asset.type.children[1]
    assert kind.type.kind == "enum" and kind.type.values == ["3d", "audio", "image"]
    frames = asset.type.children[3]
    assert not frames.required
    inner, depth = ref.innermost(frames.type)
    assert depth == 1 and [f.name for f in inner.children] == ["url", "flag"]
    assert asset.type.children[0].example == "asset_1"
    assert op.response_example == {"asset": {"id": "id", "kind": "3d"}}
    # Domain Types are not operation fields.
    assert ref.count_field_lines(SAMPLE) == len(ref.walk(op.returns)) + 3


def test_a_broken_enum_is_refused() -> None:
    broken = SAMPLE.replace('- `"image"` ', "")
    with pytest.raises(ValueError, match="expected enum value"):
        ref.parse(broken)


def test_the_index_holds_paths_types_enums_and_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    # The sample's pageSize carries the list operation's prose limit; only that one is checked.
    monkeypatch.setattr(
        reference_index,
        "PROSE_LIMITS",
        [("retrieveAsset", "query", "pageSize", r"maximum value is 100", {"maximum": 100})],
    )
    monkeypatch.setattr(
        reference_index, "BATCH_LIMIT", ("retrieveAsset", "body", "x", r"details", {})
    )
    index = reference_index.extract(SAMPLE)
    op = index["operations"]["retrieveAsset"]
    assert op["public"] is True
    assert op["parameters"]["path.assetId"] == {
        "type": "string",
        "required": True,
        "described": False,
    }
    assert op["parameters"]["query.originalAssets"]["description"].startswith("If set to true")
    assert op["response"]["asset.kind"] == {
        "type": "enum",
        "required": True,
        "enum": ["3d", "audio", "image"],
        "described": True,
    }
    assert op["response"]["asset.frames"]["type"] == "array of object"
    assert op["response"]["asset.frames[].flag"] == {
        "type": "true",
        "required": False,
        "described": False,
    }
    assert index["limits"][0]["prose"] == "maximum value is 100"
    assert json.loads(reference_index.render(index)) == index

    # A new reference text: the differences are readable, one per line.
    newer = SAMPLE.replace(
        "- `tags: optional array of string` Tags",
        "- `tags: optional array of string` Tags - `deletedAt: optional string` When",
    ).replace("{ id, kind, 2 more }", "{ id, kind, 3 more }")
    newer = newer.replace('- `"image"` ', '- `"image"` - `"text"` ').replace(
        "or 1 more", "or 2 more"
    )
    changes = reference_index.diff(index, reference_index.extract(newer))
    assert "+ retrieveAsset response asset.deletedAt: string, optional" in changes
    assert "~ retrieveAsset response asset.kind: enum +['text'] -[]" in changes


def test_an_unread_field_line_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ref, "count_field_lines", lambda text: 999)
    with pytest.raises(ValueError, match="consumed"):
        reference_index.extract(SAMPLE)
