from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preview_taobao_cart_order_request import PreviewTaobaoCartOrderRequest
from ...models.preview_taobao_cart_order_response import PreviewTaobaoCartOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: PreviewTaobaoCartOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/cart/preview/order",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PreviewTaobaoCartOrderResponse | None:
    if response.status_code == 200:
        response_200 = PreviewTaobaoCartOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PreviewTaobaoCartOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewTaobaoCartOrderRequest,
) -> Response[PreviewTaobaoCartOrderResponse]:
    """Preview an order made from Taobao cart items

     Doc title: Generate Order Preview (生成订单预览)

    Prices the chosen cart records for a shipping address before the order is created. Only the
    menu entry (POST) is known. The path is chosen from the siblings (`/v2/taobao/cart/create/order`,
    `/v2/alibaba/cart/preview/order`). The body is inferred from the older-generation Taobao
    cart create-order page (cart record `ids`, `orderAddress`, `userId`); the response from the
    upstream Taobao Global purchase-order render (one price block per seller, unavailable SKUs,
    total to pay).

    Args:
        body (PreviewTaobaoCartOrderRequest): Inferred body, the same as the older-generation cart
            create-order body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewTaobaoCartOrderResponse]
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
    body: PreviewTaobaoCartOrderRequest,
) -> PreviewTaobaoCartOrderResponse | None:
    """Preview an order made from Taobao cart items

     Doc title: Generate Order Preview (生成订单预览)

    Prices the chosen cart records for a shipping address before the order is created. Only the
    menu entry (POST) is known. The path is chosen from the siblings (`/v2/taobao/cart/create/order`,
    `/v2/alibaba/cart/preview/order`). The body is inferred from the older-generation Taobao
    cart create-order page (cart record `ids`, `orderAddress`, `userId`); the response from the
    upstream Taobao Global purchase-order render (one price block per seller, unavailable SKUs,
    total to pay).

    Args:
        body (PreviewTaobaoCartOrderRequest): Inferred body, the same as the older-generation cart
            create-order body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewTaobaoCartOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewTaobaoCartOrderRequest,
) -> Response[PreviewTaobaoCartOrderResponse]:
    """Preview an order made from Taobao cart items

     Doc title: Generate Order Preview (生成订单预览)

    Prices the chosen cart records for a shipping address before the order is created. Only the
    menu entry (POST) is known. The path is chosen from the siblings (`/v2/taobao/cart/create/order`,
    `/v2/alibaba/cart/preview/order`). The body is inferred from the older-generation Taobao
    cart create-order page (cart record `ids`, `orderAddress`, `userId`); the response from the
    upstream Taobao Global purchase-order render (one price block per seller, unavailable SKUs,
    total to pay).

    Args:
        body (PreviewTaobaoCartOrderRequest): Inferred body, the same as the older-generation cart
            create-order body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewTaobaoCartOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewTaobaoCartOrderRequest,
) -> PreviewTaobaoCartOrderResponse | None:
    """Preview an order made from Taobao cart items

     Doc title: Generate Order Preview (生成订单预览)

    Prices the chosen cart records for a shipping address before the order is created. Only the
    menu entry (POST) is known. The path is chosen from the siblings (`/v2/taobao/cart/create/order`,
    `/v2/alibaba/cart/preview/order`). The body is inferred from the older-generation Taobao
    cart create-order page (cart record `ids`, `orderAddress`, `userId`); the response from the
    upstream Taobao Global purchase-order render (one price block per seller, unavailable SKUs,
    total to pay).

    Args:
        body (PreviewTaobaoCartOrderRequest): Inferred body, the same as the older-generation cart
            create-order body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewTaobaoCartOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
