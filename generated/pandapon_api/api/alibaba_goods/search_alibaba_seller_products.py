from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_alibaba_seller_products_request import (
    SearchAlibabaSellerProductsRequest,
)
from ...models.search_alibaba_seller_products_response import (
    SearchAlibabaSellerProductsResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SearchAlibabaSellerProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/query/selleroffer",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchAlibabaSellerProductsResponse | None:
    if response.status_code == 200:
        response_200 = SearchAlibabaSellerProductsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchAlibabaSellerProductsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaSellerProductsRequest,
) -> Response[SearchAlibabaSellerProductsResponse]:
    """Search the products of one 1688 store

     Doc title: 1688 multilingual store search (1688多语言商品店搜)

    Keyword search restricted to one seller's store, named by its encoded `sellerOpenId`,
    with the usual paging, filter, sort, price and category options. Results are a page of
    `ProductSearchQuerySellerOfferListV2VO` items. The page marks no field as required (the
    newest page even labels `keyword` as an order collection, an evident copy slip); the upstream
    1688 store search requires `sellerOpenId`.

    Args:
        body (SearchAlibabaSellerProductsRequest): Store-search body as on the newest page (no
            field marked required, plain types).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaSellerProductsResponse]
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
    body: SearchAlibabaSellerProductsRequest,
) -> SearchAlibabaSellerProductsResponse | None:
    """Search the products of one 1688 store

     Doc title: 1688 multilingual store search (1688多语言商品店搜)

    Keyword search restricted to one seller's store, named by its encoded `sellerOpenId`,
    with the usual paging, filter, sort, price and category options. Results are a page of
    `ProductSearchQuerySellerOfferListV2VO` items. The page marks no field as required (the
    newest page even labels `keyword` as an order collection, an evident copy slip); the upstream
    1688 store search requires `sellerOpenId`.

    Args:
        body (SearchAlibabaSellerProductsRequest): Store-search body as on the newest page (no
            field marked required, plain types).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaSellerProductsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaSellerProductsRequest,
) -> Response[SearchAlibabaSellerProductsResponse]:
    """Search the products of one 1688 store

     Doc title: 1688 multilingual store search (1688多语言商品店搜)

    Keyword search restricted to one seller's store, named by its encoded `sellerOpenId`,
    with the usual paging, filter, sort, price and category options. Results are a page of
    `ProductSearchQuerySellerOfferListV2VO` items. The page marks no field as required (the
    newest page even labels `keyword` as an order collection, an evident copy slip); the upstream
    1688 store search requires `sellerOpenId`.

    Args:
        body (SearchAlibabaSellerProductsRequest): Store-search body as on the newest page (no
            field marked required, plain types).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaSellerProductsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaSellerProductsRequest,
) -> SearchAlibabaSellerProductsResponse | None:
    """Search the products of one 1688 store

     Doc title: 1688 multilingual store search (1688多语言商品店搜)

    Keyword search restricted to one seller's store, named by its encoded `sellerOpenId`,
    with the usual paging, filter, sort, price and category options. Results are a page of
    `ProductSearchQuerySellerOfferListV2VO` items. The page marks no field as required (the
    newest page even labels `keyword` as an order collection, an evident copy slip); the upstream
    1688 store search requires `sellerOpenId`.

    Args:
        body (SearchAlibabaSellerProductsRequest): Store-search body as on the newest page (no
            field marked required, plain types).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaSellerProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
