"""Typed messages, and ``parse``: the raw body of a push in, one message object out.

Which message types exist, which class each belongs to and which generated model reads its body
all come from the spec shipped in ``pandapon_api/openapi.json``: each webhook's
``x-pandapon-message-types`` and its payload schema. The classes below only give the six webhooks
typed names; a webhook the spec gains later parses into ``UnknownMessage`` until it gets one.
"""

from __future__ import annotations

import importlib
import json
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from .._exceptions import WebhookPayloadError
from .._shape import inspect, report, webhook_node
from .._spec import document

if TYPE_CHECKING:  # imported on first use (~0.25 s); named in the base classes' string arguments
    from pandapon_api.models import (  # noqa: F401
        AlibabaBuyerViewOrder,
        AlibabaOrderRefundMessageBody,
        AlibabaOrderStatusMessageBody,
        TaobaoOrderPriceModifyMessageBody,
        TaobaoOrderRefundMessageBody,
        TaobaoOrderStatusMessageBody,
    )

BodyT = TypeVar("BodyT")

_PLATFORMS = {0: "taobao", 1: "1688"}
_TYPE_PREFIXES = {"TAOBAO_": "taobao", "1688_": "1688"}
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_MESSAGE_TYPE = re.compile(r"[A-Za-z0-9_]{1,64}")
logger = logging.getLogger("pandapon.webhooks")
# Epoch seconds stay below 1e11 until the year 5138; anything larger is milliseconds.
_MILLISECONDS_FROM = 10**11
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Message(Generic[BodyT]):
    """One message PandaPon pushed.

    ``platform`` is "taobao" or "1688" (None if nothing says which); ``timestamp`` is the push
    time as a timezone-aware datetime, or None when it is absent or cannot be placed in time
    (a date-time without a zone): ``timestamp_raw`` keeps what arrived. ``body`` is the
    generated model of ``messageBody`` (decoded first when it arrives as a JSON string), None when
    there is no object body; ``raw`` is the whole envelope as received.
    """

    message_type: str | None
    platform: str | None
    timestamp: datetime | None
    timestamp_raw: Any
    body: BodyT
    raw: dict[str, Any] = field(repr=False)
    #: Which signature base verified the message (``"body"`` or ``"key+body"``), when it came
    #: through ``construct_message`` or a ``Receiver``; None from ``parse`` alone.
    signature_base: str | None = field(default=None, compare=False)

    #: The spec's webhook (``webhooks.<name>``) this class stands for.
    webhook: ClassVar[str | None] = None


class OrderPriceModified(Message[BodyT]):
    """An order's price changed (either platform)."""


class OrderStatusChanged(Message[BodyT]):
    """An order's status changed (either platform). Re-read the order: ordering is not kept."""


class OrderRefund(Message[BodyT]):
    """A refund (after-sales) changed (either platform)."""


class TaobaoOrderPriceModified(OrderPriceModified["TaobaoOrderPriceModifyMessageBody | None"]):
    webhook = "taobaoOrderPriceModified"


class TaobaoOrderStatusChanged(OrderStatusChanged["TaobaoOrderStatusMessageBody | None"]):
    webhook = "taobaoOrderStatusChanged"


class TaobaoOrderRefund(OrderRefund["TaobaoOrderRefundMessageBody | None"]):
    webhook = "taobaoOrderRefund"


class AlibabaOrderPriceModified(OrderPriceModified["AlibabaBuyerViewOrder | None"]):
    """The whole 1688 buyer-view order after the change."""

    webhook = "alibabaOrderPriceModified"


class AlibabaOrderStatusChanged(OrderStatusChanged["AlibabaOrderStatusMessageBody | None"]):
    webhook = "alibabaOrderStatusChanged"


class AlibabaOrderRefund(OrderRefund["AlibabaOrderRefundMessageBody | None"]):
    webhook = "alibabaOrderRefund"


class UnknownMessage(Message[Any]):
    """A message type the spec does not know; ``body`` is the decoded JSON (or the raw string)."""


KNOWN_CLASSES: tuple[type[Message[Any]], ...] = (
    TaobaoOrderPriceModified,
    TaobaoOrderStatusChanged,
    TaobaoOrderRefund,
    AlibabaOrderPriceModified,
    AlibabaOrderStatusChanged,
    AlibabaOrderRefund,
)


@dataclass(frozen=True)
class _Kind:
    cls: type[Message[Any]]
    model: Any  # the generated attrs class that reads the body
    platform: str

    @property
    def webhook(self) -> str:
        return str(self.cls.webhook)


def parse(body: bytes | str) -> Message[Any]:
    """Read a pushed message. Unknown message types give an ``UnknownMessage``, never an error.

    Raises ``WebhookPayloadError`` only when the body is not a JSON object. A message of
    another shape than the spec's is read as sent (a field of another JSON type keeps its
    value), with a ``ShapeWarning`` naming the webhook and the JSON path, as for answers.
    """
    raw = _load_object(body)
    message_type = raw.get("messageType")
    if not isinstance(message_type, str):
        message_type = None
    kind = message_types().get(message_type) if message_type is not None else None
    content = _decode(raw.get("messageBody"))
    stamp = raw.get("timestamp")
    if kind is None or message_type is None:
        return UnknownMessage(
            message_type=message_type,
            platform=_platform_of(raw),
            timestamp=read_timestamp(stamp),
            timestamp_raw=stamp,
            body=content,
            raw=raw,
        )
    deviations = inspect(webhook_node(kind.webhook), raw).deviations
    if deviations:
        report(kind.webhook, deviations, what="message")
    return kind.cls(
        message_type=message_type,
        platform=kind.platform,
        timestamp=read_timestamp(stamp),
        timestamp_raw=stamp,
        body=_read_body(kind.model, content, message_type),
        raw=raw,
    )


