"""Build the HTML reference (``make docs``): Markdown pages from the spec, the generated client and
the README, turned into a static site by MkDocs with the Material theme (scripts/reference/).

    python -m scripts.docs_site                      # site/ (open site/index.html)
    python -m scripts.docs_site --site DIR --work DIR
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.docs_site")

import argparse
import time
from pathlib import Path

from scripts import spec as spec_mod
from scripts.reference.site import SITE, WORK, build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, default=SITE, help="output directory (site/)")
    parser.add_argument("--work", type=Path, default=WORK, help="Markdown build directory")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        site = build(args.site, args.work)
    except (RuntimeError, spec_mod.SpecError) as exc:
        print(f"docs: {exc}", file=sys.stderr)
        return 1
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = sum(1 for p in files if p.suffix == ".html")
    size = sum(p.stat().st_size for p in files) / 1e6
    print(
        f"wrote {site}: {pages} HTML pages, {len(files)} files, {size:.1f} MB "
        f"in {time.perf_counter() - started:.1f} s; open {site / 'index.html'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
