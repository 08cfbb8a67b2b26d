from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_get_bulk_request import AssetGetBulkRequest
from ...models.asset_get_bulk_response import AssetGetBulkResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AssetGetBulkRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["originalAssets"] = original_assets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/get-bulk",
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetGetBulkResponse | Error | None:
    if response.status_code == 200:
        response_200 = AssetGetBulkResponse.from_dict(response.json())

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
) -> Response[AssetGetBulkResponse | Error]:
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
    client: AuthenticatedClient | Client,
    body: AssetGetBulkRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> Response[AssetGetBulkResponse | Error]:
    """Get Bulk

     Get multiple assets by their IDs

    Args:
        original_assets (bool | Unset):
        body (AssetGetBulkRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetGetBulkResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        original_assets=original_assets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AssetGetBulkRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> AssetGetBulkResponse | Error | None:
    """Get Bulk

     Get multiple assets by their IDs

    Args:
        original_assets (bool | Unset):
        body (AssetGetBulkRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetGetBulkResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
        original_assets=original_assets,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetGetBulkRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> Response[AssetGetBulkResponse | Error]:
    """Get Bulk

     Get multiple assets by their IDs

    Args:
        original_assets (bool | Unset):
        body (AssetGetBulkRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetGetBulkResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
        original_assets=original_assets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetGetBulkRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> AssetGetBulkResponse | Error | None:
    """Get Bulk

     Get multiple assets by their IDs

    Args:
        original_assets (bool | Unset):
        body (AssetGetBulkRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetGetBulkResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            original_assets=original_assets,
        )
    ).parsed
