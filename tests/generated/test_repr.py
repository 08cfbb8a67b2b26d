"""Model reprs: only the fields that are set, briefly, never a signed URL parameter."""

from __future__ import annotations

from typing import Any

from scenario_assets_api import models
from scenario_assets_api.types import UNSET, Unset

from tests.support.mock import asset_body, example

SIGNATURE = "deadbeef" * 8
SIGNED = (
    "https://cdn.example/assets/a.png?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    f"&X-Amz-Credential=AKIAEXAMPLE%2F20260101&X-Amz-Signature={SIGNATURE}"
)


def sparse_body() -> dict[str, Any]:
    """An asset as the emulator returns it after an upload: most optional fields absent."""
    body = asset_body("asset_sparse")
    body["metadata"] = {"kind": "image", "type": "uploaded", "name": "red.png", "width": 8}
    body["properties"] = {"size": 168, "width": 8}
    for key in ("automaticCaptioning", "description", "embedding", "firstFrame", "isHidden",
                "lastFrame", "nsfw", "originalFileUrl", "outputIndex", "preview", "thumbnail"):  # fmt: skip
        body.pop(key, None)
    return body


def test_unset_reads_as_unset() -> None:
    assert repr(UNSET) == "UNSET"
    asset = models.Asset.from_dict(sparse_body())
    assert isinstance(asset.properties.height, Unset)
    assert repr(asset.properties.height) == "UNSET"


def test_only_set_fields_are_shown() -> None:
    asset = models.Asset.from_dict(sparse_body())
    text = repr(asset)
    assert text.startswith("Asset(id='asset_sparse', ")
    assert "Unset" not in text and "UNSET" not in text and " object at 0x" not in text
    assert "metadata=AssetMetadata(kind='image', type_='uploaded', name='red.png', width=8)" in text
    assert "properties=AssetProperties(size=168, width=8)" in text
    assert "description=" not in text and "height=" not in text
    assert len(text) < 1000


def test_a_full_asset_is_brief_and_its_parts_show_everything() -> None:
    asset = models.Asset.from_dict(asset_body())
    text = repr(asset)
    assert len(text) < 2000  # the attrs default is about 4,000 characters for this asset
    assert "more fields)" in text  # the nested metadata is cut short...
    metadata = repr(asset.metadata)
    assert "more fields" not in metadata  # ...but shown in full on its own
    set_fields = [f for f in asset.metadata.__attrs_attrs__ if f.name != "additional_properties"]
    shown = [f.name for f in set_fields if f"{f.name}=" in metadata]
    assert len(shown) >= 100


def test_long_values_are_shortened() -> None:
    body = sparse_body()
    body["tags"] = [f"tag{i}" for i in range(10)]
    body["metadata"]["prompt"] = "x" * 500
    text = repr(models.Asset.from_dict(body))
    assert "tags=['tag0', 'tag1', 'tag2', … 7 more]" in text
    assert "x" * 100 not in text and "prompt='xxx" in text


def test_deep_models_are_elided() -> None:
    page = models.AssetListResponse.from_dict(example("listAssets"))
    page.assets[0].metadata = models.AssetMetadata.from_dict(
        {"kind": "image", "type": "uploaded", "thumbnail": {"assetId": "a", "url": "u"}}
    )
    text = repr(page)
    assert "thumbnail=AssetFileRef(…)" in text
    assert "AssetFileRef(asset_id='a'" in repr(page.assets[0])


def test_enums_show_their_value_even_unknown_ones() -> None:
    body = sparse_body()
    body["kind"] = "hologram"
    text = repr(models.Asset.from_dict(body))
    assert "kind='hologram'" in text


def test_signed_url_parameters_never_appear() -> None:
    body = sparse_body()
    body["url"] = SIGNED
    body["metadata"]["thumbnail"] = {"assetId": "asset_t", "url": SIGNED}
    body["futureField"] = {"link": SIGNED}  # unknown fields are kept and shown too
    asset = models.Asset.from_dict(body)
    for text in (repr(asset), repr(asset.metadata), repr(asset.metadata.thumbnail)):
        assert SIGNATURE not in text and "X-Amz-Credential" not in text and "AKIA" not in text
    assert "url='https://cdn.example/assets/a.png?…'" in repr(asset.metadata.thumbnail)
    assert "additional_properties={'futureField': {'link': 'https://cdn.example/" in repr(asset)
