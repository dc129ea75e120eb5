from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_alibaba_hot_list_request import GetAlibabaHotListRequest
from ...models.get_alibaba_hot_list_response import GetAlibabaHotListResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: GetAlibabaHotListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/topList/query",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAlibabaHotListResponse | None:
    if response.status_code == 200:
        response_200 = GetAlibabaHotListResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAlibabaHotListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaHotListRequest,
) -> Response[GetAlibabaHotListResponse]:
    """Get a 1688 best-seller ranking list

     Doc title: Hot list query (热销榜单查询)

    Returns a 1688 ranking list (for example the best sellers of a category) with its ranked
    products. Only the menu entry was ever visible: the path is chosen from the sibling goods
    paths and the request and response follow the upstream 1688 API `product.topList.query`
    (mapping medium-high; the less likely alternative is the trending-keyword API), flattened.

    Upstream requires `rankId`, `rankType`, `limit` and `language`, but PandaPon may rename
    them: `rankId` is required only by inference, so the SDK sends a call without it by default.

    Args:
        body (GetAlibabaHotListRequest): Modelled on the upstream 1688 `product.topList.query`
            parameters (flattened; upstream marks all four required). Only `rankId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaHotListResponse]
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
    body: GetAlibabaHotListRequest,
) -> GetAlibabaHotListResponse | None:
    """Get a 1688 best-seller ranking list

     Doc title: Hot list query (热销榜单查询)

    Returns a 1688 ranking list (for example the best sellers of a category) with its ranked
    products. Only the menu entry was ever visible: the path is chosen from the sibling goods
    paths and the request and response follow the upstream 1688 API `product.topList.query`
    (mapping medium-high; the less likely alternative is the trending-keyword API), flattened.

    Upstream requires `rankId`, `rankType`, `limit` and `language`, but PandaPon may rename
    them: `rankId` is required only by inference, so the SDK sends a call without it by default.

    Args:
        body (GetAlibabaHotListRequest): Modelled on the upstream 1688 `product.topList.query`
            parameters (flattened; upstream marks all four required). Only `rankId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaHotListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaHotListRequest,
) -> Response[GetAlibabaHotListResponse]:
    """Get a 1688 best-seller ranking list

     Doc title: Hot list query (热销榜单查询)

    Returns a 1688 ranking list (for example the best sellers of a category) with its ranked
    products. Only the menu entry was ever visible: the path is chosen from the sibling goods
    paths and the request and response follow the upstream 1688 API `product.topList.query`
    (mapping medium-high; the less likely alternative is the trending-keyword API), flattened.

    Upstream requires `rankId`, `rankType`, `limit` and `language`, but PandaPon may rename
    them: `rankId` is required only by inference, so the SDK sends a call without it by default.

    Args:
        body (GetAlibabaHotListRequest): Modelled on the upstream 1688 `product.topList.query`
            parameters (flattened; upstream marks all four required). Only `rankId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaHotListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaHotListRequest,
) -> GetAlibabaHotListResponse | None:
    """Get a 1688 best-seller ranking list

     Doc title: Hot list query (热销榜单查询)

    Returns a 1688 ranking list (for example the best sellers of a category) with its ranked
    products. Only the menu entry was ever visible: the path is chosen from the sibling goods
    paths and the request and response follow the upstream 1688 API `product.topList.query`
    (mapping medium-high; the less likely alternative is the trending-keyword API), flattened.

    Upstream requires `rankId`, `rankType`, `limit` and `language`, but PandaPon may rename
    them: `rankId` is required only by inference, so the SDK sends a call without it by default.

    Args:
        body (GetAlibabaHotListRequest): Modelled on the upstream 1688 `product.topList.query`
            parameters (flattened; upstream marks all four required). Only `rankId` is required here.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaHotListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
