"""``python -m pandapon``: the same as the ``pandapon`` command."""

import sys

from .cli import main

sys.exit(main())
