from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_alibaba_cart_items_request import DeleteAlibabaCartItemsRequest
from ...models.delete_alibaba_cart_items_response import DeleteAlibabaCartItemsResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: DeleteAlibabaCartItemsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/cart/delete",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAlibabaCartItemsResponse | None:
    if response.status_code == 200:
        response_200 = DeleteAlibabaCartItemsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteAlibabaCartItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteAlibabaCartItemsRequest,
) -> Response[DeleteAlibabaCartItemsResponse]:
    """Remove lines from the 1688 cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart lines by their cart record ids (`id` in the cart list). Only the menu entry
    was ever visible. POST is the method of the Taobao cart's delete entry; the path is chosen
    to match the sibling cart paths (`/v2/alibaba/cart/list`, `/v2/taobao/cart/add`); the body uses
    `cartIds`, the name the 1688 cart preview and create-order calls give to the
    same ids (the older Taobao cart order used `ids`). The boolean `data` is assumed from the
    edit-quantity call.

    Args:
        body (DeleteAlibabaCartItemsRequest): Inferred body; the field name is borrowed from the
            1688 cart preview and create-order calls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAlibabaCartItemsResponse]
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
    body: DeleteAlibabaCartItemsRequest,
) -> DeleteAlibabaCartItemsResponse | None:
    """Remove lines from the 1688 cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart lines by their cart record ids (`id` in the cart list). Only the menu entry
    was ever visible. POST is the method of the Taobao cart's delete entry; the path is chosen
    to match the sibling cart paths (`/v2/alibaba/cart/list`, `/v2/taobao/cart/add`); the body uses
    `cartIds`, the name the 1688 cart preview and create-order calls give to the
    same ids (the older Taobao cart order used `ids`). The boolean `data` is assumed from the
    edit-quantity call.

    Args:
        body (DeleteAlibabaCartItemsRequest): Inferred body; the field name is borrowed from the
            1688 cart preview and create-order calls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAlibabaCartItemsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeleteAlibabaCartItemsRequest,
) -> Response[DeleteAlibabaCartItemsResponse]:
    """Remove lines from the 1688 cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart lines by their cart record ids (`id` in the cart list). Only the menu entry
    was ever visible. POST is the method of the Taobao cart's delete entry; the path is chosen
    to match the sibling cart paths (`/v2/alibaba/cart/list`, `/v2/taobao/cart/add`); the body uses
    `cartIds`, the name the 1688 cart preview and create-order calls give to the
    same ids (the older Taobao cart order used `ids`). The boolean `data` is assumed from the
    edit-quantity call.

    Args:
        body (DeleteAlibabaCartItemsRequest): Inferred body; the field name is borrowed from the
            1688 cart preview and create-order calls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAlibabaCartItemsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeleteAlibabaCartItemsRequest,
) -> DeleteAlibabaCartItemsResponse | None:
    """Remove lines from the 1688 cart

     Doc title: Delete Cart Item (删除购物车商品)

    Removes cart lines by their cart record ids (`id` in the cart list). Only the menu entry
    was ever visible. POST is the method of the Taobao cart's delete entry; the path is chosen
    to match the sibling cart paths (`/v2/alibaba/cart/list`, `/v2/taobao/cart/add`); the body uses
    `cartIds`, the name the 1688 cart preview and create-order calls give to the
    same ids (the older Taobao cart order used `ids`). The boolean `data` is assumed from the
    edit-quantity call.

    Args:
        body (DeleteAlibabaCartItemsRequest): Inferred body; the field name is borrowed from the
            1688 cart preview and create-order calls.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAlibabaCartItemsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
