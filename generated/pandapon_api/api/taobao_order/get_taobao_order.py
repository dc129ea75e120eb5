from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_taobao_order_response import GetTaobaoOrderResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/taobao/order/detail",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaobaoOrderResponse | None:
    if response.status_code == 200:
        response_200 = GetTaobaoOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaobaoOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    order_id: str | Unset = UNSET,
) -> Response[GetTaobaoOrderResponse]:
    """Get one Taobao order by id

     Doc title: Get order details according to order ID (根据订单ID获取订单详情)

    Returns one Taobao order with its sub-orders (lines), amounts, receiver, sub-order
    logistics and refund state. Only the menu entry (GET) was seen; path, parameter and
    response are inferred: the query parameter is named `orderId` as in PandaPon's other
    order calls, and the order model is the upstream Taobao Global purchase-order query's,
    shared with `listTaobaoOrders` and `createTaobaoOrder`.

    Alternatives: the paths `/v2/taobao/order/get` or `/v2/taobao/order/detail/get` (the Taobao
    GET siblings end in `/get`); the parameter named `purchaseOrderId` or `purchaseId`.
    `orderId` is marked a guess (`x-pandapon-inferred`), so the SDK sends a call without it by
    default.

    Args:
        order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    order_id: str | Unset = UNSET,
) -> GetTaobaoOrderResponse | None:
    """Get one Taobao order by id

     Doc title: Get order details according to order ID (根据订单ID获取订单详情)

    Returns one Taobao order with its sub-orders (lines), amounts, receiver, sub-order
    logistics and refund state. Only the menu entry (GET) was seen; path, parameter and
    response are inferred: the query parameter is named `orderId` as in PandaPon's other
    order calls, and the order model is the upstream Taobao Global purchase-order query's,
    shared with `listTaobaoOrders` and `createTaobaoOrder`.

    Alternatives: the paths `/v2/taobao/order/get` or `/v2/taobao/order/detail/get` (the Taobao
    GET siblings end in `/get`); the parameter named `purchaseOrderId` or `purchaseId`.
    `orderId` is marked a guess (`x-pandapon-inferred`), so the SDK sends a call without it by
    default.

    Args:
        order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoOrderResponse
    """

    return sync_detailed(
        client=client,
        order_id=order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    order_id: str | Unset = UNSET,
) -> Response[GetTaobaoOrderResponse]:
    """Get one Taobao order by id

     Doc title: Get order details according to order ID (根据订单ID获取订单详情)

    Returns one Taobao order with its sub-orders (lines), amounts, receiver, sub-order
    logistics and refund state. Only the menu entry (GET) was seen; path, parameter and
    response are inferred: the query parameter is named `orderId` as in PandaPon's other
    order calls, and the order model is the upstream Taobao Global purchase-order query's,
    shared with `listTaobaoOrders` and `createTaobaoOrder`.

    Alternatives: the paths `/v2/taobao/order/get` or `/v2/taobao/order/detail/get` (the Taobao
    GET siblings end in `/get`); the parameter named `purchaseOrderId` or `purchaseId`.
    `orderId` is marked a guess (`x-pandapon-inferred`), so the SDK sends a call without it by
    default.

    Args:
        order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    order_id: str | Unset = UNSET,
) -> GetTaobaoOrderResponse | None:
    """Get one Taobao order by id

     Doc title: Get order details according to order ID (根据订单ID获取订单详情)

    Returns one Taobao order with its sub-orders (lines), amounts, receiver, sub-order
    logistics and refund state. Only the menu entry (GET) was seen; path, parameter and
    response are inferred: the query parameter is named `orderId` as in PandaPon's other
    order calls, and the order model is the upstream Taobao Global purchase-order query's,
    shared with `listTaobaoOrders` and `createTaobaoOrder`.

    Alternatives: the paths `/v2/taobao/order/get` or `/v2/taobao/order/detail/get` (the Taobao
    GET siblings end in `/get`); the parameter named `purchaseOrderId` or `purchaseId`.
    `orderId` is marked a guess (`x-pandapon-inferred`), so the SDK sends a call without it by
    default.

    Args:
        order_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            order_id=order_id,
        )
    ).parsed
