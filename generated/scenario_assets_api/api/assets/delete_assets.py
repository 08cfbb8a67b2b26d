from http import HTTPStatus
from typing import Any

import httpx
from scenario_assets_runtime._models import any_body as _any_body  # scenario-assets: bodies of any type

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.asset_delete_multiple_request import AssetDeleteMultipleRequest
from ...models.error import Error
from ...types import Response


def _get_kwargs(
    *,
    body: AssetDeleteMultipleRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | None:
    if response.status_code == 200:
        response_200 = _any_body(response.content)
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error]:
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
    body: AssetDeleteMultipleRequest,
) -> Response[Any | Error]:
    """Delete Multiple

     Delete multiple assets

    Args:
        body (AssetDeleteMultipleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AssetDeleteMultipleRequest,
) -> Any | Error | None:
    """Delete Multiple

     Delete multiple assets

    Args:
        body (AssetDeleteMultipleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AssetDeleteMultipleRequest,
) -> Response[Any | Error]:
    """Delete Multiple

     Delete multiple assets

    Args:
        body (AssetDeleteMultipleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AssetDeleteMultipleRequest,
) -> Any | Error | None:
    """Delete Multiple

     Delete multiple assets

    Args:
        body (AssetDeleteMultipleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
