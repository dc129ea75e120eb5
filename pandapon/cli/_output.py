"""Printing for people (aligned tables, key/value blocks) and for machines (JSON).

Terminal columns are counted per character: CJK ideographs and full-width forms take two, so
Chinese titles line up with Latin text. Text from PandaPon is data: everything printed for
people goes through ``for_terminal``, which escapes what a terminal would obey (escape
sequences that clear the screen, set the title or make links; bidi overrides) and what cannot
be written at all (a lone surrogate). JSON output escapes lone surrogates (``dumps``).
"""

from __future__ import annotations

import contextlib
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from pandapon_api.types import Unset

from ..bulk._files import dumps, plain

#: What a terminal would act on rather than show: C0 and C1 controls (ESC starts the escape
#: sequences), DEL, bidi overrides and isolates, and lone surrogates (which cannot be encoded).
_UNSHOWABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def for_terminal(text: str, *, keep: str = "") -> str:
    """``text`` safe to print: each character a terminal would obey, or that cannot be written,
    shown as its escape (``\\x1b``, ``\\u202e``, ``\\ud800``); ``keep`` names those to leave
    (``"\\n"`` for a message of several lines)."""

    def escape(found: re.Match[str]) -> str:
        char = found.group()
        if char in keep:
            return char
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"

    return _UNSHOWABLE.sub(escape, text)


def line(text: str = "", *, out: TextIO | None = None) -> None:
    """One line for people (``print``, through ``for_terminal``)."""
    print(for_terminal(text), file=out or sys.stdout)


def width(text: str) -> int:
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def fit(text: str, columns: int) -> str:
    """``text`` cut (with an ellipsis) or padded to exactly ``columns`` terminal columns."""
    if width(text) > columns:
        out, used = [], 0
        for char in text:
            if used + width(char) > columns - 1:
                break
            out.append(char)
            used += width(char)
        text = "".join(out) + "…"
    return text + " " * (columns - width(text))


def dig(value: Any, *path: str) -> Any:
    """``value.a.b`` for ``dig(value, "a", "b")``; None where a link is missing, null or unset."""
    for name in path:
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return None
    return value


def cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return "-"
    if isinstance(value, (dict, list)):
        return for_terminal(dumps(value))
    return for_terminal(str(value))


def table(
    rows: Iterable[Sequence[Any]],
    headers: Sequence[str],
    *,
    max_width: int = 60,
    out: TextIO | None = None,
) -> None:
    stream = out or sys.stdout
    texts = [[cell(v) for v in row] for row in rows]
    widths = [
        min(max_width, max([width(h)] + [width(r[i]) for r in texts]))
        for i, h in enumerate(headers)
    ]
    header = "  ".join(fit(h, w) for h, w in zip(headers, widths, strict=True)).rstrip()
    print(header, file=stream)
    print("  ".join("-" * w for w in widths), file=stream)
    for row in texts:
        print("  ".join(fit(v, w) for v, w in zip(row, widths, strict=True)).rstrip(), file=stream)


def fields(pairs: Sequence[tuple[str, Any]], *, out: TextIO | None = None) -> None:
    """A key/value block; values that are None or unset are left out."""
    stream = out or sys.stdout
    shown = [(k, cell(v)) for k, v in pairs if plain(v) is not None]
    label = max((width(k) for k, _ in shown), default=0)
    for key, value in shown:
        print(f"{fit(key, label)}  {value}", file=stream)


def shown_as_json(args: Any, value: Any) -> bool:
    """Print ``value`` as JSON instead of a table when asked (``--json``), when there is nothing
    to lay out (None), or when the answer's shape differs from the spec's (a table would guess
    at it: ``ShapeWarning``s were caught, ``capture_shape_warnings``); True if it did."""
    drifted = bool(getattr(args, "shape_warnings", None))
    if not (args.json or value is None or drifted):
        return False
    if drifted and not args.json:
        print(
            "pandapon: the answer differs from the spec (see above), so it is shown as JSON",
            file=sys.stderr,
        )
    emit_json(value)
    return True


@contextlib.contextmanager
def capture_shape_warnings(args: Any) -> Iterator[None]:
    """Collect the ``ShapeWarning``s of a command in ``args.shape_warnings`` (each is on stderr
    already, from the ``pandapon`` logger); other warnings show as usual."""
    import warnings  # noqa: PLC0415

    from .._exceptions import ShapeWarning  # noqa: PLC0415

    caught: list[ShapeWarning] = []
    args.shape_warnings = caught
    with warnings.catch_warnings():
        warnings.simplefilter("always", ShapeWarning)
        shown = warnings.showwarning

        def show(message: Any, category: type[Warning], *rest: Any, **kw: Any) -> None:
            if isinstance(message, ShapeWarning):
                caught.append(message)
            else:
                shown(message, category, *rest, **kw)

        warnings.showwarning = show
        yield


def emit_json(value: Any, *, out: TextIO | None = None) -> None:
    (out or sys.stdout).write(dumps(plain(value), indent=2) + "\n")
