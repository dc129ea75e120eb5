"""PandaPon OpenAPI SDK: typed, safely retried calls to Taobao and 1688 purchasing.

import pandapon

with pandapon.PandaPon() as client:
    page = client.alibaba.products.search(keyword="T恤", page_size=5)
"""

from typing import TYPE_CHECKING, Any

from ._auth import PandaPonAuth
from ._client import AsyncPandaPon, PandaPon
from ._config import DEFAULT_BASE_URL, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    FieldError,
    InternalServerError,
    InvalidArgumentError,
    NotFoundError,
    PandaPonError,
    RateLimitError,
    RedirectError,
    RequestValidationError,
    ResponseTooLargeError,
    ResponseValidationError,
    ShapeWarning,
    SignatureError,
    SignatureVerificationError,
    TimestampError,
    UnknownOperationError,
    WebhookPayloadError,
)
from ._hooks import Attempt, Hooks
from ._logging import protect_third_party_logs as _protect_logs
from ._logging import setup_from_env as _setup_logging
from ._pagination import Page
from ._response import APIResponse, UncheckedResponse
from ._retry import RetryPolicy
from ._settle import Settlement
from ._signing import Signer, sign
from ._spec import Operation, operations
from ._validation import ValidationMode
from ._version import __version__

if TYPE_CHECKING:
    from ._evidence import EvidenceStore
    from ._money import money, money_fields, to_decimal
    from ._ratelimit import RateLimiter, RedisRateLimiter

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APITimeoutError",
    "AsyncPandaPon",
    "Attempt",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "EvidenceStore",
    "FieldError",
    "Hooks",
    "InternalServerError",
    "InvalidArgumentError",
    "NotFoundError",
    "Operation",
    "Page",
    "PandaPon",
    "PandaPonAuth",
    "PandaPonError",
    "RateLimitError",
    "RateLimiter",
    "RedirectError",
    "RedisRateLimiter",
    "RequestValidationError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "RetryPolicy",
    "Settlement",
    "ShapeWarning",
    "SignatureError",
    "SignatureVerificationError",
    "Signer",
    "TimestampError",
    "UncheckedResponse",
    "UnknownOperationError",
    "ValidationMode",
    "WebhookPayloadError",
    "__version__",
    "money",
    "money_fields",
    "operations",
    "sign",
    "to_decimal",
]

_setup_logging()
_protect_logs()

#: Loaded on first use (PEP 562): the money helpers bring decimal and the generated types; the
#: rate limiters, pyrate-limiter (an extra).
_LAZY = {
    "money": "_money",
    "money_fields": "_money",
    "to_decimal": "_money",
    "EvidenceStore": "_evidence",  # sqlite3: only for those who record evidence
    "RateLimiter": "_ratelimit",
    "RedisRateLimiter": "_ratelimit",
}


#: Old names, kept for one minor version (CHANGELOG.md, "Deprecated").
_DEPRECATED = {"RawResponse": ("UncheckedResponse", UncheckedResponse)}


def __getattr__(name: str) -> Any:
    if name in _DEPRECATED:
        from ._deprecation import deprecated  # noqa: PLC0415

        new, value = _DEPRECATED[name]
        deprecated(f"pandapon.{name}", f"pandapon.{new}")
        return value
    if name in _LAZY:
        import importlib  # noqa: PLC0415

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
