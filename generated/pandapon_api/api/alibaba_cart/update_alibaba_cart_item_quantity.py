from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_alibaba_cart_item_quantity_request import (
    UpdateAlibabaCartItemQuantityRequest,
)
from ...models.update_alibaba_cart_item_quantity_response import (
    UpdateAlibabaCartItemQuantityResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: UpdateAlibabaCartItemQuantityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/cart/edit-quantity",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateAlibabaCartItemQuantityResponse | None:
    if response.status_code == 200:
        response_200 = UpdateAlibabaCartItemQuantityResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateAlibabaCartItemQuantityResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAlibabaCartItemQuantityRequest,
) -> Response[UpdateAlibabaCartItemQuantityResponse]:
    """Change the quantity of a 1688 cart line

     Doc title: Edit item quantity

    Sets a new quantity on one cart line (`id` = cart record id). Read on the older Chinese
    page only; the path follows the /v2 prefix rule from `/alibaba/cart/edit-quantity`. That
    page also lists `updateTime`, a serialized server-side date object that clients can
    presumably leave out, and `productNo`/`container`, whose purpose is not documented.
    `data` is a bare boolean.

    Args:
        body (UpdateAlibabaCartItemQuantityRequest): As on the older Chinese page, which marks no
            field required and types every field nullable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAlibabaCartItemQuantityResponse]
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
    body: UpdateAlibabaCartItemQuantityRequest,
) -> UpdateAlibabaCartItemQuantityResponse | None:
    """Change the quantity of a 1688 cart line

     Doc title: Edit item quantity

    Sets a new quantity on one cart line (`id` = cart record id). Read on the older Chinese
    page only; the path follows the /v2 prefix rule from `/alibaba/cart/edit-quantity`. That
    page also lists `updateTime`, a serialized server-side date object that clients can
    presumably leave out, and `productNo`/`container`, whose purpose is not documented.
    `data` is a bare boolean.

    Args:
        body (UpdateAlibabaCartItemQuantityRequest): As on the older Chinese page, which marks no
            field required and types every field nullable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAlibabaCartItemQuantityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateAlibabaCartItemQuantityRequest,
) -> Response[UpdateAlibabaCartItemQuantityResponse]:
    """Change the quantity of a 1688 cart line

     Doc title: Edit item quantity

    Sets a new quantity on one cart line (`id` = cart record id). Read on the older Chinese
    page only; the path follows the /v2 prefix rule from `/alibaba/cart/edit-quantity`. That
    page also lists `updateTime`, a serialized server-side date object that clients can
    presumably leave out, and `productNo`/`container`, whose purpose is not documented.
    `data` is a bare boolean.

    Args:
        body (UpdateAlibabaCartItemQuantityRequest): As on the older Chinese page, which marks no
            field required and types every field nullable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateAlibabaCartItemQuantityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateAlibabaCartItemQuantityRequest,
) -> UpdateAlibabaCartItemQuantityResponse | None:
    """Change the quantity of a 1688 cart line

     Doc title: Edit item quantity

    Sets a new quantity on one cart line (`id` = cart record id). Read on the older Chinese
    page only; the path follows the /v2 prefix rule from `/alibaba/cart/edit-quantity`. That
    page also lists `updateTime`, a serialized server-side date object that clients can
    presumably leave out, and `productNo`/`container`, whose purpose is not documented.
    `data` is a bare boolean.

    Args:
        body (UpdateAlibabaCartItemQuantityRequest): As on the older Chinese page, which marks no
            field required and types every field nullable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateAlibabaCartItemQuantityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
