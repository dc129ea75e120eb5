"""Every third-party module the project imports is declared in pyproject.toml, by the package
that provides it: a tool that comes only as another's dependency can disappear with that
package's next release (a probe found jinja2, jsonschema and referencing used but undeclared).
The tools that gate CI (ruff, mypy) are pinned, so a new release cannot fail a clean clone."""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OWN = {"pandapon", "pandapon_api", "scripts", "tests", "examples"}
#: Where a module may come from: the runtime (pandapon/: dependencies and extras) or the dev
#: extra (everything, for scripts/, tests/ and examples/).
TREES = ("pandapon", "scripts", "tests", "examples")


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {_name(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        names |= {_name(r) for r in extra}
    return names - {"pandapon"}


def imported(tree: str) -> dict[str, str]:
    """Top-level module name -> a file that imports it (absolute imports only)."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / tree).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if (path.parent / f"{top}.py").exists():  # a script's sibling (examples/)
                    continue
                found.setdefault(top, str(path.relative_to(ROOT)))
    return found


def test_every_third_party_import_is_declared() -> None:
    providers = importlib.metadata.packages_distributions()
    ours = declared()
    missing = []
    for tree in TREES:
        for module, where in imported(tree).items():
            if module in OWN or module in sys.stdlib_module_names or module == "__future__":
                continue
            dists = {d.lower().replace("_", "-") for d in providers.get(module, [])}
            assert dists, f"{where} imports {module}, which no installed package provides"
            if not dists & ours:
                missing.append(f"{module} ({', '.join(sorted(dists))}), imported by {where}")
    assert not missing, "undeclared in pyproject.toml: " + "; ".join(missing)


def test_the_tools_that_gate_ci_are_pinned() -> None:
    dev = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "optional-dependencies"
    ]["dev"]
    pins = {_name(r): r for r in dev}
    for tool in ("ruff", "mypy", "openapi-python-client", "openapi-spec-validator"):
        assert re.search(r"==\d", pins[tool]), f"{tool} gates CI but is not pinned: {pins[tool]}"
        installed = importlib.metadata.version(tool)
        assert pins[tool].endswith(f"=={installed}"), (pins[tool], installed)
