from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_taobao_cart_item_quantity_request import (
    UpdateTaobaoCartItemQuantityRequest,
)
from ...models.update_taobao_cart_item_quantity_response import (
    UpdateTaobaoCartItemQuantityResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: UpdateTaobaoCartItemQuantityRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/cart/edit-quantity",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateTaobaoCartItemQuantityResponse | None:
    if response.status_code == 200:
        response_200 = UpdateTaobaoCartItemQuantityResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateTaobaoCartItemQuantityResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoCartItemQuantityRequest,
) -> Response[UpdateTaobaoCartItemQuantityResponse]:
    """Change the quantity of a Taobao cart item

     Doc title: Edit item quantity (编辑商品数量)

    Sets a new quantity on one cart record. Only the menu entry (POST) is known. Path, body
    (`id`, `quantity`) and response (a boolean) are inferred from the 1688 sibling
    (`/alibaba/cart/edit-quantity` on the older-generation Chinese site), leaving out that
    page's leaked server-side `updateTime` object and its 1688-only `productNo` / `container`.
    Only `id` is required here.

    Args:
        body (UpdateTaobaoCartItemQuantityRequest): Inferred body, from the 1688 edit-quantity
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaobaoCartItemQuantityResponse]
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
    body: UpdateTaobaoCartItemQuantityRequest,
) -> UpdateTaobaoCartItemQuantityResponse | None:
    """Change the quantity of a Taobao cart item

     Doc title: Edit item quantity (编辑商品数量)

    Sets a new quantity on one cart record. Only the menu entry (POST) is known. Path, body
    (`id`, `quantity`) and response (a boolean) are inferred from the 1688 sibling
    (`/alibaba/cart/edit-quantity` on the older-generation Chinese site), leaving out that
    page's leaked server-side `updateTime` object and its 1688-only `productNo` / `container`.
    Only `id` is required here.

    Args:
        body (UpdateTaobaoCartItemQuantityRequest): Inferred body, from the 1688 edit-quantity
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaobaoCartItemQuantityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoCartItemQuantityRequest,
) -> Response[UpdateTaobaoCartItemQuantityResponse]:
    """Change the quantity of a Taobao cart item

     Doc title: Edit item quantity (编辑商品数量)

    Sets a new quantity on one cart record. Only the menu entry (POST) is known. Path, body
    (`id`, `quantity`) and response (a boolean) are inferred from the 1688 sibling
    (`/alibaba/cart/edit-quantity` on the older-generation Chinese site), leaving out that
    page's leaked server-side `updateTime` object and its 1688-only `productNo` / `container`.
    Only `id` is required here.

    Args:
        body (UpdateTaobaoCartItemQuantityRequest): Inferred body, from the 1688 edit-quantity
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaobaoCartItemQuantityResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoCartItemQuantityRequest,
) -> UpdateTaobaoCartItemQuantityResponse | None:
    """Change the quantity of a Taobao cart item

     Doc title: Edit item quantity (编辑商品数量)

    Sets a new quantity on one cart record. Only the menu entry (POST) is known. Path, body
    (`id`, `quantity`) and response (a boolean) are inferred from the 1688 sibling
    (`/alibaba/cart/edit-quantity` on the older-generation Chinese site), leaving out that
    page's leaked server-side `updateTime` object and its 1688-only `productNo` / `container`.
    Only `id` is required here.

    Args:
        body (UpdateTaobaoCartItemQuantityRequest): Inferred body, from the 1688 edit-quantity
            page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaobaoCartItemQuantityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
