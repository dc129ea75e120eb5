from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.update_taobao_order_warehouse_request import (
    UpdateTaobaoOrderWarehouseRequest,
)
from ...models.update_taobao_order_warehouse_response import (
    UpdateTaobaoOrderWarehouseResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: UpdateTaobaoOrderWarehouseRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/updateWarehouse",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UpdateTaobaoOrderWarehouseResponse | None:
    if response.status_code == 200:
        response_200 = UpdateTaobaoOrderWarehouseResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UpdateTaobaoOrderWarehouseResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoOrderWarehouseRequest,
) -> Response[UpdateTaobaoOrderWarehouseResponse]:
    """Change the forward warehouse of a Taobao order

     Doc title: Modify the pre warehouse information of an order (修改订单前置仓信息)

    Changes the name and address of the consolidation ("pre") warehouse a Taobao order ships
    to. The v2 page was not visible; the body follows the older page
    (`/open/order/updateWarehouse`: `orderId`, `warehouseName`, `warehouseAddress`, whose
    required flags were not shown). No upstream counterpart was found, so this is probably
    PandaPon's own bookkeeping. The older page types `data` as an object whose fields were not
    shown.

    Args:
        body (UpdateTaobaoOrderWarehouseRequest): Older-generation body
            (`/open/order/updateWarehouse`); required flags were not shown, so only the order id is
            enforced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaobaoOrderWarehouseResponse]
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
    body: UpdateTaobaoOrderWarehouseRequest,
) -> UpdateTaobaoOrderWarehouseResponse | None:
    """Change the forward warehouse of a Taobao order

     Doc title: Modify the pre warehouse information of an order (修改订单前置仓信息)

    Changes the name and address of the consolidation ("pre") warehouse a Taobao order ships
    to. The v2 page was not visible; the body follows the older page
    (`/open/order/updateWarehouse`: `orderId`, `warehouseName`, `warehouseAddress`, whose
    required flags were not shown). No upstream counterpart was found, so this is probably
    PandaPon's own bookkeeping. The older page types `data` as an object whose fields were not
    shown.

    Args:
        body (UpdateTaobaoOrderWarehouseRequest): Older-generation body
            (`/open/order/updateWarehouse`); required flags were not shown, so only the order id is
            enforced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaobaoOrderWarehouseResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoOrderWarehouseRequest,
) -> Response[UpdateTaobaoOrderWarehouseResponse]:
    """Change the forward warehouse of a Taobao order

     Doc title: Modify the pre warehouse information of an order (修改订单前置仓信息)

    Changes the name and address of the consolidation ("pre") warehouse a Taobao order ships
    to. The v2 page was not visible; the body follows the older page
    (`/open/order/updateWarehouse`: `orderId`, `warehouseName`, `warehouseAddress`, whose
    required flags were not shown). No upstream counterpart was found, so this is probably
    PandaPon's own bookkeeping. The older page types `data` as an object whose fields were not
    shown.

    Args:
        body (UpdateTaobaoOrderWarehouseRequest): Older-generation body
            (`/open/order/updateWarehouse`); required flags were not shown, so only the order id is
            enforced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateTaobaoOrderWarehouseResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateTaobaoOrderWarehouseRequest,
) -> UpdateTaobaoOrderWarehouseResponse | None:
    """Change the forward warehouse of a Taobao order

     Doc title: Modify the pre warehouse information of an order (修改订单前置仓信息)

    Changes the name and address of the consolidation ("pre") warehouse a Taobao order ships
    to. The v2 page was not visible; the body follows the older page
    (`/open/order/updateWarehouse`: `orderId`, `warehouseName`, `warehouseAddress`, whose
    required flags were not shown). No upstream counterpart was found, so this is probably
    PandaPon's own bookkeeping. The older page types `data` as an object whose fields were not
    shown.

    Args:
        body (UpdateTaobaoOrderWarehouseRequest): Older-generation body
            (`/open/order/updateWarehouse`); required flags were not shown, so only the order id is
            enforced.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateTaobaoOrderWarehouseResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
