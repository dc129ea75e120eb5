from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_preview_alibaba_orders_request import (
    BatchPreviewAlibabaOrdersRequest,
)
from ...models.batch_preview_alibaba_orders_response import (
    BatchPreviewAlibabaOrdersResponse,
)
from ...types import Response, to_jsonable


def _get_kwargs(
    *,
    body: BatchPreviewAlibabaOrdersRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/alibaba/order/create/previewbatch",
    }

    _kwargs["json"] = to_jsonable(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchPreviewAlibabaOrdersResponse | None:
    if response.status_code == 200:
        response_200 = BatchPreviewAlibabaOrdersResponse.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchPreviewAlibabaOrdersResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchPreviewAlibabaOrdersRequest,
) -> Response[BatchPreviewAlibabaOrdersResponse]:
    """Preview an order across several 1688 sellers

     Doc title: Preview data interface before order creation (different merchants)

    The multi-seller counterpart of `previewAlibabaOrder`: prices, freight and available trade
    modes for cargo lines from several shops before `batchCreateAlibabaOrders`. The older
    English page (doc-en api-263477644) shows `POST /alibaba/order/create/previewbatch`; the
    /v2 path follows the prefix rule, as it held for the batch create. That page's body is the
    older batch-create body without the order options: `addressParam` (nine text fields, no
    `districtCode`) and `cargoParamList`, whose lines carry `offerId` (a number), `specId`,
    `quantity` (required there) and `sellerOpenId`; it has no `flow`. The /v2 pages showed only
    their menus.

    Alternatives, not yet settled by a page: the path `/v2/alibaba/order/batch/create/preview`
    (the earlier guess, from the siblings); cargo lines in the v2 style (`offerMapId` +
    `sellerOpenId`, as the v2 batch create's Chinese page shows) or the older one (numeric
    `offerId`), both accepted by `FastCargo`; and a response that is one preview object, as
    declared, or a list of previews, one per seller (the twin platform's shape).

    Args:
        body (BatchPreviewAlibabaOrdersRequest): Body of the batch preview as the older English
            page shows it, without `flow` (no page of this call has one; the twin platform's preview
            does: send it with `extra_body` if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPreviewAlibabaOrdersResponse]
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
    body: BatchPreviewAlibabaOrdersRequest,
) -> BatchPreviewAlibabaOrdersResponse | None:
    """Preview an order across several 1688 sellers

     Doc title: Preview data interface before order creation (different merchants)

    The multi-seller counterpart of `previewAlibabaOrder`: prices, freight and available trade
    modes for cargo lines from several shops before `batchCreateAlibabaOrders`. The older
    English page (doc-en api-263477644) shows `POST /alibaba/order/create/previewbatch`; the
    /v2 path follows the prefix rule, as it held for the batch create. That page's body is the
    older batch-create body without the order options: `addressParam` (nine text fields, no
    `districtCode`) and `cargoParamList`, whose lines carry `offerId` (a number), `specId`,
    `quantity` (required there) and `sellerOpenId`; it has no `flow`. The /v2 pages showed only
    their menus.

    Alternatives, not yet settled by a page: the path `/v2/alibaba/order/batch/create/preview`
    (the earlier guess, from the siblings); cargo lines in the v2 style (`offerMapId` +
    `sellerOpenId`, as the v2 batch create's Chinese page shows) or the older one (numeric
    `offerId`), both accepted by `FastCargo`; and a response that is one preview object, as
    declared, or a list of previews, one per seller (the twin platform's shape).

    Args:
        body (BatchPreviewAlibabaOrdersRequest): Body of the batch preview as the older English
            page shows it, without `flow` (no page of this call has one; the twin platform's preview
            does: send it with `extra_body` if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPreviewAlibabaOrdersResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: BatchPreviewAlibabaOrdersRequest,
) -> Response[BatchPreviewAlibabaOrdersResponse]:
    """Preview an order across several 1688 sellers

     Doc title: Preview data interface before order creation (different merchants)

    The multi-seller counterpart of `previewAlibabaOrder`: prices, freight and available trade
    modes for cargo lines from several shops before `batchCreateAlibabaOrders`. The older
    English page (doc-en api-263477644) shows `POST /alibaba/order/create/previewbatch`; the
    /v2 path follows the prefix rule, as it held for the batch create. That page's body is the
    older batch-create body without the order options: `addressParam` (nine text fields, no
    `districtCode`) and `cargoParamList`, whose lines carry `offerId` (a number), `specId`,
    `quantity` (required there) and `sellerOpenId`; it has no `flow`. The /v2 pages showed only
    their menus.

    Alternatives, not yet settled by a page: the path `/v2/alibaba/order/batch/create/preview`
    (the earlier guess, from the siblings); cargo lines in the v2 style (`offerMapId` +
    `sellerOpenId`, as the v2 batch create's Chinese page shows) or the older one (numeric
    `offerId`), both accepted by `FastCargo`; and a response that is one preview object, as
    declared, or a list of previews, one per seller (the twin platform's shape).

    Args:
        body (BatchPreviewAlibabaOrdersRequest): Body of the batch preview as the older English
            page shows it, without `flow` (no page of this call has one; the twin platform's preview
            does: send it with `extra_body` if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchPreviewAlibabaOrdersResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: BatchPreviewAlibabaOrdersRequest,
) -> BatchPreviewAlibabaOrdersResponse | None:
    """Preview an order across several 1688 sellers

     Doc title: Preview data interface before order creation (different merchants)

    The multi-seller counterpart of `previewAlibabaOrder`: prices, freight and available trade
    modes for cargo lines from several shops before `batchCreateAlibabaOrders`. The older
    English page (doc-en api-263477644) shows `POST /alibaba/order/create/previewbatch`; the
    /v2 path follows the prefix rule, as it held for the batch create. That page's body is the
    older batch-create body without the order options: `addressParam` (nine text fields, no
    `districtCode`) and `cargoParamList`, whose lines carry `offerId` (a number), `specId`,
    `quantity` (required there) and `sellerOpenId`; it has no `flow`. The /v2 pages showed only
    their menus.

    Alternatives, not yet settled by a page: the path `/v2/alibaba/order/batch/create/preview`
    (the earlier guess, from the siblings); cargo lines in the v2 style (`offerMapId` +
    `sellerOpenId`, as the v2 batch create's Chinese page shows) or the older one (numeric
    `offerId`), both accepted by `FastCargo`; and a response that is one preview object, as
    declared, or a list of previews, one per seller (the twin platform's shape).

    Args:
        body (BatchPreviewAlibabaOrdersRequest): Body of the batch preview as the older English
            page shows it, without `flow` (no page of this call has one; the twin platform's preview
            does: send it with `extra_body` if needed).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchPreviewAlibabaOrdersResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
