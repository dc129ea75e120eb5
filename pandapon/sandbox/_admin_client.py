"""A small client for the sandbox's test controls (``/_sandbox/...``)."""

from __future__ import annotations

import time
from typing import Any

import httpx


class SandboxAdminError(Exception):
    pass


class SandboxAdmin:
    def __init__(self, base_url: str, *, timeout: float = 10.0) -> None:
        self._http = httpx.Client(
            base_url=f"{base_url.rstrip('/')}/_sandbox",
            timeout=timeout,
            headers={"X-PandaPon-Sandbox": "1"},  # the test controls refuse a POST without it
        )

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self._http.request(method, path, json=body)
        payload = response.json()
        if response.status_code != 200:
            raise SandboxAdminError(f"{method} {path}: {payload.get('error', payload)}")
        return payload

    def health(self) -> bool:
        return bool(self._call("GET", "/health").get("ok"))

    def wait_ready(self, timeout: float = 20.0) -> None:
        """Wait until the sandbox answers (after starting it as a separate process)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                if self.health():
                    return
            except (httpx.HTTPError, SandboxAdminError):
                pass
            if time.monotonic() > deadline:
                raise SandboxAdminError(f"the sandbox did not answer within {timeout:g} s")
            time.sleep(0.05)

    def reset(self) -> None:
        self._call("POST", "/reset")

    def _rows(self, what: str, limit: int | None) -> list[dict[str, Any]]:
        result: list[dict[str, Any]] = self._call(
            "GET", f"/{what}" + (f"?limit={limit}" if limit is not None else "")
        )
        return result

    def orders(self, limit: int | None = None) -> list[dict[str, Any]]:
        """Orders of both platforms (1688's, then Taobao's, each newest first): platform,
        orderId, status, history, ..."""
        return self._rows("orders", limit)

    def refunds(self, limit: int | None = None) -> list[dict[str, Any]]:
        return self._rows("refunds", limit)

    def products(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The catalogues: platform, productId (the encoded id), number (the URL's), title..."""
        return self._rows("products", limit)

    def carts(self, limit: int | None = None) -> list[dict[str, Any]]:
        return self._rows("carts", limit)

    def requests(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The last API requests, newest first: method, path, operation, status, code and the
        signature check's verdict."""
        return self._rows("requests", limit)

    def faults(self) -> list[dict[str, Any]]:
        """Injected faults not used up yet."""
        return self._rows("faults", None)

    def ship(self, platform: str, order_id: object) -> str:
        return str(self._call("POST", f"/orders/{platform}/{order_id}/ship")["status"])

    def deliver(self, platform: str, order_id: object) -> str:
        return str(self._call("POST", f"/orders/{platform}/{order_id}/deliver")["status"])

    def change_order_price(self, platform: str, order_id: object, total_fen: int) -> str:
        path = f"/orders/{platform}/{order_id}/price"
        return str(self._call("POST", path, {"total": total_fen})["status"])

    def complete_refund(self, platform: str, refund_id: object) -> str:
        return str(self._call("POST", f"/refunds/{platform}/{refund_id}/complete")["status"])

    def set_product_price(self, platform: str, product_id: str, price: object) -> None:
        self._call("POST", f"/products/{platform}/{product_id}/price", {"price": price})

    def inject_fault(
        self,
        kind: str,
        *,
        count: int = 1,
        operation_id: str | None = None,
        seconds: float = 0.0,
        retry_after: float | None = None,
    ) -> None:
        """Make the next ``count`` authenticated requests (of one operation, if given) fail
        this way: ``delay`` (``seconds``, at most 300), ``error`` (HTTP 500), ``rate_limit``
        (429 + Retry-After), ``drop_after_commit`` (processed, then the connection drops),
        ``malformed_json``."""
        self._call(
            "POST",
            "/faults",
            {
                "kind": kind,
                "count": count,
                "operationId": operation_id,
                "seconds": seconds,
                "retryAfter": retry_after,
            },
        )

    def callbacks(self) -> list[dict[str, Any]]:
        """Every pushed message: attempts, delivered, last_answer, next_attempt (epoch s)."""
        return self._rows("callbacks", None)

    def close(self) -> None:
        self._http.close()
