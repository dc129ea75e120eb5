from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_taobao_product_response import GetTaobaoProductResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    item_id: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["itemId"] = item_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/taobao/product/get",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaobaoProductResponse | None:
    if response.status_code == 200:
        response_200 = GetTaobaoProductResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaobaoProductResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    item_id: str,
) -> Response[GetTaobaoProductResponse]:
    """Get one Taobao product by its item id

     Doc title: Taobao product search (根据淘宝商品Id查询)

    Despite the English menu title this is the single-product detail call: one query parameter,
    the item id, and the product with its SKUs in `data`. The v2 page takes an encoded id
    (`WUnUC1cILiBjt-Jv3lDdlQ`); the older generation took the numeric Taobao id
    (`672991141190`). Only `quantity` of the v2 response model `TaoBaoProductDetailsV2VO` was
    visible; the other fields come from the older page and the Development manual's real
    example (`mpId` and the SKUs' distribution ids are what ordering and the cart need).

    Args:
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoProductResponse]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    item_id: str,
) -> GetTaobaoProductResponse | None:
    """Get one Taobao product by its item id

     Doc title: Taobao product search (根据淘宝商品Id查询)

    Despite the English menu title this is the single-product detail call: one query parameter,
    the item id, and the product with its SKUs in `data`. The v2 page takes an encoded id
    (`WUnUC1cILiBjt-Jv3lDdlQ`); the older generation took the numeric Taobao id
    (`672991141190`). Only `quantity` of the v2 response model `TaoBaoProductDetailsV2VO` was
    visible; the other fields come from the older page and the Development manual's real
    example (`mpId` and the SKUs' distribution ids are what ordering and the cart need).

    Args:
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoProductResponse
    """

    return sync_detailed(
        client=client,
        item_id=item_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    item_id: str,
) -> Response[GetTaobaoProductResponse]:
    """Get one Taobao product by its item id

     Doc title: Taobao product search (根据淘宝商品Id查询)

    Despite the English menu title this is the single-product detail call: one query parameter,
    the item id, and the product with its SKUs in `data`. The v2 page takes an encoded id
    (`WUnUC1cILiBjt-Jv3lDdlQ`); the older generation took the numeric Taobao id
    (`672991141190`). Only `quantity` of the v2 response model `TaoBaoProductDetailsV2VO` was
    visible; the other fields come from the older page and the Development manual's real
    example (`mpId` and the SKUs' distribution ids are what ordering and the cart need).

    Args:
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoProductResponse]
    """

    kwargs = _get_kwargs(
        item_id=item_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    item_id: str,
) -> GetTaobaoProductResponse | None:
    """Get one Taobao product by its item id

     Doc title: Taobao product search (根据淘宝商品Id查询)

    Despite the English menu title this is the single-product detail call: one query parameter,
    the item id, and the product with its SKUs in `data`. The v2 page takes an encoded id
    (`WUnUC1cILiBjt-Jv3lDdlQ`); the older generation took the numeric Taobao id
    (`672991141190`). Only `quantity` of the v2 response model `TaoBaoProductDetailsV2VO` was
    visible; the other fields come from the older page and the Development manual's real
    example (`mpId` and the SKUs' distribution ids are what ordering and the cart need).

    Args:
        item_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoProductResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            item_id=item_id,
        )
    ).parsed
