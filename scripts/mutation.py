"""Mutation testing of the modules that hold the SDK's promises (``make mutation``, TESTING.md).

    python -m scripts.mutation                 # every area (a fresh mutants/), then report
    python -m scripts.mutation --area client   # one area (keeps mutants/), then report it
    python -m scripts.mutation --resume [--area client]   # only what the last run left unrun
    python -m scripts.mutation --report [--area client]   # report the last run again

What is mutated, how a run is read and reported: scripts/checks/mutants.py.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.mutation")

import argparse

from scripts.checks.mutants import (
    AREAS,
    TESTING_MD,
    collect,
    config_problems,
    explained,
    not_run,
    report,
    run,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--report", action="store_true", help="report the last run only")
    parser.add_argument(
        "--resume",
        action="store_true",
        help="run only the mutants the last run left without a verdict (a stopped run)",
    )
    parser.add_argument("--max-children", type=int, default=2, help="mutmut workers (2)")
    parser.add_argument(
        "--area",
        action="append",
        choices=list(AREAS),
        help="only this area (repeatable; `make mutation TARGET=...`); default: all",
    )
    args = parser.parse_args(argv)
    areas: list[str] | None = args.area
    problems = config_problems()
    if problems:
        print("scripts/checks/mutants.py's TARGETS and pyproject.toml disagree:")
        print("\n".join(f"  {p}" for p in problems))
        return 1
    if args.resume:
        names = not_run(areas)
        print(f"{len(names)} mutants left without a verdict by the last run")
        if names and run(args.max_children, areas, fresh=False, names=names) != 0:
            return 1
    elif not args.report and run(args.max_children, areas, fresh=areas is None) != 0:
        return 1
    reasons = explained(TESTING_MD.read_text(encoding="utf-8")) if TESTING_MD.exists() else {}
    return report(collect(areas=areas), reasons, areas)


if __name__ == "__main__":
    sys.exit(main())
