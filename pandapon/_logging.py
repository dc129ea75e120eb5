"""The ``pandapon`` logger, the line each attempt logs, and redaction of what must never be
logged."""

from __future__ import annotations

import logging
import os
import re
import time
from typing import TYPE_CHECKING

from ._config import ENV_LOG

if TYPE_CHECKING:
    from ._spec import Operation

logger = logging.getLogger("pandapon")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}
_SIGN_IN_QUERY = re.compile(r"(?i)(\bsign=)[^&]*")


def setup_from_env() -> None:
    """``PANDAPON_LOG=debug|info`` turns the logger on (to stderr) without any code."""
    level = _LEVELS.get(os.environ.get(ENV_LOG, "").strip().lower())
    if level is None:
        return
    logger.setLevel(level)
    if not any(getattr(h, "_pandapon", False) for h in logger.handlers):
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        handler._pandapon = True  # type: ignore[attr-defined]
        logger.addHandler(handler)


class _RedactSign(logging.Filter):
    """httpx logs every request URL at INFO; on warehouse-logistics calls it holds ``sign=``."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(
                redact_url(str(arg)) if "sign=" in str(arg) else arg for arg in record.args
            )
        if isinstance(record.msg, str) and "sign=" in record.msg:
            record.msg = redact_url(record.msg)
        return True


def protect_third_party_logs() -> None:
    """Redact signatures from the logs of the HTTP libraries the SDK drives (idempotent); and
    from uvicorn's access log, which shows each request's query when the sandbox serves it."""
    for name in ("httpx", "httpcore", "uvicorn.access"):
        third_party = logging.getLogger(name)
        if not any(isinstance(f, _RedactSign) for f in third_party.filters):
            third_party.addFilter(_RedactSign())


def redact_url(url: str) -> str:
    """The URL with the value of a ``sign`` query parameter replaced (it is the signature)."""
    return _SIGN_IN_QUERY.sub(r"\1***", url)


def log_attempt(
    op: Operation, attempt: int, started: float, outcome: str, request_id: str | None
) -> None:
    """One line per attempt: method, path (never the query: it may hold the signature),
    outcome, request id and duration."""
    if logger.isEnabledFor(logging.INFO):
        logger.info(
            "%s %s -> %s request_id=%s %.0fms attempt=%d",
            op.method,
            op.path,
            outcome,
            request_id or "-",
            (time.monotonic() - started) * 1000,
            attempt + 1,
        )
