from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_alibaba_cart_item_request import AddAlibabaCartItemRequest
from ...models.add_alibaba_cart_item_response import AddAlibabaCartItemResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: AddAlibabaCartItemRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/cart/add",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddAlibabaCartItemResponse | None:
    if response.status_code == 200:
        response_200 = AddAlibabaCartItemResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AddAlibabaCartItemResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddAlibabaCartItemRequest,
) -> Response[AddAlibabaCartItemResponse]:
    """Add a 1688 product to the cart

     Doc title: Add Shopping Cart Item (新增购物车商品)

    Puts one 1688 SKU into the user's cart. Only the menu entry was ever visible and there is
    no upstream 1688 cart API (the cart is PandaPon's own storage). Method and path are taken
    from the Taobao sibling `POST /v2/taobao/cart/add` (seen); the body mirrors that call (the caller
    supplies a snapshot of the product: title, picture, price, shop, tier prices) with the 1688
    names seen in the cart list (`offerMapId`, `specId`, `sellerOpenId`, ...). Only `offerMapId`
    is required. What `data` holds is unknown.

    Args:
        body (AddAlibabaCartItemRequest): Inferred: the Taobao `POST /v2/taobao/cart/add` body (a
            product snapshot plus quantity) translated to the 1688 cart-line names. Only `offerMapId`
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddAlibabaCartItemResponse]
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
    body: AddAlibabaCartItemRequest,
) -> AddAlibabaCartItemResponse | None:
    """Add a 1688 product to the cart

     Doc title: Add Shopping Cart Item (新增购物车商品)

    Puts one 1688 SKU into the user's cart. Only the menu entry was ever visible and there is
    no upstream 1688 cart API (the cart is PandaPon's own storage). Method and path are taken
    from the Taobao sibling `POST /v2/taobao/cart/add` (seen); the body mirrors that call (the caller
    supplies a snapshot of the product: title, picture, price, shop, tier prices) with the 1688
    names seen in the cart list (`offerMapId`, `specId`, `sellerOpenId`, ...). Only `offerMapId`
    is required. What `data` holds is unknown.

    Args:
        body (AddAlibabaCartItemRequest): Inferred: the Taobao `POST /v2/taobao/cart/add` body (a
            product snapshot plus quantity) translated to the 1688 cart-line names. Only `offerMapId`
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddAlibabaCartItemResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddAlibabaCartItemRequest,
) -> Response[AddAlibabaCartItemResponse]:
    """Add a 1688 product to the cart

     Doc title: Add Shopping Cart Item (新增购物车商品)

    Puts one 1688 SKU into the user's cart. Only the menu entry was ever visible and there is
    no upstream 1688 cart API (the cart is PandaPon's own storage). Method and path are taken
    from the Taobao sibling `POST /v2/taobao/cart/add` (seen); the body mirrors that call (the caller
    supplies a snapshot of the product: title, picture, price, shop, tier prices) with the 1688
    names seen in the cart list (`offerMapId`, `specId`, `sellerOpenId`, ...). Only `offerMapId`
    is required. What `data` holds is unknown.

    Args:
        body (AddAlibabaCartItemRequest): Inferred: the Taobao `POST /v2/taobao/cart/add` body (a
            product snapshot plus quantity) translated to the 1688 cart-line names. Only `offerMapId`
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddAlibabaCartItemResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddAlibabaCartItemRequest,
) -> AddAlibabaCartItemResponse | None:
    """Add a 1688 product to the cart

     Doc title: Add Shopping Cart Item (新增购物车商品)

    Puts one 1688 SKU into the user's cart. Only the menu entry was ever visible and there is
    no upstream 1688 cart API (the cart is PandaPon's own storage). Method and path are taken
    from the Taobao sibling `POST /v2/taobao/cart/add` (seen); the body mirrors that call (the caller
    supplies a snapshot of the product: title, picture, price, shop, tier prices) with the 1688
    names seen in the cart list (`offerMapId`, `specId`, `sellerOpenId`, ...). Only `offerMapId`
    is required. What `data` holds is unknown.

    Args:
        body (AddAlibabaCartItemRequest): Inferred: the Taobao `POST /v2/taobao/cart/add` body (a
            product snapshot plus quantity) translated to the 1688 cart-line names. Only `offerMapId`
            is required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddAlibabaCartItemResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
