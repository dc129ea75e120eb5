"""Compare two versions of the PandaPon spec and print what changes for SDK users.

    python -m scripts.spec_diff OLD NEW        # each a bundled .json/.yaml, openapi/ or its entry
    python -m scripts.spec_diff --base HEAD~1  # the spec at a git ref vs the working tree
    python -m scripts.spec_diff --base origin/main --allow-breaking

Operations are matched by operationId, webhooks by name, field by field
(scripts/checks/changes.py).

Exit code: 1 when a change is breaking (unless --allow-breaking), 2 for bad input, else 0.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.spec_diff")

import argparse
from pathlib import Path

from scripts import spec as spec_mod
from scripts.checks.changes import compare_specs, render, render_changelog
from scripts.spec.load import SpecInputError, load_spec, spec_at_ref


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument(
        "specs", nargs="*", metavar="SPEC", help="OLD NEW (or only NEW with --base)"
    )
    parser.add_argument(
        "--base", metavar="GIT_REF", help="compare the spec at this git ref with NEW"
    )
    parser.add_argument(
        "--spec-dir", type=Path, default=spec_mod.SPEC_DIR, help="spec directory (--base)"
    )
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even on breaking changes"
    )
    parser.add_argument(
        "--changelog",
        action="store_true",
        help="print a CHANGELOG.md section (Keep a Changelog) instead of the report",
    )
    args = parser.parse_args(argv)
    wanted = 1 if args.base else 2
    if len(args.specs) > wanted or (not args.base and len(args.specs) != 2):
        parser.error("give OLD and NEW, or --base GIT_REF and at most NEW")
    try:
        if args.base:
            old, old_label = spec_at_ref(args.base, args.spec_dir), f"{args.base}"
            new_path = Path(args.specs[0]) if args.specs else args.spec_dir
        else:
            old, old_label = load_spec(Path(args.specs[0])), args.specs[0]
            new_path = Path(args.specs[1])
        new = load_spec(new_path)
        changes = compare_specs(old, new)
    except SpecInputError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    label = "working tree" if args.base and not args.specs else str(new_path)
    if args.changelog:
        print(render_changelog(changes), end="", flush=True)
        return 0
    print(render(changes, old_label, label), end="", flush=True)
    if any(c.breaking for c in changes) and not args.allow_breaking:
        print("Breaking changes found (pass --allow-breaking to accept them).", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
