"""What the sync and async clients share: their configuration, ``with_options`` copies, the
bridge to the generated client (``generated_client``), and where calls go. Preparing a call is
``_request``'s, reading answers ``_decode``'s, retrying ``_retry``'s; the two clients
(``_client``) only differ in how they wait and send.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any, Self

import httpx

from . import _exceptions as exc
from ._auth import Clock, PandaPonAuth
from ._config import (
    DEFAULT_MAX_RESPONSE_BYTES,
    ENV_BASE_URL,
    ENV_EVIDENCE,
    Credentials,
    check_clock_offset,
    check_max_response_bytes,
    check_max_retries,
    check_validate,
    resolve_base_url,
    resolve_credentials,
    resolve_deadline,
    resolve_timeout,
)
from ._deprecation import deprecated
from ._hooks import check_hooks
from ._logging import logger
from ._request import NO_OPTIONS, CallOptions, PreparedCall, prepare
from ._retry import RetryPolicy
from ._signing import Signer, sign
from ._validation import ValidationMode

if TYPE_CHECKING:
    from pandapon_api import AuthenticatedClient

    from ._evidence import EvidenceStore
    from ._ratelimit import RateLimiter


class BaseClient:
    """Configuration and the transport-independent half of every call."""

    _http: httpx.Client | httpx.AsyncClient  # set by the subclass
    _owns_http: bool  # set with it: close() closes only a client it made
    _made_http: bool  # whether the SDK made it (copies too): a forked child may remake it
    _pid: int  # the process it was made in (_client._reconnect_after_fork)
    #: Told of every attempt (``_hooks``): the user's ``hooks=``, and pandapon.bulk's observer
    #: on its own copy.
    _attempt_hooks: tuple[object, ...] = ()
    #: ``call()`` and the typed methods return ``data`` as sent, JSON values, no model built
    #: (pages are still typed): pandapon.bulk's copies, unless asked for typed processing.
    _plain_data: bool = False

    def __init__(
        self,
        access_key: str | None,
        access_secret: str | None,
        user_id: str | None,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        signer: Signer | None,
        retry_policy: RetryPolicy | None,
        clock_offset: float,
        validate: ValidationMode,
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        evidence: EvidenceStore | str | os.PathLike[str] | bool | None = None,
        rate_limit: Any = None,
        hooks: Iterable[object] = (),
    ) -> None:
        self._credentials: Credentials = resolve_credentials(access_key, access_secret, user_id)
        # The user the HTTP client signs for; with_options copies share it (``generated_client``).
        self._http_user = self._credentials.user_id
        self.base_url: httpx.URL = resolve_base_url(base_url)
        # Nothing chose the target: production, with real money. Say so where it matters.
        self._production_by_default = not base_url and not os.environ.get(ENV_BASE_URL)
        self._announced = False
        self.timeout: httpx.Timeout = resolve_timeout(timeout)
        self.max_retries: int = check_max_retries(max_retries)
        self.validate: ValidationMode = check_validate(validate)
        resolve_deadline(deadline, self.timeout)  # refuse a bad value now, not at the first call
        self._deadline = deadline  # None: a multiple of the read timeout, whatever it becomes
        self.max_response_bytes: int = check_max_response_bytes(max_response_bytes)
        if signer is not None and not callable(signer):
            raise exc.ConfigurationError(
                "signer must be a callable (access_key, timestamp, nonce_str, access_secret)"
                f" -> str, got {type(signer).__name__}"
            )
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise exc.ConfigurationError(
                f"retry_policy must be a pandapon.RetryPolicy, got {type(retry_policy).__name__}"
            )
        self._signer: Signer = signer or sign
        self._retry_policy = retry_policy or RetryPolicy()
        self._clock = Clock(check_clock_offset(clock_offset))
        self._auth = self._make_auth()
        # rate_limit= (pandapon/_ratelimit.py): loaded only when given. Shared by with_options
        # copies, as the connections are.
        self._rate_limiter: RateLimiter | None = None
        if rate_limit is not None:
            from ._ratelimit import resolve_rate_limit  # noqa: PLC0415

            self._rate_limiter = resolve_rate_limit(rate_limit)
        self._attempt_hooks = check_hooks(hooks)
        self._evidence: EvidenceStore | None = None
        if evidence is not None or os.environ.get(ENV_EVIDENCE):
            from ._evidence import resolve  # noqa: PLC0415 - sqlite3 only for those who record

            self._evidence = resolve(evidence)

    @property
    def evidence(self) -> EvidenceStore | None:
        """The store this client records the shapes of answers into (None: it records none)."""
        return self._evidence

    def _make_auth(self) -> PandaPonAuth:
        creds = self._credentials
        return PandaPonAuth(
            creds.access_key,
            creds.access_secret,
            creds.user_id,
            signer=self._signer,
            clock=self._clock.now,
        )

    @property
    def deadline(self) -> float | None:
        """Seconds a whole call may take, retries and their waits included (None: no limit):
        the ``deadline`` given, else 3 x the read timeout. A call given its own ``deadline=``
        uses that; one given only its own ``timeout=``, 3 x that timeout's read timeout."""
        return resolve_deadline(self._deadline, self.timeout)

    @property
    def user_id(self) -> str:
        return self._credentials.user_id

    @property
    def access_key(self) -> str:
        return self._credentials.access_key

    @property
    def clock_offset(self) -> float:
        """Seconds added to the local clock when signing (learned from the server if needed)."""
        return self._clock.offset

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={str(self.base_url)!r}, "
            f"access_key={self.access_key!r}, user_id={self.user_id!r}, access_secret='***')"
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        user_id: str | None = None,
        validate: ValidationMode | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A client for some calls with other options; it shares this one's connections."""
        copy: Self = self._derive(timeout, max_retries, user_id)
        if validate is not None:
            copy.validate = check_validate(validate)
        if deadline is not None:
            resolve_deadline(deadline, copy.timeout)
            copy._deadline = deadline
        if max_response_bytes is not None:
            copy.max_response_bytes = check_max_response_bytes(max_response_bytes)
        return copy

    @cached_property
    def generated_client(self) -> AuthenticatedClient:
        """The generated ``pandapon_api`` client, signing through this client's connections:
        ``cancel_alibaba_order.sync_detailed(client=client.generated_client, ...)`` (or
        ``asyncio_detailed`` on ``AsyncPandaPon``) from ``pandapon_api.api.alibaba_order``. It
        sends with the HTTP client's own timeout, and none of this client's retries, deadline
        or validation.
        """
        if self.user_id != self._http_user:
            # The generated functions send through the shared HTTP client, which signs as the
            # client it was made for: a call meant for this user would go out as that one.
            raise exc.ConfigurationError(
                "client.generated_client is not available on a with_options(user_id=...) copy: "
                "the generated functions would be signed for the original user. Use this copy's "
                "typed methods or call(), or a PandaPon(...) made with this user_id"
            )
        from pandapon_api import AuthenticatedClient  # noqa: PLC0415 - loads attrs: on first use

        generated = AuthenticatedClient(
            base_url=str(self.base_url),
            token=self.user_id,
            prefix="",
            auth_header_name="user-id",
            timeout=self.timeout,
        )
        if isinstance(self._http, httpx.AsyncClient):
            generated.set_async_httpx_client(self._http)
        else:
            generated.set_httpx_client(self._http)
        return generated

    @property
    def raw(self) -> AuthenticatedClient:
        """Deprecated alias of :attr:`generated_client` (goes in 0.4.0)."""
        deprecated("client.raw", "client.generated_client")
        return self.generated_client

    def _derive(self, timeout: Any, max_retries: Any, user_id: Any) -> Any:
        """A shallow copy sharing the HTTP client and the clock, with some options changed."""
        copy = object.__new__(type(self))
        # Cached properties (the generated client, resource namespaces) are bound to their client.
        cached = {
            name
            for klass in type(self).__mro__
            for name, value in vars(klass).items()
            if isinstance(value, cached_property)
        }
        copy.__dict__.update({k: v for k, v in self.__dict__.items() if k not in cached})
        copy._owns_http = False
        if timeout is not None:
            copy.timeout = resolve_timeout(timeout)
        if max_retries is not None:
            copy.max_retries = check_max_retries(max_retries)
        if user_id is not None:
            creds = self._credentials
            copy._credentials = resolve_credentials(creds.access_key, creds.access_secret, user_id)
            copy._auth = copy._make_auth()
        return copy

    def _prepare(
        self,
        operation_id: str,
        body: Any,
        params: Mapping[str, Any] | None,
        options: CallOptions = NO_OPTIONS,
    ) -> PreparedCall:
        """The call checked and ready to send, with this client's options (``_request``)."""
        return prepare(
            operation_id,
            body,
            params,
            options,
            validate=self.validate,
            deadline=self._deadline,
            timeout=self.timeout,
            record_fields=self._evidence is not None,
        )

    def _target(self) -> str:
        """The host a call goes to, as error messages and the first log line name it."""
        where = f"{self.base_url.scheme}://{self.base_url.netloc.decode('ascii')}"
        if self._production_by_default:
            where += f" (production: no base_url or {ENV_BASE_URL} given)"
        return where

    def _announce(self) -> None:
        """Once per client: where calls go, at INFO (and a warning-worthy note for production
        chosen by default)."""
        if self._announced:
            return
        self._announced = True
        if self._production_by_default:
            logger.info(
                "calling %s: real orders and payments (set %s or base_url= for the sandbox)",
                self._target(),
                ENV_BASE_URL,
            )
        elif logger.isEnabledFor(logging.INFO):
            logger.info("calling %s", self._target())
