from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_check_taobao_products_request import (
    BatchCheckTaobaoProductsRequest,
)
from ...models.batch_check_taobao_products_response import (
    BatchCheckTaobaoProductsResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: BatchCheckTaobaoProductsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/product/batch/check",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchCheckTaobaoProductsResponse | None:
    if response.status_code == 200:
        response_200 = BatchCheckTaobaoProductsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchCheckTaobaoProductsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCheckTaobaoProductsRequest,
) -> Response[BatchCheckTaobaoProductsResponse]:
    """Check several Taobao products for distribution (mp) availability

     Doc title: Query products in bulk based on Taobao product IDs (根据淘宝商品id批量查询商品)

    Looks up several Taobao items (optionally narrowed to SKUs) at once and splits them into
    those that have a distribution ("mp") product, which can be bought through PandaPon, and
    those that do not, with the reasons. The v2 page body was not visible: the request and
    response follow the older-generation page (`/open/product/batch/check`), whose single body
    field `params` is a JSON-encoded array passed as a string. The v2 path is the older path
    under the Taobao prefix rule.

    Args:
        body (BatchCheckTaobaoProductsRequest): Older-generation body: one string field holding a
            JSON array of `{itemId, skuIds[]}`. The v2 body was not visible.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCheckTaobaoProductsResponse]
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
    body: BatchCheckTaobaoProductsRequest,
) -> BatchCheckTaobaoProductsResponse | None:
    """Check several Taobao products for distribution (mp) availability

     Doc title: Query products in bulk based on Taobao product IDs (根据淘宝商品id批量查询商品)

    Looks up several Taobao items (optionally narrowed to SKUs) at once and splits them into
    those that have a distribution ("mp") product, which can be bought through PandaPon, and
    those that do not, with the reasons. The v2 page body was not visible: the request and
    response follow the older-generation page (`/open/product/batch/check`), whose single body
    field `params` is a JSON-encoded array passed as a string. The v2 path is the older path
    under the Taobao prefix rule.

    Args:
        body (BatchCheckTaobaoProductsRequest): Older-generation body: one string field holding a
            JSON array of `{itemId, skuIds[]}`. The v2 body was not visible.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCheckTaobaoProductsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchCheckTaobaoProductsRequest,
) -> Response[BatchCheckTaobaoProductsResponse]:
    """Check several Taobao products for distribution (mp) availability

     Doc title: Query products in bulk based on Taobao product IDs (根据淘宝商品id批量查询商品)

    Looks up several Taobao items (optionally narrowed to SKUs) at once and splits them into
    those that have a distribution ("mp") product, which can be bought through PandaPon, and
    those that do not, with the reasons. The v2 page body was not visible: the request and
    response follow the older-generation page (`/open/product/batch/check`), whose single body
    field `params` is a JSON-encoded array passed as a string. The v2 path is the older path
    under the Taobao prefix rule.

    Args:
        body (BatchCheckTaobaoProductsRequest): Older-generation body: one string field holding a
            JSON array of `{itemId, skuIds[]}`. The v2 body was not visible.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchCheckTaobaoProductsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchCheckTaobaoProductsRequest,
) -> BatchCheckTaobaoProductsResponse | None:
    """Check several Taobao products for distribution (mp) availability

     Doc title: Query products in bulk based on Taobao product IDs (根据淘宝商品id批量查询商品)

    Looks up several Taobao items (optionally narrowed to SKUs) at once and splits them into
    those that have a distribution ("mp") product, which can be bought through PandaPon, and
    those that do not, with the reasons. The v2 page body was not visible: the request and
    response follow the older-generation page (`/open/product/batch/check`), whose single body
    field `params` is a JSON-encoded array passed as a string. The v2 path is the older path
    under the Taobao prefix rule.

    Args:
        body (BatchCheckTaobaoProductsRequest): Older-generation body: one string field holding a
            JSON array of `{itemId, skuIds[]}`. The v2 body was not visible.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchCheckTaobaoProductsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
