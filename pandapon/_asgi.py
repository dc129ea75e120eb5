"""The few bytes of ASGI and WSGI the webhook receiver and the sandbox need: read a body within
a limit, write a short text answer."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

# The ASGI types, spelled as Starlette and httpx spell them.
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class BodyTooLarge(Exception):
    """The body is over the receiver's ``max_body_size``."""


async def asgi_body(receive: Receive, limit: int) -> bytes | None:
    """The request body, or None if the client disconnected; ``BodyTooLarge`` over ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        event = await receive()
        if event["type"] == "http.disconnect":
            return None
        chunk = event.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge
        chunks.append(chunk)
        if not event.get("more_body", False):
            return b"".join(chunks)


async def asgi_reply(
    send: Send,
    status: int,
    text: str,
    headers: Sequence[tuple[bytes, bytes]] = (),
) -> None:
    content = text.encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(content)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": content})


_REASONS = {
    200: "OK",
    400: "Bad Request",
    401: "Unauthorized",
    405: "Method Not Allowed",
    413: "Content Too Large",
    500: "Internal Server Error",
}


def wsgi_reply(
    start_response: Callable[..., Any],
    status: int,
    text: str,
    headers: Sequence[tuple[str, str]] = (),
) -> list[bytes]:
    content = text.encode()
    start_response(
        f"{status} {_REASONS.get(status, '')}".strip(),
        [
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Length", str(len(content))),
            *headers,
        ],
    )
    return [content]
