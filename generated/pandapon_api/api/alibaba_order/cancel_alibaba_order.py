from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_alibaba_order_request import CancelAlibabaOrderRequest
from ...models.cancel_alibaba_order_response import CancelAlibabaOrderResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CancelAlibabaOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/cancel",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelAlibabaOrderResponse | None:
    if response.status_code == 200:
        response_200 = CancelAlibabaOrderResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelAlibabaOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelAlibabaOrderRequest,
) -> Response[CancelAlibabaOrderResponse]:
    """Cancel an unpaid 1688 order

     Doc title: Cancel order interface before payment (支付前取消订单接口)

    Cancels a 1688 order that has not been paid yet. `data` is true when the cancellation went
    through. The doc's reason is free text ("不想要了"); upstream 1688 uses the codes
    buyerCancel / sellerGoodsLack / other, and whether PandaPon maps free text onto them is
    unknown. Upstream refuses to close an order within about 10 seconds of its creation.
    The order id exceeds 2^53: the doc's JSON example shows it rounded (…880600), its curl
    sample the exact value (…880794).

    `cancelReason` is required on the older English page; the v2 Chinese page gives it a title
    and no visible flag (in the stored copies a titled field never shows its flag, so that is
    not evidence that it is optional). It stays optional here so that the SDK never refuses a
    call the server accepts; send a reason anyway.

    Args:
        body (CancelAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAlibabaOrderResponse]
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
    body: CancelAlibabaOrderRequest,
) -> CancelAlibabaOrderResponse | None:
    """Cancel an unpaid 1688 order

     Doc title: Cancel order interface before payment (支付前取消订单接口)

    Cancels a 1688 order that has not been paid yet. `data` is true when the cancellation went
    through. The doc's reason is free text ("不想要了"); upstream 1688 uses the codes
    buyerCancel / sellerGoodsLack / other, and whether PandaPon maps free text onto them is
    unknown. Upstream refuses to close an order within about 10 seconds of its creation.
    The order id exceeds 2^53: the doc's JSON example shows it rounded (…880600), its curl
    sample the exact value (…880794).

    `cancelReason` is required on the older English page; the v2 Chinese page gives it a title
    and no visible flag (in the stored copies a titled field never shows its flag, so that is
    not evidence that it is optional). It stays optional here so that the SDK never refuses a
    call the server accepts; send a reason anyway.

    Args:
        body (CancelAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAlibabaOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CancelAlibabaOrderRequest,
) -> Response[CancelAlibabaOrderResponse]:
    """Cancel an unpaid 1688 order

     Doc title: Cancel order interface before payment (支付前取消订单接口)

    Cancels a 1688 order that has not been paid yet. `data` is true when the cancellation went
    through. The doc's reason is free text ("不想要了"); upstream 1688 uses the codes
    buyerCancel / sellerGoodsLack / other, and whether PandaPon maps free text onto them is
    unknown. Upstream refuses to close an order within about 10 seconds of its creation.
    The order id exceeds 2^53: the doc's JSON example shows it rounded (…880600), its curl
    sample the exact value (…880794).

    `cancelReason` is required on the older English page; the v2 Chinese page gives it a title
    and no visible flag (in the stored copies a titled field never shows its flag, so that is
    not evidence that it is optional). It stays optional here so that the SDK never refuses a
    call the server accepts; send a reason anyway.

    Args:
        body (CancelAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelAlibabaOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CancelAlibabaOrderRequest,
) -> CancelAlibabaOrderResponse | None:
    """Cancel an unpaid 1688 order

     Doc title: Cancel order interface before payment (支付前取消订单接口)

    Cancels a 1688 order that has not been paid yet. `data` is true when the cancellation went
    through. The doc's reason is free text ("不想要了"); upstream 1688 uses the codes
    buyerCancel / sellerGoodsLack / other, and whether PandaPon maps free text onto them is
    unknown. Upstream refuses to close an order within about 10 seconds of its creation.
    The order id exceeds 2^53: the doc's JSON example shows it rounded (…880600), its curl
    sample the exact value (…880794).

    `cancelReason` is required on the older English page; the v2 Chinese page gives it a title
    and no visible flag (in the stored copies a titled field never shows its flag, so that is
    not evidence that it is optional). It stays optional here so that the SDK never refuses a
    call the server accepts; send a reason anyway.

    Args:
        body (CancelAlibabaOrderRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelAlibabaOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
