from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_taobao_cart_item_request import AddTaobaoCartItemRequest
from ...models.add_taobao_cart_item_response import AddTaobaoCartItemResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: AddTaobaoCartItemRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/cart/add",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddTaobaoCartItemResponse | None:
    if response.status_code == 200:
        response_200 = AddTaobaoCartItemResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddTaobaoCartItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddTaobaoCartItemRequest,
) -> Response[AddTaobaoCartItemResponse]:
    """Add a product to the Taobao shopping cart

     Doc title: Add Cart Item (新增购物车商品)

    Adds one SKU to the cart. The caller sends the whole product snapshot (encoded product id,
    distribution ids `mpId` / `mpSkuId`, title, picture, prices, shop, SKU attributes, stock,
    tier prices), not just ids. The v2 request was read in full; only `mpId` and `mpSkuId` are
    marked required (fields with a description show no required marker on these pages).
    Prices are integers whose unit is not stated. The response was not visible; a success flag
    is assumed. The example uses the older-generation page's values (which sends `itemId`
    instead of `itemMapId`) with the encoded id style of the v2 pages.

    Args:
        body (AddTaobaoCartItemRequest): The product snapshot to store in the cart, as on the v2
            page. Only `mpId` and `mpSkuId` are marked required; no field is nullable in v2 (several
            were nullable in the older generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaobaoCartItemResponse]
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
    body: AddTaobaoCartItemRequest,
) -> AddTaobaoCartItemResponse | None:
    """Add a product to the Taobao shopping cart

     Doc title: Add Cart Item (新增购物车商品)

    Adds one SKU to the cart. The caller sends the whole product snapshot (encoded product id,
    distribution ids `mpId` / `mpSkuId`, title, picture, prices, shop, SKU attributes, stock,
    tier prices), not just ids. The v2 request was read in full; only `mpId` and `mpSkuId` are
    marked required (fields with a description show no required marker on these pages).
    Prices are integers whose unit is not stated. The response was not visible; a success flag
    is assumed. The example uses the older-generation page's values (which sends `itemId`
    instead of `itemMapId`) with the encoded id style of the v2 pages.

    Args:
        body (AddTaobaoCartItemRequest): The product snapshot to store in the cart, as on the v2
            page. Only `mpId` and `mpSkuId` are marked required; no field is nullable in v2 (several
            were nullable in the older generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaobaoCartItemResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddTaobaoCartItemRequest,
) -> Response[AddTaobaoCartItemResponse]:
    """Add a product to the Taobao shopping cart

     Doc title: Add Cart Item (新增购物车商品)

    Adds one SKU to the cart. The caller sends the whole product snapshot (encoded product id,
    distribution ids `mpId` / `mpSkuId`, title, picture, prices, shop, SKU attributes, stock,
    tier prices), not just ids. The v2 request was read in full; only `mpId` and `mpSkuId` are
    marked required (fields with a description show no required marker on these pages).
    Prices are integers whose unit is not stated. The response was not visible; a success flag
    is assumed. The example uses the older-generation page's values (which sends `itemId`
    instead of `itemMapId`) with the encoded id style of the v2 pages.

    Args:
        body (AddTaobaoCartItemRequest): The product snapshot to store in the cart, as on the v2
            page. Only `mpId` and `mpSkuId` are marked required; no field is nullable in v2 (several
            were nullable in the older generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddTaobaoCartItemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddTaobaoCartItemRequest,
) -> AddTaobaoCartItemResponse | None:
    """Add a product to the Taobao shopping cart

     Doc title: Add Cart Item (新增购物车商品)

    Adds one SKU to the cart. The caller sends the whole product snapshot (encoded product id,
    distribution ids `mpId` / `mpSkuId`, title, picture, prices, shop, SKU attributes, stock,
    tier prices), not just ids. The v2 request was read in full; only `mpId` and `mpSkuId` are
    marked required (fields with a description show no required marker on these pages).
    Prices are integers whose unit is not stated. The response was not visible; a success flag
    is assumed. The example uses the older-generation page's values (which sends `itemId`
    instead of `itemMapId`) with the encoded id style of the v2 pages.

    Args:
        body (AddTaobaoCartItemRequest): The product snapshot to store in the cart, as on the v2
            page. Only `mpId` and `mpSkuId` are marked required; no field is nullable in v2 (several
            were nullable in the older generation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddTaobaoCartItemResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
