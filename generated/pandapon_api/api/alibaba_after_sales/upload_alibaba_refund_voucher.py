from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.upload_alibaba_refund_voucher_request import (
    UploadAlibabaRefundVoucherRequest,
)
from ...models.upload_alibaba_refund_voucher_response import (
    UploadAlibabaRefundVoucherResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: UploadAlibabaRefundVoucherRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/refund/voucher/upload",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> UploadAlibabaRefundVoucherResponse | None:
    if response.status_code == 200:
        response_200 = UploadAlibabaRefundVoucherResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[UploadAlibabaRefundVoucherResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadAlibabaRefundVoucherRequest,
) -> Response[UploadAlibabaRefundVoucherResponse]:
    """Upload a 1688 refund voucher image

     Doc title: 1688 Upload refund return voucher

    Uploads one evidence image for a refund or return and returns where it was stored; the
    "image domain/relative path" is what `createAlibabaRefund` and `submitAlibabaRefundReturn`
    take in `vouchers` (each image at most 1 MB; jpg, gif, jpeg, png or bmp). Only the menu
    entry (POST) is known, so path and content type are inferred. Upstream 1688 takes the raw
    image bytes as a multipart part (`imageData`); PandaPon's only documented image upload,
    the 1688 image search, takes JSON with the image as a Base64 string (`imageBase64`), so
    this call is modelled the same way. If PandaPon turns out to want multipart, only this
    operation's body changes.

    Alternatives: multipart with a file part (`file` or `imageData`), or JSON `imageData`.
    `imageBase64` is required only by inference: the SDK sends a call without it by default, and
    `extra_body` can carry another field name.

    Args:
        body (UploadAlibabaRefundVoucherRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadAlibabaRefundVoucherResponse]
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
    body: UploadAlibabaRefundVoucherRequest,
) -> UploadAlibabaRefundVoucherResponse | None:
    """Upload a 1688 refund voucher image

     Doc title: 1688 Upload refund return voucher

    Uploads one evidence image for a refund or return and returns where it was stored; the
    "image domain/relative path" is what `createAlibabaRefund` and `submitAlibabaRefundReturn`
    take in `vouchers` (each image at most 1 MB; jpg, gif, jpeg, png or bmp). Only the menu
    entry (POST) is known, so path and content type are inferred. Upstream 1688 takes the raw
    image bytes as a multipart part (`imageData`); PandaPon's only documented image upload,
    the 1688 image search, takes JSON with the image as a Base64 string (`imageBase64`), so
    this call is modelled the same way. If PandaPon turns out to want multipart, only this
    operation's body changes.

    Alternatives: multipart with a file part (`file` or `imageData`), or JSON `imageData`.
    `imageBase64` is required only by inference: the SDK sends a call without it by default, and
    `extra_body` can carry another field name.

    Args:
        body (UploadAlibabaRefundVoucherRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadAlibabaRefundVoucherResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UploadAlibabaRefundVoucherRequest,
) -> Response[UploadAlibabaRefundVoucherResponse]:
    """Upload a 1688 refund voucher image

     Doc title: 1688 Upload refund return voucher

    Uploads one evidence image for a refund or return and returns where it was stored; the
    "image domain/relative path" is what `createAlibabaRefund` and `submitAlibabaRefundReturn`
    take in `vouchers` (each image at most 1 MB; jpg, gif, jpeg, png or bmp). Only the menu
    entry (POST) is known, so path and content type are inferred. Upstream 1688 takes the raw
    image bytes as a multipart part (`imageData`); PandaPon's only documented image upload,
    the 1688 image search, takes JSON with the image as a Base64 string (`imageBase64`), so
    this call is modelled the same way. If PandaPon turns out to want multipart, only this
    operation's body changes.

    Alternatives: multipart with a file part (`file` or `imageData`), or JSON `imageData`.
    `imageBase64` is required only by inference: the SDK sends a call without it by default, and
    `extra_body` can carry another field name.

    Args:
        body (UploadAlibabaRefundVoucherRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadAlibabaRefundVoucherResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UploadAlibabaRefundVoucherRequest,
) -> UploadAlibabaRefundVoucherResponse | None:
    """Upload a 1688 refund voucher image

     Doc title: 1688 Upload refund return voucher

    Uploads one evidence image for a refund or return and returns where it was stored; the
    "image domain/relative path" is what `createAlibabaRefund` and `submitAlibabaRefundReturn`
    take in `vouchers` (each image at most 1 MB; jpg, gif, jpeg, png or bmp). Only the menu
    entry (POST) is known, so path and content type are inferred. Upstream 1688 takes the raw
    image bytes as a multipart part (`imageData`); PandaPon's only documented image upload,
    the 1688 image search, takes JSON with the image as a Base64 string (`imageBase64`), so
    this call is modelled the same way. If PandaPon turns out to want multipart, only this
    operation's body changes.

    Alternatives: multipart with a file part (`file` or `imageData`), or JSON `imageData`.
    `imageBase64` is required only by inference: the SDK sends a call without it by default, and
    `extra_body` can carry another field name.

    Args:
        body (UploadAlibabaRefundVoucherRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadAlibabaRefundVoucherResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
