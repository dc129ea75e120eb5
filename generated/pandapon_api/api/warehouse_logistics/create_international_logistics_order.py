from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_international_logistics_order_request import (
    CreateInternationalLogisticsOrderRequest,
)
from ...models.create_international_logistics_order_response import (
    CreateInternationalLogisticsOrderResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CreateInternationalLogisticsOrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/open/pp/logistics/orderBookingFreight",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateInternationalLogisticsOrderResponse | None:
    if response.status_code == 200:
        response_200 = CreateInternationalLogisticsOrderResponse.from_dict(
            response.json()
        )

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateInternationalLogisticsOrderResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInternationalLogisticsOrderRequest,
) -> Response[CreateInternationalLogisticsOrderResponse]:
    """Book an international logistics order

     Doc title: Create international logistics order (创建国际物流订单)

    Books the international shipment of the given lines to a foreign receiver, most likely
    referring to a freight preview by its `renderId` (from `previewOrderFreight`; inferred), and
    to the related Tmall order. Read on the older-generation page only (every field marked
    optional; the twin platform shows the same path); the v2 path is that page's path with the
    `/v2` prefix. The response was not visible: it is assumed to return the new logistics
    order's id (the `orderId` that `updateDomesticLogistics` takes); a bare id as `data` is
    accepted too. The query parameters `timestamp` and `sign` are sent by the SDK (security
    schemes).

    Args:
        body (CreateInternationalLogisticsOrderRequest): Body of
            `createInternationalLogisticsOrder` (no schema name on the page; every field marked
            optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInternationalLogisticsOrderResponse]
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
    body: CreateInternationalLogisticsOrderRequest,
) -> CreateInternationalLogisticsOrderResponse | None:
    """Book an international logistics order

     Doc title: Create international logistics order (创建国际物流订单)

    Books the international shipment of the given lines to a foreign receiver, most likely
    referring to a freight preview by its `renderId` (from `previewOrderFreight`; inferred), and
    to the related Tmall order. Read on the older-generation page only (every field marked
    optional; the twin platform shows the same path); the v2 path is that page's path with the
    `/v2` prefix. The response was not visible: it is assumed to return the new logistics
    order's id (the `orderId` that `updateDomesticLogistics` takes); a bare id as `data` is
    accepted too. The query parameters `timestamp` and `sign` are sent by the SDK (security
    schemes).

    Args:
        body (CreateInternationalLogisticsOrderRequest): Body of
            `createInternationalLogisticsOrder` (no schema name on the page; every field marked
            optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInternationalLogisticsOrderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateInternationalLogisticsOrderRequest,
) -> Response[CreateInternationalLogisticsOrderResponse]:
    """Book an international logistics order

     Doc title: Create international logistics order (创建国际物流订单)

    Books the international shipment of the given lines to a foreign receiver, most likely
    referring to a freight preview by its `renderId` (from `previewOrderFreight`; inferred), and
    to the related Tmall order. Read on the older-generation page only (every field marked
    optional; the twin platform shows the same path); the v2 path is that page's path with the
    `/v2` prefix. The response was not visible: it is assumed to return the new logistics
    order's id (the `orderId` that `updateDomesticLogistics` takes); a bare id as `data` is
    accepted too. The query parameters `timestamp` and `sign` are sent by the SDK (security
    schemes).

    Args:
        body (CreateInternationalLogisticsOrderRequest): Body of
            `createInternationalLogisticsOrder` (no schema name on the page; every field marked
            optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateInternationalLogisticsOrderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateInternationalLogisticsOrderRequest,
) -> CreateInternationalLogisticsOrderResponse | None:
    """Book an international logistics order

     Doc title: Create international logistics order (创建国际物流订单)

    Books the international shipment of the given lines to a foreign receiver, most likely
    referring to a freight preview by its `renderId` (from `previewOrderFreight`; inferred), and
    to the related Tmall order. Read on the older-generation page only (every field marked
    optional; the twin platform shows the same path); the v2 path is that page's path with the
    `/v2` prefix. The response was not visible: it is assumed to return the new logistics
    order's id (the `orderId` that `updateDomesticLogistics` takes); a bare id as `data` is
    accepted too. The query parameters `timestamp` and `sign` are sent by the SDK (security
    schemes).

    Args:
        body (CreateInternationalLogisticsOrderRequest): Body of
            `createInternationalLogisticsOrder` (no schema name on the page; every field marked
            optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateInternationalLogisticsOrderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
