"""A local PandaPon: the same paths, signatures and envelope, with state you control.

    python -m pandapon.sandbox --port 8765          # or: pandapon sandbox

    with pandapon.sandbox.running() as sandbox:     # in tests: a real server on a free port
        client = sandbox.client()                   # a PandaPon client pointed at it
        sandbox.admin.ship("1688", order_id)        # test controls

Needs the ``sandbox`` extra (``pip install pandapon[sandbox]``) for uvicorn.
"""

from ._admin_client import SandboxAdmin, SandboxAdminError
from ._app import (
    DEFAULT_ACCESS_KEY,
    DEFAULT_ACCESS_SECRET,
    DEFAULT_USER_ID,
    SandboxApp,
    SandboxConfig,
)
from ._server import RunningSandbox, as_process, free_port, running, serving

__all__ = [
    "DEFAULT_ACCESS_KEY",
    "DEFAULT_ACCESS_SECRET",
    "DEFAULT_USER_ID",
    "RunningSandbox",
    "SandboxAdmin",
    "SandboxAdminError",
    "SandboxApp",
    "SandboxConfig",
    "as_process",
    "free_port",
    "running",
    "serving",
]
