from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pay_taobao_order_request import PayTaobaoOrderRequest
from ...models.pay_taobao_order_response import PayTaobaoOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: PayTaobaoOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/pay",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayTaobaoOrderResponse | None:
    if response.status_code == 200:
        response_200 = PayTaobaoOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayTaobaoOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PayTaobaoOrderRequest,
) -> Response[PayTaobaoOrderResponse]:
    """Pay a Taobao order

     Doc title: Payment Order (支付订单)

    Pays a Taobao order from the developer's balance. Only the menu entry (POST) was seen;
    path and body are inferred. The body names the order by `orderId` as PandaPon's other
    order calls do; the upstream Taobao Global batch pay takes a list of up to 10 purchase
    order ids instead (`purchaseOrderIdList`), which may be sent as an extra field. The
    response follows that upstream batch pay: which orders will be paid and which failed.

    Alternatives: the path `/v2/taobao/purchase/pay` (twin platform); the orders named by a list
    (`purchaseOrderIdList`, upstream up to 10) instead of one `orderId`.

    Args:
        body (PayTaobaoOrderRequest): Inferred body. PandaPon's order calls name the order
            `orderId`; the upstream batch pay uses `purchaseOrderIdList` (at most 10 ids), which can
            be sent as an extra field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PayTaobaoOrderResponse]
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
    body: PayTaobaoOrderRequest,
) -> PayTaobaoOrderResponse | None:
    """Pay a Taobao order

     Doc title: Payment Order (支付订单)

    Pays a Taobao order from the developer's balance. Only the menu entry (POST) was seen;
    path and body are inferred. The body names the order by `orderId` as PandaPon's other
    order calls do; the upstream Taobao Global batch pay takes a list of up to 10 purchase
    order ids instead (`purchaseOrderIdList`), which may be sent as an extra field. The
    response follows that upstream batch pay: which orders will be paid and which failed.

    Alternatives: the path `/v2/taobao/purchase/pay` (twin platform); the orders named by a list
    (`purchaseOrderIdList`, upstream up to 10) instead of one `orderId`.

    Args:
        body (PayTaobaoOrderRequest): Inferred body. PandaPon's order calls name the order
            `orderId`; the upstream batch pay uses `purchaseOrderIdList` (at most 10 ids), which can
            be sent as an extra field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PayTaobaoOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PayTaobaoOrderRequest,
) -> Response[PayTaobaoOrderResponse]:
    """Pay a Taobao order

     Doc title: Payment Order (支付订单)

    Pays a Taobao order from the developer's balance. Only the menu entry (POST) was seen;
    path and body are inferred. The body names the order by `orderId` as PandaPon's other
    order calls do; the upstream Taobao Global batch pay takes a list of up to 10 purchase
    order ids instead (`purchaseOrderIdList`), which may be sent as an extra field. The
    response follows that upstream batch pay: which orders will be paid and which failed.

    Alternatives: the path `/v2/taobao/purchase/pay` (twin platform); the orders named by a list
    (`purchaseOrderIdList`, upstream up to 10) instead of one `orderId`.

    Args:
        body (PayTaobaoOrderRequest): Inferred body. PandaPon's order calls name the order
            `orderId`; the upstream batch pay uses `purchaseOrderIdList` (at most 10 ids), which can
            be sent as an extra field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PayTaobaoOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PayTaobaoOrderRequest,
) -> PayTaobaoOrderResponse | None:
    """Pay a Taobao order

     Doc title: Payment Order (支付订单)

    Pays a Taobao order from the developer's balance. Only the menu entry (POST) was seen;
    path and body are inferred. The body names the order by `orderId` as PandaPon's other
    order calls do; the upstream Taobao Global batch pay takes a list of up to 10 purchase
    order ids instead (`purchaseOrderIdList`), which may be sent as an extra field. The
    response follows that upstream batch pay: which orders will be paid and which failed.

    Alternatives: the path `/v2/taobao/purchase/pay` (twin platform); the orders named by a list
    (`purchaseOrderIdList`, upstream up to 10) instead of one `orderId`.

    Args:
        body (PayTaobaoOrderRequest): Inferred body. PandaPon's order calls name the order
            `orderId`; the upstream batch pay uses `purchaseOrderIdList` (at most 10 ids), which can
            be sent as an extra field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PayTaobaoOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
