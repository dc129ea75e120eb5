"""Turn the text of one PandaPon doc page into spec YAML, or compare it with the spec.

    python -m scripts.docpage_to_spec page.txt                 # operation + schemas, part-file YAML
    python -m scripts.docpage_to_spec page.txt --diff          # what the page says differently
    python -m scripts.docpage_to_spec page.txt --operation-id createAlibabaRefund
    pbpaste | python -m scripts.docpage_to_spec - --diff

The page is the text copied from the browser (scripts/docsync/docpage.py reads it). Exit code
with --diff: 0 no difference, 1 differences, 2 bad input.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.docpage_to_spec")

import argparse
from pathlib import Path
from typing import Any

from scripts import spec as spec_mod
from scripts.docsync.docpage import (
    DocPage,
    PageError,
    derive_operation_id,
    diff_against_spec,
    find_operation,
    parse_page,
    to_operation,
    to_yaml,
)
from scripts.spec.load import SpecInputError, load_spec


def _read_page(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    if not path.is_file():
        raise PageError(f"{name}: no such file")
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PageError(f"{name}: not UTF-8 text ({exc.reason})") from exc


def _load_spec(path: Path) -> dict[str, Any]:
    try:
        return load_spec(path)
    except SpecInputError as exc:
        raise PageError(f"cannot read the spec: {exc}") from exc


def _print_diff(page: DocPage, spec: dict[str, Any], operation_id: str | None) -> int:
    found = find_operation(page, spec, operation_id)
    if found is not None:
        name = found.operation.get("operationId")
        where = f"{found.method.upper()} {found.path}"
        print(f"Page {page.method.upper()} {page.path} vs {name} ({where})")
    differences = diff_against_spec(page, spec, operation_id)
    if not differences:
        print("no difference")
        return 0
    print(f"{len(differences)} difference{'s' if len(differences) > 1 else ''}:")
    for line in differences:
        print(f"  - {line}")
    return 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("page", help="the page text (a file, or - for stdin)")
    parser.add_argument("--diff", action="store_true", help="compare the page with the spec")
    parser.add_argument(
        "--operation-id", help="operationId (default: the spec's, else from the title)"
    )
    parser.add_argument(
        "--spec", type=Path, default=spec_mod.SPEC_DIR, help="openapi/ dir, entry or bundled spec"
    )
    args = parser.parse_args(argv)
    try:
        page = parse_page(_read_page(args.page))
        spec = _load_spec(args.spec)
        if args.diff:
            return _print_diff(page, spec, args.operation_id)
        found = find_operation(page, spec, args.operation_id)
        existing = found.operation if found else None
        op_id = (
            args.operation_id or (existing or {}).get("operationId") or derive_operation_id(page)
        )
        print(to_yaml(to_operation(page, str(op_id), existing)), end="")
    except PageError as exc:
        print(f"docpage_to_spec: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
