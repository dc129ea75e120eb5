from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_taobao_order_request import CreateTaobaoOrderRequest
from ...models.create_taobao_order_response import CreateTaobaoOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CreateTaobaoOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTaobaoOrderResponse | None:
    if response.status_code == 200:
        response_200 = CreateTaobaoOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateTaobaoOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoOrderRequest,
) -> Response[CreateTaobaoOrderResponse]:
    """Create a Taobao purchase order

     Doc title: Taobao Order Creation (淘宝订单创建)

    Places a Taobao order for distribution ("mp") products: the lines name the `mpId` as
    `itemId` and the `mpSkuId` as `skuId` (from `getTaobaoProduct`), with the receiver address
    and the planned total. The v2 page body was not visible; the request follows the older
    page (`/open/order`), which sends `orderLineList` and `receiver` as JSON-encoded strings
    (both forms are accepted here, in case v2 takes nested JSON). The older page marks
    `orderLineList`, `receiver` and `purchaseAmount` required; only `orderLineList` is
    enforced here. The response is inferred from the upstream Taobao Global purchase-order
    create (one purchase order per supplier); creation upstream is asynchronous and starts
    in status BULIDING.

    Args:
        body (CreateTaobaoOrderRequest): Older-generation body (`/open/order`). The v2 body was
            not visible; the lines and the receiver are accepted either as JSON-encoded strings (as
            the older page sends them) or as nested JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaobaoOrderResponse]
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
    body: CreateTaobaoOrderRequest,
) -> CreateTaobaoOrderResponse | None:
    """Create a Taobao purchase order

     Doc title: Taobao Order Creation (淘宝订单创建)

    Places a Taobao order for distribution ("mp") products: the lines name the `mpId` as
    `itemId` and the `mpSkuId` as `skuId` (from `getTaobaoProduct`), with the receiver address
    and the planned total. The v2 page body was not visible; the request follows the older
    page (`/open/order`), which sends `orderLineList` and `receiver` as JSON-encoded strings
    (both forms are accepted here, in case v2 takes nested JSON). The older page marks
    `orderLineList`, `receiver` and `purchaseAmount` required; only `orderLineList` is
    enforced here. The response is inferred from the upstream Taobao Global purchase-order
    create (one purchase order per supplier); creation upstream is asynchronous and starts
    in status BULIDING.

    Args:
        body (CreateTaobaoOrderRequest): Older-generation body (`/open/order`). The v2 body was
            not visible; the lines and the receiver are accepted either as JSON-encoded strings (as
            the older page sends them) or as nested JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaobaoOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoOrderRequest,
) -> Response[CreateTaobaoOrderResponse]:
    """Create a Taobao purchase order

     Doc title: Taobao Order Creation (淘宝订单创建)

    Places a Taobao order for distribution ("mp") products: the lines name the `mpId` as
    `itemId` and the `mpSkuId` as `skuId` (from `getTaobaoProduct`), with the receiver address
    and the planned total. The v2 page body was not visible; the request follows the older
    page (`/open/order`), which sends `orderLineList` and `receiver` as JSON-encoded strings
    (both forms are accepted here, in case v2 takes nested JSON). The older page marks
    `orderLineList`, `receiver` and `purchaseAmount` required; only `orderLineList` is
    enforced here. The response is inferred from the upstream Taobao Global purchase-order
    create (one purchase order per supplier); creation upstream is asynchronous and starts
    in status BULIDING.

    Args:
        body (CreateTaobaoOrderRequest): Older-generation body (`/open/order`). The v2 body was
            not visible; the lines and the receiver are accepted either as JSON-encoded strings (as
            the older page sends them) or as nested JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaobaoOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateTaobaoOrderRequest,
) -> CreateTaobaoOrderResponse | None:
    """Create a Taobao purchase order

     Doc title: Taobao Order Creation (淘宝订单创建)

    Places a Taobao order for distribution ("mp") products: the lines name the `mpId` as
    `itemId` and the `mpSkuId` as `skuId` (from `getTaobaoProduct`), with the receiver address
    and the planned total. The v2 page body was not visible; the request follows the older
    page (`/open/order`), which sends `orderLineList` and `receiver` as JSON-encoded strings
    (both forms are accepted here, in case v2 takes nested JSON). The older page marks
    `orderLineList`, `receiver` and `purchaseAmount` required; only `orderLineList` is
    enforced here. The response is inferred from the upstream Taobao Global purchase-order
    create (one purchase order per supplier); creation upstream is asynchronous and starts
    in status BULIDING.

    Args:
        body (CreateTaobaoOrderRequest): Older-generation body (`/open/order`). The v2 body was
            not visible; the lines and the receiver are accepted either as JSON-encoded strings (as
            the older page sends them) or as nested JSON.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaobaoOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
