"""``python -m pandapon.sandbox``: serve a local PandaPon on loopback."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ._command import parser, serve


def main(argv: Sequence[str] | None = None) -> int:
    return serve(parser().parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
