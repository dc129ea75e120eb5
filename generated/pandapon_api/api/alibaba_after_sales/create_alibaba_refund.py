from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_alibaba_refund_request import CreateAlibabaRefundRequest
from ...models.create_alibaba_refund_response import CreateAlibabaRefundResponse
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: CreateAlibabaRefundRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/refund/detail/create",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateAlibabaRefundResponse | None:
    if response.status_code == 200:
        response_200 = CreateAlibabaRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CreateAlibabaRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaRefundRequest,
) -> Response[CreateAlibabaRefundResponse]:
    """Apply for a refund or return on a 1688 order

     Doc title: 1688 Create refund return application

    Opens a refund (or return-and-refund) on some lines of a 1688 order: the kind of request,
    the amounts asked for goods and freight, a reason id from `listAlibabaRefundReasons`, an
    explanation, the goods status and optional voucher images from
    `uploadAlibabaRefundVoucher`. Returns the new "TQ" refund id. The page gives no value
    lists and no units; the known values and the fen unit come from upstream 1688 (which also
    limits `description` to 2–150 characters and `vouchers` to 5; not enforced here).

    Args:
        body (CreateAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlibabaRefundResponse]
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
    body: CreateAlibabaRefundRequest,
) -> CreateAlibabaRefundResponse | None:
    """Apply for a refund or return on a 1688 order

     Doc title: 1688 Create refund return application

    Opens a refund (or return-and-refund) on some lines of a 1688 order: the kind of request,
    the amounts asked for goods and freight, a reason id from `listAlibabaRefundReasons`, an
    explanation, the goods status and optional voucher images from
    `uploadAlibabaRefundVoucher`. Returns the new "TQ" refund id. The page gives no value
    lists and no units; the known values and the fen unit come from upstream 1688 (which also
    limits `description` to 2–150 characters and `vouchers` to 5; not enforced here).

    Args:
        body (CreateAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlibabaRefundResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaRefundRequest,
) -> Response[CreateAlibabaRefundResponse]:
    """Apply for a refund or return on a 1688 order

     Doc title: 1688 Create refund return application

    Opens a refund (or return-and-refund) on some lines of a 1688 order: the kind of request,
    the amounts asked for goods and freight, a reason id from `listAlibabaRefundReasons`, an
    explanation, the goods status and optional voucher images from
    `uploadAlibabaRefundVoucher`. Returns the new "TQ" refund id. The page gives no value
    lists and no units; the known values and the fen unit come from upstream 1688 (which also
    limits `description` to 2–150 characters and `vouchers` to 5; not enforced here).

    Args:
        body (CreateAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateAlibabaRefundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CreateAlibabaRefundRequest,
) -> CreateAlibabaRefundResponse | None:
    """Apply for a refund or return on a 1688 order

     Doc title: 1688 Create refund return application

    Opens a refund (or return-and-refund) on some lines of a 1688 order: the kind of request,
    the amounts asked for goods and freight, a reason id from `listAlibabaRefundReasons`, an
    explanation, the goods status and optional voucher images from
    `uploadAlibabaRefundVoucher`. Returns the new "TQ" refund id. The page gives no value
    lists and no units; the known values and the fen unit come from upstream 1688 (which also
    limits `description` to 2–150 characters and `vouchers` to 5; not enforced here).

    Args:
        body (CreateAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateAlibabaRefundResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
