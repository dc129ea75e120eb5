from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_taobao_refund_response import CancelTaobaoRefundResponse
from ...types import Response


def _get_kwargs(
    refund_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/taobao/order/refund/cancel/{refund_id}".format(
            refund_id=quote(str(refund_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CancelTaobaoRefundResponse | None:
    if response.status_code == 200:
        response_200 = CancelTaobaoRefundResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CancelTaobaoRefundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    refund_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelTaobaoRefundResponse]:
    """Cancel (withdraw) a Taobao refund

     Doc title: Reverse Order Cancellation (逆向单撤销)

    Withdraws a reverse order. Although it changes state it is a GET, with the refund id in the
    path; never retry it blindly. The v2 page shows the path and parameter only. The response
    (a cancel flag plus the refund aggregate) was read on the older-generation Vietnamese page
    (GET /open/order/refund/cancel/{refundId}).

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTaobaoRefundResponse]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    refund_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelTaobaoRefundResponse | None:
    """Cancel (withdraw) a Taobao refund

     Doc title: Reverse Order Cancellation (逆向单撤销)

    Withdraws a reverse order. Although it changes state it is a GET, with the refund id in the
    path; never retry it blindly. The v2 page shows the path and parameter only. The response
    (a cancel flag plus the refund aggregate) was read on the older-generation Vietnamese page
    (GET /open/order/refund/cancel/{refundId}).

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTaobaoRefundResponse
    """

    return sync_detailed(
        refund_id=refund_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    refund_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[CancelTaobaoRefundResponse]:
    """Cancel (withdraw) a Taobao refund

     Doc title: Reverse Order Cancellation (逆向单撤销)

    Withdraws a reverse order. Although it changes state it is a GET, with the refund id in the
    path; never retry it blindly. The v2 page shows the path and parameter only. The response
    (a cancel flag plus the refund aggregate) was read on the older-generation Vietnamese page
    (GET /open/order/refund/cancel/{refundId}).

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelTaobaoRefundResponse]
    """

    kwargs = _get_kwargs(
        refund_id=refund_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    refund_id: str,
    *,
    client: AuthenticatedClient,
) -> CancelTaobaoRefundResponse | None:
    """Cancel (withdraw) a Taobao refund

     Doc title: Reverse Order Cancellation (逆向单撤销)

    Withdraws a reverse order. Although it changes state it is a GET, with the refund id in the
    path; never retry it blindly. The v2 page shows the path and parameter only. The response
    (a cancel flag plus the refund aggregate) was read on the older-generation Vietnamese page
    (GET /open/order/refund/cancel/{refundId}).

    Args:
        refund_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelTaobaoRefundResponse
    """

    return (
        await asyncio_detailed(
            refund_id=refund_id,
            client=client,
        )
    ).parsed
