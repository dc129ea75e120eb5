from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preview_alibaba_order_request import PreviewAlibabaOrderRequest
from ...models.preview_alibaba_order_response import PreviewAlibabaOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: PreviewAlibabaOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/create/preview",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PreviewAlibabaOrderResponse | None:
    if response.status_code == 200:
        response_200 = PreviewAlibabaOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PreviewAlibabaOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewAlibabaOrderRequest,
) -> Response[PreviewAlibabaOrderResponse]:
    """Preview a 1688 order before creating it

     Doc title: Preview data interface before creating an order (创建订单前预览数据接口)

    Checks cargo lines against a shipping address before `createAlibabaOrder`: per resulting
    order the totals, freight, discounts and the trade modes that may be passed as
    `tradeType`, plus the lines that cannot be bought. The request was read on the v2 page
    (no `flow` field here). The response comes from the older-generation page, whose
    `orderPreviewResuslt` spelling is kept; its per-order entry showed 14 fields of which only
    the first three were visible, the rest follow upstream 1688 (amounts there are in fen;
    PandaPon does not state the unit).

    Args:
        body (PreviewAlibabaOrderRequest): Address and lines to preview. The page marks neither
            field required; an empty line list is refused (the doc says it must not be empty).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewAlibabaOrderResponse]
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
    body: PreviewAlibabaOrderRequest,
) -> PreviewAlibabaOrderResponse | None:
    """Preview a 1688 order before creating it

     Doc title: Preview data interface before creating an order (创建订单前预览数据接口)

    Checks cargo lines against a shipping address before `createAlibabaOrder`: per resulting
    order the totals, freight, discounts and the trade modes that may be passed as
    `tradeType`, plus the lines that cannot be bought. The request was read on the v2 page
    (no `flow` field here). The response comes from the older-generation page, whose
    `orderPreviewResuslt` spelling is kept; its per-order entry showed 14 fields of which only
    the first three were visible, the rest follow upstream 1688 (amounts there are in fen;
    PandaPon does not state the unit).

    Args:
        body (PreviewAlibabaOrderRequest): Address and lines to preview. The page marks neither
            field required; an empty line list is refused (the doc says it must not be empty).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewAlibabaOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewAlibabaOrderRequest,
) -> Response[PreviewAlibabaOrderResponse]:
    """Preview a 1688 order before creating it

     Doc title: Preview data interface before creating an order (创建订单前预览数据接口)

    Checks cargo lines against a shipping address before `createAlibabaOrder`: per resulting
    order the totals, freight, discounts and the trade modes that may be passed as
    `tradeType`, plus the lines that cannot be bought. The request was read on the v2 page
    (no `flow` field here). The response comes from the older-generation page, whose
    `orderPreviewResuslt` spelling is kept; its per-order entry showed 14 fields of which only
    the first three were visible, the rest follow upstream 1688 (amounts there are in fen;
    PandaPon does not state the unit).

    Args:
        body (PreviewAlibabaOrderRequest): Address and lines to preview. The page marks neither
            field required; an empty line list is refused (the doc says it must not be empty).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewAlibabaOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewAlibabaOrderRequest,
) -> PreviewAlibabaOrderResponse | None:
    """Preview a 1688 order before creating it

     Doc title: Preview data interface before creating an order (创建订单前预览数据接口)

    Checks cargo lines against a shipping address before `createAlibabaOrder`: per resulting
    order the totals, freight, discounts and the trade modes that may be passed as
    `tradeType`, plus the lines that cannot be bought. The request was read on the v2 page
    (no `flow` field here). The response comes from the older-generation page, whose
    `orderPreviewResuslt` spelling is kept; its per-order entry showed 14 fields of which only
    the first three were visible, the rest follow upstream 1688 (amounts there are in fen;
    PandaPon does not state the unit).

    Args:
        body (PreviewAlibabaOrderRequest): Address and lines to preview. The page marks neither
            field required; an empty line list is refused (the doc says it must not be empty).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewAlibabaOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
