from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pay_alibaba_order_response import PayAlibabaOrderResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    order_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["orderId"] = order_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/alibaba/order/pay/url",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PayAlibabaOrderResponse | None:
    if response.status_code == 200:
        response_200 = PayAlibabaOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PayAlibabaOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    order_id: str,
) -> Response[PayAlibabaOrderResponse]:
    """Pay a 1688 order or get its payment link

     Doc title: Order payment

    Pays a 1688 order. Upstream this combines password-free (protocol) payment, whose outcome
    is `protocolPaySuccess`, with the cross-border cashier link `payUrl` and the list of
    orders that cannot be paid that way. Although it is a GET, it may move money: it is not
    retried automatically. The v2 page showed `orderId` in `AlibabaPayOrderVO` and was cut
    there; the other three fields come from the older-generation page.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PayAlibabaOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    order_id: str,
) -> PayAlibabaOrderResponse | None:
    """Pay a 1688 order or get its payment link

     Doc title: Order payment

    Pays a 1688 order. Upstream this combines password-free (protocol) payment, whose outcome
    is `protocolPaySuccess`, with the cross-border cashier link `payUrl` and the list of
    orders that cannot be paid that way. Although it is a GET, it may move money: it is not
    retried automatically. The v2 page showed `orderId` in `AlibabaPayOrderVO` and was cut
    there; the other three fields come from the older-generation page.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PayAlibabaOrderResponse
    """

    return sync_detailed(
        client=client,
        order_id=order_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    order_id: str,
) -> Response[PayAlibabaOrderResponse]:
    """Pay a 1688 order or get its payment link

     Doc title: Order payment

    Pays a 1688 order. Upstream this combines password-free (protocol) payment, whose outcome
    is `protocolPaySuccess`, with the cross-border cashier link `payUrl` and the list of
    orders that cannot be paid that way. Although it is a GET, it may move money: it is not
    retried automatically. The v2 page showed `orderId` in `AlibabaPayOrderVO` and was cut
    there; the other three fields come from the older-generation page.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PayAlibabaOrderResponse]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    order_id: str,
) -> PayAlibabaOrderResponse | None:
    """Pay a 1688 order or get its payment link

     Doc title: Order payment

    Pays a 1688 order. Upstream this combines password-free (protocol) payment, whose outcome
    is `protocolPaySuccess`, with the cross-border cashier link `payUrl` and the list of
    orders that cannot be paid that way. Although it is a GET, it may move money: it is not
    retried automatically. The v2 page showed `orderId` in `AlibabaPayOrderVO` and was cut
    there; the other three fields come from the older-generation page.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PayAlibabaOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            order_id=order_id,
        )
    ).parsed
