from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_taobao_refund_message_request import (
    SubmitTaobaoRefundMessageRequest,
)
from ...models.submit_taobao_refund_message_response import (
    SubmitTaobaoRefundMessageResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SubmitTaobaoRefundMessageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/submit/message",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitTaobaoRefundMessageResponse | None:
    if response.status_code == 200:
        response_200 = SubmitTaobaoRefundMessageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitTaobaoRefundMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitTaobaoRefundMessageRequest,
) -> Response[SubmitTaobaoRefundMessageResponse]:
    """Post a message on a Taobao refund

     Doc title: Submit reverse message (提交逆向留言)

    Adds a buyer message (text and optionally images) to a reverse order's conversation with the
    seller. The v2 page body was not visible; the fields come from the older-generation page
    (POST /open/order/refund/submit/message) and the path from the v2 prefix rule. That page
    does not mark `refundId` or `refundMessage` required; `refundId` is required here because
    the call means nothing without it. The old page's response `data` is an object whose fields
    were cut off.

    Args:
        body (SubmitTaobaoRefundMessageRequest): Fields from the older-generation page; `refundId`
            required here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitTaobaoRefundMessageResponse]
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
    body: SubmitTaobaoRefundMessageRequest,
) -> SubmitTaobaoRefundMessageResponse | None:
    """Post a message on a Taobao refund

     Doc title: Submit reverse message (提交逆向留言)

    Adds a buyer message (text and optionally images) to a reverse order's conversation with the
    seller. The v2 page body was not visible; the fields come from the older-generation page
    (POST /open/order/refund/submit/message) and the path from the v2 prefix rule. That page
    does not mark `refundId` or `refundMessage` required; `refundId` is required here because
    the call means nothing without it. The old page's response `data` is an object whose fields
    were cut off.

    Args:
        body (SubmitTaobaoRefundMessageRequest): Fields from the older-generation page; `refundId`
            required here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitTaobaoRefundMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitTaobaoRefundMessageRequest,
) -> Response[SubmitTaobaoRefundMessageResponse]:
    """Post a message on a Taobao refund

     Doc title: Submit reverse message (提交逆向留言)

    Adds a buyer message (text and optionally images) to a reverse order's conversation with the
    seller. The v2 page body was not visible; the fields come from the older-generation page
    (POST /open/order/refund/submit/message) and the path from the v2 prefix rule. That page
    does not mark `refundId` or `refundMessage` required; `refundId` is required here because
    the call means nothing without it. The old page's response `data` is an object whose fields
    were cut off.

    Args:
        body (SubmitTaobaoRefundMessageRequest): Fields from the older-generation page; `refundId`
            required here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitTaobaoRefundMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitTaobaoRefundMessageRequest,
) -> SubmitTaobaoRefundMessageResponse | None:
    """Post a message on a Taobao refund

     Doc title: Submit reverse message (提交逆向留言)

    Adds a buyer message (text and optionally images) to a reverse order's conversation with the
    seller. The v2 page body was not visible; the fields come from the older-generation page
    (POST /open/order/refund/submit/message) and the path from the v2 prefix rule. That page
    does not mark `refundId` or `refundMessage` required; `refundId` is required here because
    the call means nothing without it. The old page's response `data` is an object whose fields
    were cut off.

    Args:
        body (SubmitTaobaoRefundMessageRequest): Fields from the older-generation page; `refundId`
            required here (not marked on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitTaobaoRefundMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
