from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_alibaba_order_logistics_response import (
    GetAlibabaOrderLogisticsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    order_id: str | Unset = UNSET,
    logistics_id: str | Unset = UNSET,
    web_site: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params["logisticsId"] = logistics_id

    params["webSite"] = web_site

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/alibaba/order/logistics/trace",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAlibabaOrderLogisticsResponse | None:
    if response.status_code == 200:
        response_200 = GetAlibabaOrderLogisticsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAlibabaOrderLogisticsResponse]:
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
    logistics_id: str | Unset = UNSET,
    web_site: str | Unset = UNSET,
) -> Response[GetAlibabaOrderLogisticsResponse]:
    """Get the logistics trace of a 1688 order

     Doc title: Obtain logistics tracking information (获取订单的物流跟踪信息)

    Returns the carrier tracking steps of the waybills of one 1688 order. Only the menu entry
    (GET) is known; the path is chosen from the siblings, and the parameters and response
    follow the upstream 1688 buyer-view logistics-trace call (order id, optional logistics id
    and site). As a GET, the order id travels in the query, like `payAlibabaOrder`'s.

    Args:
        order_id (str | Unset):
        logistics_id (str | Unset):
        web_site (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaOrderLogisticsResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        logistics_id=logistics_id,
        web_site=web_site,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    order_id: str | Unset = UNSET,
    logistics_id: str | Unset = UNSET,
    web_site: str | Unset = UNSET,
) -> GetAlibabaOrderLogisticsResponse | None:
    """Get the logistics trace of a 1688 order

     Doc title: Obtain logistics tracking information (获取订单的物流跟踪信息)

    Returns the carrier tracking steps of the waybills of one 1688 order. Only the menu entry
    (GET) is known; the path is chosen from the siblings, and the parameters and response
    follow the upstream 1688 buyer-view logistics-trace call (order id, optional logistics id
    and site). As a GET, the order id travels in the query, like `payAlibabaOrder`'s.

    Args:
        order_id (str | Unset):
        logistics_id (str | Unset):
        web_site (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaOrderLogisticsResponse
    """

    return sync_detailed(
        client=client,
        order_id=order_id,
        logistics_id=logistics_id,
        web_site=web_site,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    order_id: str | Unset = UNSET,
    logistics_id: str | Unset = UNSET,
    web_site: str | Unset = UNSET,
) -> Response[GetAlibabaOrderLogisticsResponse]:
    """Get the logistics trace of a 1688 order

     Doc title: Obtain logistics tracking information (获取订单的物流跟踪信息)

    Returns the carrier tracking steps of the waybills of one 1688 order. Only the menu entry
    (GET) is known; the path is chosen from the siblings, and the parameters and response
    follow the upstream 1688 buyer-view logistics-trace call (order id, optional logistics id
    and site). As a GET, the order id travels in the query, like `payAlibabaOrder`'s.

    Args:
        order_id (str | Unset):
        logistics_id (str | Unset):
        web_site (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaOrderLogisticsResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
        logistics_id=logistics_id,
        web_site=web_site,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    order_id: str | Unset = UNSET,
    logistics_id: str | Unset = UNSET,
    web_site: str | Unset = UNSET,
) -> GetAlibabaOrderLogisticsResponse | None:
    """Get the logistics trace of a 1688 order

     Doc title: Obtain logistics tracking information (获取订单的物流跟踪信息)

    Returns the carrier tracking steps of the waybills of one 1688 order. Only the menu entry
    (GET) is known; the path is chosen from the siblings, and the parameters and response
    follow the upstream 1688 buyer-view logistics-trace call (order id, optional logistics id
    and site). As a GET, the order id travels in the query, like `payAlibabaOrder`'s.

    Args:
        order_id (str | Unset):
        logistics_id (str | Unset):
        web_site (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaOrderLogisticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            order_id=order_id,
            logistics_id=logistics_id,
            web_site=web_site,
        )
    ).parsed
