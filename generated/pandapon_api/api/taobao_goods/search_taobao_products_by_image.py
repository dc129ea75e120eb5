from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.search_taobao_products_by_image_request import (
    SearchTaobaoProductsByImageRequest,
)
from ...models.search_taobao_products_by_image_response import (
    SearchTaobaoProductsByImageResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SearchTaobaoProductsByImageRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/product/image/search",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SearchTaobaoProductsByImageResponse | None:
    if response.status_code == 200:
        response_200 = SearchTaobaoProductsByImageResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SearchTaobaoProductsByImageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchTaobaoProductsByImageRequest,
) -> Response[SearchTaobaoProductsByImageResponse]:
    """Search Taobao products by image

     Doc title: Taobao image search interface (淘宝图片搜索接口)

    Finds Taobao products similar to an image. Only the menu entry (POST) was seen: path,
    body and response are inferred. The body combines the 1688 image search's fields
    (`imageBase64`, `imageAddress`) with the upstream Taobao Global image search's
    (`picUrl`, `imageId`, `language`); supply one image source. The response is taken to be
    the same product list as the keyword search, either paged (as PandaPon's 1688 image and
    keyword searches share a page model) or as the upstream's flat list of at most 100 items.

    Args:
        body (SearchTaobaoProductsByImageRequest): Inferred body; send one image source
            (`imageBase64`, `imageAddress`, `picUrl` or `imageId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTaobaoProductsByImageResponse]
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
    body: SearchTaobaoProductsByImageRequest,
) -> SearchTaobaoProductsByImageResponse | None:
    """Search Taobao products by image

     Doc title: Taobao image search interface (淘宝图片搜索接口)

    Finds Taobao products similar to an image. Only the menu entry (POST) was seen: path,
    body and response are inferred. The body combines the 1688 image search's fields
    (`imageBase64`, `imageAddress`) with the upstream Taobao Global image search's
    (`picUrl`, `imageId`, `language`); supply one image source. The response is taken to be
    the same product list as the keyword search, either paged (as PandaPon's 1688 image and
    keyword searches share a page model) or as the upstream's flat list of at most 100 items.

    Args:
        body (SearchTaobaoProductsByImageRequest): Inferred body; send one image source
            (`imageBase64`, `imageAddress`, `picUrl` or `imageId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTaobaoProductsByImageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SearchTaobaoProductsByImageRequest,
) -> Response[SearchTaobaoProductsByImageResponse]:
    """Search Taobao products by image

     Doc title: Taobao image search interface (淘宝图片搜索接口)

    Finds Taobao products similar to an image. Only the menu entry (POST) was seen: path,
    body and response are inferred. The body combines the 1688 image search's fields
    (`imageBase64`, `imageAddress`) with the upstream Taobao Global image search's
    (`picUrl`, `imageId`, `language`); supply one image source. The response is taken to be
    the same product list as the keyword search, either paged (as PandaPon's 1688 image and
    keyword searches share a page model) or as the upstream's flat list of at most 100 items.

    Args:
        body (SearchTaobaoProductsByImageRequest): Inferred body; send one image source
            (`imageBase64`, `imageAddress`, `picUrl` or `imageId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SearchTaobaoProductsByImageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SearchTaobaoProductsByImageRequest,
) -> SearchTaobaoProductsByImageResponse | None:
    """Search Taobao products by image

     Doc title: Taobao image search interface (淘宝图片搜索接口)

    Finds Taobao products similar to an image. Only the menu entry (POST) was seen: path,
    body and response are inferred. The body combines the 1688 image search's fields
    (`imageBase64`, `imageAddress`) with the upstream Taobao Global image search's
    (`picUrl`, `imageId`, `language`); supply one image source. The response is taken to be
    the same product list as the keyword search, either paged (as PandaPon's 1688 image and
    keyword searches share a page model) or as the upstream's flat list of at most 100 items.

    Args:
        body (SearchTaobaoProductsByImageRequest): Inferred body; send one image source
            (`imageBase64`, `imageAddress`, `picUrl` or `imageId`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SearchTaobaoProductsByImageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
