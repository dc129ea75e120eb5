from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_taobao_refunds_request import ListTaobaoRefundsRequest
from ...models.list_taobao_refunds_response import ListTaobaoRefundsResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: ListTaobaoRefundsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/queryList",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTaobaoRefundsResponse | None:
    if response.status_code == 200:
        response_200 = ListTaobaoRefundsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTaobaoRefundsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoRefundsRequest,
) -> Response[ListTaobaoRefundsResponse]:
    """List Taobao refunds (reverse orders)

     Doc title: Get the reverse order list interface (获取逆向单列表接口)

    Pages through the developer's Taobao reverse orders, optionally filtered by refund id,
    purchase order id, sales order id, refund status and a time range. Neither the v2 page body
    nor its response was visible. The request fields come from the older-generation page
    (Vietnamese site, POST /open/order/refund/queryList), whose title actually reads "message
    list of a return order" while its body is this list filter, so the mapping is uncertain. The
    v2 path is the legacy path under the v2 prefix rule. The response shape is inferred: the
    page wrapper PandaPon uses on its other paged calls, holding refund aggregates like the
    detail call's.

    Alternatives: `queryList` may be the message list instead (the Vietnamese page's title),
    with this call at another path; the body fits a list of refunds (status and time filters,
    paging), so it is kept here.

    Args:
        body (ListTaobaoRefundsRequest): Filters and paging for the reverse-order list, from the
            older-generation page (only `pageSize` is marked required there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoRefundsResponse]
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
    body: ListTaobaoRefundsRequest,
) -> ListTaobaoRefundsResponse | None:
    """List Taobao refunds (reverse orders)

     Doc title: Get the reverse order list interface (获取逆向单列表接口)

    Pages through the developer's Taobao reverse orders, optionally filtered by refund id,
    purchase order id, sales order id, refund status and a time range. Neither the v2 page body
    nor its response was visible. The request fields come from the older-generation page
    (Vietnamese site, POST /open/order/refund/queryList), whose title actually reads "message
    list of a return order" while its body is this list filter, so the mapping is uncertain. The
    v2 path is the legacy path under the v2 prefix rule. The response shape is inferred: the
    page wrapper PandaPon uses on its other paged calls, holding refund aggregates like the
    detail call's.

    Alternatives: `queryList` may be the message list instead (the Vietnamese page's title),
    with this call at another path; the body fits a list of refunds (status and time filters,
    paging), so it is kept here.

    Args:
        body (ListTaobaoRefundsRequest): Filters and paging for the reverse-order list, from the
            older-generation page (only `pageSize` is marked required there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoRefundsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoRefundsRequest,
) -> Response[ListTaobaoRefundsResponse]:
    """List Taobao refunds (reverse orders)

     Doc title: Get the reverse order list interface (获取逆向单列表接口)

    Pages through the developer's Taobao reverse orders, optionally filtered by refund id,
    purchase order id, sales order id, refund status and a time range. Neither the v2 page body
    nor its response was visible. The request fields come from the older-generation page
    (Vietnamese site, POST /open/order/refund/queryList), whose title actually reads "message
    list of a return order" while its body is this list filter, so the mapping is uncertain. The
    v2 path is the legacy path under the v2 prefix rule. The response shape is inferred: the
    page wrapper PandaPon uses on its other paged calls, holding refund aggregates like the
    detail call's.

    Alternatives: `queryList` may be the message list instead (the Vietnamese page's title),
    with this call at another path; the body fits a list of refunds (status and time filters,
    paging), so it is kept here.

    Args:
        body (ListTaobaoRefundsRequest): Filters and paging for the reverse-order list, from the
            older-generation page (only `pageSize` is marked required there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoRefundsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoRefundsRequest,
) -> ListTaobaoRefundsResponse | None:
    """List Taobao refunds (reverse orders)

     Doc title: Get the reverse order list interface (获取逆向单列表接口)

    Pages through the developer's Taobao reverse orders, optionally filtered by refund id,
    purchase order id, sales order id, refund status and a time range. Neither the v2 page body
    nor its response was visible. The request fields come from the older-generation page
    (Vietnamese site, POST /open/order/refund/queryList), whose title actually reads "message
    list of a return order" while its body is this list filter, so the mapping is uncertain. The
    v2 path is the legacy path under the v2 prefix rule. The response shape is inferred: the
    page wrapper PandaPon uses on its other paged calls, holding refund aggregates like the
    detail call's.

    Alternatives: `queryList` may be the message list instead (the Vietnamese page's title),
    with this call at another path; the body fits a list of refunds (status and time filters,
    paging), so it is kept here.

    Args:
        body (ListTaobaoRefundsRequest): Filters and paging for the reverse-order list, from the
            older-generation page (only `pageSize` is marked required there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoRefundsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
