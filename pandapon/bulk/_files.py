"""The bulk job's files: ids in, results and failures out, as JSON lines, resumable.

Every id ends up in exactly one of two files: the results (``{"id", "data"}``) or the failures
(``{"id", "error", "type", ...}``). Ids already in the results are skipped, so a run that was
stopped (even by ``kill -9``) continues where it left off; failures are tried again.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pandapon_api.types import Unset

_BLOCK = 64 * 1024
#: Attributes of the SDK's errors a script may want to branch on (never a secret).
ERROR_FIELDS = ("operation_id", "code", "msg", "request_id", "http_status", "outcome_unknown")


def read_ids(path: str | os.PathLike[str], parse: Callable[[str], str] = str.strip) -> list[str]:
    """Ids (or product URLs, which ``parse`` turns into ids) one per line, each once, in order;
    blank lines and ``#`` comments are ignored (a URL's ``#fragment`` is ``parse``'s to judge)."""
    ids: list[str] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        text = (
            line.split("#", 1)[0].strip() if not line.lstrip().startswith("http") else line.strip()
        )
        if text:
            ids.append(parse(text))
    return list(dict.fromkeys(ids))


def drop_cut_off_line(path: Path) -> int:
    """Cut ``path`` back to its last whole line; how many bytes went.

    A run killed mid-write leaves a last line without its newline (perhaps mid-character), and
    the next record appended would be glued onto it and lost. Its id is fetched again instead.
    """
    if not path.exists():
        return 0
    with path.open("r+b") as file:
        size = end = file.seek(0, os.SEEK_END)
        while end > 0:  # backwards, a block at a time: the file may be large
            start = max(0, end - _BLOCK)
            file.seek(start)
            newline = file.read(end - start).rfind(b"\n")
            if newline >= 0:
                end = start + newline + 1
                break
            end = start
        file.truncate(end)
    return size - end


def already_done(path: Path) -> set[str]:
    """The ids of the records in a results file."""
    done: set[str] = set()
    if path.exists():
        # Line by line in bytes: records end at b"\n" only, while str.splitlines() would also
        # cut at U+2028 or U+0085 inside a record's text and fetch that record again.
        with path.open("rb") as file:
            for line in file:
                try:
                    done.add(str(json.loads(line)["id"]))
                except (ValueError, KeyError, TypeError):
                    continue  # not a record of ours: its id is fetched again
    return done


def plain(value: Any) -> Any:
    """A generated model (or a list of them, or anything) as JSON-ready data with the docs'
    field names; an unset value as None."""
    if isinstance(value, Unset):
        return None
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def error_fields(error: BaseException) -> dict[str, Any]:
    """The error's type and the attributes of it a script may branch on."""
    found = {name: getattr(error, name) for name in ERROR_FIELDS if hasattr(error, name)}
    return {"type": type(error).__name__, **found}


_SURROGATE = re.compile("[\ud800-\udfff]")


def dumps(value: Any, **options: Any) -> str:
    """JSON text, non-ASCII as itself, but a lone surrogate (valid in JSON, "\\ud800", and so
    in PandaPon's answers) as its escape: it cannot be written as UTF-8, and the text reads back
    to the same value. Only strings can hold one, so the escape always lands in a string."""
    text = json.dumps(value, ensure_ascii=False, **options)
    return _SURROGATE.sub(lambda found: f"\\u{ord(found.group()):04x}", text)


def result_line(item: str, data: Any) -> str:
    return dumps({"id": item, "data": plain(data)}) + "\n"


def failure_line(item: str, error: BaseException) -> str:
    record = {"id": item, "error": str(error), **error_fields(error)}
    return dumps(record, default=str) + "\n"


def unique(ids: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(str(i) for i in ids))
