from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_taobao_order_logistics_response import (
    GetTaobaoOrderLogisticsResponse,
)
from ...types import UNSET, Response


def _get_kwargs(
    *,
    sub_purchase_order_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["subPurchaseOrderId"] = sub_purchase_order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/taobao/order/logistics/detail/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaobaoOrderLogisticsResponse | None:
    if response.status_code == 200:
        response_200 = GetTaobaoOrderLogisticsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaobaoOrderLogisticsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    sub_purchase_order_id: str,
) -> Response[GetTaobaoOrderLogisticsResponse]:
    """Get the domestic logistics of a Taobao sub-order

     Doc title: Get logistics details (获取物流详情)

    Returns the parcels of one Taobao purchase sub-order: waybill number, tracking events,
    carrier, receiver and the goods in each parcel. Keyed by the Taobao sub-purchase-order id
    (the `subPurchaseOrderId` of a `TaobaoSubOrder`), not by the PandaPon order id. A real
    older-generation response shows times as "yyyy-MM-dd HH:mm:ss" strings and null values.

    Args:
        sub_purchase_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoOrderLogisticsResponse]
    """

    kwargs = _get_kwargs(
        sub_purchase_order_id=sub_purchase_order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    sub_purchase_order_id: str,
) -> GetTaobaoOrderLogisticsResponse | None:
    """Get the domestic logistics of a Taobao sub-order

     Doc title: Get logistics details (获取物流详情)

    Returns the parcels of one Taobao purchase sub-order: waybill number, tracking events,
    carrier, receiver and the goods in each parcel. Keyed by the Taobao sub-purchase-order id
    (the `subPurchaseOrderId` of a `TaobaoSubOrder`), not by the PandaPon order id. A real
    older-generation response shows times as "yyyy-MM-dd HH:mm:ss" strings and null values.

    Args:
        sub_purchase_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoOrderLogisticsResponse
    """

    return sync_detailed(
        client=client,
        sub_purchase_order_id=sub_purchase_order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    sub_purchase_order_id: str,
) -> Response[GetTaobaoOrderLogisticsResponse]:
    """Get the domestic logistics of a Taobao sub-order

     Doc title: Get logistics details (获取物流详情)

    Returns the parcels of one Taobao purchase sub-order: waybill number, tracking events,
    carrier, receiver and the goods in each parcel. Keyed by the Taobao sub-purchase-order id
    (the `subPurchaseOrderId` of a `TaobaoSubOrder`), not by the PandaPon order id. A real
    older-generation response shows times as "yyyy-MM-dd HH:mm:ss" strings and null values.

    Args:
        sub_purchase_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoOrderLogisticsResponse]
    """

    kwargs = _get_kwargs(
        sub_purchase_order_id=sub_purchase_order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    sub_purchase_order_id: str,
) -> GetTaobaoOrderLogisticsResponse | None:
    """Get the domestic logistics of a Taobao sub-order

     Doc title: Get logistics details (获取物流详情)

    Returns the parcels of one Taobao purchase sub-order: waybill number, tracking events,
    carrier, receiver and the goods in each parcel. Keyed by the Taobao sub-purchase-order id
    (the `subPurchaseOrderId` of a `TaobaoSubOrder`), not by the PandaPon order id. A real
    older-generation response shows times as "yyyy-MM-dd HH:mm:ss" strings and null values.

    Args:
        sub_purchase_order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoOrderLogisticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sub_purchase_order_id=sub_purchase_order_id,
        )
    ).parsed
