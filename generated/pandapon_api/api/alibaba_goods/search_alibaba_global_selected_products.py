from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_alibaba_global_selected_products_request import (
    SearchAlibabaGlobalSelectedProductsRequest,
)
from ...models.search_alibaba_global_selected_products_response import (
    SearchAlibabaGlobalSelectedProductsResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SearchAlibabaGlobalSelectedProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/global/keywords/query",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchAlibabaGlobalSelectedProductsResponse | None:
    if response.status_code == 200:
        response_200 = SearchAlibabaGlobalSelectedProductsResponse.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchAlibabaGlobalSelectedProductsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaGlobalSelectedProductsRequest,
) -> Response[SearchAlibabaGlobalSelectedProductsResponse]:
    """Search 1688 "global strictly selected" products by keyword

     Doc title: Global strictly selected keyword query (全球严选关键词查询)

    Keyword search over the "global strictly selected" (curated) 1688 assortment. Only the
    menu entry was ever visible and no upstream API of that name was found. The path, the
    request (the keyword-search body) and the result page
    (`AlibabaBasePageVOAlibabaProductListInfoV2VO`)
    are all modelled on the sibling `searchAlibabaProducts`; upstream this is most likely the
    1688 keyword search with a fixed assortment or filter.

    Args:
        body (SearchAlibabaGlobalSelectedProductsRequest): Assumed to be the keyword-search body
            (see `SearchAlibabaProductsRequest`). A query is expected to carry `keyword`, but no page
            shows this body, and on the sibling keyword search the flag of `keyword` is not visible
            either: nothing is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaGlobalSelectedProductsResponse]
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
    body: SearchAlibabaGlobalSelectedProductsRequest,
) -> SearchAlibabaGlobalSelectedProductsResponse | None:
    """Search 1688 "global strictly selected" products by keyword

     Doc title: Global strictly selected keyword query (全球严选关键词查询)

    Keyword search over the "global strictly selected" (curated) 1688 assortment. Only the
    menu entry was ever visible and no upstream API of that name was found. The path, the
    request (the keyword-search body) and the result page
    (`AlibabaBasePageVOAlibabaProductListInfoV2VO`)
    are all modelled on the sibling `searchAlibabaProducts`; upstream this is most likely the
    1688 keyword search with a fixed assortment or filter.

    Args:
        body (SearchAlibabaGlobalSelectedProductsRequest): Assumed to be the keyword-search body
            (see `SearchAlibabaProductsRequest`). A query is expected to carry `keyword`, but no page
            shows this body, and on the sibling keyword search the flag of `keyword` is not visible
            either: nothing is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaGlobalSelectedProductsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaGlobalSelectedProductsRequest,
) -> Response[SearchAlibabaGlobalSelectedProductsResponse]:
    """Search 1688 "global strictly selected" products by keyword

     Doc title: Global strictly selected keyword query (全球严选关键词查询)

    Keyword search over the "global strictly selected" (curated) 1688 assortment. Only the
    menu entry was ever visible and no upstream API of that name was found. The path, the
    request (the keyword-search body) and the result page
    (`AlibabaBasePageVOAlibabaProductListInfoV2VO`)
    are all modelled on the sibling `searchAlibabaProducts`; upstream this is most likely the
    1688 keyword search with a fixed assortment or filter.

    Args:
        body (SearchAlibabaGlobalSelectedProductsRequest): Assumed to be the keyword-search body
            (see `SearchAlibabaProductsRequest`). A query is expected to carry `keyword`, but no page
            shows this body, and on the sibling keyword search the flag of `keyword` is not visible
            either: nothing is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaGlobalSelectedProductsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaGlobalSelectedProductsRequest,
) -> SearchAlibabaGlobalSelectedProductsResponse | None:
    """Search 1688 "global strictly selected" products by keyword

     Doc title: Global strictly selected keyword query (全球严选关键词查询)

    Keyword search over the "global strictly selected" (curated) 1688 assortment. Only the
    menu entry was ever visible and no upstream API of that name was found. The path, the
    request (the keyword-search body) and the result page
    (`AlibabaBasePageVOAlibabaProductListInfoV2VO`)
    are all modelled on the sibling `searchAlibabaProducts`; upstream this is most likely the
    1688 keyword search with a fixed assortment or filter.

    Args:
        body (SearchAlibabaGlobalSelectedProductsRequest): Assumed to be the keyword-search body
            (see `SearchAlibabaProductsRequest`). A query is expected to carry `keyword`, but no page
            shows this body, and on the sibling keyword search the flag of `keyword` is not visible
            either: nothing is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaGlobalSelectedProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
