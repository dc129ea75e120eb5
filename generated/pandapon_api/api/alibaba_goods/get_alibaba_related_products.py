from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_alibaba_related_products_request import (
    GetAlibabaRelatedProductsRequest,
)
from ...models.get_alibaba_related_products_response import (
    GetAlibabaRelatedProductsResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: GetAlibabaRelatedProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/productRelatedRecommendQuery",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAlibabaRelatedProductsResponse | None:
    if response.status_code == 200:
        response_200 = GetAlibabaRelatedProductsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAlibabaRelatedProductsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaRelatedProductsRequest,
) -> Response[GetAlibabaRelatedProductsResponse]:
    """Get 1688 products related to a product

     Doc title: Related product recommendation (相关性商品推荐)

    Returns products related to one 1688 product, named by its encoded `offerId` string.
    Note the paging names differ from the searches (`pageNo` and `language`, not `beginPage`
    and `country`). The request was read on the newest page; its response section was never
    visible, so the result list follows the upstream 1688 API `product.related.recommend`
    (same title), whose items are presumed to be the same model as the recommendation call's.
    Upstream caps `pageSize` at 10 (not stated by PandaPon).

    Args:
        body (GetAlibabaRelatedProductsRequest): Related-products body as on the newest page
            (required flags not shown there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaRelatedProductsResponse]
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
    body: GetAlibabaRelatedProductsRequest,
) -> GetAlibabaRelatedProductsResponse | None:
    """Get 1688 products related to a product

     Doc title: Related product recommendation (相关性商品推荐)

    Returns products related to one 1688 product, named by its encoded `offerId` string.
    Note the paging names differ from the searches (`pageNo` and `language`, not `beginPage`
    and `country`). The request was read on the newest page; its response section was never
    visible, so the result list follows the upstream 1688 API `product.related.recommend`
    (same title), whose items are presumed to be the same model as the recommendation call's.
    Upstream caps `pageSize` at 10 (not stated by PandaPon).

    Args:
        body (GetAlibabaRelatedProductsRequest): Related-products body as on the newest page
            (required flags not shown there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaRelatedProductsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaRelatedProductsRequest,
) -> Response[GetAlibabaRelatedProductsResponse]:
    """Get 1688 products related to a product

     Doc title: Related product recommendation (相关性商品推荐)

    Returns products related to one 1688 product, named by its encoded `offerId` string.
    Note the paging names differ from the searches (`pageNo` and `language`, not `beginPage`
    and `country`). The request was read on the newest page; its response section was never
    visible, so the result list follows the upstream 1688 API `product.related.recommend`
    (same title), whose items are presumed to be the same model as the recommendation call's.
    Upstream caps `pageSize` at 10 (not stated by PandaPon).

    Args:
        body (GetAlibabaRelatedProductsRequest): Related-products body as on the newest page
            (required flags not shown there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaRelatedProductsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaRelatedProductsRequest,
) -> GetAlibabaRelatedProductsResponse | None:
    """Get 1688 products related to a product

     Doc title: Related product recommendation (相关性商品推荐)

    Returns products related to one 1688 product, named by its encoded `offerId` string.
    Note the paging names differ from the searches (`pageNo` and `language`, not `beginPage`
    and `country`). The request was read on the newest page; its response section was never
    visible, so the result list follows the upstream 1688 API `product.related.recommend`
    (same title), whose items are presumed to be the same model as the recommendation call's.
    Upstream caps `pageSize` at 10 (not stated by PandaPon).

    Args:
        body (GetAlibabaRelatedProductsRequest): Related-products body as on the newest page
            (required flags not shown there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaRelatedProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
