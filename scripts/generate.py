"""Regenerate generated/pandapon_api and docs/operations.md from the spec in openapi/.

    python -m scripts.generate          # bundle, generate, gate, replace generated/pandapon_api
    python -m scripts.generate --check  # regenerate into a temp dir and diff (CI gate)

The work is scripts/codegen/generation.py's; the gate scripts/codegen/gate.py's.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.generate")

import argparse

from scripts.codegen.generation import make_check_generated, make_generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--check", action="store_true", help="diff instead of writing")
    args = parser.parse_args(argv)
    return make_check_generated() if args.check else make_generate()


if __name__ == "__main__":
    sys.exit(main())
