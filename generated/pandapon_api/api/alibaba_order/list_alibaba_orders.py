from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_alibaba_orders_request import ListAlibabaOrdersRequest
from ...models.list_alibaba_orders_response import ListAlibabaOrdersResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: ListAlibabaOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/page",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAlibabaOrdersResponse | None:
    if response.status_code == 200:
        response_200 = ListAlibabaOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAlibabaOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAlibabaOrdersRequest,
) -> Response[ListAlibabaOrdersResponse]:
    """List 1688 orders page by page

     Doc title: Order List

    Pages through the developer's 1688 orders with optional filters. Path and method were read
    on the Thai v2 page, which was cut before the body. The filters follow the upstream 1688
    buyer order-list call, camel-cased (`page`/`pageSize` paging, 1-based; note PandaPon's 1688
    searches use `beginPage` instead), and every one is optional. The response wrapper is
    unknown: `data` is accepted either as a page object (PandaPon's 1688 search page fields,
    or upstream's `result`/`totalRecord`) or as a bare list of 1688 buyer-view orders.

    Args:
        body (ListAlibabaOrdersRequest): Filters of the upstream 1688 buyer order list, camel-
            cased. None is known to be required. Time filters are strings; the format PandaPon expects
            is not documented (upstream uses "yyyyMMddHHmmssSSS+0800").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaOrdersResponse]
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
    body: ListAlibabaOrdersRequest,
) -> ListAlibabaOrdersResponse | None:
    """List 1688 orders page by page

     Doc title: Order List

    Pages through the developer's 1688 orders with optional filters. Path and method were read
    on the Thai v2 page, which was cut before the body. The filters follow the upstream 1688
    buyer order-list call, camel-cased (`page`/`pageSize` paging, 1-based; note PandaPon's 1688
    searches use `beginPage` instead), and every one is optional. The response wrapper is
    unknown: `data` is accepted either as a page object (PandaPon's 1688 search page fields,
    or upstream's `result`/`totalRecord`) or as a bare list of 1688 buyer-view orders.

    Args:
        body (ListAlibabaOrdersRequest): Filters of the upstream 1688 buyer order list, camel-
            cased. None is known to be required. Time filters are strings; the format PandaPon expects
            is not documented (upstream uses "yyyyMMddHHmmssSSS+0800").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ListAlibabaOrdersRequest,
) -> Response[ListAlibabaOrdersResponse]:
    """List 1688 orders page by page

     Doc title: Order List

    Pages through the developer's 1688 orders with optional filters. Path and method were read
    on the Thai v2 page, which was cut before the body. The filters follow the upstream 1688
    buyer order-list call, camel-cased (`page`/`pageSize` paging, 1-based; note PandaPon's 1688
    searches use `beginPage` instead), and every one is optional. The response wrapper is
    unknown: `data` is accepted either as a page object (PandaPon's 1688 search page fields,
    or upstream's `result`/`totalRecord`) or as a bare list of 1688 buyer-view orders.

    Args:
        body (ListAlibabaOrdersRequest): Filters of the upstream 1688 buyer order list, camel-
            cased. None is known to be required. Time filters are strings; the format PandaPon expects
            is not documented (upstream uses "yyyyMMddHHmmssSSS+0800").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ListAlibabaOrdersRequest,
) -> ListAlibabaOrdersResponse | None:
    """List 1688 orders page by page

     Doc title: Order List

    Pages through the developer's 1688 orders with optional filters. Path and method were read
    on the Thai v2 page, which was cut before the body. The filters follow the upstream 1688
    buyer order-list call, camel-cased (`page`/`pageSize` paging, 1-based; note PandaPon's 1688
    searches use `beginPage` instead), and every one is optional. The response wrapper is
    unknown: `data` is accepted either as a page object (PandaPon's 1688 search page fields,
    or upstream's `result`/`totalRecord`) or as a bare list of 1688 buyer-view orders.

    Args:
        body (ListAlibabaOrdersRequest): Filters of the upstream 1688 buyer order list, camel-
            cased. None is known to be required. Time filters are strings; the format PandaPon expects
            is not documented (upstream uses "yyyyMMddHHmmssSSS+0800").

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
