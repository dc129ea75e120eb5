from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_addresses_request import ListAddressesRequest
from ...models.list_addresses_response import ListAddressesResponse
from ...types import UNSET, Response, Unset, to_jsonable


def _get_kwargs(
    *,
    body: ListAddressesRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/open/address/list",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAddressesResponse | None:
    if response.status_code == 200:
        response_200 = ListAddressesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAddressesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAddressesRequest | Unset = UNSET,
) -> Response[ListAddressesResponse]:
    """List the user's saved shipping addresses

     Doc title: Get user address information

    Returns the shipping addresses saved for the calling user (the ones created or edited with
    `saveAddress`). Only the menu title and the method (POST, from the menu) are known: the page
    body was never visible, so the path (the `/v2/open/address/` sibling of addOrUpdate), the
    request body and the response are inferred. The request body takes no known field; send an
    empty object. The response is assumed to be a list of addresses with the addOrUpdate fields
    plus `id`; a single address object is accepted too.

    Args:
        body (ListAddressesRequest | Unset): Body of `listAddresses`. No field is known (the page
            body was never visible); send an empty object. Extra fields are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAddressesResponse]
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
    client: AuthenticatedClient,
    body: ListAddressesRequest | Unset = UNSET,
) -> ListAddressesResponse | None:
    """List the user's saved shipping addresses

     Doc title: Get user address information

    Returns the shipping addresses saved for the calling user (the ones created or edited with
    `saveAddress`). Only the menu title and the method (POST, from the menu) are known: the page
    body was never visible, so the path (the `/v2/open/address/` sibling of addOrUpdate), the
    request body and the response are inferred. The request body takes no known field; send an
    empty object. The response is assumed to be a list of addresses with the addOrUpdate fields
    plus `id`; a single address object is accepted too.

    Args:
        body (ListAddressesRequest | Unset): Body of `listAddresses`. No field is known (the page
            body was never visible); send an empty object. Extra fields are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAddressesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAddressesRequest | Unset = UNSET,
) -> Response[ListAddressesResponse]:
    """List the user's saved shipping addresses

     Doc title: Get user address information

    Returns the shipping addresses saved for the calling user (the ones created or edited with
    `saveAddress`). Only the menu title and the method (POST, from the menu) are known: the page
    body was never visible, so the path (the `/v2/open/address/` sibling of addOrUpdate), the
    request body and the response are inferred. The request body takes no known field; send an
    empty object. The response is assumed to be a list of addresses with the addOrUpdate fields
    plus `id`; a single address object is accepted too.

    Args:
        body (ListAddressesRequest | Unset): Body of `listAddresses`. No field is known (the page
            body was never visible); send an empty object. Extra fields are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAddressesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListAddressesRequest | Unset = UNSET,
) -> ListAddressesResponse | None:
    """List the user's saved shipping addresses

     Doc title: Get user address information

    Returns the shipping addresses saved for the calling user (the ones created or edited with
    `saveAddress`). Only the menu title and the method (POST, from the menu) are known: the page
    body was never visible, so the path (the `/v2/open/address/` sibling of addOrUpdate), the
    request body and the response are inferred. The request body takes no known field; send an
    empty object. The response is assumed to be a list of addresses with the addOrUpdate fields
    plus `id`; a single address object is accepted too.

    Args:
        body (ListAddressesRequest | Unset): Body of `listAddresses`. No field is known (the page
            body was never visible); send an empty object. Extra fields are allowed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAddressesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
