from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_list_response import AssetListResponse
from ...models.asset_privacy import AssetPrivacy
from ...models.asset_sort_field import AssetSortField
from ...models.asset_type import AssetType
from ...models.error import Error
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    author_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    inference_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    page_size: int | Unset = 50,
    pagination_token: str | Unset = UNSET,
    parent_asset_id: str | Unset = UNSET,
    privacy: AssetPrivacy | Unset = UNSET,
    root_asset_id: str | Unset = UNSET,
    sort_by: AssetSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: AssetType | Unset = UNSET,
    types: list[AssetType] | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["authorId"] = author_id

    params["collectionId"] = collection_id

    params["createdAfter"] = created_after

    params["createdBefore"] = created_before

    params["inferenceId"] = inference_id

    params["modelId"] = model_id

    params["originalAssets"] = original_assets

    params["pageSize"] = page_size

    params["paginationToken"] = pagination_token

    params["parentAssetId"] = parent_asset_id

    json_privacy: str | Unset = UNSET
    if not isinstance(privacy, Unset):
        json_privacy = privacy.value

    params["privacy"] = json_privacy

    params["rootAssetId"] = root_asset_id

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    json_sort_direction: str | Unset = UNSET
    if not isinstance(sort_direction, Unset):
        json_sort_direction = sort_direction.value

    params["sortDirection"] = json_sort_direction

    params["tags"] = tags

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_types: list[str] | Unset = UNSET
    if not isinstance(types, Unset):
        json_types = []
        for types_item_data in types:
            types_item = types_item_data.value
            json_types.append(types_item)

    params["types"] = json_types

    params["updatedAfter"] = updated_after

    params["updatedBefore"] = updated_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}
    # scenario-assets: array query parameters are `style: form, explode: false` (comma-joined).
    if "types" in params:
        params["types"] = ",".join(str(v) for v in params["types"])

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetListResponse | Error | None:
    if response.status_code == 200:
        response_200 = AssetListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Error.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Error.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if 500 <= response.status_code <= 599:
        response_5xx = Error.from_dict(response.json())

        return response_5xx

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssetListResponse | Error]:
    # scenario-assets: a success body that does not match the spec raises a typed error that
    # keeps the raw body; an error body that does not parse (HTML from a proxy, say) is left
    # unparsed so the caller still sees the status.
    try:
        parsed = _parse_response(client=client, response=response)
    except errors.UnexpectedStatus:
        raise
    except (errors.ResponseFieldError, KeyError, TypeError, ValueError, AttributeError) as exc:
        if 200 <= response.status_code < 300:
            raise errors.InvalidResponseBody(response.status_code, response.content, exc) from exc
        parsed = None
    try:
        status_code = HTTPStatus(response.status_code)
    except ValueError:  # a status outside the IANA registry, e.g. 499
        status_code = response.status_code  # type: ignore[assignment]
    return Response(
        status_code=status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    author_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    inference_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    page_size: int | Unset = 50,
    pagination_token: str | Unset = UNSET,
    parent_asset_id: str | Unset = UNSET,
    privacy: AssetPrivacy | Unset = UNSET,
    root_asset_id: str | Unset = UNSET,
    sort_by: AssetSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: AssetType | Unset = UNSET,
    types: list[AssetType] | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> Response[AssetListResponse | Error]:
    """List

     List assets of a project team. Supports both public access (via the `Authorization` header set to
    `public-auth-token`) and authenticated user access (including API keys).

    Args:
        author_id (str | Unset):
        collection_id (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        inference_id (str | Unset):
        model_id (str | Unset):
        original_assets (bool | Unset):
        page_size (int | Unset):  Default: 50.
        pagination_token (str | Unset):
        parent_asset_id (str | Unset):
        privacy (AssetPrivacy | Unset):
        root_asset_id (str | Unset):
        sort_by (AssetSortField | Unset): What a listing is sorted by.
        sort_direction (SortDirection | Unset): Ascending or descending order.
        tags (str | Unset):
        type_ (AssetType | Unset):
        types (list[AssetType] | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetListResponse | Error]
    """

    kwargs = _get_kwargs(
        author_id=author_id,
        collection_id=collection_id,
        created_after=created_after,
        created_before=created_before,
        inference_id=inference_id,
        model_id=model_id,
        original_assets=original_assets,
        page_size=page_size,
        pagination_token=pagination_token,
        parent_asset_id=parent_asset_id,
        privacy=privacy,
        root_asset_id=root_asset_id,
        sort_by=sort_by,
        sort_direction=sort_direction,
        tags=tags,
        type_=type_,
        types=types,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    author_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    inference_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    page_size: int | Unset = 50,
    pagination_token: str | Unset = UNSET,
    parent_asset_id: str | Unset = UNSET,
    privacy: AssetPrivacy | Unset = UNSET,
    root_asset_id: str | Unset = UNSET,
    sort_by: AssetSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: AssetType | Unset = UNSET,
    types: list[AssetType] | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> AssetListResponse | Error | None:
    """List

     List assets of a project team. Supports both public access (via the `Authorization` header set to
    `public-auth-token`) and authenticated user access (including API keys).

    Args:
        author_id (str | Unset):
        collection_id (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        inference_id (str | Unset):
        model_id (str | Unset):
        original_assets (bool | Unset):
        page_size (int | Unset):  Default: 50.
        pagination_token (str | Unset):
        parent_asset_id (str | Unset):
        privacy (AssetPrivacy | Unset):
        root_asset_id (str | Unset):
        sort_by (AssetSortField | Unset): What a listing is sorted by.
        sort_direction (SortDirection | Unset): Ascending or descending order.
        tags (str | Unset):
        type_ (AssetType | Unset):
        types (list[AssetType] | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetListResponse | Error
    """

    return sync_detailed(
        client=client,
        author_id=author_id,
        collection_id=collection_id,
        created_after=created_after,
        created_before=created_before,
        inference_id=inference_id,
        model_id=model_id,
        original_assets=original_assets,
        page_size=page_size,
        pagination_token=pagination_token,
        parent_asset_id=parent_asset_id,
        privacy=privacy,
        root_asset_id=root_asset_id,
        sort_by=sort_by,
        sort_direction=sort_direction,
        tags=tags,
        type_=type_,
        types=types,
        updated_after=updated_after,
        updated_before=updated_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    author_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    inference_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    page_size: int | Unset = 50,
    pagination_token: str | Unset = UNSET,
    parent_asset_id: str | Unset = UNSET,
    privacy: AssetPrivacy | Unset = UNSET,
    root_asset_id: str | Unset = UNSET,
    sort_by: AssetSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: AssetType | Unset = UNSET,
    types: list[AssetType] | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> Response[AssetListResponse | Error]:
    """List

     List assets of a project team. Supports both public access (via the `Authorization` header set to
    `public-auth-token`) and authenticated user access (including API keys).

    Args:
        author_id (str | Unset):
        collection_id (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        inference_id (str | Unset):
        model_id (str | Unset):
        original_assets (bool | Unset):
        page_size (int | Unset):  Default: 50.
        pagination_token (str | Unset):
        parent_asset_id (str | Unset):
        privacy (AssetPrivacy | Unset):
        root_asset_id (str | Unset):
        sort_by (AssetSortField | Unset): What a listing is sorted by.
        sort_direction (SortDirection | Unset): Ascending or descending order.
        tags (str | Unset):
        type_ (AssetType | Unset):
        types (list[AssetType] | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetListResponse | Error]
    """

    kwargs = _get_kwargs(
        author_id=author_id,
        collection_id=collection_id,
        created_after=created_after,
        created_before=created_before,
        inference_id=inference_id,
        model_id=model_id,
        original_assets=original_assets,
        page_size=page_size,
        pagination_token=pagination_token,
        parent_asset_id=parent_asset_id,
        privacy=privacy,
        root_asset_id=root_asset_id,
        sort_by=sort_by,
        sort_direction=sort_direction,
        tags=tags,
        type_=type_,
        types=types,
        updated_after=updated_after,
        updated_before=updated_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    author_id: str | Unset = UNSET,
    collection_id: str | Unset = UNSET,
    created_after: str | Unset = UNSET,
    created_before: str | Unset = UNSET,
    inference_id: str | Unset = UNSET,
    model_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    page_size: int | Unset = 50,
    pagination_token: str | Unset = UNSET,
    parent_asset_id: str | Unset = UNSET,
    privacy: AssetPrivacy | Unset = UNSET,
    root_asset_id: str | Unset = UNSET,
    sort_by: AssetSortField | Unset = UNSET,
    sort_direction: SortDirection | Unset = UNSET,
    tags: str | Unset = UNSET,
    type_: AssetType | Unset = UNSET,
    types: list[AssetType] | Unset = UNSET,
    updated_after: str | Unset = UNSET,
    updated_before: str | Unset = UNSET,
) -> AssetListResponse | Error | None:
    """List

     List assets of a project team. Supports both public access (via the `Authorization` header set to
    `public-auth-token`) and authenticated user access (including API keys).

    Args:
        author_id (str | Unset):
        collection_id (str | Unset):
        created_after (str | Unset):
        created_before (str | Unset):
        inference_id (str | Unset):
        model_id (str | Unset):
        original_assets (bool | Unset):
        page_size (int | Unset):  Default: 50.
        pagination_token (str | Unset):
        parent_asset_id (str | Unset):
        privacy (AssetPrivacy | Unset):
        root_asset_id (str | Unset):
        sort_by (AssetSortField | Unset): What a listing is sorted by.
        sort_direction (SortDirection | Unset): Ascending or descending order.
        tags (str | Unset):
        type_ (AssetType | Unset):
        types (list[AssetType] | Unset):
        updated_after (str | Unset):
        updated_before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetListResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            author_id=author_id,
            collection_id=collection_id,
            created_after=created_after,
            created_before=created_before,
            inference_id=inference_id,
            model_id=model_id,
            original_assets=original_assets,
            page_size=page_size,
            pagination_token=pagination_token,
            parent_asset_id=parent_asset_id,
            privacy=privacy,
            root_asset_id=root_asset_id,
            sort_by=sort_by,
            sort_direction=sort_direction,
            tags=tags,
            type_=type_,
            types=types,
            updated_after=updated_after,
            updated_before=updated_before,
        )
    ).parsed
