"""Hold a generated package to the allow-list of code shapes the templates write.

    python -m scripts.code_gate [DIR]     # default: generated/pandapon_api

The rules are scripts/codegen/gate.py's (make generate and make check-generated apply them).
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.code_gate")

import argparse
from pathlib import Path

from scripts.codegen.gate import TARGET, check_tree, modules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?", type=Path, default=TARGET)
    args = parser.parse_args(argv)
    problems = check_tree(args.directory)
    for problem in problems:
        print(problem)
    count = len(list(modules(args.directory)))
    print(f"{count} modules, {len(problems)} constructs the templates never write")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
