"""How generated models parse: only the keys a body has, into ordinary attrs instances.

``from_dict`` renames present keys in one pass and fills the instance directly (absent optional
fields read ``UNSET`` from the class). These tests pin what that must keep: instances equal to
ones built through ``__init__``, nulls, unknown keys (null ones too) at every depth, required
fields, errors with paths, and bodies left as they were.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest
from scenario_assets_api import errors, models
from scenario_assets_api.types import UNSET

from tests.support.spec import an_asset, load_spec


def _asset() -> dict[str, Any]:
    return an_asset()


def test_a_parsed_model_equals_one_built_by_its_constructor() -> None:
    body = {"assetId": "asset_1", "url": "https://cdn.test/a.png"}
    parsed = models.AssetFileRef.from_dict(body)
    built = models.AssetFileRef(asset_id="asset_1", url="https://cdn.test/a.png")
    assert parsed == built
    assert attrs.evolve(parsed, url="https://cdn.test/b.png").url == "https://cdn.test/b.png"
    assert parsed.to_dict() == body


def test_absent_optional_fields_read_unset_and_can_be_assigned() -> None:
    body = _asset()
    for key in ("thumbnail", "description", "embedding"):
        del body[key]
    asset = models.Asset.from_dict(body)
    assert asset.thumbnail is UNSET
    assert asset.description is UNSET
    assert asset.embedding is UNSET
    other = models.Asset.from_dict(_asset())
    assert other.description == "description"  # one instance's fields never leak into another
    asset.description = "set later"
    assert asset.to_dict()["description"] == "set later"
    assert models.Asset.from_dict(body).description is UNSET


def test_the_body_is_not_modified() -> None:
    body = _asset()
    body["metadata"]["modelType"] = None
    body["surprise"] = None
    before = json.dumps(body, sort_keys=True)
    models.Asset.from_dict(body)
    assert json.dumps(body, sort_keys=True) == before


def test_unknown_keys_with_null_values_are_kept_at_every_depth() -> None:
    asset = _asset()
    asset["newTopField"] = None
    asset["metadata"]["newMetaField"] = None
    asset["properties"]["newPropertyField"] = {"deep": None}
    body = {"asset": asset, "rootExtra": None}
    parsed = models.AssetRetrieveResponse.from_dict(copy.deepcopy(body))
    assert parsed.additional_properties == {"rootExtra": None}
    assert parsed.asset.additional_properties == {"newTopField": None}
    assert parsed.asset.metadata.additional_properties == {"newMetaField": None}
    assert parsed.asset.properties["newPropertyField"] == {"deep": None}
    assert parsed.to_dict() == body


def test_null_for_a_required_field_is_an_error_naming_its_path() -> None:
    body = {"asset": _asset()}
    body["asset"]["metadata"]["type"] = None
    with pytest.raises(errors.ResponseFieldError) as info:
        models.AssetRetrieveResponse.from_dict(body)
    assert info.value.path == ["asset", "metadata", "type"]
    assert "null" in str(info.value)


def test_a_missing_required_field_among_many_present_ones_is_named() -> None:
    body = _asset()
    del body["ownerId"]
    body["unknownField"] = 1  # the slower path for unknown keys must check the same way
    with pytest.raises(errors.ResponseFieldError) as info:
        models.Asset.from_dict(body)
    assert info.value.path == ["ownerId"]
    assert "missing" in str(info.value)


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        ("kind", ["a", "list"], ["kind"]),
        ("editCapabilities", 7, ["editCapabilities"]),
        ("metadata", "text", ["metadata"]),
        ("thumbnail", {"assetId": "x"}, ["thumbnail", "url"]),
    ],
)
def test_a_value_that_does_not_convert_names_its_path(
    where: str, value: object, path: list[str]
) -> None:
    body = _asset()
    body[where] = value
    with pytest.raises(errors.ResponseFieldError) as info:
        models.Asset.from_dict(body)
    assert info.value.path == path


def test_known_enum_values_are_the_members_themselves() -> None:
    asset = models.Asset.from_dict(_asset())
    assert asset.kind is models.AssetKind("3d")
    assert asset.edit_capabilities == [models.EditCapability.DETECTION]
    assert asset.edit_capabilities[0] is models.EditCapability.DETECTION
