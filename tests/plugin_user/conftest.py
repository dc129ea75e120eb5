"""A user's conftest.py: a webhook receiver of their own, served for the session."""

from collections.abc import Iterator

import pytest

from pandapon.sandbox import DEFAULT_ACCESS_SECRET, serving
from pandapon.webhooks import OrderStatusChanged, Receiver

HANDLED: list[OrderStatusChanged] = []

receiver = Receiver(DEFAULT_ACCESS_SECRET)


@receiver.on(OrderStatusChanged)
def status_changed(message: OrderStatusChanged) -> None:
    HANDLED.append(message)


@pytest.fixture(scope="session")
def receiver_url() -> Iterator[str]:
    with serving(receiver) as url:
        yield url
