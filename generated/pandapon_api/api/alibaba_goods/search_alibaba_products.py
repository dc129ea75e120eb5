from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_alibaba_products_request import SearchAlibabaProductsRequest
from ...models.search_alibaba_products_response import SearchAlibabaProductsResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SearchAlibabaProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/keywords/query",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchAlibabaProductsResponse | None:
    if response.status_code == 200:
        response_200 = SearchAlibabaProductsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchAlibabaProductsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaProductsRequest,
) -> Response[SearchAlibabaProductsResponse]:
    """Search 1688 products by keyword

     Doc title: 1688 Product keyword query (1688商品关键词查询)

    Keyword search over 1688 with paging, optional filter tokens, a JSON sort string, a
    wholesale price range and a category. Results come back as a page of
    `AlibabaProductListInfoV2VO` items. The page marks no field as required; the upstream
    1688 search (`product.search.keywordQuery`) requires keyword, beginPage, pageSize and country.

    Args:
        body (SearchAlibabaProductsRequest): Keyword-search body as on the newest page. No field
            is marked required there; `filter`, `sort` and the fields after them are typed nullable on
            doc-env2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaProductsResponse]
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
    body: SearchAlibabaProductsRequest,
) -> SearchAlibabaProductsResponse | None:
    """Search 1688 products by keyword

     Doc title: 1688 Product keyword query (1688商品关键词查询)

    Keyword search over 1688 with paging, optional filter tokens, a JSON sort string, a
    wholesale price range and a category. Results come back as a page of
    `AlibabaProductListInfoV2VO` items. The page marks no field as required; the upstream
    1688 search (`product.search.keywordQuery`) requires keyword, beginPage, pageSize and country.

    Args:
        body (SearchAlibabaProductsRequest): Keyword-search body as on the newest page. No field
            is marked required there; `filter`, `sort` and the fields after them are typed nullable on
            doc-env2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaProductsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaProductsRequest,
) -> Response[SearchAlibabaProductsResponse]:
    """Search 1688 products by keyword

     Doc title: 1688 Product keyword query (1688商品关键词查询)

    Keyword search over 1688 with paging, optional filter tokens, a JSON sort string, a
    wholesale price range and a category. Results come back as a page of
    `AlibabaProductListInfoV2VO` items. The page marks no field as required; the upstream
    1688 search (`product.search.keywordQuery`) requires keyword, beginPage, pageSize and country.

    Args:
        body (SearchAlibabaProductsRequest): Keyword-search body as on the newest page. No field
            is marked required there; `filter`, `sort` and the fields after them are typed nullable on
            doc-env2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaProductsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaProductsRequest,
) -> SearchAlibabaProductsResponse | None:
    """Search 1688 products by keyword

     Doc title: 1688 Product keyword query (1688商品关键词查询)

    Keyword search over 1688 with paging, optional filter tokens, a JSON sort string, a
    wholesale price range and a category. Results come back as a page of
    `AlibabaProductListInfoV2VO` items. The page marks no field as required; the upstream
    1688 search (`product.search.keywordQuery`) requires keyword, beginPage, pageSize and country.

    Args:
        body (SearchAlibabaProductsRequest): Keyword-search body as on the newest page. No field
            is marked required there; `filter`, `sort` and the fields after them are typed nullable on
            doc-env2.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
