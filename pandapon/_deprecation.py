"""Old names kept for one minor version: each use warns (``DeprecationWarning``) and names the
new one. CHANGELOG.md's "Deprecated" lists them and when they go."""

from __future__ import annotations

import warnings

#: The release that removes the names deprecated now.
REMOVED_IN = "0.4.0"


def deprecated(old: str, new: str) -> None:
    """Warn the caller's caller that ``old`` is deprecated in favour of ``new``."""
    warnings.warn(
        f"{old} is deprecated and goes in pandapon {REMOVED_IN}: use {new}",
        DeprecationWarning,
        stacklevel=3,
    )
