from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_alibaba_category_request import GetAlibabaCategoryRequest
from ...models.get_alibaba_category_response import GetAlibabaCategoryResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: GetAlibabaCategoryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/category/query",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAlibabaCategoryResponse | None:
    if response.status_code == 200:
        response_200 = GetAlibabaCategoryResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAlibabaCategoryResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaCategoryRequest,
) -> Response[GetAlibabaCategoryResponse]:
    """Get a 1688 category and its children, translated

     Doc title: Query multilingual categories according to category ID (根据类目ID查询多语言类目)

    Looks up one 1688 category (0 = the root) and returns its Chinese and translated names
    with its child categories. Only the menu entry was ever visible: the path is chosen from
    the sibling goods paths, and the request and response follow the upstream 1688 API
    `category.translation.getById` (same title), with the upstream `result` wrapper assumed
    flattened into `data` as on the other 1688 calls.

    Args:
        body (GetAlibabaCategoryRequest): Modelled on the upstream 1688
            `category.translation.getById` parameters (flattened).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaCategoryResponse]
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
    body: GetAlibabaCategoryRequest,
) -> GetAlibabaCategoryResponse | None:
    """Get a 1688 category and its children, translated

     Doc title: Query multilingual categories according to category ID (根据类目ID查询多语言类目)

    Looks up one 1688 category (0 = the root) and returns its Chinese and translated names
    with its child categories. Only the menu entry was ever visible: the path is chosen from
    the sibling goods paths, and the request and response follow the upstream 1688 API
    `category.translation.getById` (same title), with the upstream `result` wrapper assumed
    flattened into `data` as on the other 1688 calls.

    Args:
        body (GetAlibabaCategoryRequest): Modelled on the upstream 1688
            `category.translation.getById` parameters (flattened).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaCategoryResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaCategoryRequest,
) -> Response[GetAlibabaCategoryResponse]:
    """Get a 1688 category and its children, translated

     Doc title: Query multilingual categories according to category ID (根据类目ID查询多语言类目)

    Looks up one 1688 category (0 = the root) and returns its Chinese and translated names
    with its child categories. Only the menu entry was ever visible: the path is chosen from
    the sibling goods paths, and the request and response follow the upstream 1688 API
    `category.translation.getById` (same title), with the upstream `result` wrapper assumed
    flattened into `data` as on the other 1688 calls.

    Args:
        body (GetAlibabaCategoryRequest): Modelled on the upstream 1688
            `category.translation.getById` parameters (flattened).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaCategoryResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaCategoryRequest,
) -> GetAlibabaCategoryResponse | None:
    """Get a 1688 category and its children, translated

     Doc title: Query multilingual categories according to category ID (根据类目ID查询多语言类目)

    Looks up one 1688 category (0 = the root) and returns its Chinese and translated names
    with its child categories. Only the menu entry was ever visible: the path is chosen from
    the sibling goods paths, and the request and response follow the upstream 1688 API
    `category.translation.getById` (same title), with the upstream `result` wrapper assumed
    flattened into `data` as on the other 1688 calls.

    Args:
        body (GetAlibabaCategoryRequest): Modelled on the upstream 1688
            `category.translation.getById` parameters (flattened).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaCategoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
