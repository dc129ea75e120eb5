"""Check the PandaPon spec against the project's rules (openapi/README.md).

    python -m scripts.lint_spec                      # the whole spec
    python -m scripts.lint_spec --only taobao-goods.yaml --generate
                                                     # one part file, and try the generator on it

Exit code 1 and one line per problem when something is wrong. The rules are
scripts/checks/rules.py's.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.lint_spec")

import argparse
import tempfile
from pathlib import Path

from scripts import spec as spec_mod
from scripts.checks.rules import awaiting_review, lint, part_entry
from scripts.codegen import generation
from scripts.spec.pyliteral import printable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only", metavar="PART", help="check one part file, e.g. taobao-goods.yaml"
    )
    parser.add_argument("--generate", action="store_true", help="also run the generator on it")
    args = parser.parse_args(argv)
    try:
        root = part_entry(Path(args.only).name) if args.only else None
        spec = spec_mod.bundle(root=root)
    except spec_mod.SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 1
    problems = lint(spec, part=root is not None)
    for problem in problems:
        print(printable(problem))  # spec text came from doc pages: never raw to a terminal
    for line in awaiting_review(spec):
        print(printable(line))
    ops = len(spec_mod.iter_operations(spec))
    print(
        f"{ops} operations, {len(spec['components']['schemas'])} schemas, {len(problems)} problems"
    )
    if args.generate and not problems:
        with tempfile.TemporaryDirectory() as tmp:
            package = generation.run_generator(spec, Path(tmp))
            modules = generation.endpoint_modules(package)
            print(f"generator: {len(modules)} endpoint modules")
            if len(modules) != ops:
                print("generator dropped endpoints (name clash?)")
                return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
