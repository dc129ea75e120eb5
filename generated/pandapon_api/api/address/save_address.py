from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.save_address_request import SaveAddressRequest
from ...models.save_address_response import SaveAddressResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SaveAddressRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/open/address/addOrUpdate",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SaveAddressResponse | None:
    if response.status_code == 200:
        response_200 = SaveAddressResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SaveAddressResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SaveAddressRequest,
) -> Response[SaveAddressResponse]:
    """Add a shipping address or update a saved one

     Doc title: Address addition and update (地址新增与更新)

    Creates a saved shipping address, or updates the one with the given `id`. The page marks no
    field as required. How `id` selects between create and update is not stated; most likely an
    omitted or 0 `id` creates a new address and an existing id updates it (inferred). The page
    documents a reduced response of only `code` and `msg`; it is modelled with the standard
    envelope, whose `data` is absent or null here and is typed loosely in case the server does
    return something (e.g. the new id).

    Args:
        body (SaveAddressRequest): Body of `saveAddress` (no schema name on the page; no field
            marked required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SaveAddressResponse]
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
    body: SaveAddressRequest,
) -> SaveAddressResponse | None:
    """Add a shipping address or update a saved one

     Doc title: Address addition and update (地址新增与更新)

    Creates a saved shipping address, or updates the one with the given `id`. The page marks no
    field as required. How `id` selects between create and update is not stated; most likely an
    omitted or 0 `id` creates a new address and an existing id updates it (inferred). The page
    documents a reduced response of only `code` and `msg`; it is modelled with the standard
    envelope, whose `data` is absent or null here and is typed loosely in case the server does
    return something (e.g. the new id).

    Args:
        body (SaveAddressRequest): Body of `saveAddress` (no schema name on the page; no field
            marked required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveAddressResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SaveAddressRequest,
) -> Response[SaveAddressResponse]:
    """Add a shipping address or update a saved one

     Doc title: Address addition and update (地址新增与更新)

    Creates a saved shipping address, or updates the one with the given `id`. The page marks no
    field as required. How `id` selects between create and update is not stated; most likely an
    omitted or 0 `id` creates a new address and an existing id updates it (inferred). The page
    documents a reduced response of only `code` and `msg`; it is modelled with the standard
    envelope, whose `data` is absent or null here and is typed loosely in case the server does
    return something (e.g. the new id).

    Args:
        body (SaveAddressRequest): Body of `saveAddress` (no schema name on the page; no field
            marked required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SaveAddressResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SaveAddressRequest,
) -> SaveAddressResponse | None:
    """Add a shipping address or update a saved one

     Doc title: Address addition and update (地址新增与更新)

    Creates a saved shipping address, or updates the one with the given `id`. The page marks no
    field as required. How `id` selects between create and update is not stated; most likely an
    omitted or 0 `id` creates a new address and an existing id updates it (inferred). The page
    documents a reduced response of only `code` and `msg`; it is modelled with the standard
    envelope, whose `data` is absent or null here and is typed loosely in case the server does
    return something (e.g. the new id).

    Args:
        body (SaveAddressRequest): Body of `saveAddress` (no schema name on the page; no field
            marked required).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SaveAddressResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
