"""The project's patches to openapi-python-client's templates (scripts/codegen/patches.py).

    python -m scripts.template_patches apply DIR     # write the patched templates into DIR
    python -m scripts.template_patches update DIR    # turn DIR's (edited) templates into patches
    python -m scripts.template_patches check         # every patch applies to the pinned generator

CONTRIBUTING.md ("Upgrading the generator") walks through changing a patch and upgrading.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.template_patches")

import argparse
from pathlib import Path

from scripts.codegen.patches import PatchError, patched_templates, update, write_patched
from scripts.spec import ROOT


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("check", help="every patch applies to the pinned generator's templates")
    for name, text in (
        ("apply", "write the patched templates into DIR (to edit them)"),
        ("update", "turn the edited templates in DIR back into patches"),
    ):
        sub.add_parser(name, help=text).add_argument("directory", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            with patched_templates() as tmp:
                count = len(list(tmp.rglob("*.jinja")))
            print(f"{count} template patches apply to openapi-python-client's templates")
        elif args.command == "apply":
            for path in write_patched(args.directory):
                print(path)
        else:
            for path in update(args.directory):
                print(f"updated {path.relative_to(ROOT)}")
    except PatchError as error:
        print(f"template_patches: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
