from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_alibaba_order_request import CreateAlibabaOrderRequest
from ...models.create_alibaba_order_response import CreateAlibabaOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CreateAlibabaOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/create",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAlibabaOrderResponse | None:
    if response.status_code == 200:
        response_200 = CreateAlibabaOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAlibabaOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaOrderRequest,
) -> Response[CreateAlibabaOrderResponse]:
    """Create a 1688 order

     Doc title: Create Order Interface

    Places one 1688 order: order flow, optional remark, shop promotion and trade mode (from
    `previewAlibabaOrder`), shipping address and cargo lines. The path was read on the Thai
    v2 page (cut before the body). The fields and required flags come from the
    older-generation page, whose lines used the numeric `offerId`; the v2 address and line
    models are assumed to be the `FastAdress`/`FastCargo` of the batch-create and preview
    calls (so lines carry `offerMapId` and `sellerOpenId`). The response was never visible:
    `data` is accepted as a created order (the batch-create item, with upstream 1688's
    create-result fields), a list of orders, or a bare order id.

    Args:
        body (CreateAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlibabaOrderResponse]
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
    body: CreateAlibabaOrderRequest,
) -> CreateAlibabaOrderResponse | None:
    """Create a 1688 order

     Doc title: Create Order Interface

    Places one 1688 order: order flow, optional remark, shop promotion and trade mode (from
    `previewAlibabaOrder`), shipping address and cargo lines. The path was read on the Thai
    v2 page (cut before the body). The fields and required flags come from the
    older-generation page, whose lines used the numeric `offerId`; the v2 address and line
    models are assumed to be the `FastAdress`/`FastCargo` of the batch-create and preview
    calls (so lines carry `offerMapId` and `sellerOpenId`). The response was never visible:
    `data` is accepted as a created order (the batch-create item, with upstream 1688's
    create-result fields), a list of orders, or a bare order id.

    Args:
        body (CreateAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlibabaOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaOrderRequest,
) -> Response[CreateAlibabaOrderResponse]:
    """Create a 1688 order

     Doc title: Create Order Interface

    Places one 1688 order: order flow, optional remark, shop promotion and trade mode (from
    `previewAlibabaOrder`), shipping address and cargo lines. The path was read on the Thai
    v2 page (cut before the body). The fields and required flags come from the
    older-generation page, whose lines used the numeric `offerId`; the v2 address and line
    models are assumed to be the `FastAdress`/`FastCargo` of the batch-create and preview
    calls (so lines carry `offerMapId` and `sellerOpenId`). The response was never visible:
    `data` is accepted as a created order (the batch-create item, with upstream 1688's
    create-result fields), a list of orders, or a bare order id.

    Args:
        body (CreateAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlibabaOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaOrderRequest,
) -> CreateAlibabaOrderResponse | None:
    """Create a 1688 order

     Doc title: Create Order Interface

    Places one 1688 order: order flow, optional remark, shop promotion and trade mode (from
    `previewAlibabaOrder`), shipping address and cargo lines. The path was read on the Thai
    v2 page (cut before the body). The fields and required flags come from the
    older-generation page, whose lines used the numeric `offerId`; the v2 address and line
    models are assumed to be the `FastAdress`/`FastCargo` of the batch-create and preview
    calls (so lines carry `offerMapId` and `sellerOpenId`). The response was never visible:
    `data` is accepted as a created order (the batch-create item, with upstream 1688's
    create-result fields), a list of orders, or a bare order id.

    Args:
        body (CreateAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlibabaOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
