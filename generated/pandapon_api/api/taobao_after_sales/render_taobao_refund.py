from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.render_taobao_refund_request import RenderTaobaoRefundRequest
from ...models.render_taobao_refund_response import RenderTaobaoRefundResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: RenderTaobaoRefundRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/render",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> RenderTaobaoRefundResponse | None:
    if response.status_code == 200:
        response_200 = RenderTaobaoRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[RenderTaobaoRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RenderTaobaoRefundRequest,
) -> Response[RenderTaobaoRefundResponse]:
    """Render the refund form for a Taobao sub-order

     Doc title: Reverse order rendering interface (逆向单渲染接口)

    Call before submitting a reverse order. For one sub-order, a refund type and a goods status
    it returns the template to build the request from: the allowed refund reasons (`reasonId`),
    the allowed goods statuses, the refundable fee range, and whether after-sales is allowed at
    all (`saleFlag`). `refundType` and `goodsStatus` are required; the page does not say whether
    `subOrderId` is, although the call means nothing without it. Their value lists are not on
    the page; the known values come from the upstream Taobao Global refund API.

    Args:
        body (RenderTaobaoRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderTaobaoRefundResponse]
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
    body: RenderTaobaoRefundRequest,
) -> RenderTaobaoRefundResponse | None:
    """Render the refund form for a Taobao sub-order

     Doc title: Reverse order rendering interface (逆向单渲染接口)

    Call before submitting a reverse order. For one sub-order, a refund type and a goods status
    it returns the template to build the request from: the allowed refund reasons (`reasonId`),
    the allowed goods statuses, the refundable fee range, and whether after-sales is allowed at
    all (`saleFlag`). `refundType` and `goodsStatus` are required; the page does not say whether
    `subOrderId` is, although the call means nothing without it. Their value lists are not on
    the page; the known values come from the upstream Taobao Global refund API.

    Args:
        body (RenderTaobaoRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderTaobaoRefundResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RenderTaobaoRefundRequest,
) -> Response[RenderTaobaoRefundResponse]:
    """Render the refund form for a Taobao sub-order

     Doc title: Reverse order rendering interface (逆向单渲染接口)

    Call before submitting a reverse order. For one sub-order, a refund type and a goods status
    it returns the template to build the request from: the allowed refund reasons (`reasonId`),
    the allowed goods statuses, the refundable fee range, and whether after-sales is allowed at
    all (`saleFlag`). `refundType` and `goodsStatus` are required; the page does not say whether
    `subOrderId` is, although the call means nothing without it. Their value lists are not on
    the page; the known values come from the upstream Taobao Global refund API.

    Args:
        body (RenderTaobaoRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderTaobaoRefundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RenderTaobaoRefundRequest,
) -> RenderTaobaoRefundResponse | None:
    """Render the refund form for a Taobao sub-order

     Doc title: Reverse order rendering interface (逆向单渲染接口)

    Call before submitting a reverse order. For one sub-order, a refund type and a goods status
    it returns the template to build the request from: the allowed refund reasons (`reasonId`),
    the allowed goods statuses, the refundable fee range, and whether after-sales is allowed at
    all (`saleFlag`). `refundType` and `goodsStatus` are required; the page does not say whether
    `subOrderId` is, although the call means nothing without it. Their value lists are not on
    the page; the known values come from the upstream Taobao Global refund API.

    Args:
        body (RenderTaobaoRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderTaobaoRefundResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
