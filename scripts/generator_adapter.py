"""openapi-python-client's own command line, with the template filters of
scripts/spec/pyliteral.py (``literal``, ``docstring``, ``identifier``, ``annotation``).

    python -m scripts.generator_adapter generate --path SPEC ...   # what make generate runs

scripts/codegen/generation.py runs it in a subprocess, so that the patched templates of
scripts/codegen/templates/ render with those filters; the adapter itself (the generator's parse
of the spec, as plain dataclasses) is scripts/spec/generator_adapter.py.
"""

from __future__ import annotations

import sys

if not __package__:  # run by path: the imports below would fail without a word of why
    sys.exit("run it from the checkout as a module: python -m scripts.generator_adapter")

from scripts.spec.generator_adapter import generator_command


def main(argv: list[str]) -> int:
    return generator_command(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
