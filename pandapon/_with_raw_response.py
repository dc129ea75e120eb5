"""``client.with_raw_response``: the typed resource tree, answering with :class:`APIResponse`
(the HTTP answer's metadata and the parsed data), as openai-python's ``with_raw_response``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pandapon_api.raw_resources import AsyncRawResources, SyncRawResources

from ._request import CallOptions
from ._response import APIResponse

if TYPE_CHECKING:
    from ._client import AsyncPandaPon, PandaPon


class WithRawResponse(SyncRawResources):
    def __init__(self, client: PandaPon) -> None:
        self._pandapon = client

    def call(self, operation_id: str, body: Any = None, **options: Any) -> APIResponse[Any]:
        params = options.pop("params", None)
        call = self._pandapon._prepare(operation_id, body, params, CallOptions(**options))
        response: APIResponse[Any] = self._pandapon._send(call, "response")
        return response


class AsyncWithRawResponse(AsyncRawResources):
    def __init__(self, client: AsyncPandaPon) -> None:
        self._pandapon = client

    async def call(self, operation_id: str, body: Any = None, **options: Any) -> APIResponse[Any]:
        params = options.pop("params", None)
        call = self._pandapon._prepare(operation_id, body, params, CallOptions(**options))
        response: APIResponse[Any] = await self._pandapon._send(call, "response")
        return response
