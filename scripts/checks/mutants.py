"""Mutation testing of the modules that hold the SDK's promises (``python -m scripts.mutation``,
``make mutation``, TESTING.md).

mutmut (pinned in the dev extra, configured in pyproject.toml's ``[tool.mutmut]``) makes each
small change to these functions in turn and runs the tests that reach it; a change no test
notices is a *surviving* mutant. The report gives the score per module and every survivor with
the line it changed. Each survivor must be explained in TESTING.md's table (the function and
the changed line, as printed here), or killed by a new test: the exit code is 1 while one is
neither, when TESTING.md explains a mutant that no longer survives, and when a ``TARGETS``
pattern matched no mutant (a renamed function, a module mutmut did not mutate). The modules
are grouped in ``AREAS`` (``make mutation TARGET=client`` runs one area and reports it);
``TARGETS`` names the same modules as pyproject.toml's ``only_mutate``, and every run checks
that they agree.
"""

from __future__ import annotations

import ast
import difflib
import fnmatch
import json
import re
import shutil
import subprocess
import sys
import textwrap
import time
import tomllib
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from scripts.spec import ROOT

MUTANTS = ROOT / "mutants"
PYPROJECT = ROOT / "pyproject.toml"
TESTING_MD = ROOT / "TESTING.md"
LOG = MUTANTS / "mutmut-run.log"
#: What is mutated, by area (``make mutation TARGET=<area>`` runs one): per module, the patterns
#: of the mutant names that count (mutmut names a function ``module.x_name`` and a method
#: ``module.xǁClassǁname``; ``?`` stands for ``ǁ`` here). The whole module unless a promise lives
#: in part of it: in ``_decode.py`` the classification of errors (which decides, with
#: ``_retry``, what is sent again) and the reading of a body within its size cap; the rest of
#: reading answers is held by the drift tests, which run out of process. Every module here is in
#: pyproject.toml's [tool.mutmut] only_mutate (config_problems checks it).
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    # Signing, validation, push signatures, the sandbox's check, retries: the first six.
    "promises": {
        "pandapon/_signing.py": ("pandapon._signing.*",),
        "pandapon/_validation.py": ("pandapon._validation.*",),
        "pandapon/webhooks/_signature.py": ("pandapon.webhooks._signature.*",),
        "pandapon/sandbox/_auth.py": ("pandapon.sandbox._auth.*",),
        "pandapon/_retry.py": ("pandapon._retry.*",),
        "pandapon/_decode.py": ("pandapon._decode.x_error_class__*",),
    },
    # The rest of the client core: auth and its guard, money, errors, building requests,
    # the size cap, pages, the transport, construction.
    "client": {
        "pandapon/_auth.py": ("pandapon._auth.*",),
        "pandapon/_money.py": ("pandapon._money.*",),
        "pandapon/_exceptions.py": ("pandapon._exceptions.*",),
        "pandapon/_request.py": ("pandapon._request.*",),
        "pandapon/_pagination.py": ("pandapon._pagination.*",),
        "pandapon/_transport.py": ("pandapon._transport.*",),
        "pandapon/_base_client.py": ("pandapon._base_client.*",),
        "pandapon/_client.py": ("pandapon._client.*",),
        "pandapon/_decode.py": ("pandapon._decode.x?BodyReader?*",),
    },
    # The webhook receiver, its stores (SQLite and in-memory in process; Redis and PostgreSQL
    # need their servers and are held by tests/webhooks/test_webhook_stores.py) and messages.
    "webhooks": {
        "pandapon/webhooks/_receiver.py": ("pandapon.webhooks._receiver.*",),
        "pandapon/webhooks/_store.py": ("pandapon.webhooks._store.*",),
        "pandapon/webhooks/_sqlite.py": ("pandapon.webhooks._sqlite.*",),
        "pandapon/webhooks/_construct.py": ("pandapon.webhooks._construct.*",),
    },
    # The sandbox's rules: the two platforms' handlers, status moves, stock.
    "sandbox": {
        "pandapon/sandbox/alibaba/handlers.py": ("pandapon.sandbox.alibaba.handlers.*",),
        "pandapon/sandbox/taobao/handlers.py": ("pandapon.sandbox.taobao.handlers.*",),
        "pandapon/sandbox/_status.py": ("pandapon.sandbox._status.*",),
        "pandapon/sandbox/_stock.py": ("pandapon.sandbox._stock.*",),
    },
    # The command line's in-process parts (the rest runs as a subprocess in its tests).
    "cli": {
        "pandapon/cli/_ids.py": ("pandapon.cli._ids.*",),
        "pandapon/_cli_values.py": ("pandapon._cli_values.*",),
    },
    # The spec tooling: docs_sync's report, cross-check and apply, lint_spec's rules,
    # spec_diff's changes, the template patches, the decoders' generator.
    "scripts": {
        "scripts/docsync/report.py": ("scripts.docsync.report.*",),
        "scripts/docsync/crosscheck.py": ("scripts.docsync.crosscheck.*",),
        "scripts/docsync/apply.py": ("scripts.docsync.apply.*",),
        "scripts/checks/rules.py": ("scripts.checks.rules.*",),
        "scripts/checks/changes.py": ("scripts.checks.changes.*",),
        "scripts/codegen/patches.py": ("scripts.codegen.patches.*",),
        "scripts/codegen/decoders.py": ("scripts.codegen.decoders.*",),
    },
}


