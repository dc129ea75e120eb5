from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_taobao_refund_messages_request import (
    ListTaobaoRefundMessagesRequest,
)
from ...models.list_taobao_refund_messages_response import (
    ListTaobaoRefundMessagesResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: ListTaobaoRefundMessagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/message/list",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTaobaoRefundMessagesResponse | None:
    if response.status_code == 200:
        response_200 = ListTaobaoRefundMessagesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTaobaoRefundMessagesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoRefundMessagesRequest,
) -> Response[ListTaobaoRefundMessagesResponse]:
    """List the messages of a Taobao refund

     Doc title: Query of message list (留言列表查询)

    Returns the buyer/seller conversation of one reverse order. Only the menu entry (POST) is
    known. The path is chosen from the siblings; the body (`refundId`, optional paging) and the
    message fields (mirroring `submitTaobaoRefundMessage`) are inferred. Note: the
    older-generation Vietnamese page titled as this call shows the list-filter body of
    `listTaobaoRefunds` instead.

    Alternatives: the paths `/v2/taobao/order/refund/message/query` or
    `/v2/taobao/order/refund/queryMessageList`; `refundId` is required only by inference.

    Args:
        body (ListTaobaoRefundMessagesRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoRefundMessagesResponse]
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
    body: ListTaobaoRefundMessagesRequest,
) -> ListTaobaoRefundMessagesResponse | None:
    """List the messages of a Taobao refund

     Doc title: Query of message list (留言列表查询)

    Returns the buyer/seller conversation of one reverse order. Only the menu entry (POST) is
    known. The path is chosen from the siblings; the body (`refundId`, optional paging) and the
    message fields (mirroring `submitTaobaoRefundMessage`) are inferred. Note: the
    older-generation Vietnamese page titled as this call shows the list-filter body of
    `listTaobaoRefunds` instead.

    Alternatives: the paths `/v2/taobao/order/refund/message/query` or
    `/v2/taobao/order/refund/queryMessageList`; `refundId` is required only by inference.

    Args:
        body (ListTaobaoRefundMessagesRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoRefundMessagesResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoRefundMessagesRequest,
) -> Response[ListTaobaoRefundMessagesResponse]:
    """List the messages of a Taobao refund

     Doc title: Query of message list (留言列表查询)

    Returns the buyer/seller conversation of one reverse order. Only the menu entry (POST) is
    known. The path is chosen from the siblings; the body (`refundId`, optional paging) and the
    message fields (mirroring `submitTaobaoRefundMessage`) are inferred. Note: the
    older-generation Vietnamese page titled as this call shows the list-filter body of
    `listTaobaoRefunds` instead.

    Alternatives: the paths `/v2/taobao/order/refund/message/query` or
    `/v2/taobao/order/refund/queryMessageList`; `refundId` is required only by inference.

    Args:
        body (ListTaobaoRefundMessagesRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoRefundMessagesResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoRefundMessagesRequest,
) -> ListTaobaoRefundMessagesResponse | None:
    """List the messages of a Taobao refund

     Doc title: Query of message list (留言列表查询)

    Returns the buyer/seller conversation of one reverse order. Only the menu entry (POST) is
    known. The path is chosen from the siblings; the body (`refundId`, optional paging) and the
    message fields (mirroring `submitTaobaoRefundMessage`) are inferred. Note: the
    older-generation Vietnamese page titled as this call shows the list-filter body of
    `listTaobaoRefunds` instead.

    Alternatives: the paths `/v2/taobao/order/refund/message/query` or
    `/v2/taobao/order/refund/queryMessageList`; `refundId` is required only by inference.

    Args:
        body (ListTaobaoRefundMessagesRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoRefundMessagesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
