from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.render_taobao_return_logistics_response import (
    RenderTaobaoReturnLogisticsResponse,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    refund_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["refundId"] = refund_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/taobao/order/refund/logistics/render",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RenderTaobaoReturnLogisticsResponse | None:
    if response.status_code == 200:
        response_200 = RenderTaobaoReturnLogisticsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RenderTaobaoReturnLogisticsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    refund_id: str | Unset = UNSET,
) -> Response[RenderTaobaoReturnLogisticsResponse]:
    """Get the return-shipment form of a Taobao refund

     Doc title: Return logistics rendering (退货物流渲染)

    For a return-and-refund the seller has accepted, fetches what the buyer needs to ship the
    goods back (return address, seller's note, carriers). Only the menu entry (GET, in every
    generation) is known: the path is chosen from the sibling after-sales paths, the `refundId`
    query parameter and the response shape are inferred (the response mirrors the `logistics`
    part of the refund aggregate plus a carrier list).

    Alternatives: `refundId` in the path (`/v2/taobao/order/refund/logistics/render/{refundId}`,
    as the GET cancel takes it) instead of the query (as the GET detail takes it); the path
    `/v2/taobao/order/refund/return/logistics/render`.

    Args:
        refund_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderTaobaoReturnLogisticsResponse]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    refund_id: str | Unset = UNSET,
) -> RenderTaobaoReturnLogisticsResponse | None:
    """Get the return-shipment form of a Taobao refund

     Doc title: Return logistics rendering (退货物流渲染)

    For a return-and-refund the seller has accepted, fetches what the buyer needs to ship the
    goods back (return address, seller's note, carriers). Only the menu entry (GET, in every
    generation) is known: the path is chosen from the sibling after-sales paths, the `refundId`
    query parameter and the response shape are inferred (the response mirrors the `logistics`
    part of the refund aggregate plus a carrier list).

    Alternatives: `refundId` in the path (`/v2/taobao/order/refund/logistics/render/{refundId}`,
    as the GET cancel takes it) instead of the query (as the GET detail takes it); the path
    `/v2/taobao/order/refund/return/logistics/render`.

    Args:
        refund_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderTaobaoReturnLogisticsResponse
    """

    return sync_detailed(
        client=client,
        refund_id=refund_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    refund_id: str | Unset = UNSET,
) -> Response[RenderTaobaoReturnLogisticsResponse]:
    """Get the return-shipment form of a Taobao refund

     Doc title: Return logistics rendering (退货物流渲染)

    For a return-and-refund the seller has accepted, fetches what the buyer needs to ship the
    goods back (return address, seller's note, carriers). Only the menu entry (GET, in every
    generation) is known: the path is chosen from the sibling after-sales paths, the `refundId`
    query parameter and the response shape are inferred (the response mirrors the `logistics`
    part of the refund aggregate plus a carrier list).

    Alternatives: `refundId` in the path (`/v2/taobao/order/refund/logistics/render/{refundId}`,
    as the GET cancel takes it) instead of the query (as the GET detail takes it); the path
    `/v2/taobao/order/refund/return/logistics/render`.

    Args:
        refund_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderTaobaoReturnLogisticsResponse]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    refund_id: str | Unset = UNSET,
) -> RenderTaobaoReturnLogisticsResponse | None:
    """Get the return-shipment form of a Taobao refund

     Doc title: Return logistics rendering (退货物流渲染)

    For a return-and-refund the seller has accepted, fetches what the buyer needs to ship the
    goods back (return address, seller's note, carriers). Only the menu entry (GET, in every
    generation) is known: the path is chosen from the sibling after-sales paths, the `refundId`
    query parameter and the response shape are inferred (the response mirrors the `logistics`
    part of the refund aggregate plus a carrier list).

    Alternatives: `refundId` in the path (`/v2/taobao/order/refund/logistics/render/{refundId}`,
    as the GET cancel takes it) instead of the query (as the GET detail takes it); the path
    `/v2/taobao/order/refund/return/logistics/render`.

    Args:
        refund_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderTaobaoReturnLogisticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            refund_id=refund_id,
        )
    ).parsed
