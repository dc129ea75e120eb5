"""pytest plugin: a local PandaPon for your own tests (``pip install 'pandapon[testing]'``).

Installed with the package and loaded by pytest through its ``pytest11`` entry point; it only
defines fixtures, so it costs nothing in test runs that do not ask for them::

    def test_checkout(pandapon_sandbox):
        client = pandapon_sandbox.client               # a PandaPon bound to the sandbox
        order = place_my_order(client)                 # your code under test
        pandapon_sandbox.advance_order("1688", order.order_id, to="shipped")
        pandapon_sandbox.inject_fault("error", operation_id="cancelAlibabaOrder")

One sandbox serves the whole session (``pandapon_sandbox_server``), reset to its seed before
each test. Override ``pandapon_sandbox_config`` in your conftest.py to change its settings
(a ``callback_url`` for pushes to your receiver, credentials, a seed). Disable the plugin with
``-p no:pandapon``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import pytest

if TYPE_CHECKING:
    import httpx

    from . import AsyncPandaPon, PandaPon
    from .sandbox import RunningSandbox, SandboxAdmin, SandboxConfig

__all__ = [
    "SandboxFixture",
    "pandapon_sandbox",
    "pandapon_sandbox_config",
    "pandapon_sandbox_server",
]

_MISSING = "the pandapon_sandbox fixture needs the testing extra: pip install 'pandapon[testing]'"


class SandboxFixture:
    """What ``pandapon_sandbox`` gives a test: the sandbox's URL and credentials, clients bound
    to it, and its controls (the seller's side, faults, message pushes)."""

    def __init__(self, server: RunningSandbox) -> None:
        self._server = server
        self._clients: list[PandaPon | AsyncPandaPon] = []
        self._client: PandaPon | None = None

    @property
    def url(self) -> str:
        return self._server.url

    @property
    def config(self) -> SandboxConfig:
        return self._server.config

    @property
    def admin(self) -> SandboxAdmin:
        """Every control of the sandbox (``pandapon.sandbox.SandboxAdmin``)."""
        return self._server.admin

    @property
    def env(self) -> dict[str, str]:
        """The ``PANDAPON_*`` variables that point the SDK and the ``pandapon`` command here
        (``monkeypatch.setenv`` them, or pass them to a subprocess)."""
        config = self.config
        return {
            "PANDAPON_BASE_URL": self.url,
            "PANDAPON_ACCESS_KEY": config.access_key,
            "PANDAPON_ACCESS_SECRET": config.access_secret,
            "PANDAPON_USER_ID": config.user_id,
        }

    @property
    def client(self) -> PandaPon:
        """A ``PandaPon`` client bound to the sandbox, closed after the test."""
        if self._client is None:
            self._client = self.new_client()
        return self._client

    def new_client(self, **options: Any) -> PandaPon:
        """Another ``PandaPon`` client with ``options`` (``max_retries=0``, ``timeout=...``)."""
        client = self._server.client(**options)
        self._clients.append(client)
        return client

    def async_client(self, **options: Any) -> AsyncPandaPon:
        """An ``AsyncPandaPon`` client bound to the sandbox (close it with ``await
        client.close()`` or ``async with``; one left open is closed after the test)."""
        from ._client import AsyncPandaPon  # noqa: PLC0415 - the plugin loads nothing up front

        config = self.config
        client = AsyncPandaPon(
            config.access_key, config.access_secret, config.user_id, base_url=self.url, **options
        )
        self._clients.append(client)
        return client

    def inject_fault(
        self,
        kind: Literal["delay", "error", "rate_limit", "drop_after_commit", "malformed_json"],
        *,
        count: int = 1,
        operation_id: str | None = None,
        seconds: float = 0.0,
        retry_after: float | None = None,
    ) -> None:
        """Make the next ``count`` requests (of ``operation_id``, if given) fail this way;
        ``drop_after_commit`` does the work and then drops the connection (an unknown outcome).
        Faults still pending are cleared before the next test."""
        self.admin.inject_fault(
            kind,
            count=count,
            operation_id=operation_id,
            seconds=seconds,
            retry_after=retry_after,
        )

    def advance_order(
        self,
        platform: Literal["1688", "taobao"],
        order_id: object,
        *,
        to: Literal["shipped", "delivered"],
    ) -> str:
        """Play the seller: ship a paid order, or deliver it (shipping it first if needed).
        Returns the order's new status as the sandbox names it; the sandbox pushes the
        status-change messages to its ``callback_url`` as PandaPon would."""
        if to == "shipped":
            return self.admin.ship(platform, order_id)
        if to != "delivered":
            raise ValueError(f"to must be 'shipped' or 'delivered', got {to!r}")
        from .sandbox import SandboxAdminError  # noqa: PLC0415

        try:
            return self.admin.deliver(platform, order_id)
        except SandboxAdminError:  # not shipped yet: ship it (which says why, if it cannot be)
            self.admin.ship(platform, order_id)
            return self.admin.deliver(platform, order_id)

    def push(
        self,
        url: str,
        message_type: str,
        body: dict[str, Any] | None = None,
        *,
        timestamp: int | str | None = None,
    ) -> httpx.Response:
        """Deliver one message to your receiver at ``url`` as PandaPon would: the envelope,
        signed with the sandbox's AccessSecret (``config.callback_signature_base``). Returns
        the receiver's answer."""
        import httpx  # noqa: PLC0415

        from .webhooks.testing import envelope, signed_request  # noqa: PLC0415

        config = self.config
        content, headers = signed_request(
            envelope(message_type, body, timestamp=timestamp),
            config.access_secret,
            access_key=config.access_key,
            signature_base=config.callback_signature_base,
        )
        return httpx.post(url, content=content, headers=headers, timeout=10)

    def _close(self) -> None:
        from ._client import PandaPon  # noqa: PLC0415

        for client in self._clients:
            if isinstance(client, PandaPon):
                client.close()
                continue
            # one the test left open; its connections may belong to a loop now closed
            with contextlib.suppress(RuntimeError):
                asyncio.run(client.close())
        self._clients.clear()
        self._client = None


@pytest.fixture(scope="session")
def pandapon_sandbox_config() -> SandboxConfig:
    """The sandbox's settings; override this fixture in your conftest.py to change them."""
    try:
        from .sandbox import SandboxConfig  # noqa: PLC0415
    except ImportError as error:  # pragma: no cover - the sandbox itself needs nothing extra
        raise ImportError(_MISSING) from error
    return SandboxConfig()


@pytest.fixture(scope="session")
def pandapon_sandbox_server(pandapon_sandbox_config: SandboxConfig) -> Iterator[RunningSandbox]:
    """One sandbox for the session, served on a free loopback port in a background thread."""
    from .sandbox import running  # noqa: PLC0415
    from .sandbox._server import UVICORN_MISSING  # noqa: PLC0415

    try:
        context = running(pandapon_sandbox_config)
        server = context.__enter__()
    except ImportError as error:
        if UVICORN_MISSING in str(error):
            raise ImportError(_MISSING, name="uvicorn") from None
        raise
    try:
        yield server
    finally:
        context.__exit__(None, None, None)


@pytest.fixture
def pandapon_sandbox(pandapon_sandbox_server: RunningSandbox) -> Iterator[SandboxFixture]:
    """The session's sandbox, reset to its seed (and its pending faults cleared) for this test."""
    pandapon_sandbox_server.admin.reset()
    fixture = SandboxFixture(pandapon_sandbox_server)
    try:
        yield fixture
    finally:
        fixture._close()
