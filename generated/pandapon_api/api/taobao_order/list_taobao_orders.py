from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_taobao_orders_request import ListTaobaoOrdersRequest
from ...models.list_taobao_orders_response import ListTaobaoOrdersResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: ListTaobaoOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/page",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTaobaoOrdersResponse | None:
    if response.status_code == 200:
        response_200 = ListTaobaoOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTaobaoOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoOrdersRequest,
) -> Response[ListTaobaoOrdersResponse]:
    """List Taobao orders page by page

     Doc title: Taobao order paging query (淘宝订单分页查询)

    Pages through the developer's Taobao orders, optionally filtered by status and
    modification time. Only the menu entry was seen (POST on the v2 menus, GET on the older
    ones); path, body and response are inferred. The filters and the page object follow the
    upstream Taobao Global purchase-order query, paged with `pageNo`/`pageSize` as the Taobao
    keyword search is; the page object also declares the field names of PandaPon's 1688 page
    model in case PandaPon wraps the list its own way. The twin platform calls its equivalent
    `/open/purchase/page`.

    Alternatives, from the twin platform's "purchase order" family and the older menu: the path
    `/v2/taobao/purchase/page`, or the older GET form (its path never seen).

    Args:
        body (ListTaobaoOrdersRequest): Inferred body: paging as in the Taobao keyword search,
            filters from the upstream Taobao Global purchase-order query. Nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoOrdersResponse]
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
    body: ListTaobaoOrdersRequest,
) -> ListTaobaoOrdersResponse | None:
    """List Taobao orders page by page

     Doc title: Taobao order paging query (淘宝订单分页查询)

    Pages through the developer's Taobao orders, optionally filtered by status and
    modification time. Only the menu entry was seen (POST on the v2 menus, GET on the older
    ones); path, body and response are inferred. The filters and the page object follow the
    upstream Taobao Global purchase-order query, paged with `pageNo`/`pageSize` as the Taobao
    keyword search is; the page object also declares the field names of PandaPon's 1688 page
    model in case PandaPon wraps the list its own way. The twin platform calls its equivalent
    `/open/purchase/page`.

    Alternatives, from the twin platform's "purchase order" family and the older menu: the path
    `/v2/taobao/purchase/page`, or the older GET form (its path never seen).

    Args:
        body (ListTaobaoOrdersRequest): Inferred body: paging as in the Taobao keyword search,
            filters from the upstream Taobao Global purchase-order query. Nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoOrdersRequest,
) -> Response[ListTaobaoOrdersResponse]:
    """List Taobao orders page by page

     Doc title: Taobao order paging query (淘宝订单分页查询)

    Pages through the developer's Taobao orders, optionally filtered by status and
    modification time. Only the menu entry was seen (POST on the v2 menus, GET on the older
    ones); path, body and response are inferred. The filters and the page object follow the
    upstream Taobao Global purchase-order query, paged with `pageNo`/`pageSize` as the Taobao
    keyword search is; the page object also declares the field names of PandaPon's 1688 page
    model in case PandaPon wraps the list its own way. The twin platform calls its equivalent
    `/open/purchase/page`.

    Alternatives, from the twin platform's "purchase order" family and the older menu: the path
    `/v2/taobao/purchase/page`, or the older GET form (its path never seen).

    Args:
        body (ListTaobaoOrdersRequest): Inferred body: paging as in the Taobao keyword search,
            filters from the upstream Taobao Global purchase-order query. Nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListTaobaoOrdersRequest,
) -> ListTaobaoOrdersResponse | None:
    """List Taobao orders page by page

     Doc title: Taobao order paging query (淘宝订单分页查询)

    Pages through the developer's Taobao orders, optionally filtered by status and
    modification time. Only the menu entry was seen (POST on the v2 menus, GET on the older
    ones); path, body and response are inferred. The filters and the page object follow the
    upstream Taobao Global purchase-order query, paged with `pageNo`/`pageSize` as the Taobao
    keyword search is; the page object also declares the field names of PandaPon's 1688 page
    model in case PandaPon wraps the list its own way. The twin platform calls its equivalent
    `/open/purchase/page`.

    Alternatives, from the twin platform's "purchase order" family and the older menu: the path
    `/v2/taobao/purchase/page`, or the older GET form (its path never seen).

    Args:
        body (ListTaobaoOrdersRequest): Inferred body: paging as in the Taobao keyword search,
            filters from the upstream Taobao Global purchase-order query. Nothing is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
