from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_pay_alibaba_orders_request import BatchPayAlibabaOrdersRequest
from ...models.batch_pay_alibaba_orders_response import BatchPayAlibabaOrdersResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: BatchPayAlibabaOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/batch/submit/to/pay",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchPayAlibabaOrdersResponse | None:
    if response.status_code == 200:
        response_200 = BatchPayAlibabaOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchPayAlibabaOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchPayAlibabaOrdersRequest,
) -> Response[BatchPayAlibabaOrdersResponse]:
    """Submit several 1688 orders for payment

     Doc title: Developers submit 1688 orders for payment in batch

    Hands a list of unpaid 1688 orders to PandaPon to be paid in one call. The body (order ids
    as 19-digit strings) comes from the older-generation page; the /v2 page body was not
    visible. The response was not visible in any generation, so `data` is kept as whatever
    PandaPon returns. Upstream, 1688 has no batch-pay call in the cross-border API list; the
    closest are password-free payment per order and the ORDER_BATCH_PAY message, which reports
    a status per order (weak hint only).

    Args:
        body (BatchPayAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPayAlibabaOrdersResponse]
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
    body: BatchPayAlibabaOrdersRequest,
) -> BatchPayAlibabaOrdersResponse | None:
    """Submit several 1688 orders for payment

     Doc title: Developers submit 1688 orders for payment in batch

    Hands a list of unpaid 1688 orders to PandaPon to be paid in one call. The body (order ids
    as 19-digit strings) comes from the older-generation page; the /v2 page body was not
    visible. The response was not visible in any generation, so `data` is kept as whatever
    PandaPon returns. Upstream, 1688 has no batch-pay call in the cross-border API list; the
    closest are password-free payment per order and the ORDER_BATCH_PAY message, which reports
    a status per order (weak hint only).

    Args:
        body (BatchPayAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPayAlibabaOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchPayAlibabaOrdersRequest,
) -> Response[BatchPayAlibabaOrdersResponse]:
    """Submit several 1688 orders for payment

     Doc title: Developers submit 1688 orders for payment in batch

    Hands a list of unpaid 1688 orders to PandaPon to be paid in one call. The body (order ids
    as 19-digit strings) comes from the older-generation page; the /v2 page body was not
    visible. The response was not visible in any generation, so `data` is kept as whatever
    PandaPon returns. Upstream, 1688 has no batch-pay call in the cross-border API list; the
    closest are password-free payment per order and the ORDER_BATCH_PAY message, which reports
    a status per order (weak hint only).

    Args:
        body (BatchPayAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPayAlibabaOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchPayAlibabaOrdersRequest,
) -> BatchPayAlibabaOrdersResponse | None:
    """Submit several 1688 orders for payment

     Doc title: Developers submit 1688 orders for payment in batch

    Hands a list of unpaid 1688 orders to PandaPon to be paid in one call. The body (order ids
    as 19-digit strings) comes from the older-generation page; the /v2 page body was not
    visible. The response was not visible in any generation, so `data` is kept as whatever
    PandaPon returns. Upstream, 1688 has no batch-pay call in the cross-border API list; the
    closest are password-free payment per order and the ORDER_BATCH_PAY message, which reports
    a status per order (weak hint only).

    Args:
        body (BatchPayAlibabaOrdersRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPayAlibabaOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
