from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_request_request import DownloadRequestRequest
from ...models.download_request_response import DownloadRequestResponse
from ...models.error import Error
from ...types import UNSET, Response, Unset


def _get_kwargs(
    asset_id: str,
    *,
    body: DownloadRequestRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assets/{asset_id}/download".format(
            asset_id=quote(str(asset_id), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DownloadRequestResponse | Error | None:
    if response.status_code == 200:
        response_200 = DownloadRequestResponse.from_dict(response.json())

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
) -> Response[DownloadRequestResponse | Error]:
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
    body: DownloadRequestRequest | Unset = UNSET,
) -> Response[DownloadRequestResponse | Error]:
    """Request

     Request a link to download the given `assetId` in the given `targetFormat`

    Args:
        asset_id (str):
        body (DownloadRequestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadRequestResponse | Error]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DownloadRequestRequest | Unset = UNSET,
) -> DownloadRequestResponse | Error | None:
    """Request

     Request a link to download the given `assetId` in the given `targetFormat`

    Args:
        asset_id (str):
        body (DownloadRequestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadRequestResponse | Error
    """

    return sync_detailed(
        asset_id=asset_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DownloadRequestRequest | Unset = UNSET,
) -> Response[DownloadRequestResponse | Error]:
    """Request

     Request a link to download the given `assetId` in the given `targetFormat`

    Args:
        asset_id (str):
        body (DownloadRequestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DownloadRequestResponse | Error]
    """

    kwargs = _get_kwargs(
        asset_id=asset_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    asset_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DownloadRequestRequest | Unset = UNSET,
) -> DownloadRequestResponse | Error | None:
    """Request

     Request a link to download the given `assetId` in the given `targetFormat`

    Args:
        asset_id (str):
        body (DownloadRequestRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DownloadRequestResponse | Error
    """

    return (
        await asyncio_detailed(
            asset_id=asset_id,
            client=client,
            body=body,
        )
    ).parsed
