"""The generated package: examples parse and round-trip; it is forward compatible."""

from __future__ import annotations

import copy
import hashlib
import json
from typing import Any

import httpx
import pytest
from scenario_assets_api import errors, models
from scenario_assets_api._stamp import (
    GENERATOR_VERSION,
    SPEC_SHA256,
)
from scenario_assets_api.api.assets import list_assets, retrieve_asset
from scenario_assets_api.client import AuthenticatedClient, Client
from scenario_assets_api.types import Unset

from tests.support.spec import SPEC_PATH, an_asset, load_spec, operations, response_body, success_media

# The 200 JSON responses of the spec's operations; an operation may have no example.
EXAMPLES = {op_id: success_media(op_id) for op_id in operations()}


def _model(op_id: str) -> Any:
    ref = EXAMPLES[op_id]["schema"]["$ref"]
    return getattr(models, ref.split("/")[-1])


# DELETE /assets leaves its body open (schema {}): tests/generated/test_delete_any_body.py
@pytest.mark.parametrize(
    "op_id",
    sorted(op for op, media in EXAMPLES.items() if "$ref" in media.get("schema", {})),
)
def test_response_example_parses_and_round_trips(op_id: str) -> None:
    # The spec's example where it has one, else a body built from the response schema.
    example = response_body(op_id)
    parsed = _model(op_id).from_dict(copy.deepcopy(example))
    assert parsed.to_dict() == example


def _asset_body() -> dict[str, Any]:
    body: dict[str, Any] = response_body("retrieveAsset")
    return body


def test_realistic_asset_parses_to_typed_fields() -> None:
    body = _asset_body()
    body["asset"]["createdAt"] = "2023-02-03T11:19:41.579Z"
    parsed = models.AssetRetrieveResponse.from_dict(body)
    assert isinstance(parsed.asset, models.Asset)
    assert parsed.asset.kind is models.AssetKind.THREE_D
    assert isinstance(parsed.asset.metadata, models.AssetMetadata)
    assert parsed.asset.metadata.type_ is models.AssetType.THREE_D_TEXTURE
    assert parsed.asset.created_at == "2023-02-03T11:19:41.579Z"


def test_unknown_enum_values_and_fields_are_kept_and_re_emitted() -> None:
    body = _asset_body()
    body["asset"]["kind"] = "hologram"
    body["asset"]["editCapabilities"] = ["DETECTION", "TELEPORT"]
    body["asset"]["metadata"]["type"] = "inference-future"
    body["asset"]["brandNewField"] = {"nested": [1, 2]}
    body["asset"]["metadata"]["anotherNewField"] = "x"
    body["extraTopLevel"] = True
    parsed = models.AssetRetrieveResponse.from_dict(copy.deepcopy(body))
    asset = parsed.asset
    assert asset.kind == "hologram"
    assert isinstance(asset.kind, models.AssetKind)
    assert not asset.kind.is_known
    assert models.AssetKind.IMAGE.is_known
    assert asset.edit_capabilities[1] == "TELEPORT"
    assert asset.metadata.type_ == "inference-future"
    assert asset.additional_properties["brandNewField"] == {"nested": [1, 2]}
    assert asset.metadata.additional_properties["anotherNewField"] == "x"
    assert parsed.additional_properties == {"extraTopLevel": True}
    assert parsed.to_dict() == body


def test_null_for_an_optional_field_is_treated_as_absent() -> None:
    body = _asset_body()
    body["asset"]["thumbnail"] = None
    body["asset"]["metadata"]["modelType"] = None
    body["asset"]["properties"]["transcription"] = None
    parsed = models.AssetRetrieveResponse.from_dict(body)
    assert isinstance(parsed.asset.thumbnail, Unset)
    assert isinstance(parsed.asset.metadata.model_type, Unset)
    assert "thumbnail" not in parsed.to_dict()["asset"]


def test_missing_required_field_names_its_path() -> None:
    body = _asset_body()
    del body["asset"]["metadata"]["kind"]
    with pytest.raises(errors.ResponseFieldError) as info:
        models.AssetRetrieveResponse.from_dict(body)
    assert info.value.path == ["asset", "metadata", "kind"]
    assert "asset.metadata.kind" in str(info.value)
    assert "missing" in str(info.value)


def test_wrong_type_names_its_path_through_arrays() -> None:
    body = {**response_body("listAssets"), "assets": [an_asset()]}
    body["assets"][0]["properties"] = "not an object"
    with pytest.raises(errors.ResponseFieldError) as info:
        models.AssetListResponse.from_dict(body)
    assert info.value.path == ["assets", 0, "properties"]
    assert info.value.dotted_path == "assets[0].properties"


def _client(handler: Any) -> AuthenticatedClient:
    client = AuthenticatedClient(base_url="https://api.test/v1", token="unused")
    client.set_httpx_client(
        httpx.Client(base_url="https://api.test/v1", transport=httpx.MockTransport(handler))
    )
    return client


def test_endpoint_raises_typed_error_with_raw_body_for_a_bad_success_body() -> None:
    raw = b'{"asset": {"id": "asset_1"}}'
    client = _client(lambda request: httpx.Response(200, content=raw))
    with pytest.raises(errors.InvalidResponseBody) as info:
        retrieve_asset.sync_detailed("asset_1", client=client)
    assert info.value.content == raw
    assert info.value.path == ["asset", "authorId"]


def test_endpoint_keeps_status_of_an_unparseable_error_body() -> None:
    client = _client(lambda request: httpx.Response(502, content=b"<html>Bad gateway</html>"))
    response = retrieve_asset.sync_detailed("asset_1", client=client)
    assert response.status_code == 502
    assert response.parsed is None
    assert response.content.startswith(b"<html>")


def test_endpoint_parses_a_json_error_body_permissively() -> None:
    body = {"message": "nope", "statusCode": 404, "traceId": "t-1"}
    client = _client(lambda request: httpx.Response(404, json=body))
    response = retrieve_asset.sync_detailed("asset_1", client=client)
    assert isinstance(response.parsed, models.Error)
    assert response.parsed.message == "nope"
    assert response.parsed.additional_properties == {"traceId": "t-1"}


def test_non_iana_status_does_not_crash() -> None:
    client = _client(lambda request: httpx.Response(499, content=b"client closed"))
    response = retrieve_asset.sync_detailed("asset_1", client=client)
    assert response.status_code == 499


def test_array_query_parameters_are_sent_comma_joined() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(200, json={"assets": []})

    list_assets.sync_detailed(
        client=_client(handler),
        types=[models.AssetType.CANVAS, models.AssetType.UPLOADED],
        page_size=10,
        original_assets=True,
    )
    (url,) = seen
    assert url.params.get_list("types") == ["canvas,uploaded"]
    assert url.params["pageSize"] == "10"
    assert url.params["originalAssets"] == "true"


def test_unauthenticated_client_type_is_generated() -> None:
    assert Client(base_url="https://api.test/v1")


def test_stamp_records_generator_and_spec_hash() -> None:
    assert GENERATOR_VERSION == "0.29.1"
    assert hashlib.sha256(SPEC_PATH.read_bytes()).hexdigest() == SPEC_SHA256
    assert json.dumps(load_spec())  # the spec the stamp refers to loads