def webhook_of(message: Message[Any]) -> str:
    """The name evidence records a message under: its spec webhook, else ``message:<type>``
    (a type that does not look like one becomes ``*``)."""
    if message.webhook is not None:
        return message.webhook
    text = message.message_type or ""
    return "message:" + (text if _MESSAGE_TYPE.fullmatch(text) else "*")


@cache
def message_types() -> dict[str, _Kind]:
    """Message type name -> its class and body model, from the spec's webhooks."""
    doc = document()
    models = importlib.import_module("pandapon_api.models")
    classes = {cls.webhook: cls for cls in KNOWN_CLASSES}
    table: dict[str, _Kind] = {}
    for name, item in doc.get("webhooks", {}).items():
        operation = item.get("post", {})
        cls = classes.get(name)
        if cls is None:
            continue
        model = getattr(models, _body_schema(doc, operation))
        platform = str(operation.get("x-pandapon-doc", {}).get("menu", "")).split("/")[0]
        for message_type in operation.get("x-pandapon-message-types", []):
            table[message_type] = _Kind(cls, model, platform)
    return table


def _body_schema(doc: dict[str, Any], operation: dict[str, Any]) -> str:
    """The schema name of ``messageBody`` in the webhook's payload (its first ``$ref`` option)."""
    payload = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = doc["components"]["schemas"][payload.rsplit("/", 1)[1]]
    for part in schema.get("allOf", [schema]):
        options = part.get("properties", {}).get("messageBody", {}).get("anyOf", [])
        for option in options:
            if "$ref" in option:
                return str(option["$ref"]).rsplit("/", 1)[1]
    raise LookupError(f"payload schema {payload} has no messageBody $ref")


def read_timestamp(value: Any) -> datetime | None:
    """Epoch seconds or milliseconds (number or digits), or ISO 8601 with a zone; else None.

    A date-time without a zone gives None rather than a guess: a wrong guess (UTC vs China time)
    would shift it by 8 hours and make the tolerance check reject every message.
    """
    if isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        value = float(value) if "." in value else int(value)
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        milliseconds = value if abs(value) >= _MILLISECONDS_FROM else value * 1000
        try:
            return _EPOCH + timedelta(milliseconds=milliseconds)
        except (OverflowError, ValueError):
            return None
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            return None
        return parsed if parsed.tzinfo is not None else None
    return None


def decoded_body(raw: dict[str, Any]) -> Any:
    """``messageBody`` with a JSON-encoded string decoded (used for the deduplication key)."""
    return _decode(raw.get("messageBody"))


def _load_object(body: bytes | str) -> dict[str, Any]:
    if not isinstance(body, bytes | bytearray | str):
        raise TypeError(f"body must be the message body as bytes or str, not {type(body).__name__}")
    try:
        loaded = json.loads(body)
    except UnicodeDecodeError as exc:
        raise WebhookPayloadError(f"the message body is not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise WebhookPayloadError(
            f"the message body is not valid JSON ({exc.msg} at line {exc.lineno} column"
            f" {exc.colno})"
        ) from None
    except RecursionError:
        raise WebhookPayloadError("the message body is nested too deeply to read") from None
    except ValueError as exc:  # Python's limit on an integer's digits (4300 by default)
        raise WebhookPayloadError(
            f"the message body holds a number too long to read ({exc})"
        ) from None
    if not isinstance(loaded, dict):
        raise WebhookPayloadError(
            f"the message body must be a JSON object, not {type(loaded).__name__}"
        )
    return loaded


def _decode(content: Any) -> Any:
    # The twin platform sends messageBody as a JSON-encoded string; the docs show an object.
    if isinstance(content, str):
        try:
            decoded = json.loads(content)
        except (ValueError, RecursionError):
            return content
        return decoded if isinstance(decoded, dict) else content
    return content


def _read_body(model: Any, content: Any, message_type: str) -> Any:
    """The body's model; the object as sent if the model cannot be built from it (a verified
    push is never refused for its shape: the handlers get it)."""
    if not isinstance(content, dict):
        return None
    try:
        return model.from_dict(content)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        logger.warning(
            "the messageBody of %s does not fit %s (%s): kept as sent",
            message_type if _MESSAGE_TYPE.fullmatch(message_type) else "a message",
            model.__name__,
            type(exc).__name__,
        )
        return content


def _platform_of(raw: dict[str, Any]) -> str | None:
    platform = raw.get("messagePlatform")
    if isinstance(platform, int) and not isinstance(platform, bool) and platform in _PLATFORMS:
        return _PLATFORMS[platform]
    message_type = raw.get("messageType")
    if isinstance(message_type, str):
        for prefix, name in _TYPE_PREFIXES.items():
            if message_type.upper().startswith(prefix):
                return name
    return None
