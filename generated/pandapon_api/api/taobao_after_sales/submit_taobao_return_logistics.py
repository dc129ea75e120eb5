from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.submit_taobao_return_logistics_request import (
    SubmitTaobaoReturnLogisticsRequest,
)
from ...models.submit_taobao_return_logistics_response import (
    SubmitTaobaoReturnLogisticsResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: SubmitTaobaoReturnLogisticsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/taobao/order/refund/logistics/submit",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> SubmitTaobaoReturnLogisticsResponse | None:
    if response.status_code == 200:
        response_200 = SubmitTaobaoReturnLogisticsResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[SubmitTaobaoReturnLogisticsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitTaobaoReturnLogisticsRequest,
) -> Response[SubmitTaobaoReturnLogisticsResponse]:
    """Submit the return shipment of a Taobao refund

     Doc title: Return logistics submission (退货物流提交)

    Reports how the goods of a return-and-refund were sent back (carrier and waybill number).
    Only the menu entry (POST) is known. The path is chosen from the sibling after-sales paths;
    the body is inferred: `refundId` (required) plus carrier fields named after the refund
    aggregate's `logisticsCompany` and the upstream `logistics_no`. The response is undocumented;
    a success flag is assumed.

    Args:
        body (SubmitTaobaoReturnLogisticsRequest): Inferred body; field names follow the refund
            aggregate's logistics part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitTaobaoReturnLogisticsResponse]
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
    body: SubmitTaobaoReturnLogisticsRequest,
) -> SubmitTaobaoReturnLogisticsResponse | None:
    """Submit the return shipment of a Taobao refund

     Doc title: Return logistics submission (退货物流提交)

    Reports how the goods of a return-and-refund were sent back (carrier and waybill number).
    Only the menu entry (POST) is known. The path is chosen from the sibling after-sales paths;
    the body is inferred: `refundId` (required) plus carrier fields named after the refund
    aggregate's `logisticsCompany` and the upstream `logistics_no`. The response is undocumented;
    a success flag is assumed.

    Args:
        body (SubmitTaobaoReturnLogisticsRequest): Inferred body; field names follow the refund
            aggregate's logistics part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitTaobaoReturnLogisticsResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubmitTaobaoReturnLogisticsRequest,
) -> Response[SubmitTaobaoReturnLogisticsResponse]:
    """Submit the return shipment of a Taobao refund

     Doc title: Return logistics submission (退货物流提交)

    Reports how the goods of a return-and-refund were sent back (carrier and waybill number).
    Only the menu entry (POST) is known. The path is chosen from the sibling after-sales paths;
    the body is inferred: `refundId` (required) plus carrier fields named after the refund
    aggregate's `logisticsCompany` and the upstream `logistics_no`. The response is undocumented;
    a success flag is assumed.

    Args:
        body (SubmitTaobaoReturnLogisticsRequest): Inferred body; field names follow the refund
            aggregate's logistics part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubmitTaobaoReturnLogisticsResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubmitTaobaoReturnLogisticsRequest,
) -> SubmitTaobaoReturnLogisticsResponse | None:
    """Submit the return shipment of a Taobao refund

     Doc title: Return logistics submission (退货物流提交)

    Reports how the goods of a return-and-refund were sent back (carrier and waybill number).
    Only the menu entry (POST) is known. The path is chosen from the sibling after-sales paths;
    the body is inferred: `refundId` (required) plus carrier fields named after the refund
    aggregate's `logisticsCompany` and the upstream `logistics_no`. The response is undocumented;
    a success flag is assumed.

    Args:
        body (SubmitTaobaoReturnLogisticsRequest): Inferred body; field names follow the refund
            aggregate's logistics part.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubmitTaobaoReturnLogisticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
