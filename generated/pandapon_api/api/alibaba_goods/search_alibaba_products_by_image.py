from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_alibaba_products_by_image_request import (
    SearchAlibabaProductsByImageRequest,
)
from ...models.search_alibaba_products_by_image_response import (
    SearchAlibabaProductsByImageResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SearchAlibabaProductsByImageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/image/query",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchAlibabaProductsByImageResponse | None:
    if response.status_code == 200:
        response_200 = SearchAlibabaProductsByImageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchAlibabaProductsByImageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaProductsByImageRequest,
) -> Response[SearchAlibabaProductsByImageResponse]:
    """Search 1688 products by image

     Doc title: 1688 Product image search (1688商品图片搜索)

    Finds 1688 products that look like a picture. The picture travels inside the JSON body as
    a Base64 string (`imageBase64`, the only field marked required); an existing 1688/alicdn
    picture URL can be given in `imageAddress`, and `region` picks the subject in the picture.
    Same paging, filter, sort, price and category options as the keyword search, and the same
    result page.

    Args:
        body (SearchAlibabaProductsByImageRequest): Image-search body as on the newest page. doc-
            env2 types every field nullable; `imageBase64` is the only field marked required. Whether
            it may be null when `imageAddress` is given is not stated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaProductsByImageResponse]
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
    body: SearchAlibabaProductsByImageRequest,
) -> SearchAlibabaProductsByImageResponse | None:
    """Search 1688 products by image

     Doc title: 1688 Product image search (1688商品图片搜索)

    Finds 1688 products that look like a picture. The picture travels inside the JSON body as
    a Base64 string (`imageBase64`, the only field marked required); an existing 1688/alicdn
    picture URL can be given in `imageAddress`, and `region` picks the subject in the picture.
    Same paging, filter, sort, price and category options as the keyword search, and the same
    result page.

    Args:
        body (SearchAlibabaProductsByImageRequest): Image-search body as on the newest page. doc-
            env2 types every field nullable; `imageBase64` is the only field marked required. Whether
            it may be null when `imageAddress` is given is not stated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaProductsByImageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaProductsByImageRequest,
) -> Response[SearchAlibabaProductsByImageResponse]:
    """Search 1688 products by image

     Doc title: 1688 Product image search (1688商品图片搜索)

    Finds 1688 products that look like a picture. The picture travels inside the JSON body as
    a Base64 string (`imageBase64`, the only field marked required); an existing 1688/alicdn
    picture URL can be given in `imageAddress`, and `region` picks the subject in the picture.
    Same paging, filter, sort, price and category options as the keyword search, and the same
    result page.

    Args:
        body (SearchAlibabaProductsByImageRequest): Image-search body as on the newest page. doc-
            env2 types every field nullable; `imageBase64` is the only field marked required. Whether
            it may be null when `imageAddress` is given is not stated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchAlibabaProductsByImageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchAlibabaProductsByImageRequest,
) -> SearchAlibabaProductsByImageResponse | None:
    """Search 1688 products by image

     Doc title: 1688 Product image search (1688商品图片搜索)

    Finds 1688 products that look like a picture. The picture travels inside the JSON body as
    a Base64 string (`imageBase64`, the only field marked required); an existing 1688/alicdn
    picture URL can be given in `imageAddress`, and `region` picks the subject in the picture.
    Same paging, filter, sort, price and category options as the keyword search, and the same
    result page.

    Args:
        body (SearchAlibabaProductsByImageRequest): Image-search body as on the newest page. doc-
            env2 types every field nullable; `imageBase64` is the only field marked required. Whether
            it may be null when `imageAddress` is given is not stated.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchAlibabaProductsByImageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
