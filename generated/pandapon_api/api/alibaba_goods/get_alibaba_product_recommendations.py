from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_alibaba_product_recommendations_request import (
    GetAlibabaProductRecommendationsRequest,
)
from ...models.get_alibaba_product_recommendations_response import (
    GetAlibabaProductRecommendationsResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: GetAlibabaProductRecommendationsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/productRecommendQuery",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAlibabaProductRecommendationsResponse | None:
    if response.status_code == 200:
        response_200 = GetAlibabaProductRecommendationsResponse.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAlibabaProductRecommendationsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaProductRecommendationsRequest,
) -> Response[GetAlibabaProductRecommendationsResponse]:
    """Get recommended 1688 products

     Doc title: Product recommendation (商品推荐)

    Returns 1688 products recommended for a user (personalised by `outMemberId`; there is no
    keyword). Only the menu entry was ever visible: the path is modelled on the sibling
    `productRelatedRecommendQuery`, and the request and response follow the upstream 1688 API
    `product.search.offerRecommend` (same title), flattened. Whether PandaPon returns a bare
    list (as upstream) or a page object is not known.

    Args:
        body (GetAlibabaProductRecommendationsRequest): Modelled on the upstream 1688
            `product.search.offerRecommend` parameters (flattened; upstream marks all four required).
            Nothing is required here: the call has no identifying field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaProductRecommendationsResponse]
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
    body: GetAlibabaProductRecommendationsRequest,
) -> GetAlibabaProductRecommendationsResponse | None:
    """Get recommended 1688 products

     Doc title: Product recommendation (商品推荐)

    Returns 1688 products recommended for a user (personalised by `outMemberId`; there is no
    keyword). Only the menu entry was ever visible: the path is modelled on the sibling
    `productRelatedRecommendQuery`, and the request and response follow the upstream 1688 API
    `product.search.offerRecommend` (same title), flattened. Whether PandaPon returns a bare
    list (as upstream) or a page object is not known.

    Args:
        body (GetAlibabaProductRecommendationsRequest): Modelled on the upstream 1688
            `product.search.offerRecommend` parameters (flattened; upstream marks all four required).
            Nothing is required here: the call has no identifying field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaProductRecommendationsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaProductRecommendationsRequest,
) -> Response[GetAlibabaProductRecommendationsResponse]:
    """Get recommended 1688 products

     Doc title: Product recommendation (商品推荐)

    Returns 1688 products recommended for a user (personalised by `outMemberId`; there is no
    keyword). Only the menu entry was ever visible: the path is modelled on the sibling
    `productRelatedRecommendQuery`, and the request and response follow the upstream 1688 API
    `product.search.offerRecommend` (same title), flattened. Whether PandaPon returns a bare
    list (as upstream) or a page object is not known.

    Args:
        body (GetAlibabaProductRecommendationsRequest): Modelled on the upstream 1688
            `product.search.offerRecommend` parameters (flattened; upstream marks all four required).
            Nothing is required here: the call has no identifying field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaProductRecommendationsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaProductRecommendationsRequest,
) -> GetAlibabaProductRecommendationsResponse | None:
    """Get recommended 1688 products

     Doc title: Product recommendation (商品推荐)

    Returns 1688 products recommended for a user (personalised by `outMemberId`; there is no
    keyword). Only the menu entry was ever visible: the path is modelled on the sibling
    `productRelatedRecommendQuery`, and the request and response follow the upstream 1688 API
    `product.search.offerRecommend` (same title), flattened. Whether PandaPon returns a bare
    list (as upstream) or a page object is not known.

    Args:
        body (GetAlibabaProductRecommendationsRequest): Modelled on the upstream 1688
            `product.search.offerRecommend` parameters (flattened; upstream marks all four required).
            Nothing is required here: the call has no identifying field.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaProductRecommendationsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
