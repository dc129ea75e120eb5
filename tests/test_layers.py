"""The import graphs of ``pandapon/`` and ``scripts/``: no cycle, no module importing from a layer
above its own, each behaviour in the one module named for it, and scripts/'s commands apart from
its libraries (issue 23).

The layers are written out here, lowest first; a module new to the package must be given one.
Imports under ``if TYPE_CHECKING:`` are not edges (they never run); imports inside functions
are (they run on first use). ``from package import name`` is an edge to ``package.name`` when
that is a module, else to the package itself.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: pandapon/, lowest layer first. A name covers the module and, for a package, everything in it
#: that a longer name does not claim.
PANDAPON_LAYERS: Sequence[tuple[str, Sequence[str]]] = (
    (
        "foundation",
        (
            "pandapon._version",
            "pandapon._exceptions",
            "pandapon._types",
            "pandapon._deprecation",
            "pandapon._config",
            "pandapon._logging",
            "pandapon._spec",
            "pandapon._validation",
            "pandapon._signing",
            "pandapon._money",
            "pandapon._shape",
            "pandapon._asgi",
            "pandapon._cli_values",
        ),
    ),
    (
        "the parts of a call",
        (
            "pandapon._auth",
            "pandapon._deadline",
            "pandapon._decode",
            "pandapon._evidence",
            "pandapon._evidence_report",
            "pandapon._hooks",
            "pandapon._request",
            "pandapon._response",
            "pandapon._pagination",
            "pandapon._ratelimit",
            "pandapon._settle",
            "pandapon._transport",
        ),
    ),
    ("retries", ("pandapon._retry",)),
    ("what both clients share", ("pandapon._base_client",)),
    ("the clients", ("pandapon._client", "pandapon._with_raw_response")),
    ("the public API", ("pandapon",)),
    ("bulk runs", ("pandapon.bulk",)),
    ("integrations", ("pandapon.contrib",)),
    ("webhooks", ("pandapon.webhooks",)),
    ("the sandbox", ("pandapon.sandbox",)),
    ("the pytest plugin", ("pandapon.testing",)),
    ("the command line", ("pandapon.cli", "pandapon.__main__")),
)

#: Each behaviour of the client, the module that holds it, and names no other module of the
#: client (``pandapon._*``) defines.
BEHAVIOURS: Mapping[str, tuple[str, Sequence[str]]] = {
    "retries": (
        "pandapon._retry",
        ("RetryPolicy", "settle_attempt", "retry_delay", "retry_after", "connection_error"),
    ),
    "the deadline": ("pandapon._deadline", ("Budget", "deadline_error")),
    "pagination": ("pandapon._pagination", ("Page", "Pager", "page_items", "async_items")),
    "preparing a call": (
        "pandapon._request",
        ("CallOptions", "PreparedCall", "prepare", "build_request", "lookup", "redacted"),
    ),
    "reading answers": (
        "pandapon._decode",
        ("BodyReader", "read_answer", "error_class", "loads", "read_json", "refuse_redirect"),
    ),
    "what a call hands back": ("pandapon._response", ("APIResponse", "UncheckedResponse")),
    "connections": ("pandapon._transport", ("Pools", "POOLS", "connect", "connect_after_fork")),
    "rate limits": ("pandapon._ratelimit", ("RateLimiter", "wait_for_permit", "await_permit")),
    "the configuration": ("pandapon._base_client", ("BaseClient",)),
    "the sync and async clients": ("pandapon._client", ("PandaPon", "AsyncPandaPon")),
    "with_raw_response": ("pandapon._with_raw_response", ("WithRawResponse",)),
    "the clock": ("pandapon._auth", ("Clock",)),
    "one line per attempt": ("pandapon._logging", ("log_attempt",)),
}


#: scripts/, lowest layer first: the spec as data; what is made from it and checked of it; what
#: brings outside text in, the reference and the benchmarks; the commands.
SCRIPTS_LAYERS: Sequence[tuple[str, Sequence[str]]] = (
    ("the spec as data", ("scripts.spec",)),
    ("generation and checks", ("scripts.codegen", "scripts.checks")),
    (
        "doc sync, reference, benchmarks",
        ("scripts.docsync", "scripts.reference", "scripts.benchmarks"),
    ),
    ("the commands", ("scripts",)),
)

#: Helpers the tools once wrote several times, each now in one module of scripts/.
SCRIPTS_HELPERS: Mapping[str, tuple[str, ...]] = {
    "scripts.spec.names": ("ref_name", "OBSERVED", "ENVELOPE_CODES", "TYPE_ORDER"),
    "scripts.spec.operations": ("success_response", "first_media", "iter_operations"),
    "scripts.spec.schema": (
        "non_null",
        "flatten",
        "FieldInfo",
        "operation_fields",
        "type_text",
        "reachable_schemas",
    ),
    "scripts.spec.load": ("load_spec", "spec_at_ref", "bundle"),
    "scripts.docsync.transaction": ("Applied", "Backup"),
}


def modules(*packages: str) -> dict[str, Path]:
    """Every module of the packages, by dotted name (a package by its own name)."""
    found: dict[str, Path] = {}
    for package in packages:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> Iterable[ast.Import | ast.ImportFrom]:
    """Every import statement that can run (not those under ``if TYPE_CHECKING:``)."""
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def imports(name: str, path: Path, known: Mapping[str, Path]) -> set[str]:
    """The modules of ``known`` that module ``name`` imports."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        if node.level:
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            target = ".".join([*base, *([node.module] if node.module else [])])
        else:
            target = node.module or ""
        for alias in node.names:
            sub = f"{target}.{alias.name}"
            found.add(sub if sub in known else target)
    return {module for module in found if module in known and module != name}