def _merged(areas: list[str]) -> dict[str, tuple[str, ...]]:
    merged: dict[str, tuple[str, ...]] = {}
    for area in areas:
        for module, group in AREAS[area].items():
            merged[module] = merged.get(module, ()) + group
    return merged


#: Every module and its patterns, whatever its area.
TARGETS: dict[str, tuple[str, ...]] = _merged(list(AREAS))
#: Modules whose error messages are their own wording, not a promise: the sandbox's handlers
#: answer with a code (what users and their tests match on, and what the tests check) and a
#: message of the sandbox's own (the docs show no messages for these refusals). A survivor there
#: whose only change is the text of a message it raises is reported as ``wording``, listed and
#: counted, not as a survivor to explain one by one (TESTING.md).
WORDING_FREE = ("pandapon/sandbox/alibaba/handlers.py", "pandapon/sandbox/taobao/handlers.py")
#: mutmut's exit codes (mutmut.stats.status_by_exit_code): what became of a mutant.
KILLED = {1, 3}
TIMEOUT = {24, -24, 36, 152, 255}
#: A run must finish within this on 2 cores (the first area takes about ten minutes; all of
#: them several hours: TESTING.md).
DEADLINE = 6 * 3600


@dataclass(frozen=True)
class Mutant:
    name: str  # pandapon._signing.x_sign__mutmut_28
    module: str  # pandapon/_signing.py
    exit_code: int | None

    @property
    def function(self) -> str:
        return self.name.rsplit("__mutmut_", 1)[0]

    @property
    def status(self) -> str:
        if self.exit_code in KILLED:
            return "killed"
        if self.exit_code in TIMEOUT:
            return "timeout"  # the change made the tests hang: noticed too
        if self.exit_code == 0:
            return "survived"
        if self.exit_code in (5, 33):
            return "no test reaches it"
        return "not run" if self.exit_code is None else f"other ({self.exit_code})"


def targets(areas: list[str] | None = None) -> dict[str, tuple[str, ...]]:
    """The modules (and their patterns) of ``areas``; all of them by default."""
    if areas is None:
        return dict(TARGETS)
    unknown = sorted(set(areas) - set(AREAS))
    if unknown:
        raise ValueError(f"no such area: {', '.join(unknown)} (areas: {', '.join(AREAS)})")
    return _merged(areas)


def patterns(areas: list[str] | None = None) -> list[str]:
    return [pattern for group in targets(areas).values() for pattern in group]


def not_run(areas: list[str] | None = None, mutants: Path | None = None) -> list[str]:
    """The names of the areas' mutants that the last run recorded without a verdict (it was
    stopped, or mutmut reset them because their function changed since)."""
    return [m.name for m in collect(mutants, areas) if m.status == "not run"]


def run(
    max_children: int,
    areas: list[str] | None = None,
    *,
    fresh: bool = True,
    names: list[str] | None = None,
) -> int:
    """A mutmut run over the areas' modules; its output goes to mutants/mutmut-run.log.
    ``fresh`` starts from an empty mutants/; otherwise mutmut keeps what it recorded before
    (its test-coverage map, the other areas' results) and runs the named mutants again:
    ``names`` (say, those ``not_run`` gives, to resume a stopped run), or all of the areas'."""
    if fresh:
        shutil.rmtree(MUTANTS, ignore_errors=True)
    MUTANTS.mkdir(exist_ok=True)
    mutmut = Path(sys.executable).parent / "mutmut"
    started = time.monotonic()
    chosen = patterns(areas) if names is None else names
    command = [str(mutmut), "run", "--max-children", str(max_children), *chosen]
    with LOG.open("w", encoding="utf-8") as log:
        try:
            proc = subprocess.run(
                command,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=DEADLINE,
                check=False,
            )
        except subprocess.TimeoutExpired:
            print(f"mutmut did not finish within {DEADLINE // 60} min (log: {LOG})")
            return 1
    minutes = (time.monotonic() - started) / 60
    print(f"mutmut ran {minutes:.1f} min with {max_children} workers (log: {LOG})")
    if proc.returncode != 0:
        print(LOG.read_text(encoding="utf-8", errors="replace")[-3000:])
        print(f"mutmut failed (exit code {proc.returncode})")
        return 1
    return 0


