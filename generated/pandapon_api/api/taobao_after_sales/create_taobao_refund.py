from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_taobao_refund_request import CreateTaobaoRefundRequest
from ...models.create_taobao_refund_response import CreateTaobaoRefundResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CreateTaobaoRefundRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/submit",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTaobaoRefundResponse | None:
    if response.status_code == 200:
        response_200 = CreateTaobaoRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTaobaoRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoRefundRequest,
) -> Response[CreateTaobaoRefundResponse]:
    """Submit a refund request for a Taobao sub-order

     Doc title: Reverse order submission (逆向单提交)

    Opens a reverse order (refund only, or return and refund) for one sub-order, using a reason
    and fee range obtained from `renderTaobaoRefund`. Only the menu entry (POST) is known. The
    path is chosen from the siblings; the body is inferred from the render call (`subOrderId`,
    `refundType`, `goodsStatus`) and from a third-party demo of the upstream Taobao Global
    refund submit (`reasonId`, `refundFee`, `refundDesc`, `refundImages`). Only `subOrderId` is
    required here; the server most likely also needs the render call's required fields. The
    response shape is inferred from the cancel call's (refund id, distributor, currency,
    aggregate).

    Args:
        body (CreateTaobaoRefundRequest): Inferred body: the render call's fields plus reason,
            amount, description and images. Only `subOrderId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaobaoRefundResponse]
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
    body: CreateTaobaoRefundRequest,
) -> CreateTaobaoRefundResponse | None:
    """Submit a refund request for a Taobao sub-order

     Doc title: Reverse order submission (逆向单提交)

    Opens a reverse order (refund only, or return and refund) for one sub-order, using a reason
    and fee range obtained from `renderTaobaoRefund`. Only the menu entry (POST) is known. The
    path is chosen from the siblings; the body is inferred from the render call (`subOrderId`,
    `refundType`, `goodsStatus`) and from a third-party demo of the upstream Taobao Global
    refund submit (`reasonId`, `refundFee`, `refundDesc`, `refundImages`). Only `subOrderId` is
    required here; the server most likely also needs the render call's required fields. The
    response shape is inferred from the cancel call's (refund id, distributor, currency,
    aggregate).

    Args:
        body (CreateTaobaoRefundRequest): Inferred body: the render call's fields plus reason,
            amount, description and images. Only `subOrderId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaobaoRefundResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoRefundRequest,
) -> Response[CreateTaobaoRefundResponse]:
    """Submit a refund request for a Taobao sub-order

     Doc title: Reverse order submission (逆向单提交)

    Opens a reverse order (refund only, or return and refund) for one sub-order, using a reason
    and fee range obtained from `renderTaobaoRefund`. Only the menu entry (POST) is known. The
    path is chosen from the siblings; the body is inferred from the render call (`subOrderId`,
    `refundType`, `goodsStatus`) and from a third-party demo of the upstream Taobao Global
    refund submit (`reasonId`, `refundFee`, `refundDesc`, `refundImages`). Only `subOrderId` is
    required here; the server most likely also needs the render call's required fields. The
    response shape is inferred from the cancel call's (refund id, distributor, currency,
    aggregate).

    Args:
        body (CreateTaobaoRefundRequest): Inferred body: the render call's fields plus reason,
            amount, description and images. Only `subOrderId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaobaoRefundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoRefundRequest,
) -> CreateTaobaoRefundResponse | None:
    """Submit a refund request for a Taobao sub-order

     Doc title: Reverse order submission (逆向单提交)

    Opens a reverse order (refund only, or return and refund) for one sub-order, using a reason
    and fee range obtained from `renderTaobaoRefund`. Only the menu entry (POST) is known. The
    path is chosen from the siblings; the body is inferred from the render call (`subOrderId`,
    `refundType`, `goodsStatus`) and from a third-party demo of the upstream Taobao Global
    refund submit (`reasonId`, `refundFee`, `refundDesc`, `refundImages`). Only `subOrderId` is
    required here; the server most likely also needs the render call's required fields. The
    response shape is inferred from the cancel call's (refund id, distributor, currency,
    aggregate).

    Args:
        body (CreateTaobaoRefundRequest): Inferred body: the render call's fields plus reason,
            amount, description and images. Only `subOrderId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaobaoRefundResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
