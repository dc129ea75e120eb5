from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_taobao_refund_response import GetTaobaoRefundResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    refund_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["refundId"] = refund_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/taobao/order/refund/query",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaobaoRefundResponse | None:
    if response.status_code == 200:
        response_200 = GetTaobaoRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaobaoRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    refund_id: str,
) -> Response[GetTaobaoRefundResponse]:
    """Get a Taobao refund (reverse order) by id

     Doc title: Detailed interface of reverse order (逆向单详情接口)

    Returns one reverse order: the distributor, the currency and the refund aggregate (return
    logistics, the refund itself with status, type, goods status, reason and fee, and the
    purchase-order line it belongs to). Status, type and goods-status codes are not listed on
    the page; the known values come from the upstream Taobao Global refund query.

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoRefundResponse]
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
    refund_id: str,
) -> GetTaobaoRefundResponse | None:
    """Get a Taobao refund (reverse order) by id

     Doc title: Detailed interface of reverse order (逆向单详情接口)

    Returns one reverse order: the distributor, the currency and the refund aggregate (return
    logistics, the refund itself with status, type, goods status, reason and fee, and the
    purchase-order line it belongs to). Status, type and goods-status codes are not listed on
    the page; the known values come from the upstream Taobao Global refund query.

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoRefundResponse
    """

    return sync_detailed(
        client=client,
        refund_id=refund_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    refund_id: str,
) -> Response[GetTaobaoRefundResponse]:
    """Get a Taobao refund (reverse order) by id

     Doc title: Detailed interface of reverse order (逆向单详情接口)

    Returns one reverse order: the distributor, the currency and the refund aggregate (return
    logistics, the refund itself with status, type, goods status, reason and fee, and the
    purchase-order line it belongs to). Status, type and goods-status codes are not listed on
    the page; the known values come from the upstream Taobao Global refund query.

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoRefundResponse]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    refund_id: str,
) -> GetTaobaoRefundResponse | None:
    """Get a Taobao refund (reverse order) by id

     Doc title: Detailed interface of reverse order (逆向单详情接口)

    Returns one reverse order: the distributor, the currency and the refund aggregate (return
    logistics, the refund itself with status, type, goods status, reason and fee, and the
    purchase-order line it belongs to). Status, type and goods-status codes are not listed on
    the page; the known values come from the upstream Taobao Global refund query.

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoRefundResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            refund_id=refund_id,
        )
    ).parsed
