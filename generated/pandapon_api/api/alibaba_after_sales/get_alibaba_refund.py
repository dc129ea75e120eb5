from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_alibaba_refund_request import GetAlibabaRefundRequest
from ...models.get_alibaba_refund_response import GetAlibabaRefundResponse
from ...types import UNSET, Response, Unset, to_jsonable


def _get_kwargs(
    *,
    body: GetAlibabaRefundRequest,
    refund_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["refundId"] = refund_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/refund/info",
        "params": params,
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> GetAlibabaRefundResponse | None:
    if response.status_code == 200:
        response_200 = GetAlibabaRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[GetAlibabaRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaRefundRequest,
    refund_id: str | Unset = UNSET,
) -> Response[GetAlibabaRefundResponse]:
    """Get a 1688 refund

     Doc title: 1688 Query the details of the refund form

    Returns one 1688 refund (after-sales) record by its "TQ" refund id: requested amounts,
    reasons, return shipment, parties and audit fields. Known only from older-generation
    pages; the /v2 path follows the prefix rule. Those pages disagree on where `refundId`
    goes: the Chinese page sends it in a JSON body, the Vietnamese page as an optional query
    parameter with no body. Both are declared: send the same value in the body and in the
    query, which satisfies either server reading. The visible part of `AlibabaRefundInfo`
    ended at `buyerUserId`; its fields are in alphabetical order after the audit fields, as
    in upstream 1688's refund model, whose remaining fields are added as inferred.

    Args:
        refund_id (str | Unset):
        body (GetAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaRefundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        refund_id=refund_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaRefundRequest,
    refund_id: str | Unset = UNSET,
) -> GetAlibabaRefundResponse | None:
    """Get a 1688 refund

     Doc title: 1688 Query the details of the refund form

    Returns one 1688 refund (after-sales) record by its "TQ" refund id: requested amounts,
    reasons, return shipment, parties and audit fields. Known only from older-generation
    pages; the /v2 path follows the prefix rule. Those pages disagree on where `refundId`
    goes: the Chinese page sends it in a JSON body, the Vietnamese page as an optional query
    parameter with no body. Both are declared: send the same value in the body and in the
    query, which satisfies either server reading. The visible part of `AlibabaRefundInfo`
    ended at `buyerUserId`; its fields are in alphabetical order after the audit fields, as
    in upstream 1688's refund model, whose remaining fields are added as inferred.

    Args:
        refund_id (str | Unset):
        body (GetAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaRefundResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        refund_id=refund_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaRefundRequest,
    refund_id: str | Unset = UNSET,
) -> Response[GetAlibabaRefundResponse]:
    """Get a 1688 refund

     Doc title: 1688 Query the details of the refund form

    Returns one 1688 refund (after-sales) record by its "TQ" refund id: requested amounts,
    reasons, return shipment, parties and audit fields. Known only from older-generation
    pages; the /v2 path follows the prefix rule. Those pages disagree on where `refundId`
    goes: the Chinese page sends it in a JSON body, the Vietnamese page as an optional query
    parameter with no body. Both are declared: send the same value in the body and in the
    query, which satisfies either server reading. The visible part of `AlibabaRefundInfo`
    ended at `buyerUserId`; its fields are in alphabetical order after the audit fields, as
    in upstream 1688's refund model, whose remaining fields are added as inferred.

    Args:
        refund_id (str | Unset):
        body (GetAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetAlibabaRefundResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        refund_id=refund_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetAlibabaRefundRequest,
    refund_id: str | Unset = UNSET,
) -> GetAlibabaRefundResponse | None:
    """Get a 1688 refund

     Doc title: 1688 Query the details of the refund form

    Returns one 1688 refund (after-sales) record by its "TQ" refund id: requested amounts,
    reasons, return shipment, parties and audit fields. Known only from older-generation
    pages; the /v2 path follows the prefix rule. Those pages disagree on where `refundId`
    goes: the Chinese page sends it in a JSON body, the Vietnamese page as an optional query
    parameter with no body. Both are declared: send the same value in the body and in the
    query, which satisfies either server reading. The visible part of `AlibabaRefundInfo`
    ended at `buyerUserId`; its fields are in alphabetical order after the audit fields, as
    in upstream 1688's refund model, whose remaining fields are added as inferred.

    Args:
        refund_id (str | Unset):
        body (GetAlibabaRefundRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetAlibabaRefundResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            refund_id=refund_id,
        )
    ).parsed
