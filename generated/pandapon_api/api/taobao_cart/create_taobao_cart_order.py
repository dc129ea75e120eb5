from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_taobao_cart_order_request import CreateTaobaoCartOrderRequest
from ...models.create_taobao_cart_order_response import CreateTaobaoCartOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CreateTaobaoCartOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/cart/create/order",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTaobaoCartOrderResponse | None:
    if response.status_code == 200:
        response_200 = CreateTaobaoCartOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTaobaoCartOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoCartOrderRequest,
) -> Response[CreateTaobaoCartOrderResponse]:
    """Create a Taobao order from cart items

     Doc title: Create Order (创建订单)

    Turns the chosen cart records into a Taobao order shipped to the given address. The v2 page
    body was not visible; the path follows the v2 prefix rule from the older-generation
    `/open/cart/create/order`, whose body (`ids`, `orderAddress` with snake_case keys such as
    `mobile_phone`, `userId`) is used here. That page marks no field required; `ids` is
    required here because the call means nothing without it. Its response was cut after the
    envelope, so `data` is inferred from the upstream Taobao Global purchase-order create (one
    purchase order per supplier), with a plain string also accepted.

    Args:
        body (CreateTaobaoCartOrderRequest): Body of the older-generation page; `ids` required
            here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaobaoCartOrderResponse]
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
    body: CreateTaobaoCartOrderRequest,
) -> CreateTaobaoCartOrderResponse | None:
    """Create a Taobao order from cart items

     Doc title: Create Order (创建订单)

    Turns the chosen cart records into a Taobao order shipped to the given address. The v2 page
    body was not visible; the path follows the v2 prefix rule from the older-generation
    `/open/cart/create/order`, whose body (`ids`, `orderAddress` with snake_case keys such as
    `mobile_phone`, `userId`) is used here. That page marks no field required; `ids` is
    required here because the call means nothing without it. Its response was cut after the
    envelope, so `data` is inferred from the upstream Taobao Global purchase-order create (one
    purchase order per supplier), with a plain string also accepted.

    Args:
        body (CreateTaobaoCartOrderRequest): Body of the older-generation page; `ids` required
            here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaobaoCartOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoCartOrderRequest,
) -> Response[CreateTaobaoCartOrderResponse]:
    """Create a Taobao order from cart items

     Doc title: Create Order (创建订单)

    Turns the chosen cart records into a Taobao order shipped to the given address. The v2 page
    body was not visible; the path follows the v2 prefix rule from the older-generation
    `/open/cart/create/order`, whose body (`ids`, `orderAddress` with snake_case keys such as
    `mobile_phone`, `userId`) is used here. That page marks no field required; `ids` is
    required here because the call means nothing without it. Its response was cut after the
    envelope, so `data` is inferred from the upstream Taobao Global purchase-order create (one
    purchase order per supplier), with a plain string also accepted.

    Args:
        body (CreateTaobaoCartOrderRequest): Body of the older-generation page; `ids` required
            here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaobaoCartOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoCartOrderRequest,
) -> CreateTaobaoCartOrderResponse | None:
    """Create a Taobao order from cart items

     Doc title: Create Order (创建订单)

    Turns the chosen cart records into a Taobao order shipped to the given address. The v2 page
    body was not visible; the path follows the v2 prefix rule from the older-generation
    `/open/cart/create/order`, whose body (`ids`, `orderAddress` with snake_case keys such as
    `mobile_phone`, `userId`) is used here. That page marks no field required; `ids` is
    required here because the call means nothing without it. Its response was cut after the
    envelope, so `data` is inferred from the upstream Taobao Global purchase-order create (one
    purchase order per supplier), with a plain string also accepted.

    Args:
        body (CreateTaobaoCartOrderRequest): Body of the older-generation page; `ids` required
            here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaobaoCartOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
