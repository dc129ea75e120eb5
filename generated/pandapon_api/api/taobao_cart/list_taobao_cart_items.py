from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_taobao_cart_items_response import ListTaobaoCartItemsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/taobao/cart/list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListTaobaoCartItemsResponse | None:
    if response.status_code == 200:
        response_200 = ListTaobaoCartItemsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListTaobaoCartItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListTaobaoCartItemsResponse]:
    """List the Taobao shopping cart

     Doc title: Shopping Cart List (购物车列表)

    Returns the developer's Taobao cart. Only the menu entry (GET, in both generations) is
    known. Path and shape are inferred from the 1688 sibling (`GET /v2/alibaba/cart/list`, no
    parameters, items grouped by shop into `enableList` / `disableList`), with the item fields
    taken from what `addTaobaoCartItem` stores. The record `id` is what preview, create, delete
    and edit take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoCartItemsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListTaobaoCartItemsResponse | None:
    """List the Taobao shopping cart

     Doc title: Shopping Cart List (购物车列表)

    Returns the developer's Taobao cart. Only the menu entry (GET, in both generations) is
    known. Path and shape are inferred from the 1688 sibling (`GET /v2/alibaba/cart/list`, no
    parameters, items grouped by shop into `enableList` / `disableList`), with the item fields
    taken from what `addTaobaoCartItem` stores. The record `id` is what preview, create, delete
    and edit take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoCartItemsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListTaobaoCartItemsResponse]:
    """List the Taobao shopping cart

     Doc title: Shopping Cart List (购物车列表)

    Returns the developer's Taobao cart. Only the menu entry (GET, in both generations) is
    known. Path and shape are inferred from the 1688 sibling (`GET /v2/alibaba/cart/list`, no
    parameters, items grouped by shop into `enableList` / `disableList`), with the item fields
    taken from what `addTaobaoCartItem` stores. The record `id` is what preview, create, delete
    and edit take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTaobaoCartItemsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListTaobaoCartItemsResponse | None:
    """List the Taobao shopping cart

     Doc title: Shopping Cart List (购物车列表)

    Returns the developer's Taobao cart. Only the menu entry (GET, in both generations) is
    known. Path and shape are inferred from the 1688 sibling (`GET /v2/alibaba/cart/list`, no
    parameters, items grouped by shop into `enableList` / `disableList`), with the item fields
    taken from what `addTaobaoCartItem` stores. The record `id` is what preview, create, delete
    and edit take.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTaobaoCartItemsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
