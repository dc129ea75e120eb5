from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_create_alibaba_orders_request import (
    BatchCreateAlibabaOrdersRequest,
)
from ...models.batch_create_alibaba_orders_response import (
    BatchCreateAlibabaOrdersResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: BatchCreateAlibabaOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/batch/create",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCreateAlibabaOrdersResponse | None:
    if response.status_code == 200:
        response_200 = BatchCreateAlibabaOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchCreateAlibabaOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCreateAlibabaOrdersRequest,
) -> Response[BatchCreateAlibabaOrdersResponse]:
    """Create 1688 orders across several sellers

     Doc title: Create order interface in batch (different merchants) (批量创建创建订单接口(不同商家))

    Places 1688 orders for cargo lines from one or more shops in one call: the shipping
    address, the lines (encoded `offerMapId`, `specId`, quantity and the shop's
    `sellerOpenId`) and the order flow. `data` is a list with one 1688 buyer-view order per
    created order (PandaPon presumably splits by seller). The response schema name was not
    shown; only the first order fields were visible, the rest follow the upstream 1688 order
    model.

    Args:
        body (BatchCreateAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateAlibabaOrdersResponse]
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
    body: BatchCreateAlibabaOrdersRequest,
) -> BatchCreateAlibabaOrdersResponse | None:
    """Create 1688 orders across several sellers

     Doc title: Create order interface in batch (different merchants) (批量创建创建订单接口(不同商家))

    Places 1688 orders for cargo lines from one or more shops in one call: the shipping
    address, the lines (encoded `offerMapId`, `specId`, quantity and the shop's
    `sellerOpenId`) and the order flow. `data` is a list with one 1688 buyer-view order per
    created order (PandaPon presumably splits by seller). The response schema name was not
    shown; only the first order fields were visible, the rest follow the upstream 1688 order
    model.

    Args:
        body (BatchCreateAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateAlibabaOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCreateAlibabaOrdersRequest,
) -> Response[BatchCreateAlibabaOrdersResponse]:
    """Create 1688 orders across several sellers

     Doc title: Create order interface in batch (different merchants) (批量创建创建订单接口(不同商家))

    Places 1688 orders for cargo lines from one or more shops in one call: the shipping
    address, the lines (encoded `offerMapId`, `specId`, quantity and the shop's
    `sellerOpenId`) and the order flow. `data` is a list with one 1688 buyer-view order per
    created order (PandaPon presumably splits by seller). The response schema name was not
    shown; only the first order fields were visible, the rest follow the upstream 1688 order
    model.

    Args:
        body (BatchCreateAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCreateAlibabaOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchCreateAlibabaOrdersRequest,
) -> BatchCreateAlibabaOrdersResponse | None:
    """Create 1688 orders across several sellers

     Doc title: Create order interface in batch (different merchants) (批量创建创建订单接口(不同商家))

    Places 1688 orders for cargo lines from one or more shops in one call: the shipping
    address, the lines (encoded `offerMapId`, `specId`, quantity and the shop's
    `sellerOpenId`) and the order flow. `data` is a list with one 1688 buyer-view order per
    created order (PandaPon presumably splits by seller). The response schema name was not
    shown; only the first order fields were visible, the rest follow the upstream 1688 order
    model.

    Args:
        body (BatchCreateAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCreateAlibabaOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
