import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# scripts/ is build tooling, not an installed package; its tests import it from the checkout.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pandapon._shape import forget_warnings  # noqa: E402
from tests.support import servers  # noqa: E402 - needs the path above


@pytest.fixture(autouse=True)
def _shape_warnings_afresh() -> None:
    """ShapeWarnings come once per operation and path per process; each test sees its own,
    whichever tests ran before it in its process (pytest-xdist deals them out differently from
    run to run)."""
    forget_warnings()


# -- real servers, started once per session when a test asks (tests/support/servers.py)
# ---------------


@pytest.fixture(scope="session")
def redis_server() -> Iterator[servers.Server]:
    with servers.running(servers.start_redis) as server:
        yield server


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[servers.Server]:
    with servers.running(servers.start_postgres) as server:
        yield server


# tests/plugin_user is a user's project of its own, run by tests/sdk/test_testing_plugin.py in a
# subprocess with the pandapon pytest plugin (which this suite does not load).
collect_ignore = ["plugin_user"]


# -- order: the longest files first ----------------------------------------------------------
# `make test` deals whole files out to pytest-xdist's workers in collection order; a long file
# dealt out last keeps one worker busy while the others have finished. These take the longest
# (TESTING.md: "Speed"), so they start first; within a file the order is unchanged.
LONGEST_FIRST = (
    "tests/sdk/test_celery.py",
    "tests/tools/test_docs_sync.py",
    "tests/tools/test_gates.py",
    "tests/tools/test_evidence_apply.py",
    "tests/sdk/test_robustness_faults.py",
    "tests/tools/test_hostile_portal.py",
    "tests/webhooks/test_webhook_replicas.py",
    "tests/sandbox/test_sandbox_schemathesis.py",
    "tests/tools/test_makefile.py",
    "tests/tools/test_docs_site.py",
    "tests/tools/test_hostile_spec.py",
    "tests/sdk/test_packaging.py",
    "tests/sdk/test_bulk.py",
    "tests/webhooks/test_webhook_stores.py",
    "tests/sdk/test_rate_limit.py",
    "tests/cli/test_cli.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: index for index, name in enumerate(LONGEST_FIRST)}
    ranked = {item.nodeid: rank.get(item.nodeid.split("::", 1)[0], len(rank)) for item in items}
    items.sort(key=lambda item: ranked[item.nodeid])  # stable: file order kept otherwise
