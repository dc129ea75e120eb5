"""Signing of every request, as an ``httpx.Auth``, and the clock it signs with.

The auth flow runs once per attempt, so each retry gets a fresh timestamp, nonce and signature;
the generated functions can use it directly (``Client(httpx_args={"auth": auth})``).
"""

from __future__ import annotations

import email.utils
import re
import time
from collections.abc import Callable, Generator, Mapping
from functools import cache
from typing import Any

import httpx

from ._exceptions import ConfigurationError
from ._logging import logger
from ._request import redacted
from ._signing import Signer, new_nonce, sign, timestamp_ms
from ._spec import path_pattern, query_signed_paths, system_headers

#: The largest clock error the client corrects from a server's Date header (30 days).
MAX_CLOCK_OFFSET = 30 * 24 * 3600


class Clock:
    """Wall clock plus an offset, shared by a client and its ``with_options`` copies."""

    def __init__(self, offset: float = 0.0) -> None:
        self.offset = offset

    def now(self) -> float:
        return time.time() + self.offset

    def learn(self, response: httpx.Response) -> None:
        """Adopt the server's clock from its ``Date`` header (used after a timestamp rejection)."""
        date = response.headers.get("date")
        if not date:
            return
        try:
            server = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError, OverflowError, IndexError):
            return
        offset = server - time.time()
        if abs(offset) > MAX_CLOCK_OFFSET:
            # A Date years away is a broken or hostile answer, not a clock to sign with.
            logger.warning("ignoring a Date header %+.0f s from the local clock", offset)
            return
        self.offset = offset
        logger.warning("clock offset learned from the server's Date header: %+.1f s", self.offset)


@cache
def _query_signed_pattern() -> re.Pattern[str]:
    templates = sorted(query_signed_paths())
    # Non-capturing: the same group name may stand in several templates.
    alternatives = "|".join(
        re.sub(r"\(\?P<[^>]+>", "(?:", path_pattern(template)) for template in templates
    )
    return re.compile(f"(?:{alternatives})$" if alternatives else r"(?!)")


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return url.scheme, url.host, url.port


class SigningGuard:
    """An httpx request hook: a request to another host than ``origin`` leaves without the
    signed headers and the ``timestamp``/``sign`` query. httpx runs it for every request it
    sends, redirects included (which copy the headers of the request they follow), so a
    redirect elsewhere can never carry a signature or the credentials' names there."""

    def __init__(self, origin: str | httpx.URL) -> None:
        self._origin = _origin(httpx.URL(str(origin)))

    def __call__(self, request: httpx.Request) -> None:
        if _origin(request.url) == self._origin:
            return
        for name in system_headers():
            request.headers.pop(name, None)
        request.url = request.url.copy_remove_param("sign").copy_remove_param("timestamp")

    async def on_async_request(self, request: httpx.Request) -> None:
        self(request)

    def shielded(
        self, hooks: Mapping[str, list[Callable[..., Any]]], *, is_async: bool
    ) -> dict[str, list[Callable[..., Any]]]:
        """A user's ``event_hooks``, each shown the request to ``origin`` without its
        signature (header and ``sign`` query), so a hook that logs URLs or headers cannot leak
        it; httpx runs request hooks after signing. A response hook gets the response with its
        ``request`` so redacted."""
        return {
            kind: [self._shield(kind, hook, is_async) for hook in hooks.get(kind, [])]
            for kind in ("request", "response")
        }

    def _shield(self, kind: str, hook: Callable[..., Any], is_async: bool) -> Callable[..., Any]:
        def seen(event: httpx.Request | httpx.Response) -> httpx.Request | httpx.Response:
            if isinstance(event, httpx.Response):
                if _origin(event.request.url) == self._origin:
                    event.request = unsigned(event.request)
                return event
            return unsigned(event) if _origin(event.url) == self._origin else event

        if is_async:

            async def shown_async(event: Any) -> Any:
                return await hook(seen(event))

            return shown_async

        def shown(event: Any) -> Any:
            return hook(seen(event))

        return shown


def unsigned(request: httpx.Request) -> httpx.Request:
    """A copy of ``request`` (its body included, when read) without the signature."""
    try:
        content: bytes | None = request.content
    except httpx.RequestNotRead:
        content = None
    return redacted(request, content)


class PandaPonAuth(httpx.Auth):
    """Adds the five PandaPon system headers (and, where the docs ask, ``?timestamp&sign``)."""

    def __init__(
        self,
        access_key: str,
        access_secret: str,
        user_id: str,
        *,
        signer: Signer = sign,
        clock: Callable[[], float] | None = None,
        nonce: Callable[[], str] = new_nonce,
    ) -> None:
        self.access_key = access_key
        self._access_secret = access_secret
        self.user_id = user_id
        self._signer = signer
        self._clock = clock
        self._nonce = nonce

    def __repr__(self) -> str:
        # The secret and signatures never appear in reprs or logs.
        return (
            f"PandaPonAuth(access_key={self.access_key!r}, user_id={self.user_id!r}, "
            "access_secret='***')"
        )

    def sign_request(self, request: httpx.Request) -> httpx.Request:
        timestamp = timestamp_ms(self._clock() if self._clock else None)
        nonce = self._nonce()
        signature = self._signer(self.access_key, timestamp, nonce, self._access_secret)
        if not isinstance(signature, str) or not signature.isprintable():
            # Never shown: it may be a wrong but real signature.
            raise ConfigurationError(
                f"the signer must return a printable str, returned a {type(signature).__name__}"
            )
        request.headers["access-key"] = self.access_key
        request.headers["timestamp"] = timestamp
        request.headers["nonce-str"] = nonce
        request.headers["user-id"] = self.user_id
        request.headers["signature"] = signature
        if _query_signed_pattern().search(request.url.path):
            request.url = request.url.copy_merge_params({"timestamp": timestamp, "sign": signature})
        return request

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        yield self.sign_request(request)
