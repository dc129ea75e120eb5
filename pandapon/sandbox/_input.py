"""Reading a request body as JSON, refusing what a server could not parse or store.

Before the schema is looked at, a body is refused (HTTP 400, like any invalid request) when it is
not JSON, when it is nested more than ``MAX_DEPTH`` levels (Python's parser would stop at about
1,000 with a RecursionError, and storing or validating such a value recurses too), or when a
string in it is not Unicode text: JSON's ``"\\ud800"`` escape can carry a lone surrogate, which
no UTF-8 column, log line or answer can hold. ``NaN``, ``Infinity`` and numbers beyond a double
(``1e400``) are refused too: no JSON answer could carry them back.
"""

from __future__ import annotations

import json
import math
from typing import Any, NoReturn

#: Deepest nesting of objects and arrays in a request body; PandaPon's requests use four.
MAX_DEPTH = 64


class BodyError(ValueError):
    """The body cannot be taken; the message names where (``(body).addressParam.fullName``)."""


def read_json(body: bytes) -> Any:
    """The body's JSON value, or ``BodyError``."""
    try:
        value = json.loads(body, parse_constant=_no_constant)
    except RecursionError:
        raise BodyError(f"(body): nested more than {MAX_DEPTH} levels") from None
    except ValueError:
        raise BodyError("(body): not valid JSON") from None
    problem = _first_problem(value)
    if problem:
        raise BodyError(problem)
    return value


def _first_problem(value: Any) -> str | None:
    """What makes ``value`` unusable, or None. Iterative, so depth costs no stack; a message
    never quotes the offending text (it cannot be encoded either)."""
    pending: list[tuple[Any, str, int]] = [(value, "", 1)]
    while pending:
        item, path, depth = pending.pop()
        where = path or "(body)"
        if isinstance(item, str) and not _is_text(item):
            return f"{where}: not Unicode text (a lone surrogate such as \\ud800)"
        if isinstance(item, float) and not math.isfinite(item):
            return f"{where}: a number too large to hold"  # 1e400 reads as infinity
        if not isinstance(item, dict | list):
            continue
        if depth > MAX_DEPTH:
            return f"(body): nested more than {MAX_DEPTH} levels"
        if isinstance(item, list):
            pending += [(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(item)]
            continue
        for key, child in item.items():
            if not _is_text(key):
                return f"{where}: a field name that is not Unicode text (a lone surrogate)"
            pending.append((child, f"{path}.{key}" if path else key, depth + 1))
    return None


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not JSON")  # Python reads NaN and Infinity; JSON has neither


def _is_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
