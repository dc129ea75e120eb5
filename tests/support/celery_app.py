"""The Celery app the Celery tests run workers of (``celery -A tests.celery_app worker``): the
broker, the result backend and the rate limit on one Redis, named by PANDAPON_TEST_REDIS."""

from __future__ import annotations

import os

from celery import Celery

import pandapon
from pandapon.contrib.celery import BulkTasks

REDIS = os.environ.get("PANDAPON_TEST_REDIS", "redis://127.0.0.1:6379/0")
RATE = float(os.environ.get("PANDAPON_TEST_RATE", "300"))

app = Celery("pandapon-tests", broker=REDIS, backend=REDIS)
app.conf.update(
    worker_prefetch_multiplier=1,  # a killed worker takes one chunk down with it, not four
    # Tasks travel as JSON; results (SDK errors with them) are pickled, so that an error keeps
    # its type and attributes (JSON rebuilds an exception from its message alone). Read by the
    # caller only, from its own Redis: README, "Running on several machines".
    task_serializer="json",
    accept_content=["json"],
    result_serializer="pickle",
    result_accept_content=["json", "pickle"],
    broker_connection_retry_on_startup=True,
)
# A wide margin: on this machine's two cores the time between a permit and the request reaching
# the server varies by a few hundred ms (tests/sdk/test_rate_limit.py says more).
bulk = BulkTasks(app, REDIS, rate_limit=RATE, margin=0.4)


@app.task(name="tests.raise_sdk_error")
def raise_sdk_error(base_url: str) -> None:
    """Raises the NotFoundError a real call gets (for the result-backend test)."""
    with pandapon.PandaPon(base_url=base_url, max_retries=0) as client:
        client.alibaba.products.get(offer_id="missing-7", country="en")
