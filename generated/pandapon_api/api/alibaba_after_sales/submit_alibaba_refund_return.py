from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_alibaba_refund_return_request import (
    SubmitAlibabaRefundReturnRequest,
)
from ...models.submit_alibaba_refund_return_response import (
    SubmitAlibabaRefundReturnResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SubmitAlibabaRefundReturnRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/refund/goods/return",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitAlibabaRefundReturnResponse | None:
    if response.status_code == 200:
        response_200 = SubmitAlibabaRefundReturnResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitAlibabaRefundReturnResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitAlibabaRefundReturnRequest,
) -> Response[SubmitAlibabaRefundReturnResponse]:
    """Submit the return shipment of a 1688 refund

     Doc title: 1688 Buyer submits refund information (1688 买家提交退款信息)

    After the seller accepts a return-and-refund, the buyer reports how the goods were sent
    back: the carrier code (from `listAlibabaLogisticsCompanies`), the waybill number, an optional
    note and up to 10 voucher images uploaded with `uploadAlibabaRefundVoucher`.

    Args:
        body (SubmitAlibabaRefundReturnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitAlibabaRefundReturnResponse]
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
    body: SubmitAlibabaRefundReturnRequest,
) -> SubmitAlibabaRefundReturnResponse | None:
    """Submit the return shipment of a 1688 refund

     Doc title: 1688 Buyer submits refund information (1688 买家提交退款信息)

    After the seller accepts a return-and-refund, the buyer reports how the goods were sent
    back: the carrier code (from `listAlibabaLogisticsCompanies`), the waybill number, an optional
    note and up to 10 voucher images uploaded with `uploadAlibabaRefundVoucher`.

    Args:
        body (SubmitAlibabaRefundReturnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitAlibabaRefundReturnResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitAlibabaRefundReturnRequest,
) -> Response[SubmitAlibabaRefundReturnResponse]:
    """Submit the return shipment of a 1688 refund

     Doc title: 1688 Buyer submits refund information (1688 买家提交退款信息)

    After the seller accepts a return-and-refund, the buyer reports how the goods were sent
    back: the carrier code (from `listAlibabaLogisticsCompanies`), the waybill number, an optional
    note and up to 10 voucher images uploaded with `uploadAlibabaRefundVoucher`.

    Args:
        body (SubmitAlibabaRefundReturnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitAlibabaRefundReturnResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitAlibabaRefundReturnRequest,
) -> SubmitAlibabaRefundReturnResponse | None:
    """Submit the return shipment of a 1688 refund

     Doc title: 1688 Buyer submits refund information (1688 买家提交退款信息)

    After the seller accepts a return-and-refund, the buyer reports how the goods were sent
    back: the carrier code (from `listAlibabaLogisticsCompanies`), the waybill number, an optional
    note and up to 10 voucher images uploaded with `uploadAlibabaRefundVoucher`.

    Args:
        body (SubmitAlibabaRefundReturnRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitAlibabaRefundReturnResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
