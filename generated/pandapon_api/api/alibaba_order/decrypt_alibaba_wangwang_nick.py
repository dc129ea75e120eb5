from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.decrypt_alibaba_wangwang_nick_request import (
    DecryptAlibabaWangwangNickRequest,
)
from ...models.decrypt_alibaba_wangwang_nick_response import (
    DecryptAlibabaWangwangNickResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: DecryptAlibabaWangwangNickRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/product/openuid/decrypt",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DecryptAlibabaWangwangNickResponse | None:
    if response.status_code == 200:
        response_200 = DecryptAlibabaWangwangNickResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DecryptAlibabaWangwangNickResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DecryptAlibabaWangwangNickRequest,
) -> Response[DecryptAlibabaWangwangNickResponse]:
    """Turn a 1688 openUid into a Wangwang nickname

     Doc title: 1688 conversion and decryption to Wangwang nickname interface (Openuid转换解密为旺旺昵称接口)

    Decrypts a seller's encoded openUid into the Wangwang (1688 chat) nickname, to open a chat
    with the shop. Only the menu entry is known. The path is the older one (from a public
    third-party client, older docs: "Convert and decrypt to Wangwang URL") with the /v2
    prefix; the body `{openUid, offerId}` comes from that client and the twin platform.
    Upstream 1688 returns just the nickname; `data` is accepted as a bare string or an
    object. Upstream restricts the call to launching chats (no bulk use).

    Every known sample (third-party client, twin platform) sends `offerId`, as a string: send it
    although it is optional here. Alternatives: the twin-style path
    `/v2/alibaba/im/openuid/decrypt`.

    Args:
        body (DecryptAlibabaWangwangNickRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecryptAlibabaWangwangNickResponse]
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
    body: DecryptAlibabaWangwangNickRequest,
) -> DecryptAlibabaWangwangNickResponse | None:
    """Turn a 1688 openUid into a Wangwang nickname

     Doc title: 1688 conversion and decryption to Wangwang nickname interface (Openuid转换解密为旺旺昵称接口)

    Decrypts a seller's encoded openUid into the Wangwang (1688 chat) nickname, to open a chat
    with the shop. Only the menu entry is known. The path is the older one (from a public
    third-party client, older docs: "Convert and decrypt to Wangwang URL") with the /v2
    prefix; the body `{openUid, offerId}` comes from that client and the twin platform.
    Upstream 1688 returns just the nickname; `data` is accepted as a bare string or an
    object. Upstream restricts the call to launching chats (no bulk use).

    Every known sample (third-party client, twin platform) sends `offerId`, as a string: send it
    although it is optional here. Alternatives: the twin-style path
    `/v2/alibaba/im/openuid/decrypt`.

    Args:
        body (DecryptAlibabaWangwangNickRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecryptAlibabaWangwangNickResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DecryptAlibabaWangwangNickRequest,
) -> Response[DecryptAlibabaWangwangNickResponse]:
    """Turn a 1688 openUid into a Wangwang nickname

     Doc title: 1688 conversion and decryption to Wangwang nickname interface (Openuid转换解密为旺旺昵称接口)

    Decrypts a seller's encoded openUid into the Wangwang (1688 chat) nickname, to open a chat
    with the shop. Only the menu entry is known. The path is the older one (from a public
    third-party client, older docs: "Convert and decrypt to Wangwang URL") with the /v2
    prefix; the body `{openUid, offerId}` comes from that client and the twin platform.
    Upstream 1688 returns just the nickname; `data` is accepted as a bare string or an
    object. Upstream restricts the call to launching chats (no bulk use).

    Every known sample (third-party client, twin platform) sends `offerId`, as a string: send it
    although it is optional here. Alternatives: the twin-style path
    `/v2/alibaba/im/openuid/decrypt`.

    Args:
        body (DecryptAlibabaWangwangNickRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DecryptAlibabaWangwangNickResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DecryptAlibabaWangwangNickRequest,
) -> DecryptAlibabaWangwangNickResponse | None:
    """Turn a 1688 openUid into a Wangwang nickname

     Doc title: 1688 conversion and decryption to Wangwang nickname interface (Openuid转换解密为旺旺昵称接口)

    Decrypts a seller's encoded openUid into the Wangwang (1688 chat) nickname, to open a chat
    with the shop. Only the menu entry is known. The path is the older one (from a public
    third-party client, older docs: "Convert and decrypt to Wangwang URL") with the /v2
    prefix; the body `{openUid, offerId}` comes from that client and the twin platform.
    Upstream 1688 returns just the nickname; `data` is accepted as a bare string or an
    object. Upstream restricts the call to launching chats (no bulk use).

    Every known sample (third-party client, twin platform) sends `offerId`, as a string: send it
    although it is optional here. Alternatives: the twin-style path
    `/v2/alibaba/im/openuid/decrypt`.

    Args:
        body (DecryptAlibabaWangwangNickRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DecryptAlibabaWangwangNickResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
