"""Strings that try to break out of whatever they are written into: Python string literals of
every quote style, docstrings, f-strings, Jinja, Markdown and HTML. Shared by the tests of
scripts/spec/pyliteral.py, the generated-code gate and the hostile doc portal.

Each payload that would run, if it ever did, creates the file named by ``PANDAPON_MARKER`` (an
environment variable the tests set to a path in a temporary directory), so a test can tell that
nothing ran by that file never appearing.
"""

from __future__ import annotations

MARKER_VARIABLE = "PANDAPON_MARKER"

# What a payload runs: create the marker file (os is imported inside, as an attacker would).
_RUN = "__import__('pathlib').Path(__import__('os').environ['PANDAPON_MARKER']).write_text('ran')"


def breakouts(run: str = _RUN) -> list[str]:
    """Texts each ending some kind of literal, running ``run``, and opening the literal again."""
    return [
        f'x"""; {run}; """',  # a triple-double-quoted docstring
        f"x'''; {run}; '''",  # its single-quoted twin
        f'x"; {run}; "',  # a double-quoted literal
        f"x'; {run}; '",  # a single-quoted one
        f'x\\"; {run}; "\\',  # a backslash that would eat our escape of the quote
        f"x\n{run}\n",  # a newline that would end a comment or a one-line string
        f'x"""\n{run}\n"""',
        f"x\r{run}\r",  # a carriage return: a line break to Python's tokenizer
        f"{{{run}}}",  # an f-string's replacement field
        f"{{{{ {run} }}}}{{% if true %}}{{% endif %}}",  # Jinja
        f'")\n{run}\n("',  # the end of a call's argument list
        f"x\u2028{run}\u2029",  # line and paragraph separators
        f"x\x00{run}",  # NUL
    ]


#: Texts that must come through exactly, whatever they hold.
TEXTS = [
    *breakouts(),
    '"',
    '""',
    '"""',
    '""""',
    "\\",
    "\\\\",
    "ends with a backslash \\",
    'ends with a quote "',
    "'",
    "'''",
    "\\N{BULLET} \\u2028 \\x00 \\n",  # escapes that must stay text
    "tab\tand\x0bvertical\x0cfeed\x1bescape\x7fdelete\x85next-line",
    "\u202e bidi override \u2066isolate\u2069",
    "\ud800 lone surrogate",
    "{{ config }} {% raw %} {# comment #}",
    "</script><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "```\n# heading\n[link](javascript:alert(1))",
    "中文标题 ภาษาไทย tiếng Việt",
    "",
]
