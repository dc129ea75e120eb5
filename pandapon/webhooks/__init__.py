"""PandaPon message callbacks: verify, parse, deduplicate and serve them.

PandaPon POSTs order price changes, order status changes and refunds to your HTTPS URL, signed
in ``Authorization`` (hex HMAC-SHA256 keyed with the AccessSecret, of the raw body or of the
AccessKey followed by it: the docs leave the base undefined, so either is accepted by default and
``message.signature_base`` says which matched). It wants HTTP 200
within 1000 ms, retries every 30 minutes up to 5 times, and does not keep the order of messages.

    from pandapon.webhooks import AlibabaOrderPriceModified, Receiver

    receiver = Receiver(access_secret)          # an ASGI app; receiver.wsgi is the WSGI one

    @receiver.on(AlibabaOrderPriceModified)
    def price_changed(message: AlibabaOrderPriceModified) -> None:
        ...                                     # runs after the 200; re-read the order here

Deduplication is in memory by default; ``Receiver(store=SQLiteStore("pushes.db"))`` keeps it
across restarts, and ``RedisStore`` or ``PostgresStore`` share it between replicas behind a load
balancer. A signed push that cannot be taken in is answered 200 and quarantined in the store
(``receiver.quarantined()``). Lower level: ``verify_signature``, ``parse``,
``construct_message`` (both, plus the age check). See docs/webhooks.md.
"""

from .._exceptions import SignatureVerificationError, WebhookPayloadError
from ._construct import DEFAULT_TOLERANCE, StaleMessageError, construct_message
from ._messages import (
    AlibabaOrderPriceModified,
    AlibabaOrderRefund,
    AlibabaOrderStatusChanged,
    Message,
    OrderPriceModified,
    OrderRefund,
    OrderStatusChanged,
    TaobaoOrderPriceModified,
    TaobaoOrderRefund,
    TaobaoOrderStatusChanged,
    UnknownMessage,
    parse,
)
from ._postgres import PostgresStore
from ._receiver import Outcome, Receiver
from ._redis import RedisStore
from ._signature import SIGNATURE_BASES, SignatureBase, sign_payload, verify_signature
from ._sqlite import DEFAULT_INTERRUPTED_AFTER, SQLiteStore
from ._store import (
    DEFAULT_TTL,
    FailedMessage,
    InMemoryStore,
    MessageStore,
    QuarantinedMessage,
    QuarantineStore,
    message_key,
)

__all__ = [
    "DEFAULT_INTERRUPTED_AFTER",
    "DEFAULT_TOLERANCE",
    "DEFAULT_TTL",
    "SIGNATURE_BASES",
    "AlibabaOrderPriceModified",
    "AlibabaOrderRefund",
    "AlibabaOrderStatusChanged",
    "FailedMessage",
    "InMemoryStore",
    "Message",
    "MessageStore",
    "OrderPriceModified",
    "OrderRefund",
    "OrderStatusChanged",
    "Outcome",
    "PostgresStore",
    "QuarantineStore",
    "QuarantinedMessage",
    "Receiver",
    "RedisStore",
    "SQLiteStore",
    "SignatureBase",
    "SignatureVerificationError",
    "StaleMessageError",
    "TaobaoOrderPriceModified",
    "TaobaoOrderRefund",
    "TaobaoOrderStatusChanged",
    "UnknownMessage",
    "WebhookPayloadError",
    "construct_message",
    "message_key",
    "parse",
    "sign_payload",
    "verify_signature",
]
