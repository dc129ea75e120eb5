"""What a call hands back besides its data: ``APIResponse`` (``client.with_raw_response``: the
HTTP answer with its metadata and the parsed data) and ``UncheckedResponse``
(``call_unchecked``: the whole answer, nothing unwrapped, nothing raised)."""

from __future__ import annotations

import datetime
import json
import time
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Generic, Literal, TypeVar

import httpx

from ._decode import envelope_request_id, read_json
from ._request import redacted

T = TypeVar("T")

#: What a send returns: the envelope's data, the whole answer unchecked (``call_unchecked``),
#: the data with the HTTP metadata (``with_raw_response``), or the envelope's data as the
#: server sent it, JSON values without models (``pandapon.bulk``'s default).
Returns = Literal["data", "unchecked", "response", "plain"]


class APIResponse(Generic[T]):
    """PandaPon's answer to one successful call: the HTTP response's metadata, and its ``data``.

    >>> response = client.with_raw_response.alibaba.orders.cancel(web_site="1688", order_id=1)
    >>> response.request_id, response.headers["date"], response.parse()
    """

    def __init__(
        self,
        http_response: httpx.Response,
        data: T,
        *,
        retries: int,
        elapsed: datetime.timedelta,
    ) -> None:
        self.http_response = http_response
        self._data = data
        #: How many times the call was sent again before this answer (0: the first attempt).
        self.retries = retries
        #: From sending this attempt to its answer being read and checked.
        self.elapsed = elapsed

    @property
    def http_status(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @cached_property
    def request_id(self) -> str | None:
        """The envelope's ``requestId``, to quote when asking PandaPon about the call (read
        from the body once, on first use)."""
        return envelope_request_id(self.json())

    def json(self) -> Any:
        """The whole envelope as JSON."""
        return json.loads(self.http_response.content)

    def parse(self) -> T:
        """The envelope's ``data`` as the typed model (what the plain method returns)."""
        return self._data

    def __repr__(self) -> str:
        return f"<APIResponse [{self.http_status}] request_id={self.request_id!r}>"


@dataclass(frozen=True)
class UncheckedResponse:
    """PandaPon's whole answer to a call (``call_unchecked``): nothing unwrapped, nothing
    raised; error envelopes and answers of any shape included."""

    http_status: int
    text: str
    json: Any
    request_id: str | None

    @classmethod
    def of(cls, response: httpx.Response) -> UncheckedResponse:
        payload, _ = read_json(response)
        return cls(response.status_code, response.text, payload, envelope_request_id(payload))


def returned(
    returns: Returns,
    response: httpx.Response,
    data: Any,
    retries: int,
    started: float,
    *,
    request_id: str | None = None,
) -> Any:
    """What a successful send gives its caller, by what it was asked to return. A model
    returned as data (or each model of a list; ``APIResponse.parse()`` too) carries the
    answer's ``_request_id``."""
    for model in data if isinstance(data, list) else (data,):
        if hasattr(model, "_request_id"):  # a generated model: not a str, dict or None
            model._request_id = request_id
    if returns in {"data", "plain"}:
        return data
    if returns == "unchecked":
        return UncheckedResponse.of(response)
    elapsed = datetime.timedelta(seconds=time.monotonic() - started)
    response.request = redacted(response.request)  # handed out: no signature in it
    return APIResponse(response, data, retries=retries, elapsed=elapsed)