def config_problems(pyproject: Path = PYPROJECT) -> list[str]:
    """Where pyproject.toml's ``only_mutate`` and ``TARGETS`` name different modules."""
    with pyproject.open("rb") as file:
        only = set(tomllib.load(file).get("tool", {}).get("mutmut", {}).get("only_mutate", []))
    problems = [
        f"{module}: in TARGETS, not in {pyproject.name}'s [tool.mutmut] only_mutate"
        for module in sorted(set(TARGETS) - only)
    ]
    problems += [
        f"{module}: in {pyproject.name}'s [tool.mutmut] only_mutate, but no TARGETS pattern"
        for module in sorted(only - set(TARGETS))
    ]
    return problems


def collect(mutants: Path | None = None, areas: list[str] | None = None) -> list[Mutant]:
    """Every mutant of the areas' modules in the last run, from mutmut's own records."""
    root = MUTANTS if mutants is None else mutants
    found: list[Mutant] = []
    for module, wanted in targets(areas).items():
        meta = root / f"{module}.meta"
        if not meta.exists():
            continue
        codes: dict[str, int | None] = json.loads(meta.read_text(encoding="utf-8"))[
            "exit_code_by_key"
        ]
        for name, code in sorted(codes.items()):
            if any(fnmatch.fnmatchcase(name, pattern) for pattern in wanted):
                found.append(Mutant(name, module, code))
    return found


@cache
def _functions(module: str) -> dict[str, list[str]]:
    """The body lines of every function in mutmut's copy of a module (the original of each
    mutated function is there as ``<name>__mutmut_orig``, each mutant as ``<name>__mutmut_N``)."""
    source = (MUTANTS / module).read_text(encoding="utf-8")
    lines = source.splitlines()
    bodies: dict[str, list[str]] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            # By line numbers: ast.get_source_segment re-splits the whole file for each of the
            # thousands of functions in a large module's copy.
            end = node.end_lineno or node.lineno
            bodies[node.name] = lines[node.lineno : end]  # the def lines differ by name only
    return bodies


def _bodies(mutant: Mutant) -> tuple[list[str] | None, list[str] | None]:
    """The original's and the mutant's body lines in mutmut's copy (None where missing)."""
    bodies = _functions(mutant.module)
    local = mutant.name.rsplit(".", 1)[1]
    return bodies.get(local.rsplit("__mutmut_", 1)[0] + "__mutmut_orig"), bodies.get(local)


def change(mutant: Mutant) -> str:
    """The line(s) the mutant changed, as mutated (stripped; several joined by ' / ')."""
    original, mutated = _bodies(mutant)
    diff = difflib.ndiff(original or [], mutated or [])
    added = [line[2:].strip() for line in diff if line.startswith("+ ")]
    return " / ".join(added) if added else "(line removed)"


def _messages_blanked(body: list[str]) -> str | None:
    """The function body's syntax tree with the string literals of every exception it raises
    emptied (None when the body does not parse on its own)."""
    try:
        tree = ast.parse(textwrap.dedent("\n".join(body)))
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            arguments = [*node.exc.args, *(keyword.value for keyword in node.exc.keywords)]
            # The literal text only: not a key or a name read while making the message.
            literals = [a for a in arguments if isinstance(a, ast.Constant)]
            for text in (a for a in arguments if isinstance(a, ast.JoinedStr)):
                literals += [part for part in text.values if isinstance(part, ast.Constant)]
            for literal in literals:
                if isinstance(literal.value, str):
                    literal.value = ""
    return ast.dump(tree)


def wording_only(mutant: Mutant) -> bool:
    """Whether the mutant changes nothing but the text of a message its function raises, in a
    module of ``WORDING_FREE``."""
    if mutant.module not in WORDING_FREE:
        return False
    original, changed = _bodies(mutant)
    if original is None or changed is None or original == changed:
        return False
    blanked = _messages_blanked(original)
    return blanked is not None and blanked == _messages_blanked(changed)


