"""Strict response types: a body that does not match the spec fails with the field's path.

Null or a wrong JSON type in a required field, an array given a string, an object given a list,
an array item of the wrong type: each raises ``ResponseFieldError`` (``ResponseValidationError``
through the client) naming the path, array indexes included. Unknown enum values, unknown
fields and absent optional fields keep parsing, and ``to_dict`` gives the body back.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from scenario_assets_api import errors, models

import scenario_assets as sa
from tests.support.mock import Recorder, asset_body, example, ok


def _page(count: int = 5) -> dict[str, Any]:
    return {"assets": [asset_body(f"asset_{i}") for i in range(count)]}


def _fails(
    body: dict[str, Any], model: Any = models.AssetListResponse
) -> errors.ResponseFieldError:
    with pytest.raises(errors.ResponseFieldError) as info:
        model.from_dict(body)
    return info.value


@pytest.mark.parametrize(
    ("where", "value", "path", "problem"),
    [
        ("id", None, [3, "id"], "null"),
        ("id", 123, [3, "id"], "expected string, got number"),
        ("mimeType", ["image/png"], [3, "mimeType"], "expected string, got array"),
        ("tags", "a,b", [3, "tags"], "expected array, got string"),
        ("editCapabilities", "a,b", [3, "editCapabilities"], "expected array, got string"),
        ("editCapabilities", None, [3, "editCapabilities"], "null"),
        ("collectionIds", {"0": "c"}, [3, "collectionIds"], "expected array, got object"),
        ("metadata", [], [3, "metadata"], "expected object, got array"),
        ("properties", "x", [3, "properties"], "expected object, got string"),
        ("kind", 7, [3, "kind"], "expected string, got number"),
        ("kind", True, [3, "kind"], "expected string, got boolean"),
        ("isHidden", "false", [3, "isHidden"], "expected boolean, got string"),
        ("outputIndex", True, [3, "outputIndex"], "expected number, got boolean"),
        ("outputIndex", "0", [3, "outputIndex"], "expected number, got string"),
        ("thumbnail", ["x"], [3, "thumbnail"], "expected object, got array"),
    ],
)
def test_a_wrong_type_in_an_asset_names_its_path(
    where: str, value: object, path: list[str | int], problem: str
) -> None:
    body = _page()
    body["assets"][3][where] = value
    error = _fails(body)
    assert error.path == ["assets", *path]
    assert problem in str(error)
    assert f"assets[3].{where}" in str(error)


@pytest.mark.parametrize(
    ("where", "value", "path"),
    [
        ("tags", ["ok", 1], ["tags", 1]),
        ("tags", [None], ["tags", 0]),
        ("collectionIds", [["nested"]], ["collectionIds", 0]),
        ("editCapabilities", ["DETECTION", 5], ["editCapabilities", 1]),
        ("editCapabilities", [{"a": 1}], ["editCapabilities", 0]),
        ("embedding", [0.5, "x"], ["embedding", 1]),
        ("embedding", [0.5, False], ["embedding", 1]),
    ],
)
def test_an_array_item_of_the_wrong_type_is_indexed(
    where: str, value: object, path: list[str | int]
) -> None:
    body = _page()
    body["assets"][2][where] = value
    error = _fails(body)
    assert error.path == ["assets", 2, *path]


def test_the_path_reaches_through_arrays_of_models_and_nested_lists() -> None:
    body = _page()
    body["assets"][3]["metadata"]["kind"] = ["image"]
    error = _fails(body)
    assert error.path == ["assets", 3, "metadata", "kind"]
    assert error.dotted_path == "assets[3].metadata.kind"

    body = _page()
    body["assets"][1]["metadata"]["points"] = [[0, 1], [2, "3"]]
    assert _fails(body).dotted_path == "assets[1].metadata.points[1][1]"

    body = _page()
    body["assets"][1]["metadata"]["contours"] = [[[[0, 1]], [[2], "x"]]]
    assert _fails(body).dotted_path == "assets[1].metadata.contours[0][1][1]"

    body = _page()
    body["assets"][0]["metadata"]["concepts"] = [{"modelId": "m", "scale": 1}, "concept"]
    error = _fails(body)
    assert error.dotted_path == "assets[0].metadata.concepts[1]"
    assert "expected object, got string" in str(error)

    body = _page()
    body["assets"][4] = "asset_4"
    assert _fails(body).dotted_path == "assets[4]"


def test_an_array_of_open_enums_given_a_string_is_not_split_into_characters() -> None:
    body = {"asset": asset_body()}
    body["asset"]["editCapabilities"] = "DETECTION,SEGMENTATION"
    error = _fails(body, models.AssetRetrieveResponse)
    assert error.path == ["asset", "editCapabilities"]


def test_unknown_enum_values_unknown_fields_and_absent_optional_fields_still_parse() -> None:
    body = _page(2)
    asset = body["assets"][1]
    asset["kind"] = "hologram"
    asset["editCapabilities"] = ["DETECTION", "TELEPORT"]
    asset["metadata"]["type"] = "brand-new-type"
    asset["metadata"]["newMetadataField"] = [1, {"deep": None}]
    asset["newTopLevel"] = {"x": [1, 2]}
    asset["properties"]["newProperty"] = "p"
    for key in ("description", "thumbnail", "embedding", "nsfw", "outputIndex"):
        asset.pop(key, None)
    asset["isHidden"] = None  # null for an optional field: the same as absent
    body["pageExtra"] = True
    parsed = models.AssetListResponse.from_dict(copy.deepcopy(body))
    one = parsed.assets[1]
    assert one.kind == "hologram" and not one.kind.is_known
    assert [str(item) for item in one.edit_capabilities] == ["DETECTION", "TELEPORT"]
    assert one.metadata.additional_properties == {"newMetadataField": [1, {"deep": None}]}
    assert one.additional_properties == {"newTopLevel": {"x": [1, 2]}}
    assert parsed.additional_properties == {"pageExtra": True}
    del asset["isHidden"]
    assert parsed.to_dict() == body


def test_numbers_accept_integers_and_fields_of_any_type_accept_anything() -> None:
    body = _page(1)
    body["assets"][0]["outputIndex"] = 2
    body["assets"][0]["embedding"] = [1, 2.5, -3]
    parsed = models.AssetListResponse.from_dict(copy.deepcopy(body))
    assert parsed.assets[0].output_index == 2
    assert parsed.to_dict() == body
    for value in ("text", 1, 2.5, True, [1, "a"], {"k": None}):
        assert models.Error.from_dict({"message": value}).to_dict() == {"message": value}


def test_values_built_in_python_take_the_slower_check_and_still_parse() -> None:
    # Subclasses of the JSON types (an enum member where a string is expected) are not what
    # json.loads builds, so they miss the fast path; the slower walk accepts them all the same.
    asset = asset_body()
    asset["kind"] = models.AssetKind("image")
    asset["status"] = models.AssetStatus(asset["status"])
    parsed = models.Asset.from_dict(asset)
    assert parsed.kind is models.AssetKind("image")
    assert parsed.to_dict()["kind"] == "image"


def _client(rec: Recorder) -> sa.Client:
    return sa.Client(
        "k", "s", base_url="https://api.test/v1", transport=rec.transport(), max_retries=0
    )


def test_through_the_client_the_error_is_a_response_validation_error_with_the_path() -> None:
    body = example("listAssets")
    body["assets"] = [asset_body(f"asset_{i}") for i in range(4)]
    body["assets"][3]["metadata"]["kind"] = 5
    rec = Recorder(ok(body), ok({"asset": {**asset_body(), "id": None}}))
    with _client(rec) as client:
        with pytest.raises(sa.ResponseValidationError) as info:
            client.assets.list()
        assert info.value.field_path == "assets[3].metadata.kind"
        assert "assets[3].metadata.kind" in str(info.value)
        with pytest.raises(sa.ResponseValidationError) as info:
            client.assets.retrieve("asset_1")
        assert info.value.field_path == "asset.id"


def test_a_null_download_link_is_a_response_validation_error(tmp_path: Path) -> None:
    rec = Recorder(ok({"url": None}), ok({"url": None}), ok({"url": ["https://x.test/a"]}))
    with _client(rec) as client:
        with pytest.raises(sa.ResponseValidationError) as info:
            client.downloads.request("asset_1")
        assert info.value.field_path == "url"
        assert (info.value.method, info.value.url_path) == ("POST", "/v1/assets/asset_1/download")
        with pytest.raises(sa.ResponseValidationError) as info:
            client.downloads.download_asset("asset_1", tmp_path / "a.png")
        assert info.value.field_path == "url"
        with pytest.raises(sa.ResponseValidationError, match="expected string, got array"):
            client.downloads.download_asset("asset_1", tmp_path / "a.png")
    assert list(tmp_path.iterdir()) == []
    assert len(rec.requests) == 3  # nothing was fetched from storage


@pytest.mark.anyio
async def test_a_null_download_link_is_a_response_validation_error_async(tmp_path: Path) -> None:
    rec = Recorder(ok({"url": None}), ok({"url": None}))
    async with sa.AsyncClient(
        "k", "s", base_url="https://api.test/v1", transport=rec.async_transport(), max_retries=0
    ) as client:
        with pytest.raises(sa.ResponseValidationError) as info:
            await client.downloads.request("asset_1")
        assert info.value.field_path == "url"
        with pytest.raises(sa.ResponseValidationError):
            await client.downloads.download_asset("asset_1", tmp_path / "a.png")
    assert list(tmp_path.iterdir()) == []
