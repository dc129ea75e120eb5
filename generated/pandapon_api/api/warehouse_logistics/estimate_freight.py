from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.estimate_freight_request import EstimateFreightRequest
from ...models.estimate_freight_response import EstimateFreightResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: EstimateFreightRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/open/pp/logistics/itemLogisticsPrice",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EstimateFreightResponse | None:
    if response.status_code == 200:
        response_200 = EstimateFreightResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EstimateFreightResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: EstimateFreightRequest,
) -> Response[EstimateFreightResponse]:
    """Estimate the overseas freight of one product SKU

     Doc title: Consult overseas freight estimate

    Asks for the international shipping cost of a quantity of one SKU to a foreign receiver
    address, given the item's price and currency. The request was read on the v2 page (its
    example was cut off after the receiver's email; the `currency` and `price` values in the
    example below are illustrative). The response was not visible: it is assumed to be a list of
    freight quotes, one per logistics service, each carrying the `serviceId`, `companyName` and
    `serviceCategory` that the preview and booking calls take in `freightInfo`, plus a price.
    The query parameters `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (EstimateFreightRequest): Body of `estimateFreight` (no schema name on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstimateFreightResponse]
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
    body: EstimateFreightRequest,
) -> EstimateFreightResponse | None:
    """Estimate the overseas freight of one product SKU

     Doc title: Consult overseas freight estimate

    Asks for the international shipping cost of a quantity of one SKU to a foreign receiver
    address, given the item's price and currency. The request was read on the v2 page (its
    example was cut off after the receiver's email; the `currency` and `price` values in the
    example below are illustrative). The response was not visible: it is assumed to be a list of
    freight quotes, one per logistics service, each carrying the `serviceId`, `companyName` and
    `serviceCategory` that the preview and booking calls take in `freightInfo`, plus a price.
    The query parameters `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (EstimateFreightRequest): Body of `estimateFreight` (no schema name on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstimateFreightResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: EstimateFreightRequest,
) -> Response[EstimateFreightResponse]:
    """Estimate the overseas freight of one product SKU

     Doc title: Consult overseas freight estimate

    Asks for the international shipping cost of a quantity of one SKU to a foreign receiver
    address, given the item's price and currency. The request was read on the v2 page (its
    example was cut off after the receiver's email; the `currency` and `price` values in the
    example below are illustrative). The response was not visible: it is assumed to be a list of
    freight quotes, one per logistics service, each carrying the `serviceId`, `companyName` and
    `serviceCategory` that the preview and booking calls take in `freightInfo`, plus a price.
    The query parameters `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (EstimateFreightRequest): Body of `estimateFreight` (no schema name on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EstimateFreightResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: EstimateFreightRequest,
) -> EstimateFreightResponse | None:
    """Estimate the overseas freight of one product SKU

     Doc title: Consult overseas freight estimate

    Asks for the international shipping cost of a quantity of one SKU to a foreign receiver
    address, given the item's price and currency. The request was read on the v2 page (its
    example was cut off after the receiver's email; the `currency` and `price` values in the
    example below are illustrative). The response was not visible: it is assumed to be a list of
    freight quotes, one per logistics service, each carrying the `serviceId`, `companyName` and
    `serviceCategory` that the preview and booking calls take in `freightInfo`, plus a price.
    The query parameters `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (EstimateFreightRequest): Body of `estimateFreight` (no schema name on the page).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EstimateFreightResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
