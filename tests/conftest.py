import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# scripts/ is build tooling, not an installed package; its tests import it from the checkout.
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support import servers  # noqa: E402 - needs the path above

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
