from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preview_alibaba_cart_order_request import PreviewAlibabaCartOrderRequest
from ...models.preview_alibaba_cart_order_response import (
    PreviewAlibabaCartOrderResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: PreviewAlibabaCartOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/cart/preview/order",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PreviewAlibabaCartOrderResponse | None:
    if response.status_code == 200:
        response_200 = PreviewAlibabaCartOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PreviewAlibabaCartOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewAlibabaCartOrderRequest,
) -> Response[PreviewAlibabaCartOrderResponse]:
    """Preview the 1688 order(s) for cart lines

     Doc title: Preview data interface before creating an order

    Prices the cart lines named by `cartIds` for a shipping address (`FastAdress`) before
    ordering: amounts, freight, available trade modes and shop promotions. Read on the older
    pages only (the Chinese page names the address `FastAdress` with every field optional and
    has `districtCode`; the Vietnamese page marks most address fields required and lacks it);
    the path follows the /v2 prefix rule. The response was never visible: it is modelled on the
    documented 1688 order preview (`orderPreviewResuslt` etc., spelling kept) and the upstream
    `alibaba.createOrder.preview` it wraps, which PandaPon presumably calls once per seller.

    Args:
        body (PreviewAlibabaCartOrderRequest): As on the older pages. Both mark `cartIds`
            required; the Vietnamese page also marks `addressParam` required while the Chinese page
            (which matches the newest FastAdress) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewAlibabaCartOrderResponse]
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
    body: PreviewAlibabaCartOrderRequest,
) -> PreviewAlibabaCartOrderResponse | None:
    """Preview the 1688 order(s) for cart lines

     Doc title: Preview data interface before creating an order

    Prices the cart lines named by `cartIds` for a shipping address (`FastAdress`) before
    ordering: amounts, freight, available trade modes and shop promotions. Read on the older
    pages only (the Chinese page names the address `FastAdress` with every field optional and
    has `districtCode`; the Vietnamese page marks most address fields required and lacks it);
    the path follows the /v2 prefix rule. The response was never visible: it is modelled on the
    documented 1688 order preview (`orderPreviewResuslt` etc., spelling kept) and the upstream
    `alibaba.createOrder.preview` it wraps, which PandaPon presumably calls once per seller.

    Args:
        body (PreviewAlibabaCartOrderRequest): As on the older pages. Both mark `cartIds`
            required; the Vietnamese page also marks `addressParam` required while the Chinese page
            (which matches the newest FastAdress) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewAlibabaCartOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewAlibabaCartOrderRequest,
) -> Response[PreviewAlibabaCartOrderResponse]:
    """Preview the 1688 order(s) for cart lines

     Doc title: Preview data interface before creating an order

    Prices the cart lines named by `cartIds` for a shipping address (`FastAdress`) before
    ordering: amounts, freight, available trade modes and shop promotions. Read on the older
    pages only (the Chinese page names the address `FastAdress` with every field optional and
    has `districtCode`; the Vietnamese page marks most address fields required and lacks it);
    the path follows the /v2 prefix rule. The response was never visible: it is modelled on the
    documented 1688 order preview (`orderPreviewResuslt` etc., spelling kept) and the upstream
    `alibaba.createOrder.preview` it wraps, which PandaPon presumably calls once per seller.

    Args:
        body (PreviewAlibabaCartOrderRequest): As on the older pages. Both mark `cartIds`
            required; the Vietnamese page also marks `addressParam` required while the Chinese page
            (which matches the newest FastAdress) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewAlibabaCartOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewAlibabaCartOrderRequest,
) -> PreviewAlibabaCartOrderResponse | None:
    """Preview the 1688 order(s) for cart lines

     Doc title: Preview data interface before creating an order

    Prices the cart lines named by `cartIds` for a shipping address (`FastAdress`) before
    ordering: amounts, freight, available trade modes and shop promotions. Read on the older
    pages only (the Chinese page names the address `FastAdress` with every field optional and
    has `districtCode`; the Vietnamese page marks most address fields required and lacks it);
    the path follows the /v2 prefix rule. The response was never visible: it is modelled on the
    documented 1688 order preview (`orderPreviewResuslt` etc., spelling kept) and the upstream
    `alibaba.createOrder.preview` it wraps, which PandaPon presumably calls once per seller.

    Args:
        body (PreviewAlibabaCartOrderRequest): As on the older pages. Both mark `cartIds`
            required; the Vietnamese page also marks `addressParam` required while the Chinese page
            (which matches the newest FastAdress) does not.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewAlibabaCartOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
