from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_taobao_products_request import SearchTaobaoProductsRequest
from ...models.search_taobao_products_response import SearchTaobaoProductsResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SearchTaobaoProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/product/item/search",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchTaobaoProductsResponse | None:
    if response.status_code == 200:
        response_200 = SearchTaobaoProductsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchTaobaoProductsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchTaobaoProductsRequest,
) -> Response[SearchTaobaoProductsResponse]:
    """Search Taobao products by keyword

     Doc title: Taobao commodity search interface (淘宝商品搜索接口)

    Keyword search over Taobao products, paged with `pageNo`/`pageSize` (at most 40 per page),
    unlike the 1688 searches which use `beginPage`. The request was read on the v2 page; the
    response was not visible and is modelled on the upstream Taobao Global item search and
    the twin platform's Taobao recommendation client (a page object with `pageNo`, `pageSize`
    and `data` items).

    Args:
        body (SearchTaobaoProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTaobaoProductsResponse]
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
    body: SearchTaobaoProductsRequest,
) -> SearchTaobaoProductsResponse | None:
    """Search Taobao products by keyword

     Doc title: Taobao commodity search interface (淘宝商品搜索接口)

    Keyword search over Taobao products, paged with `pageNo`/`pageSize` (at most 40 per page),
    unlike the 1688 searches which use `beginPage`. The request was read on the v2 page; the
    response was not visible and is modelled on the upstream Taobao Global item search and
    the twin platform's Taobao recommendation client (a page object with `pageNo`, `pageSize`
    and `data` items).

    Args:
        body (SearchTaobaoProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTaobaoProductsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchTaobaoProductsRequest,
) -> Response[SearchTaobaoProductsResponse]:
    """Search Taobao products by keyword

     Doc title: Taobao commodity search interface (淘宝商品搜索接口)

    Keyword search over Taobao products, paged with `pageNo`/`pageSize` (at most 40 per page),
    unlike the 1688 searches which use `beginPage`. The request was read on the v2 page; the
    response was not visible and is modelled on the upstream Taobao Global item search and
    the twin platform's Taobao recommendation client (a page object with `pageNo`, `pageSize`
    and `data` items).

    Args:
        body (SearchTaobaoProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTaobaoProductsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchTaobaoProductsRequest,
) -> SearchTaobaoProductsResponse | None:
    """Search Taobao products by keyword

     Doc title: Taobao commodity search interface (淘宝商品搜索接口)

    Keyword search over Taobao products, paged with `pageNo`/`pageSize` (at most 40 per page),
    unlike the 1688 searches which use `beginPage`. The request was read on the v2 page; the
    response was not visible and is modelled on the upstream Taobao Global item search and
    the twin platform's Taobao recommendation client (a page object with `pageNo`, `pageSize`
    and `data` items).

    Args:
        body (SearchTaobaoProductsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTaobaoProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
