"""How the command reports failure: one line for people, or with ``--json`` one JSON object on
stderr (stdout keeps only data)::

    {"error": {"type": "NotFoundError", "message": "...", "code": 404, "msg": "...",
               "request_id": "...", "http_status": 200, "exit_code": 1}}

Exit codes: 1 PandaPon answered with an error (or could not be reached), 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn, TextIO

import pandapon

from ..bulk._files import dumps, error_fields
from ._ids import ProductIdError
from ._output import for_terminal

USAGE, API = 2, 1

_USAGE_ERRORS = (
    ProductIdError,
    pandapon.RequestValidationError,
    pandapon.UnknownOperationError,
    pandapon.ConfigurationError,
)


class UsageError(Exception):
    """Bad usage (exit code 2). ``usage`` is the (sub)command's usage text when the command
    line itself did not parse."""

    def __init__(self, message: str, *, usage: str | None = None, prog: str = "pandapon") -> None:
        super().__init__(message)
        self.usage, self.prog = usage, prog


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that raises ``UsageError`` instead of printing and exiting, so that
    the error can be reported as JSON too."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, usage=self.format_usage(), prog=self.prog)


#: The error's type and the attributes of it a script may branch on (no secret has any).
fields = error_fields


def exit_code(error: BaseException) -> int:
    return USAGE if isinstance(error, (UsageError, *_USAGE_ERRORS)) else API


def json_requested(argv: Sequence[str]) -> bool:
    """Whether ``--json`` is on a line that did not parse (so no namespace says so): an argument
    that is exactly ``--json``, before a ``--`` that ends the options."""
    options = argv[: list(argv).index("--")] if "--" in argv else argv
    return "--json" in options


def report(error: BaseException, *, as_json: bool, out: TextIO | None = None) -> int:
    """Print ``error`` for people or as JSON; its exit code."""
    stream = out or sys.stderr
    code = exit_code(error)
    if as_json:
        record = {**fields(error), "message": str(error), "exit_code": code}
        if isinstance(error, UsageError) and error.usage:
            record["usage"] = error.usage.strip()
        print(dumps({"error": record}), file=stream)
        return code
    if isinstance(error, UsageError) and error.usage:  # as argparse prints it
        text = f"{error.usage.rstrip()}\n{error.prog}: error: {error}"
    elif isinstance(error, pandapon.APIError):
        text = (
            f"pandapon: PandaPon error code {error.code} ({error.msg}), request id "
            f"{error.request_id}, HTTP {error.http_status}"
        )
    elif code == USAGE:
        text = f"pandapon: {error}"
    else:
        text = f"pandapon: {type(error).__name__}: {error}"
    print(for_terminal(text, keep="\n"), file=stream)  # msg and request id are PandaPon's text
    return code
