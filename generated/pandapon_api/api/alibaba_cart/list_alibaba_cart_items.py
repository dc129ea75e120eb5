from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_alibaba_cart_items_response import ListAlibabaCartItemsResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/alibaba/cart/list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAlibabaCartItemsResponse | None:
    if response.status_code == 200:
        response_200 = ListAlibabaCartItemsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAlibabaCartItemsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListAlibabaCartItemsResponse]:
    """List the 1688 shopping cart

     Doc title: Shopping Cart List

    Returns the user's 1688 cart grouped by shop: `enableList` holds the lines that can be
    ordered, `disableList` the ones that cannot (for example sold out). Each line's `id` is
    the cart record id used by the edit, delete, preview and create-order calls. No
    parameters besides the system headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaCartItemsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListAlibabaCartItemsResponse | None:
    """List the 1688 shopping cart

     Doc title: Shopping Cart List

    Returns the user's 1688 cart grouped by shop: `enableList` holds the lines that can be
    ordered, `disableList` the ones that cannot (for example sold out). Each line's `id` is
    the cart record id used by the edit, delete, preview and create-order calls. No
    parameters besides the system headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaCartItemsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListAlibabaCartItemsResponse]:
    """List the 1688 shopping cart

     Doc title: Shopping Cart List

    Returns the user's 1688 cart grouped by shop: `enableList` holds the lines that can be
    ordered, `disableList` the ones that cannot (for example sold out). Each line's `id` is
    the cart record id used by the edit, delete, preview and create-order calls. No
    parameters besides the system headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaCartItemsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListAlibabaCartItemsResponse | None:
    """List the 1688 shopping cart

     Doc title: Shopping Cart List

    Returns the user's 1688 cart grouped by shop: `enableList` holds the lines that can be
    ordered, `disableList` the ones that cannot (for example sold out). Each line's `id` is
    the cart record id used by the edit, delete, preview and create-order calls. No
    parameters besides the system headers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaCartItemsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
