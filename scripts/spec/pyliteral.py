"""The one way from spec text to generated Python (and to a terminal).

Doc pages are written by whoever can edit a portal, so every string that ``make generate`` writes
into a module goes through this module, never between hand-written quotes:

- ``literal(value)``: a Python literal of a JSON-like value (str, int, float, bool, None, lists,
  tuples, dicts). A string is double-quoted with every quote, backslash and character that is
  not printable (newlines, NUL, U+2028/U+2029, bidi controls...) escaped, so it is one line of
  source whatever it holds and reads back as exactly the same value;
- ``docstring_text(text)``: text safe between a docstring's ``\"\"\"`` quotes: backslashes
  doubled, a quote that could end the docstring escaped, every character that is not printable
  except newline and tab escaped;
- ``identifier(name)`` and ``annotation(text)``: names and type expressions are code, not text:
  they are checked, never escaped, and one that is not a plain ASCII name (or a type built of
  them) stops generation;
- ``printable(text)``: page text for a terminal or a log: what is not printable (ANSI escapes,
  carriage returns, U+2028...) is shown as its escape.

``FILTERS`` registers them as Jinja filters for scripts/codegen/templates/*.jinja and the patches to
the generator's templates (scripts/generator_cli.py adds them to the generator's environment).
"""

from __future__ import annotations

import keyword
import math
import re
from collections.abc import Callable
from typing import Any

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# A type expression as the generator writes one: names, dots, brackets, commas and unions.
_ANNOTATION = re.compile(r"[A-Za-z_][A-Za-z0-9_.\[\], |]*\Z")


class UnsafeName(ValueError):
    """A name or type expression from the spec that is not safe to write as code."""


def _escape(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char.isprintable():
            out.append(char)
        else:
            out.append(_escape(char))
    return '"' + "".join(out) + '"'


def literal(value: Any) -> str:
    """Python source for a JSON-like value; ``TypeError``/``ValueError`` for anything else."""
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int):
        return repr(int(value))  # an int subclass's repr could be anything
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no literal for the float {value!r}")
        return repr(float(value))
    if isinstance(value, list | tuple):
        items = ", ".join(literal(item) for item in value)
        if isinstance(value, tuple):
            return f"({items},)" if len(value) == 1 else f"({items})"
        return f"[{items}]"
    if isinstance(value, dict):
        pairs = ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items())
        return "{" + pairs + "}"
    raise TypeError(f"no literal for a value of type {type(value).__name__}")


def docstring_text(text: Any) -> str:
    """``text`` ready to stand inside a (non-raw) triple-double-quoted docstring."""
    source = str(text)
    out = []
    for index, char in enumerate(source):
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            # Only a quote followed by another one, or standing last (before the closing
            # quotes), could end the docstring.
            after = source[index + 1 : index + 2]
            out.append('\\"' if after in ('"', "") else '"')
        elif char in "\n\t" or char.isprintable():
            out.append(char)
        else:
            out.append(_escape(char))
    return "".join(out)


def identifier(name: Any) -> str:
    """``name`` if it is a plain ASCII Python name (not a keyword); ``UnsafeName`` otherwise."""
    text = str(name)
    if not _NAME.match(text) or keyword.iskeyword(text):
        raise UnsafeName(f"not a plain Python name: {literal(text)}")
    return text


def annotation(text: Any) -> str:
    """``text`` if it is a type expression made of names (``list[Foo] | None | Unset``)."""
    shown = str(text)
    if not _ANNOTATION.match(shown) or shown.count("[") != shown.count("]"):
        raise UnsafeName(f"not a type expression: {literal(shown)}")
    return shown


def printable(text: Any) -> str:
    """Text for a terminal or a log line: every character that is not printable escaped."""
    return "".join(c if c.isprintable() else _ESCAPES.get(c) or _escape(c) for c in str(text))


def quoted(text: Any) -> str:
    """Outside text named in a message: as a literal, so that it cannot pass for anything else."""
    return literal(str(text))


FILTERS: dict[str, Callable[..., str]] = {
    "literal": literal,
    "docstring": docstring_text,
    "identifier": identifier,
    "annotation": annotation,
}
