from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_unlock_request import AssetUnlockRequest
from ...models.asset_unlock_response import AssetUnlockResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: str,
    *,
    body: AssetUnlockRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["originalAssets"] = original_assets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assets/{asset_id}/unlock".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssetUnlockResponse | Error | None:
    if response.status_code == 200:
        response_200 = AssetUnlockResponse.from_dict(response.json())

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
) -> Response[AssetUnlockResponse | Error]:
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
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetUnlockRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> Response[AssetUnlockResponse | Error]:
    """Unlock

     Unlock a canvas

    Args:
        asset_id (str):
        original_assets (bool | Unset):
        body (AssetUnlockRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetUnlockResponse | Error]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        original_assets=original_assets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetUnlockRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> AssetUnlockResponse | Error | None:
    """Unlock

     Unlock a canvas

    Args:
        asset_id (str):
        original_assets (bool | Unset):
        body (AssetUnlockRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetUnlockResponse | Error
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        body=body,
        original_assets=original_assets,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetUnlockRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> Response[AssetUnlockResponse | Error]:
    """Unlock

     Unlock a canvas

    Args:
        asset_id (str):
        original_assets (bool | Unset):
        body (AssetUnlockRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssetUnlockResponse | Error]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
        original_assets=original_assets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: AssetUnlockRequest | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> AssetUnlockResponse | Error | None:
    """Unlock

     Unlock a canvas

    Args:
        asset_id (str):
        original_assets (bool | Unset):
        body (AssetUnlockRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssetUnlockResponse | Error
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            body=body,
            original_assets=original_assets,
        )
    ).parsed
