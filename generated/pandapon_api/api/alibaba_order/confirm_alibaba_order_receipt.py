from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.confirm_alibaba_order_receipt_request import (
    ConfirmAlibabaOrderReceiptRequest,
)
from ...models.confirm_alibaba_order_receipt_response import (
    ConfirmAlibabaOrderReceiptResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: ConfirmAlibabaOrderReceiptRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/receivegoods",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ConfirmAlibabaOrderReceiptResponse | None:
    if response.status_code == 200:
        response_200 = ConfirmAlibabaOrderReceiptResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ConfirmAlibabaOrderReceiptResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfirmAlibabaOrderReceiptRequest,
) -> Response[ConfirmAlibabaOrderReceiptResponse]:
    """Confirm receipt of a 1688 order

     Doc title: Buyer confirms receipt

    Confirms, as the buyer, that the goods of a 1688 order (or of some of its lines) arrived.
    Fields come from the older-generation page, which marks no required flags; the order id is
    required here, the line ids are optional (upstream 1688 requires both). The /v2 path
    follows the prefix rule.

    Args:
        body (ConfirmAlibabaOrderReceiptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmAlibabaOrderReceiptResponse]
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
    body: ConfirmAlibabaOrderReceiptRequest,
) -> ConfirmAlibabaOrderReceiptResponse | None:
    """Confirm receipt of a 1688 order

     Doc title: Buyer confirms receipt

    Confirms, as the buyer, that the goods of a 1688 order (or of some of its lines) arrived.
    Fields come from the older-generation page, which marks no required flags; the order id is
    required here, the line ids are optional (upstream 1688 requires both). The /v2 path
    follows the prefix rule.

    Args:
        body (ConfirmAlibabaOrderReceiptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmAlibabaOrderReceiptResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ConfirmAlibabaOrderReceiptRequest,
) -> Response[ConfirmAlibabaOrderReceiptResponse]:
    """Confirm receipt of a 1688 order

     Doc title: Buyer confirms receipt

    Confirms, as the buyer, that the goods of a 1688 order (or of some of its lines) arrived.
    Fields come from the older-generation page, which marks no required flags; the order id is
    required here, the line ids are optional (upstream 1688 requires both). The /v2 path
    follows the prefix rule.

    Args:
        body (ConfirmAlibabaOrderReceiptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConfirmAlibabaOrderReceiptResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ConfirmAlibabaOrderReceiptRequest,
) -> ConfirmAlibabaOrderReceiptResponse | None:
    """Confirm receipt of a 1688 order

     Doc title: Buyer confirms receipt

    Confirms, as the buyer, that the goods of a 1688 order (or of some of its lines) arrived.
    Fields come from the older-generation page, which marks no required flags; the order id is
    required here, the line ids are optional (upstream 1688 requires both). The /v2 path
    follows the prefix rule.

    Args:
        body (ConfirmAlibabaOrderReceiptRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConfirmAlibabaOrderReceiptResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
