from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_alibaba_product_request import GetAlibabaProductRequest
from ...models.get_alibaba_product_response import GetAlibabaProductResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: GetAlibabaProductRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/detail/get",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAlibabaProductResponse | None:
    if response.status_code == 200:
        response_200 = GetAlibabaProductResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAlibabaProductResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaProductRequest,
) -> Response[GetAlibabaProductResponse]:
    """Get the detail of a 1688 product

     Doc title: 1688 commodity details inquiry (older Chinese docs: 商品详情查询)

    Returns one 1688 product: titles (original and translated), category, HTML description
    and, per the older page's field list, media, attributes, SKUs, sale and shipping data,
    seller data and tracking data. The newest page was never visible: the request and the
    first six response fields come from the older Vietnamese page; the remaining response
    fields are the upstream 1688 `product.search.queryProductDetail` model, whose field order
    matches the older page's description list. The older page also mentions related goods,
    company name and shop URL, whose field names were not visible and are not declared
    (extra fields are kept). The path follows the /v2 prefix rule from `/alibaba/product/detail/get`.

    Args:
        body (GetAlibabaProductRequest): From the older Vietnamese page (field names and
            descriptions only; no required flags or types shown beyond the placeholder example).
            `offerId` is the only field required here, because the call means nothing without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaProductResponse]
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
    body: GetAlibabaProductRequest,
) -> GetAlibabaProductResponse | None:
    """Get the detail of a 1688 product

     Doc title: 1688 commodity details inquiry (older Chinese docs: 商品详情查询)

    Returns one 1688 product: titles (original and translated), category, HTML description
    and, per the older page's field list, media, attributes, SKUs, sale and shipping data,
    seller data and tracking data. The newest page was never visible: the request and the
    first six response fields come from the older Vietnamese page; the remaining response
    fields are the upstream 1688 `product.search.queryProductDetail` model, whose field order
    matches the older page's description list. The older page also mentions related goods,
    company name and shop URL, whose field names were not visible and are not declared
    (extra fields are kept). The path follows the /v2 prefix rule from `/alibaba/product/detail/get`.

    Args:
        body (GetAlibabaProductRequest): From the older Vietnamese page (field names and
            descriptions only; no required flags or types shown beyond the placeholder example).
            `offerId` is the only field required here, because the call means nothing without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaProductResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaProductRequest,
) -> Response[GetAlibabaProductResponse]:
    """Get the detail of a 1688 product

     Doc title: 1688 commodity details inquiry (older Chinese docs: 商品详情查询)

    Returns one 1688 product: titles (original and translated), category, HTML description
    and, per the older page's field list, media, attributes, SKUs, sale and shipping data,
    seller data and tracking data. The newest page was never visible: the request and the
    first six response fields come from the older Vietnamese page; the remaining response
    fields are the upstream 1688 `product.search.queryProductDetail` model, whose field order
    matches the older page's description list. The older page also mentions related goods,
    company name and shop URL, whose field names were not visible and are not declared
    (extra fields are kept). The path follows the /v2 prefix rule from `/alibaba/product/detail/get`.

    Args:
        body (GetAlibabaProductRequest): From the older Vietnamese page (field names and
            descriptions only; no required flags or types shown beyond the placeholder example).
            `offerId` is the only field required here, because the call means nothing without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaProductResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaProductRequest,
) -> GetAlibabaProductResponse | None:
    """Get the detail of a 1688 product

     Doc title: 1688 commodity details inquiry (older Chinese docs: 商品详情查询)

    Returns one 1688 product: titles (original and translated), category, HTML description
    and, per the older page's field list, media, attributes, SKUs, sale and shipping data,
    seller data and tracking data. The newest page was never visible: the request and the
    first six response fields come from the older Vietnamese page; the remaining response
    fields are the upstream 1688 `product.search.queryProductDetail` model, whose field order
    matches the older page's description list. The older page also mentions related goods,
    company name and shop URL, whose field names were not visible and are not declared
    (extra fields are kept). The path follows the /v2 prefix rule from `/alibaba/product/detail/get`.

    Args:
        body (GetAlibabaProductRequest): From the older Vietnamese page (field names and
            descriptions only; no required flags or types shown beyond the placeholder example).
            `offerId` is the only field required here, because the call means nothing without it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaProductResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
