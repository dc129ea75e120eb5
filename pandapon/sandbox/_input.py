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
from collections.abc import Mapping
from functools import cache
from typing import Any, NoReturn

from .._spec import document
from .._validation import Validator

#: Deepest nesting of objects and arrays in a request body; PandaPon's requests use four.
MAX_DEPTH = 64


class BodyError(ValueError):
    """The body cannot be taken; the message names where (``(body).addressParam.fullName``)."""


def read_json(body: bytes, where: str = "") -> Any:
    """The JSON value of a body (or of the field ``where``, for JSON sent as text), or
    ``BodyError``."""
    try:
        value = json.loads(body, parse_constant=_no_constant)
    except RecursionError:
        raise BodyError(f"{where or '(body)'}: nested more than {MAX_DEPTH} levels") from None
    except ValueError:
        raise BodyError(f"{where or '(body)'}: not valid JSON") from None
    problem = _first_problem(value, where)
    if problem:
        raise BodyError(problem)
    return value


def embedded_json(text: str, where: str, schema: Mapping[str, Any] | None = None) -> Any:
    """A field that carries JSON as a string (the older pages send lists so): read as a body is,
    then checked against ``schema``, the form the field has when it is sent nested."""
    value = read_json(text.encode("utf-8"), where)
    problems = _validator().errors(schema, value, where) if schema is not None else []
    if problems:
        raise BodyError("; ".join(str(p) for p in problems))
    return value


def nested_form(request: str, field: str) -> Mapping[str, Any]:
    """The schema of ``field`` of the request schema ``request`` without its string form."""
    schema: Mapping[str, Any] = document()["components"]["schemas"][request]["properties"][field]
    forms: list[Mapping[str, Any]] = schema.get("anyOf", [schema])
    return next(form for form in forms if form.get("type") != "string")


@cache
def _validator() -> Validator:
    return Validator(document())


def _first_problem(value: Any, root: str) -> str | None:
    """What makes ``value`` unusable, or None. Iterative, so depth costs no stack; a message
    never quotes the offending text (it cannot be encoded either)."""
    pending: list[tuple[Any, str, int]] = [(value, root, 1)]
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
            return f"{root or '(body)'}: nested more than {MAX_DEPTH} levels"
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
