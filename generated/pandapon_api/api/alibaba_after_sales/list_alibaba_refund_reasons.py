from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_alibaba_refund_reasons_request import (
    ListAlibabaRefundReasonsRequest,
)
from ...models.list_alibaba_refund_reasons_response import (
    ListAlibabaRefundReasonsResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: ListAlibabaRefundReasonsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/refund/reason/list",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAlibabaRefundReasonsResponse | None:
    if response.status_code == 200:
        response_200 = ListAlibabaRefundReasonsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAlibabaRefundReasonsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAlibabaRefundReasonsRequest,
) -> Response[ListAlibabaRefundReasonsResponse]:
    """List the refund reasons allowed for a 1688 order

     Doc title: 1688 Query refund return reason (used to create refund return) (查询退款退货原因（用于创建退款退货）)

    Lists the reasons a refund or return may cite for the given order lines and goods
    status; a reason's id is what `createAlibabaRefund` takes as `applyReasonId`, and it says
    whether vouchers are needed and whether freight is refundable. Only the menu entry (POST)
    is known: the path is chosen from the siblings, the body and response follow the upstream
    1688 call of the same title. Only the order id is required here (upstream also requires
    the line ids and the goods status).

    Args:
        body (ListAlibabaRefundReasonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaRefundReasonsResponse]
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
    body: ListAlibabaRefundReasonsRequest,
) -> ListAlibabaRefundReasonsResponse | None:
    """List the refund reasons allowed for a 1688 order

     Doc title: 1688 Query refund return reason (used to create refund return) (查询退款退货原因（用于创建退款退货）)

    Lists the reasons a refund or return may cite for the given order lines and goods
    status; a reason's id is what `createAlibabaRefund` takes as `applyReasonId`, and it says
    whether vouchers are needed and whether freight is refundable. Only the menu entry (POST)
    is known: the path is chosen from the siblings, the body and response follow the upstream
    1688 call of the same title. Only the order id is required here (upstream also requires
    the line ids and the goods status).

    Args:
        body (ListAlibabaRefundReasonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaRefundReasonsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAlibabaRefundReasonsRequest,
) -> Response[ListAlibabaRefundReasonsResponse]:
    """List the refund reasons allowed for a 1688 order

     Doc title: 1688 Query refund return reason (used to create refund return) (查询退款退货原因（用于创建退款退货）)

    Lists the reasons a refund or return may cite for the given order lines and goods
    status; a reason's id is what `createAlibabaRefund` takes as `applyReasonId`, and it says
    whether vouchers are needed and whether freight is refundable. Only the menu entry (POST)
    is known: the path is chosen from the siblings, the body and response follow the upstream
    1688 call of the same title. Only the order id is required here (upstream also requires
    the line ids and the goods status).

    Args:
        body (ListAlibabaRefundReasonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaRefundReasonsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListAlibabaRefundReasonsRequest,
) -> ListAlibabaRefundReasonsResponse | None:
    """List the refund reasons allowed for a 1688 order

     Doc title: 1688 Query refund return reason (used to create refund return) (查询退款退货原因（用于创建退款退货）)

    Lists the reasons a refund or return may cite for the given order lines and goods
    status; a reason's id is what `createAlibabaRefund` takes as `applyReasonId`, and it says
    whether vouchers are needed and whether freight is refundable. Only the menu entry (POST)
    is known: the path is chosen from the siblings, the body and response follow the upstream
    1688 call of the same title. Only the order id is required here (upstream also requires
    the line ids and the goods status).

    Args:
        body (ListAlibabaRefundReasonsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaRefundReasonsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
