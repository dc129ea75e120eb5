"""`make bench`: benchmarks, each a ratio against a baseline measured in the same run.

    python -m scripts.bench                 # everything (a few minutes on 2 cores)
    python -m scripts.bench --quick         # fewer rounds, for trying a change (not written)
    python -m scripts.bench --only parse    # some parts only (not written)

The measurements are scripts/benchmarks/'s; a full run writes BENCHMARKS.md.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.bench")

import argparse

from scripts.benchmarks.measure import OUT, PARTS, QUICK, Rounds, report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    parser.add_argument(
        "--only", action="append", choices=PARTS, help="run only these parts (not written)"
    )
    args = parser.parse_args(argv)
    text = report(set(args.only or PARTS), QUICK if args.quick else Rounds())
    if not args.quick and not args.only:
        OUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
