"""What "not given" means: None, and the generated client's ``UNSET`` (the typed methods' default
for every argument left out)."""

from __future__ import annotations

import sys
from typing import Any


def is_unset(value: Any) -> bool:
    """Whether ``value`` is ``pandapon_api.types.UNSET``. That module (and attrs with it) loads
    with the first model or resource namespace used, not with ``import pandapon``; before it
    has, no value can be UNSET."""
    types = sys.modules.get("pandapon_api.types")
    return types is not None and isinstance(value, types.Unset)


def is_absent(value: Any) -> bool:
    """None or UNSET: a parameter or field the caller did not give."""
    return value is None or is_unset(value)
