"""A scripted PandaPon for tests: an ``httpx.MockTransport`` handler that records every request.

It stands in for the network only; everything on the SDK's side runs for real.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx

import pandapon

KEY = "test-access-key"
SECRET = "test-access-secret-0123456789"
USER = "2100007341207"
FAST = pandapon.RetryPolicy(initial_delay=0.0, max_delay=0.0, max_retry_after=0.05)

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def envelope(
    data: Any = None, *, code: Any = 200, msg: str = "成功", **extra: Any
) -> dict[str, Any]:
    return {
        "requestId": "0f1e2d3c4b5a",
        "code": code,
        "developId": "1110890638347337996",
        "msg": msg,
        "data": data,
        **extra,
    }


def ok(data: Any = None, **headers: str) -> httpx.Response:
    return httpx.Response(200, json=envelope(data), headers=headers)


class FakePandaPon:
    """Answers with the scripted replies in order (the last one repeats) and records requests."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies) or [ok()]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, Exception):
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return reply

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class SyncSDK:
    """Drives ``PandaPon``; ``AsyncSDK`` drives ``AsyncPandaPon`` through the same methods."""

    kind = "sync"

    def __init__(self, fake: FakePandaPon, **options: Any) -> None:
        options.setdefault("retry_policy", FAST)
        self.client: Any = pandapon.PandaPon(
            KEY,
            SECRET,
            USER,
            http_client=httpx.Client(transport=httpx.MockTransport(fake)),
            **options,
        )

    def call(self, *args: Any, **kwargs: Any) -> Any:
        return self.client.call(*args, **kwargs)

    def paginate(self, *args: Any, **kwargs: Any) -> list[Any]:
        return list(self.client.paginate(*args, **kwargs))

    def run(self, action: Callable[[Any], Any]) -> Any:
        """Run ``action(client)``; iterators are drained into lists."""
        result = action(self.client)
        if hasattr(result, "__next__"):
            return list(result)
        return result


class AsyncSDK(SyncSDK):
    kind = "async"

    def __init__(self, fake: FakePandaPon, **options: Any) -> None:
        options.setdefault("retry_policy", FAST)
        self.client = pandapon.AsyncPandaPon(
            KEY,
            SECRET,
            USER,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(fake)),
            **options,
        )

    def call(self, *args: Any, **kwargs: Any) -> Any:
        return asyncio.run(self.client.call(*args, **kwargs))

    def paginate(self, *args: Any, **kwargs: Any) -> list[Any]:
        async def collect() -> list[Any]:
            return [item async for item in self.client.paginate(*args, **kwargs)]

        return asyncio.run(collect())

    def run(self, action: Callable[[Any], Any]) -> Any:
        result = action(self.client)
        if inspect.isawaitable(result):
            return asyncio.run(_await(result))
        if hasattr(result, "__anext__"):

            async def collect() -> list[Any]:
                return [item async for item in result]

            return asyncio.run(collect())
        return result


async def _await(awaitable: Any) -> Any:
    return await awaitable
