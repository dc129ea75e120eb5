from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_taobao_cart_items_request import DeleteTaobaoCartItemsRequest
from ...models.delete_taobao_cart_items_response import DeleteTaobaoCartItemsResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: DeleteTaobaoCartItemsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/cart/delete",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteTaobaoCartItemsResponse | None:
    if response.status_code == 200:
        response_200 = DeleteTaobaoCartItemsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteTaobaoCartItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteTaobaoCartItemsRequest,
) -> Response[DeleteTaobaoCartItemsResponse]:
    """Delete items from the Taobao shopping cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart records. Only the menu entry (POST) is known. The path is chosen from the
    siblings; the body is inferred (`ids`, the cart record ids, named as in the
    older-generation Taobao cart create-order body); the response is assumed to be a success
    flag, like the 1688 edit-quantity call's.

    Args:
        body (DeleteTaobaoCartItemsRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTaobaoCartItemsResponse]
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
    body: DeleteTaobaoCartItemsRequest,
) -> DeleteTaobaoCartItemsResponse | None:
    """Delete items from the Taobao shopping cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart records. Only the menu entry (POST) is known. The path is chosen from the
    siblings; the body is inferred (`ids`, the cart record ids, named as in the
    older-generation Taobao cart create-order body); the response is assumed to be a success
    flag, like the 1688 edit-quantity call's.

    Args:
        body (DeleteTaobaoCartItemsRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTaobaoCartItemsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteTaobaoCartItemsRequest,
) -> Response[DeleteTaobaoCartItemsResponse]:
    """Delete items from the Taobao shopping cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart records. Only the menu entry (POST) is known. The path is chosen from the
    siblings; the body is inferred (`ids`, the cart record ids, named as in the
    older-generation Taobao cart create-order body); the response is assumed to be a success
    flag, like the 1688 edit-quantity call's.

    Args:
        body (DeleteTaobaoCartItemsRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteTaobaoCartItemsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteTaobaoCartItemsRequest,
) -> DeleteTaobaoCartItemsResponse | None:
    """Delete items from the Taobao shopping cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart records. Only the menu entry (POST) is known. The path is chosen from the
    siblings; the body is inferred (`ids`, the cart record ids, named as in the
    older-generation Taobao cart create-order body); the response is assumed to be a success
    flag, like the 1688 edit-quantity call's.

    Args:
        body (DeleteTaobaoCartItemsRequest): Inferred body.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteTaobaoCartItemsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
