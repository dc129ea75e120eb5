"""The dashboard at ``/_sandbox/``: one static page whose script reads the admin JSON endpoints."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def page() -> bytes:
    return files(__package__).joinpath("dashboard.html").read_bytes()