def graph(*packages: str) -> dict[str, set[str]]:
    known = modules(*packages)
    return {name: imports(name, path, known) for name, path in known.items()}


def cycles(edges: Mapping[str, set[str]]) -> list[list[str]]:
    """The import cycles (strongly connected components of more than one module)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(edges[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def layer_of(module: str, layers: Sequence[tuple[str, Sequence[str]]]) -> int | None:
    """The index of the layer that claims ``module`` (the longest name that covers it)."""
    best: tuple[int, int] | None = None
    for number, (_, names) in enumerate(layers):
        for name in names:
            covers = module == name or module.startswith(name + ".")
            if covers and (best is None or len(name) > best[0]):
                best = (len(name), number)
    return None if best is None else best[1]


def upward(edges: Mapping[str, set[str]], layers: Sequence[tuple[str, Sequence[str]]]) -> list[str]:
    """Each import from a module into a layer above its own."""
    found = []
    for module, targets in sorted(edges.items()):
        own = layer_of(module, layers)
        assert own is not None
        for target in sorted(targets):
            theirs = layer_of(target, layers)
            assert theirs is not None
            if theirs > own:
                found.append(f"{module} ({layers[own][0]}) imports {target} ({layers[theirs][0]})")
    return found


def test_pandapon_has_no_import_cycle() -> None:
    assert cycles(graph("pandapon")) == []


def test_every_module_of_pandapon_has_a_layer() -> None:
    assert [m for m in modules("pandapon") if layer_of(m, PANDAPON_LAYERS) is None] == []


def test_no_module_of_pandapon_imports_from_a_layer_above_its_own() -> None:
    assert upward(graph("pandapon"), PANDAPON_LAYERS) == []


def _defined(path: Path) -> set[str]:
    """The names a module defines at its top level (functions, classes, assignments)."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


