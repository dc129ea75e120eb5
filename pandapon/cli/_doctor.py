"""``pandapon doctor``: what a client will do from here, and whether it works.

Prints the SDK and spec versions, the base URL and why (production unless told otherwise),
which credentials are present (masked: the AccessSecret by its length only), the proxies in
effect for the base URL, the clock's offset from the server's ``Date``, and whether one signed,
free read call was accepted. Exit 0: the call was accepted; 1: it was refused or PandaPon could
not be reached; 2: it could not be tried (no credentials, a bad base URL).
"""

from __future__ import annotations

import argparse
import email.utils
import os
import platform
import time
import unicodedata
import urllib.request
from typing import Any

import httpx

import pandapon

from .._config import (
    DEFAULT_BASE_URL,
    ENV_ACCESS_KEY,
    ENV_ACCESS_SECRET,
    ENV_BASE_URL,
    ENV_EVIDENCE,
    ENV_USER_ID,
)
from .._spec import spec_hash, spec_version
from . import _output
from ._errors import API, USAGE

#: The signed call: a free read with no input.
PROBE = "listAlibabaLogisticsCompanies"
#: How far PandaPon lets a request's timestamp be from its clock (the docs' 600 s).
ALLOWED_SKEW = 600.0


def safe(text: str) -> str:
    """Text from outside (a proxy variable, a server's message) as it may reach a terminal:
    control and format characters escaped."""
    return "".join(
        c if unicodedata.category(c)[0] != "C" else f"\\u{ord(c):04x}" for c in str(text)
    )


def mask(value: str) -> str:
    """An id shown by its ends only (``58c0…cf03``)."""
    if len(value) < 10:
        return f"set ({len(value)} characters)"
    return f"{safe(value[:4])}…{safe(value[-4:])} ({len(value)} characters)"


def _base_url(args: argparse.Namespace) -> tuple[str, str]:
    if getattr(args, "base_url", None):
        return args.base_url, "given with --base-url"
    if os.environ.get(ENV_BASE_URL):
        return os.environ[ENV_BASE_URL], f"from {ENV_BASE_URL}"
    return DEFAULT_BASE_URL, f"production: no --base-url or {ENV_BASE_URL} given (real orders)"


def _credentials(args: argparse.Namespace) -> list[tuple[str, str]]:
    key = os.environ.get(ENV_ACCESS_KEY)
    secret = os.environ.get(ENV_ACCESS_SECRET)
    user = getattr(args, "user_id", None) or os.environ.get(ENV_USER_ID)
    return [
        (
            "access key",
            f"{mask(key)} ({ENV_ACCESS_KEY})" if key else f"missing: set {ENV_ACCESS_KEY}",
        ),
        (
            "access secret",
            f"set, {len(secret)} characters ({ENV_ACCESS_SECRET})"
            if secret
            else f"missing: set {ENV_ACCESS_SECRET}",
        ),
        ("user id", mask(user) if user else f"missing: set {ENV_USER_ID} or --user-id"),
    ]


def _without_password(url: str) -> str:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return "(not a URL)"
    if parsed.password or parsed.username:
        parsed = parsed.copy_with(username="***" if parsed.username else None, password=None)
    return safe(str(parsed))


def _proxies(base_url: str) -> str:
    """The proxy httpx takes from the environment for the base URL, or why none."""
    proxies = urllib.request.getproxies()
    try:
        url = httpx.URL(base_url)
    except httpx.InvalidURL:
        return "-"
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy:
        return "none"
    if _bypassed(url.host, proxies.get("no", "")):
        return f"{_without_password(proxy)}, but NO_PROXY lets {safe(url.host)} go direct"
    return f"{_without_password(proxy)} (from the environment)"


def _bypassed(host: str, no_proxy: str) -> bool:
    """Whether NO_PROXY sends ``host`` direct (``*``, the host, or a domain it is under)."""
    for entry in (e.strip().lstrip(".").lower() for e in no_proxy.split(",")):
        if entry == "*" or (entry and (host == entry or host.endswith(f".{entry}"))):
            return True
    return False


def _clock(date: str | None, sent: float, received: float) -> str:
    if not date:
        return "unknown: the answer had no Date header"
    try:
        server = email.utils.parsedate_to_datetime(date).timestamp()
    except (TypeError, ValueError, OverflowError, IndexError):
        return "unknown: the Date header could not be read"
    offset = server - (sent + received) / 2
    verdict = (
        "fine"
        if abs(offset) < ALLOWED_SKEW - 60
        else "too far: PandaPon refuses timestamps over 600 s off (the SDK corrects from Date "
        "after one refusal; fix the clock)"
    )
    return (
        f"the server's clock is {offset:+.0f} s from this one (Date has whole seconds): {verdict}"
    )


def run(args: argparse.Namespace, options: dict[str, Any]) -> int:
    base_url, why = _base_url(args)
    rows: list[tuple[str, str]] = [
        (
            "sdk",
            f"pandapon {pandapon.__version__} (Python {platform.python_version()}, "
            f"httpx {httpx.__version__})",
        ),
        ("spec", f"{safe(spec_version())} ({spec_hash()})"),
        ("base url", f"{safe(base_url)}: {why}"),
        *_credentials(args),
        ("proxies", _proxies(base_url)),
        ("evidence", safe(os.environ.get(ENV_EVIDENCE) or "not recorded (set PANDAPON_EVIDENCE)")),
    ]
    seen: dict[str, Any] = {}

    def keep(response: httpx.Response) -> None:
        seen["date"] = response.headers.get("date")
        seen["received"] = time.time()

    code = 0
    try:
        with (
            httpx.Client(event_hooks={"response": [keep]}) as http,
            pandapon.PandaPon(**options, http_client=http, max_retries=0, evidence=False) as client,
        ):
            sent = time.time()
            started = time.monotonic()
            raw = client.call_unchecked(PROBE)
            took = (time.monotonic() - started) * 1000
        envelope = raw.json if isinstance(raw.json, dict) else {}
        answer_code = envelope.get("code")
        accepted = raw.http_status < 300 and answer_code in (200, 0, None)
        said = f"HTTP {raw.http_status}, code {safe(str(answer_code))}"
        if not accepted:
            said += f", {safe(str(envelope.get('msg') or ''))[:120]}"
            code = API
        rows.append(("clock", _clock(seen.get("date"), sent, seen.get("received", sent))))
        rows.append(
            (
                "signed call",
                f"{PROBE}: {'accepted' if accepted else 'REFUSED'} ({said}, {took:.0f} ms)",
            )
        )
    except pandapon.ConfigurationError as error:
        rows.append(("signed call", f"not tried: {safe(str(error))}"))
        code = USAGE
    except pandapon.APIConnectionError as error:
        rows.append(("signed call", f"PandaPon could not be reached: {safe(str(error))}"))
        code = API
    if args.json:
        _output.emit_json({"exit_code": code, **dict(rows)})
    else:
        _output.fields(rows)
    return code