_ROW = re.compile(r"^\|\s*`(?P<function>[^`]+)`\s*\|\s*`(?P<change>.+?)`\s*\|(?P<why>.+)\|\s*$")


def explained(text: str) -> dict[tuple[str, str], str]:
    """TESTING.md's table of survivors: (function, changed line) -> why it may survive."""
    found: dict[tuple[str, str], str] = {}
    for line in text.splitlines():
        match = _ROW.match(line)
        if match:
            key = (match["function"], match["change"].replace("\\|", "|"))
            found[key] = match["why"].strip()
    return found


def unmatched(mutants: list[Mutant], areas: list[str] | None = None) -> list[str]:
    """The patterns of the areas that no recorded mutant matches."""
    return [
        pattern
        for module, group in targets(areas).items()
        for pattern in group
        if not any(m.module == module and fnmatch.fnmatchcase(m.name, pattern) for m in mutants)
    ]


def report(
    mutants: list[Mutant], reasons: dict[tuple[str, str], str], areas: list[str] | None = None
) -> int:
    """The score per area and module, and every survivor; 1 while one is neither killed nor
    explained in ``reasons`` (TESTING.md), while one explained there no longer survives (in
    the areas reported), or while a pattern of theirs matched no mutant."""
    if not mutants:
        print("no mutants recorded: run `make mutation` first")
        return 1
    chosen = list(AREAS) if areas is None else areas
    print("| area | module | mutants | no verdict yet | killed | timed out | survived | score |")
    print("|---|---|---|---|---|---|---|---|")
    total: Counter[str] = Counter()
    for area in chosen:
        in_area: Counter[str] = Counter()
        for module, group in AREAS[area].items():
            statuses = Counter(
                m.status
                for m in mutants
                if m.module == module and any(fnmatch.fnmatchcase(m.name, p) for p in group)
            )
            in_area.update(statuses)
            print(_score_row(f"{area} | `{module}`", statuses))
        total.update(in_area)
        if len(AREAS[area]) > 1:
            print(_score_row(f"**{area}** | all", in_area))
    print(_score_row("**all** |", total))
    nothing = unmatched(mutants, areas)
    for pattern in nothing:
        print(
            f"TARGETS pattern {pattern} matched no mutant "
            "(function renamed or removed, or its module not mutated?)"
        )
    missed = [m for m in mutants if m.status == "not run"]
    if missed:
        print(
            f"\n{len(missed)} mutants have no verdict yet (a stopped run?): "
            "`make mutation RESUME=1` goes on with them"
        )
    survivors = [m for m in mutants if m.status not in ("killed", "timeout", "not run")]
    wording = [m for m in survivors if wording_only(m)]
    if wording:
        print(f"\n{len(wording)} surviving mutants change only a message's wording (WORDING_FREE):")
        for mutant in wording:
            print(f"- {mutant.name}: {change(mutant)}")
    survivors = [m for m in survivors if m not in wording]
    print(f"\n{len(survivors)} surviving mutants:")
    unexplained = 0
    seen: set[tuple[str, str]] = set()
    for mutant in survivors:
        key = (mutant.function, change(mutant))
        seen.add(key)
        why = reasons.get(key)
        if why is None:
            unexplained += 1
        mark = "explained" if why else "NOT EXPLAINED"
        print(f"- {mutant.name} [{mutant.status}, {mark}]: {key[1]}")
    modules = set(targets(areas))
    stale = sorted(key for key in set(reasons) - seen if _module_of(key[0]) in modules)
    for function, line in stale:
        print(f"TESTING.md explains a mutant that does not survive now: {function}: {line}")
    if unexplained:
        print(f"{unexplained} surviving mutants are neither killed nor explained in TESTING.md")
    return 1 if unexplained or stale or nothing or missed else 0


def _module_of(function: str) -> str:
    """``pandapon._retry.x_retry_delay`` -> ``pandapon/_retry.py`` (the module it is in)."""
    dotted = function.rsplit(".", 1)[0]
    return dotted.replace(".", "/") + ".py"


def _score_row(label: str, statuses: Counter[str]) -> str:
    """A table row; the score is of the mutants that have a verdict."""
    count = sum(statuses.values())
    pending = statuses["not run"]
    caught = statuses["killed"] + statuses["timeout"]
    judged = count - pending
    score = f"{100 * caught / judged:.1f}%" if judged else "-"
    survived = judged - caught
    return (
        f"| {label} | {count} | {pending} | {statuses['killed']} | {statuses['timeout']} "
        f"| {survived} | {score} |"
    )
