from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_alibaba_cart_order_request import CreateAlibabaCartOrderRequest
from ...models.create_alibaba_cart_order_response import CreateAlibabaCartOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CreateAlibabaCartOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/cart/create/order",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAlibabaCartOrderResponse | None:
    if response.status_code == 200:
        response_200 = CreateAlibabaCartOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAlibabaCartOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaCartOrderRequest,
) -> Response[CreateAlibabaCartOrderResponse]:
    """Create 1688 order(s) from cart lines

     Doc title: Create Order

    Turns the cart lines named by `cartIds` into 1688 orders shipped to `addressParam`, with
    the order flow (`flow`, required), an optional note to the seller, a shop promotion and a
    trade mode taken from the preview. Read on the older English page only; the path follows
    the /v2 prefix rule. The response was never visible: it is modelled on the upstream
    `alibaba.trade.createCrossOrder` result, and also accepted as a list, since the documented
    batch create returns one object per order and a cart may span several sellers.

    Args:
        body (CreateAlibabaCartOrderRequest): As on the older English page (`flow` and `cartIds`
            required, both typed nullable there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlibabaCartOrderResponse]
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
    body: CreateAlibabaCartOrderRequest,
) -> CreateAlibabaCartOrderResponse | None:
    """Create 1688 order(s) from cart lines

     Doc title: Create Order

    Turns the cart lines named by `cartIds` into 1688 orders shipped to `addressParam`, with
    the order flow (`flow`, required), an optional note to the seller, a shop promotion and a
    trade mode taken from the preview. Read on the older English page only; the path follows
    the /v2 prefix rule. The response was never visible: it is modelled on the upstream
    `alibaba.trade.createCrossOrder` result, and also accepted as a list, since the documented
    batch create returns one object per order and a cart may span several sellers.

    Args:
        body (CreateAlibabaCartOrderRequest): As on the older English page (`flow` and `cartIds`
            required, both typed nullable there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlibabaCartOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaCartOrderRequest,
) -> Response[CreateAlibabaCartOrderResponse]:
    """Create 1688 order(s) from cart lines

     Doc title: Create Order

    Turns the cart lines named by `cartIds` into 1688 orders shipped to `addressParam`, with
    the order flow (`flow`, required), an optional note to the seller, a shop promotion and a
    trade mode taken from the preview. Read on the older English page only; the path follows
    the /v2 prefix rule. The response was never visible: it is modelled on the upstream
    `alibaba.trade.createCrossOrder` result, and also accepted as a list, since the documented
    batch create returns one object per order and a cart may span several sellers.

    Args:
        body (CreateAlibabaCartOrderRequest): As on the older English page (`flow` and `cartIds`
            required, both typed nullable there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlibabaCartOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaCartOrderRequest,
) -> CreateAlibabaCartOrderResponse | None:
    """Create 1688 order(s) from cart lines

     Doc title: Create Order

    Turns the cart lines named by `cartIds` into 1688 orders shipped to `addressParam`, with
    the order flow (`flow`, required), an optional note to the seller, a shop promotion and a
    trade mode taken from the preview. Read on the older English page only; the path follows
    the /v2 prefix rule. The response was never visible: it is modelled on the upstream
    `alibaba.trade.createCrossOrder` result, and also accepted as a list, since the documented
    batch create returns one object per order and a cart may span several sellers.

    Args:
        body (CreateAlibabaCartOrderRequest): As on the older English page (`flow` and `cartIds`
            required, both typed nullable there).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlibabaCartOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
