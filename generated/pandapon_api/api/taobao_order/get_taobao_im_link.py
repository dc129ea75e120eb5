from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_taobao_im_link_request import GetTaobaoImLinkRequest
from ...models.get_taobao_im_link_response import GetTaobaoImLinkResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: GetTaobaoImLinkRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/page/link/get",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetTaobaoImLinkResponse | None:
    if response.status_code == 200:
        response_200 = GetTaobaoImLinkResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetTaobaoImLinkResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTaobaoImLinkRequest,
) -> Response[GetTaobaoImLinkResponse]:
    """Get a chat (IM) link to the Taobao seller

     Doc title: Get IM Link (获取IM链接)

    Returns a URL that opens the Taobao Global distributor chat with the seller about an item
    or order; `data` is that URL as a plain string. The v2 page was not visible; the older
    page (`/open/order/page/link/get`) contradicts itself: it declares the body fields
    `loginName`, `password`, `pageName` and `pageParamMap` (all marked required) but its
    example sends `{"sourceType": "item", "bizId": ...}`. The example is taken as the real
    body; the declared fields are listed as optional.

    Alternatives: the older page's declared fields (`loginName`, `password`, `pageName`,
    `pageParamMap`, each marked required there; its `loginName` sample holds the `{sourceType,
    bizId}` JSON) may be the real body. `bizId` is required only by inference.

    Args:
        body (GetTaobaoImLinkRequest): Older-generation body as its example shows it
            (`sourceType`, `bizId`), plus the fields the same page declares but does not use in its
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoImLinkResponse]
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
    body: GetTaobaoImLinkRequest,
) -> GetTaobaoImLinkResponse | None:
    """Get a chat (IM) link to the Taobao seller

     Doc title: Get IM Link (获取IM链接)

    Returns a URL that opens the Taobao Global distributor chat with the seller about an item
    or order; `data` is that URL as a plain string. The v2 page was not visible; the older
    page (`/open/order/page/link/get`) contradicts itself: it declares the body fields
    `loginName`, `password`, `pageName` and `pageParamMap` (all marked required) but its
    example sends `{"sourceType": "item", "bizId": ...}`. The example is taken as the real
    body; the declared fields are listed as optional.

    Alternatives: the older page's declared fields (`loginName`, `password`, `pageName`,
    `pageParamMap`, each marked required there; its `loginName` sample holds the `{sourceType,
    bizId}` JSON) may be the real body. `bizId` is required only by inference.

    Args:
        body (GetTaobaoImLinkRequest): Older-generation body as its example shows it
            (`sourceType`, `bizId`), plus the fields the same page declares but does not use in its
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoImLinkResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetTaobaoImLinkRequest,
) -> Response[GetTaobaoImLinkResponse]:
    """Get a chat (IM) link to the Taobao seller

     Doc title: Get IM Link (获取IM链接)

    Returns a URL that opens the Taobao Global distributor chat with the seller about an item
    or order; `data` is that URL as a plain string. The v2 page was not visible; the older
    page (`/open/order/page/link/get`) contradicts itself: it declares the body fields
    `loginName`, `password`, `pageName` and `pageParamMap` (all marked required) but its
    example sends `{"sourceType": "item", "bizId": ...}`. The example is taken as the real
    body; the declared fields are listed as optional.

    Alternatives: the older page's declared fields (`loginName`, `password`, `pageName`,
    `pageParamMap`, each marked required there; its `loginName` sample holds the `{sourceType,
    bizId}` JSON) may be the real body. `bizId` is required only by inference.

    Args:
        body (GetTaobaoImLinkRequest): Older-generation body as its example shows it
            (`sourceType`, `bizId`), plus the fields the same page declares but does not use in its
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetTaobaoImLinkResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetTaobaoImLinkRequest,
) -> GetTaobaoImLinkResponse | None:
    """Get a chat (IM) link to the Taobao seller

     Doc title: Get IM Link (获取IM链接)

    Returns a URL that opens the Taobao Global distributor chat with the seller about an item
    or order; `data` is that URL as a plain string. The v2 page was not visible; the older
    page (`/open/order/page/link/get`) contradicts itself: it declares the body fields
    `loginName`, `password`, `pageName` and `pageParamMap` (all marked required) but its
    example sends `{"sourceType": "item", "bizId": ...}`. The example is taken as the real
    body; the declared fields are listed as optional.

    Alternatives: the older page's declared fields (`loginName`, `password`, `pageName`,
    `pageParamMap`, each marked required there; its `loginName` sample holds the `{sourceType,
    bizId}` JSON) may be the real body. `bizId` is required only by inference.

    Args:
        body (GetTaobaoImLinkRequest): Older-generation body as its example shows it
            (`sourceType`, `bizId`), plus the fields the same page declares but does not use in its
            example.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetTaobaoImLinkResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
