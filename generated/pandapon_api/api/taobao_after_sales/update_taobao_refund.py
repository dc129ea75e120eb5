from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_taobao_refund_request import UpdateTaobaoRefundRequest
from ...models.update_taobao_refund_response import UpdateTaobaoRefundResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: UpdateTaobaoRefundRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/modify",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateTaobaoRefundResponse | None:
    if response.status_code == 200:
        response_200 = UpdateTaobaoRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateTaobaoRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoRefundRequest,
) -> Response[UpdateTaobaoRefundResponse]:
    """Modify an open Taobao refund

     Doc title: Reverse order modification (逆向单修改)

    Changes an open reverse order (for example after the seller refused it): type, goods status,
    reason, amount, description, images. Only the menu entry (POST) is known. The path is chosen
    from the siblings; the body is inferred as `refundId` (required) plus the fields of
    `createTaobaoRefund`; the response shape is inferred from the cancel call's.

    Args:
        body (UpdateTaobaoRefundRequest): Inferred body; `refundId` plus the fields of
            `createTaobaoRefund` to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaobaoRefundResponse]
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
    body: UpdateTaobaoRefundRequest,
) -> UpdateTaobaoRefundResponse | None:
    """Modify an open Taobao refund

     Doc title: Reverse order modification (逆向单修改)

    Changes an open reverse order (for example after the seller refused it): type, goods status,
    reason, amount, description, images. Only the menu entry (POST) is known. The path is chosen
    from the siblings; the body is inferred as `refundId` (required) plus the fields of
    `createTaobaoRefund`; the response shape is inferred from the cancel call's.

    Args:
        body (UpdateTaobaoRefundRequest): Inferred body; `refundId` plus the fields of
            `createTaobaoRefund` to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaobaoRefundResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoRefundRequest,
) -> Response[UpdateTaobaoRefundResponse]:
    """Modify an open Taobao refund

     Doc title: Reverse order modification (逆向单修改)

    Changes an open reverse order (for example after the seller refused it): type, goods status,
    reason, amount, description, images. Only the menu entry (POST) is known. The path is chosen
    from the siblings; the body is inferred as `refundId` (required) plus the fields of
    `createTaobaoRefund`; the response shape is inferred from the cancel call's.

    Args:
        body (UpdateTaobaoRefundRequest): Inferred body; `refundId` plus the fields of
            `createTaobaoRefund` to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaobaoRefundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoRefundRequest,
) -> UpdateTaobaoRefundResponse | None:
    """Modify an open Taobao refund

     Doc title: Reverse order modification (逆向单修改)

    Changes an open reverse order (for example after the seller refused it): type, goods status,
    reason, amount, description, images. Only the menu entry (POST) is known. The path is chosen
    from the siblings; the body is inferred as `refundId` (required) plus the fields of
    `createTaobaoRefund`; the response shape is inferred from the cancel call's.

    Args:
        body (UpdateTaobaoRefundRequest): Inferred body; `refundId` plus the fields of
            `createTaobaoRefund` to change.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaobaoRefundResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
