from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_alibaba_logistics_companies_response import (
    ListAlibabaLogisticsCompaniesResponse,
)
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/alibaba/logistics/company/list",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ListAlibabaLogisticsCompaniesResponse | None:
    if response.status_code == 200:
        response_200 = ListAlibabaLogisticsCompaniesResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ListAlibabaLogisticsCompaniesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListAlibabaLogisticsCompaniesResponse]:
    """List the carriers usable for 1688 returns

     Doc title: List of logistics companies - all logistics companies (物流公司列表-所有的物流公司)

    Lists every carrier 1688 knows, with the code to pass as `logisticsCompanyNo` when
    reporting a return shipment (`submitAlibabaRefundReturn`). Only the menu entry (GET, no
    parameters) is known; the path is chosen from the siblings and the item fields follow the
    upstream 1688 call of the same title, which takes no parameters.

    Alternatives: the paths `/v2/alibaba/refund/logistics/company/list` or
    `/v2/alibaba/refund/logisticsCompany/list` (the call belongs to 1688 after-sales).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaLogisticsCompaniesResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ListAlibabaLogisticsCompaniesResponse | None:
    """List the carriers usable for 1688 returns

     Doc title: List of logistics companies - all logistics companies (物流公司列表-所有的物流公司)

    Lists every carrier 1688 knows, with the code to pass as `logisticsCompanyNo` when
    reporting a return shipment (`submitAlibabaRefundReturn`). Only the menu entry (GET, no
    parameters) is known; the path is chosen from the siblings and the item fields follow the
    upstream 1688 call of the same title, which takes no parameters.

    Alternatives: the paths `/v2/alibaba/refund/logistics/company/list` or
    `/v2/alibaba/refund/logisticsCompany/list` (the call belongs to 1688 after-sales).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaLogisticsCompaniesResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ListAlibabaLogisticsCompaniesResponse]:
    """List the carriers usable for 1688 returns

     Doc title: List of logistics companies - all logistics companies (物流公司列表-所有的物流公司)

    Lists every carrier 1688 knows, with the code to pass as `logisticsCompanyNo` when
    reporting a return shipment (`submitAlibabaRefundReturn`). Only the menu entry (GET, no
    parameters) is known; the path is chosen from the siblings and the item fields follow the
    upstream 1688 call of the same title, which takes no parameters.

    Alternatives: the paths `/v2/alibaba/refund/logistics/company/list` or
    `/v2/alibaba/refund/logisticsCompany/list` (the call belongs to 1688 after-sales).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListAlibabaLogisticsCompaniesResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ListAlibabaLogisticsCompaniesResponse | None:
    """List the carriers usable for 1688 returns

     Doc title: List of logistics companies - all logistics companies (物流公司列表-所有的物流公司)

    Lists every carrier 1688 knows, with the code to pass as `logisticsCompanyNo` when
    reporting a return shipment (`submitAlibabaRefundReturn`). Only the menu entry (GET, no
    parameters) is known; the path is chosen from the siblings and the item fields follow the
    upstream 1688 call of the same title, which takes no parameters.

    Alternatives: the paths `/v2/alibaba/refund/logistics/company/list` or
    `/v2/alibaba/refund/logisticsCompany/list` (the call belongs to 1688 after-sales).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListAlibabaLogisticsCompaniesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
