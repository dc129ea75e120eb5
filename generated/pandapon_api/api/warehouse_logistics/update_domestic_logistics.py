from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_domestic_logistics_request import UpdateDomesticLogisticsRequest
from ...models.update_domestic_logistics_response import UpdateDomesticLogisticsResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: UpdateDomesticLogisticsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/open/pp/logistics/updateLogisticInfo",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateDomesticLogisticsResponse | None:
    if response.status_code == 200:
        response_200 = UpdateDomesticLogisticsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateDomesticLogisticsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateDomesticLogisticsRequest,
) -> Response[UpdateDomesticLogisticsResponse]:
    """Report the domestic (China) shipments of a logistics order

     Doc title: Update domestic logistics information (更新国内物流信息)

    For a logistics order (`orderId`, and the related Tmall order id), reports per line the
    international or warehouse waybill (`logisticNumer`) and the domestic parcels that carry
    the goods to the warehouse (waybill, carrier name, ship time). Field names keep the docs'
    spelling `logisticNumer`. Read on the older-generation page only (every field marked
    optional); the v2 path is that page's path with the `/v2` prefix. The response was not
    visible (inferred: an acknowledgement; any JSON value is accepted). The query parameters
    `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (UpdateDomesticLogisticsRequest): Body of `updateDomesticLogistics` (no schema name
            on the page; every field marked optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDomesticLogisticsResponse]
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
    body: UpdateDomesticLogisticsRequest,
) -> UpdateDomesticLogisticsResponse | None:
    """Report the domestic (China) shipments of a logistics order

     Doc title: Update domestic logistics information (更新国内物流信息)

    For a logistics order (`orderId`, and the related Tmall order id), reports per line the
    international or warehouse waybill (`logisticNumer`) and the domestic parcels that carry
    the goods to the warehouse (waybill, carrier name, ship time). Field names keep the docs'
    spelling `logisticNumer`. Read on the older-generation page only (every field marked
    optional); the v2 path is that page's path with the `/v2` prefix. The response was not
    visible (inferred: an acknowledgement; any JSON value is accepted). The query parameters
    `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (UpdateDomesticLogisticsRequest): Body of `updateDomesticLogistics` (no schema name
            on the page; every field marked optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDomesticLogisticsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateDomesticLogisticsRequest,
) -> Response[UpdateDomesticLogisticsResponse]:
    """Report the domestic (China) shipments of a logistics order

     Doc title: Update domestic logistics information (更新国内物流信息)

    For a logistics order (`orderId`, and the related Tmall order id), reports per line the
    international or warehouse waybill (`logisticNumer`) and the domestic parcels that carry
    the goods to the warehouse (waybill, carrier name, ship time). Field names keep the docs'
    spelling `logisticNumer`. Read on the older-generation page only (every field marked
    optional); the v2 path is that page's path with the `/v2` prefix. The response was not
    visible (inferred: an acknowledgement; any JSON value is accepted). The query parameters
    `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (UpdateDomesticLogisticsRequest): Body of `updateDomesticLogistics` (no schema name
            on the page; every field marked optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateDomesticLogisticsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateDomesticLogisticsRequest,
) -> UpdateDomesticLogisticsResponse | None:
    """Report the domestic (China) shipments of a logistics order

     Doc title: Update domestic logistics information (更新国内物流信息)

    For a logistics order (`orderId`, and the related Tmall order id), reports per line the
    international or warehouse waybill (`logisticNumer`) and the domestic parcels that carry
    the goods to the warehouse (waybill, carrier name, ship time). Field names keep the docs'
    spelling `logisticNumer`. Read on the older-generation page only (every field marked
    optional); the v2 path is that page's path with the `/v2` prefix. The response was not
    visible (inferred: an acknowledgement; any JSON value is accepted). The query parameters
    `timestamp` and `sign` are sent by the SDK (security schemes).

    Args:
        body (UpdateDomesticLogisticsRequest): Body of `updateDomesticLogistics` (no schema name
            on the page; every field marked optional). Read on the older-generation page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateDomesticLogisticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
