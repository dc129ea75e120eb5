"""Compare the spec with the doc portals' own exports, and optionally write what they show.

    python -m scripts.docs_sync                          # every PandaPon portal (PORTALS)
    python -m scripts.docs_sync --site http://127.0.0.1:8800 --report report.json
    python -m scripts.docs_sync --page https://doc-env2.pandapon.com/api-289121048.md
    python -m scripts.docs_sync --from-dir saved-pages/  # Markdown pages saved by hand
    python -m scripts.docs_sync --apply                  # write into openapi/, then regenerate

Each portal's ``llms.txt`` lists its ``api-<id>.md`` pages (one operation each, an OpenAPI block)
and ``doc-<id>.md`` prose pages. Every API page is matched to a spec operation (by page id, then
method and path, as written or by the path rule between generations, then the same path with any
method) and compared fact by fact; prose pages are compared with their snapshots under
``openapi/docs/``. The run is scripts/docsync/'s (docs_run.py: gather, pages, snapshots,
crosscheck, apply, report, render).

Pages are text anyone who can edit a portal controls. Only the portals' own hosts are asked
(a link or redirect elsewhere is ``off-site``, never fetched); every page is streamed under a
byte cap, ``--timeout`` bounds its whole download and ``--deadline`` the run's; YAML anchors and
aliases, and names or paths outside scripts/spec/safe_names.py's patterns, make a page
``unsafe`` (reported, never applied); page text reaches the terminal escaped
(scripts/spec/pyliteral.py).

Exit code: 0 nothing differs; 1 something differs (a page changed, new, unparsable,
unreachable, unsafe or off-site, or two pages disagree); 2 the run itself failed (nothing could
be read, the spec could not be loaded, ``--apply`` could not produce a spec that lints and
generates, or an unexpected error). A page that cannot be read, whatever the reason, is that
page's error only.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.docs_sync")

import argparse
import traceback
from pathlib import Path
from typing import Any

from scripts import spec as spec_mod
from scripts.docsync import transaction
from scripts.docsync.docs_run import run
from scripts.docsync.gather import PORTALS, SyncError
from scripts.docsync.portal import MAX_PAGE_BYTES
from scripts.docsync.render import render
from scripts.docsync.report import Report

__all__ = ["PORTALS", "main", "parser"]

DEFAULT_DEADLINE = 900.0  # seconds for the whole download; the workflow's job has 30 minutes
DEFAULT_CACHE = spec_mod.ROOT / ".docs-cache"


def _number(kind: type[int] | type[float], *, least: float, strict: bool = True) -> Any:
    def parse(text: str) -> int | float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not (value > least if strict else value >= least):
            word = "more than" if strict else "at least"
            raise argparse.ArgumentTypeError(f"must be {word} {least:g}, got {text}")
        return value

    return parse


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m scripts.docs_sync",
        description="Compare the spec with the PandaPon doc portals' exports (llms.txt, api-*.md).",
    )
    p.add_argument(
        "--site",
        action="append",
        default=[],
        metavar="URL",
        help="a portal (repeatable); default: every PandaPon portal",
    )
    p.add_argument(
        "--page",
        action="append",
        default=[],
        metavar="URL",
        help="one api-<id>.md or doc-<id>.md page (repeatable)",
    )
    p.add_argument(
        "--from-dir",
        action="append",
        default=[],
        metavar="DIR",
        help="Markdown pages saved by hand (repeatable)",
    )
    p.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        metavar="DIR",
        help="conditional-request cache (default .docs-cache/)",
    )
    p.add_argument("--no-cache", action="store_true", help="download everything anew")
    p.add_argument("--report", type=Path, metavar="FILE", help="also write the report as JSON")
    p.add_argument(
        "--apply",
        action="store_true",
        help="write what the pages show into the spec, then regenerate",
    )
    p.add_argument(
        "--concurrency",
        type=_number(int, least=0),
        default=4,
        metavar="N",
        help="downloads at a time (default 4)",
    )
    p.add_argument(
        "--timeout",
        type=_number(float, least=0),
        default=30.0,
        metavar="S",
        help="seconds for one page's whole download, redirects included (default 30)",
    )
    p.add_argument(
        "--deadline",
        type=_number(float, least=0),
        default=DEFAULT_DEADLINE,
        metavar="S",
        help=f"seconds for the run's whole download (default {DEFAULT_DEADLINE:g}); "
        "pages not read by then are reported unreachable",
    )
    p.add_argument(
        "--max-page-bytes",
        type=_number(int, least=0),
        default=MAX_PAGE_BYTES,
        metavar="N",
        help=f"a page larger than this is not read (default {MAX_PAGE_BYTES:,}, 5 MB)",
    )
    p.add_argument(
        "--retries",
        type=_number(int, least=0, strict=False),
        default=3,
        metavar="N",
        help="retries on HTTP 429, 500, 502, 503, 504, timeouts and connection errors (default 3)",
    )
    p.add_argument(
        "--spec-dir",
        type=Path,
        default=spec_mod.SPEC_DIR,
        metavar="DIR",
        help="the spec to compare and update (default openapi/)",
    )
    p.add_argument(
        "--no-generate", action="store_true", help="with --apply: do not regenerate generated/"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        report = run(args)
    except SyncError as exc:
        print(f"docs-sync: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        # A bug or an unforeseen failure: exit 2 (the run failed), never Python's 1, which
        # would read as "the pages differ".
        traceback.print_exc()
        report = Report(failed=f"unexpected error: {exc.__class__.__name__}: {exc}")
        print(f"docs-sync: {report.failed}", file=sys.stderr)
    sys.stdout.write(render(report))
    if args.report:
        transaction.write_report(args.report, report.as_json())
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())
