from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_taobao_order_request import CancelTaobaoOrderRequest
from ...models.cancel_taobao_order_response import CancelTaobaoOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CancelTaobaoOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/cancel",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelTaobaoOrderResponse | None:
    if response.status_code == 200:
        response_200 = CancelTaobaoOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelTaobaoOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelTaobaoOrderRequest,
) -> Response[CancelTaobaoOrderResponse]:
    """Cancel a Taobao order

     Doc title: Cancel Order (取消订单)

    Cancels an unpaid Taobao order. Only the menu entry (POST) was seen; path and body are
    inferred from PandaPon's 1688 cancel (`orderId`, `cancelReason`, `remark`) and the
    upstream Taobao Global asynchronous cancel, which needs a reason and reports the result
    later as a status change to TRADE_CLOSED. `data` is taken to be a boolean as in the 1688
    cancel.

    Alternatives: the path `/v2/taobao/purchase/cancel` (twin platform); the order named by
    `purchaseOrderId`, `purchaseId` or a list of ids (upstream `sub_purchase_orderId_list`);
    `cancelReason` may be required, as upstream requires a reason.

    Args:
        body (CancelTaobaoOrderRequest): Inferred body, named as PandaPon's 1688 cancel names it;
            the upstream cancel requires a reason, so sending one is advisable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTaobaoOrderResponse]
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
    body: CancelTaobaoOrderRequest,
) -> CancelTaobaoOrderResponse | None:
    """Cancel a Taobao order

     Doc title: Cancel Order (取消订单)

    Cancels an unpaid Taobao order. Only the menu entry (POST) was seen; path and body are
    inferred from PandaPon's 1688 cancel (`orderId`, `cancelReason`, `remark`) and the
    upstream Taobao Global asynchronous cancel, which needs a reason and reports the result
    later as a status change to TRADE_CLOSED. `data` is taken to be a boolean as in the 1688
    cancel.

    Alternatives: the path `/v2/taobao/purchase/cancel` (twin platform); the order named by
    `purchaseOrderId`, `purchaseId` or a list of ids (upstream `sub_purchase_orderId_list`);
    `cancelReason` may be required, as upstream requires a reason.

    Args:
        body (CancelTaobaoOrderRequest): Inferred body, named as PandaPon's 1688 cancel names it;
            the upstream cancel requires a reason, so sending one is advisable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTaobaoOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelTaobaoOrderRequest,
) -> Response[CancelTaobaoOrderResponse]:
    """Cancel a Taobao order

     Doc title: Cancel Order (取消订单)

    Cancels an unpaid Taobao order. Only the menu entry (POST) was seen; path and body are
    inferred from PandaPon's 1688 cancel (`orderId`, `cancelReason`, `remark`) and the
    upstream Taobao Global asynchronous cancel, which needs a reason and reports the result
    later as a status change to TRADE_CLOSED. `data` is taken to be a boolean as in the 1688
    cancel.

    Alternatives: the path `/v2/taobao/purchase/cancel` (twin platform); the order named by
    `purchaseOrderId`, `purchaseId` or a list of ids (upstream `sub_purchase_orderId_list`);
    `cancelReason` may be required, as upstream requires a reason.

    Args:
        body (CancelTaobaoOrderRequest): Inferred body, named as PandaPon's 1688 cancel names it;
            the upstream cancel requires a reason, so sending one is advisable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTaobaoOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CancelTaobaoOrderRequest,
) -> CancelTaobaoOrderResponse | None:
    """Cancel a Taobao order

     Doc title: Cancel Order (取消订单)

    Cancels an unpaid Taobao order. Only the menu entry (POST) was seen; path and body are
    inferred from PandaPon's 1688 cancel (`orderId`, `cancelReason`, `remark`) and the
    upstream Taobao Global asynchronous cancel, which needs a reason and reports the result
    later as a status change to TRADE_CLOSED. `data` is taken to be a boolean as in the 1688
    cancel.

    Alternatives: the path `/v2/taobao/purchase/cancel` (twin platform); the order named by
    `purchaseOrderId`, `purchaseId` or a list of ids (upstream `sub_purchase_orderId_list`);
    `cancelReason` may be required, as upstream requires a reason.

    Args:
        body (CancelTaobaoOrderRequest): Inferred body, named as PandaPon's 1688 cancel names it;
            the upstream cancel requires a reason, so sending one is advisable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTaobaoOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