@pytest.mark.parametrize("behaviour", sorted(BEHAVIOURS))
def test_each_behaviour_lives_in_one_module(behaviour: str) -> None:
    home, names = BEHAVIOURS[behaviour]
    known = {m: p for m, p in modules("pandapon").items() if m.count(".") == 1}
    assert set(names) <= _defined(known[home]), f"{behaviour}: not all in {home}"
    elsewhere = {
        name: module
        for module, path in known.items()
        if module != home
        for name in set(names) & _defined(path)
    }
    assert elsewhere == {}, f"{behaviour}: defined outside {home}"


def test_the_checks_see_a_cycle_and_an_upward_import() -> None:
    """The helpers above on a made-up graph: they would notice what they look for."""
    edges = {"p.low": {"p.high"}, "p.high": {"p.low"}, "p.mid": set()}
    assert cycles(edges) == [["p.high", "p.low"]]
    layers = (("low", ("p.low",)), ("mid", ("p.mid",)), ("high", ("p.high",)))
    assert upward(edges, layers) == ["p.low (low) imports p.high (high)"]


# -- scripts/ -------------------------------------------------------------------------------


def commands() -> dict[str, Path]:
    """scripts/'s commands: its top-level modules (``python -m scripts.<name>``)."""
    return {
        name: path
        for name, path in modules("scripts").items()
        if name.count(".") == 1 and path.parent.name == "scripts" and path.name != "__init__.py"
    }


def test_scripts_has_no_import_cycle() -> None:
    assert cycles(graph("scripts")) == []


def test_no_module_of_scripts_imports_from_a_layer_above_its_own() -> None:
    assert upward(graph("scripts"), SCRIPTS_LAYERS) == []


def test_no_command_imports_another() -> None:
    edges, names = graph("scripts"), set(commands())
    assert {name: sorted(edges[name] & names) for name in names if edges[name] & names} == {}


def test_the_commands_are_the_only_modules_with_a_command_line() -> None:
    """A library (any module of scripts/'s packages) has no ``main`` and no ``__main__`` block:
    what runs is a command, and a command imports libraries only."""
    with_main = set()
    for name, path in modules("scripts").items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if any(isinstance(node, ast.FunctionDef) and node.name == "main" for node in tree.body):
            with_main.add(name)
        if "__main__" in path.read_text(encoding="utf-8") and name not in commands():
            with_main.add(name)
    assert with_main == set(commands())


@pytest.mark.parametrize("home", sorted(SCRIPTS_HELPERS))
def test_each_helper_of_scripts_exists_once(home: str) -> None:
    known = modules("scripts")
    names = set(SCRIPTS_HELPERS[home])
    assert names <= _defined(known[home])
    elsewhere = {
        name: module
        for module, path in known.items()
        if module != home
        for name in names & _defined(path)
    }
    assert elsewhere == {}


@pytest.mark.parametrize("command", sorted(commands()))
def test_a_command_run_by_path_says_how_to_run_it(command: str) -> None:
    """``python scripts/generate.py`` answers with a one-line hint, not a traceback about a
    module named ``scripts``."""
    path = commands()[command]
    result = subprocess.run(
        [sys.executable, str(path), "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    tool = command.rpartition(".")[2]
    assert result.stderr == f"run it from the checkout as a module: python -m scripts.{tool}\n"
    assert result.returncode == 1


def test_contributing_gives_every_module_its_job() -> None:
    """CONTRIBUTING.md's "Where things are" names every module of pandapon/ and scripts/."""
    text = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    section = text.split("## Where things are", 1)[1].split("\n## ", 1)[0]
    missing = []
    for name, path in {**modules("pandapon"), **modules("scripts")}.items():
        if path.name == "__init__.py":
            continue
        parts = name.split(".")
        if parts[0] == "scripts" and len(parts) == 3:
            wanted = f"`{parts[1]}/{parts[2]}`"  # a library: `spec/load`
        else:
            wanted = f"`{parts[-1]}`"
        if wanted not in section and f"{parts[-1]}`" not in section:
            missing.append(name)
    assert missing == []
