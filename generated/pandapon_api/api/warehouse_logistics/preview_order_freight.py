from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preview_order_freight_request import PreviewOrderFreightRequest
from ...models.preview_order_freight_response import PreviewOrderFreightResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: PreviewOrderFreightRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/open/pp/logistics/orderRenderFreight",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PreviewOrderFreightResponse | None:
    if response.status_code == 200:
        response_200 = PreviewOrderFreightResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PreviewOrderFreightResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewOrderFreightRequest,
) -> Response[PreviewOrderFreightResponse]:
    """Preview the overseas freight of an order

     Doc title: Order overseas freight preview (订单海外运费预览)

    Prices the international shipping of several lines (item, SKU, quantity, chosen freight
    service in `freightInfo`, item price and currency) to one receiver address. Read on both
    the v2 and the older page. The field table requires `currency` and `price` on each line but
    the docs' own example (copied below) leaves them out, so the SDK does not insist on them.
    The response was not visible;
    it most likely carries a `renderId` (like "FF2024080200007") that
    `createInternationalLogisticsOrder` takes, with the freight per line (inferred). A bare
    `renderId` string as `data` is accepted too. The query parameters `timestamp` and `sign`
    are sent by the SDK (security schemes).

    Args:
        body (PreviewOrderFreightRequest): Body of `previewOrderFreight` (no schema name on the
            page; top-level fields optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewOrderFreightResponse]
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
    body: PreviewOrderFreightRequest,
) -> PreviewOrderFreightResponse | None:
    """Preview the overseas freight of an order

     Doc title: Order overseas freight preview (订单海外运费预览)

    Prices the international shipping of several lines (item, SKU, quantity, chosen freight
    service in `freightInfo`, item price and currency) to one receiver address. Read on both
    the v2 and the older page. The field table requires `currency` and `price` on each line but
    the docs' own example (copied below) leaves them out, so the SDK does not insist on them.
    The response was not visible;
    it most likely carries a `renderId` (like "FF2024080200007") that
    `createInternationalLogisticsOrder` takes, with the freight per line (inferred). A bare
    `renderId` string as `data` is accepted too. The query parameters `timestamp` and `sign`
    are sent by the SDK (security schemes).

    Args:
        body (PreviewOrderFreightRequest): Body of `previewOrderFreight` (no schema name on the
            page; top-level fields optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewOrderFreightResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PreviewOrderFreightRequest,
) -> Response[PreviewOrderFreightResponse]:
    """Preview the overseas freight of an order

     Doc title: Order overseas freight preview (订单海外运费预览)

    Prices the international shipping of several lines (item, SKU, quantity, chosen freight
    service in `freightInfo`, item price and currency) to one receiver address. Read on both
    the v2 and the older page. The field table requires `currency` and `price` on each line but
    the docs' own example (copied below) leaves them out, so the SDK does not insist on them.
    The response was not visible;
    it most likely carries a `renderId` (like "FF2024080200007") that
    `createInternationalLogisticsOrder` takes, with the freight per line (inferred). A bare
    `renderId` string as `data` is accepted too. The query parameters `timestamp` and `sign`
    are sent by the SDK (security schemes).

    Args:
        body (PreviewOrderFreightRequest): Body of `previewOrderFreight` (no schema name on the
            page; top-level fields optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreviewOrderFreightResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PreviewOrderFreightRequest,
) -> PreviewOrderFreightResponse | None:
    """Preview the overseas freight of an order

     Doc title: Order overseas freight preview (订单海外运费预览)

    Prices the international shipping of several lines (item, SKU, quantity, chosen freight
    service in `freightInfo`, item price and currency) to one receiver address. Read on both
    the v2 and the older page. The field table requires `currency` and `price` on each line but
    the docs' own example (copied below) leaves them out, so the SDK does not insist on them.
    The response was not visible;
    it most likely carries a `renderId` (like "FF2024080200007") that
    `createInternationalLogisticsOrder` takes, with the freight per line (inferred). A bare
    `renderId` string as `data` is accepted too. The query parameters `timestamp` and `sign`
    are sent by the SDK (security schemes).

    Args:
        body (PreviewOrderFreightRequest): Body of `previewOrderFreight` (no schema name on the
            page; top-level fields optional).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreviewOrderFreightResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
