"""Generation: generated/pandapon_api and docs/operations.md from the spec in openapi/
(``python -m scripts.generate``, ``make generate``, ``make check-generated``).

Both writing and checking also hold the package to scripts/codegen/gate.py: every module is
parsed, and a construct the templates never write (a call at module level, ``__import__``, an
expression statement that is not a docstring...) fails the gate, and ``make generate`` writes
nothing.

Generation is offline and deterministic: the pinned openapi-python-client and ruff run on the
bundled spec in a fresh temporary directory, so no stale file survives and nothing depends on
where the checkout lives. The package also gets the bundled spec (`openapi.json`, which the SDK
reads at run time), a `py.typed` marker and `stamp.json` (spec hash and tool versions).
"""

from __future__ import annotations

import copy
import difflib
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from pandapon._validation import INFERRED
from scripts import spec as spec_mod
from scripts.codegen import gate as code_gate
from scripts.codegen import patches as template_patches
from scripts.codegen import resources

GENERATOR = ("openapi-python-client", "0.29.1")
RUFF = ("ruff", "0.17.6")
PACKAGE = "pandapon_api"
TARGET = spec_mod.ROOT / "generated" / PACKAGE
OPERATIONS_DOC = spec_mod.ROOT / "docs" / "operations.md"
_IGNORED = {"__pycache__", ".ruff_cache"}

# ruff runs --isolated so that no pyproject.toml around the temp dir changes the formatting,
# and --no-cache so that it leaves no .ruff_cache behind.
_RUFF_STEPS = (
    ("check", "--isolated", "--no-cache", "--fix-only", "--extend-select=I"),
    ("format", "--isolated", "--no-cache"),
)
_CONFIG = {
    "project_name_override": PACKAGE,
    "package_name_override": PACKAGE,
    "post_hooks": [" ".join(("ruff", *step, ".")) for step in _RUFF_STEPS],
}


REFUSED = "the generated code holds constructs the templates never write"


class GenerationError(Exception):
    pass


def _check_pins() -> None:
    for name, wanted in (GENERATOR, RUFF):
        try:
            found = metadata.version(name)
        except metadata.PackageNotFoundError:
            found = "not installed"
        if found != wanted:
            raise GenerationError(
                f"{name}=={wanted} is required, found {found} (run `make install`)"
            )


def _bin(name: str) -> str:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else name


def run_generator(
    spec: dict[str, Any], workdir: Path, *, spec_dir: Path = spec_mod.SPEC_DIR
) -> Path:
    """Generate the client for a bundled spec inside workdir; return the package directory."""
    _check_pins()
    spec_file = workdir / "openapi.json"
    spec_file.write_text(spec_mod.dumps(spec), encoding="utf-8")
    view = generator_view(spec)
    view_file = workdir / "generator-view.json"
    view_file.write_text(spec_mod.dumps(view), encoding="utf-8")
    config = workdir / "config.json"
    config.write_text(json.dumps(_CONFIG), encoding="utf-8")
    out = workdir / PACKAGE
    try:
        template_patches.write_patched(workdir / "templates")
    except template_patches.PatchError as error:
        raise GenerationError(str(error)) from None
    env = dict(os.environ)
    # The pinned ruff next to this interpreter must win over any other ruff on PATH.
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    # The generator's command line, run by the adapter so that the patched templates have the
    # literal and docstring filters of scripts/spec/pyliteral.py.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(spec_mod.ROOT), env.get("PYTHONPATH")) if p)
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scripts.generator_adapter",
            "generate",
            "--path",
            str(view_file),
            "--output-path",
            str(out),
            "--config",
            str(config),
            "--meta",
            "none",
            "--custom-template-path",
            str(workdir / "templates"),
            "--fail-on-warning",
        ],
        cwd=workdir,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise GenerationError(f"openapi-python-client failed:\n{proc.stdout}\n{proc.stderr}")
    sdk_modules = resources.render(view, view_file, _CONFIG)
    for name, source in sdk_modules.items():
        (out / name).parent.mkdir(parents=True, exist_ok=True)
        (out / name).write_text(source, encoding="utf-8")
    for step in _RUFF_STEPS:
        formatted = subprocess.run(
            [_bin("ruff"), *step, *sdk_modules],
            cwd=out,
            env=env,
            check=False,
            capture_output=True,
            text=True,
        )
        if formatted.returncode != 0:  # the modules do not even parse: a template is broken
            raise GenerationError(f"ruff {step[0]} failed on the SDK modules:\n{formatted.stderr}")
    shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
    (out / "py.typed").write_text("", encoding="utf-8")
    shutil.copyfile(spec_file, out / "openapi.json")
    stamp = {
        "spec_sha256": spec_mod.source_hash(spec_dir),
        "generator": f"{GENERATOR[0]}=={GENERATOR[1]}",
        "formatter": f"{RUFF[0]}=={RUFF[1]}",
    }
    (out / "stamp.json").write_text(json.dumps(stamp, indent=2) + "\n", encoding="utf-8")
    return out


def generator_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generated signatures see it: a field or parameter the docs do not say is
    required (``x-pandapon-inferred: [required]``) is optional there, so a typed method never
    demands a guess. The SDK still checks it at run time in ``validate="strict"``."""
    view: dict[str, Any] = copy.deepcopy(spec)

    def relax(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                relax(item)
            return
        if not isinstance(node, dict):
            return
        properties = node.get("properties")
        if isinstance(properties, dict) and isinstance(node.get("required"), list):
            node["required"] = [
                name
                for name in node["required"]
                if "required" not in ((properties.get(name) or {}).get(INFERRED) or ())
            ]
            if not node["required"]:
                del node["required"]
        if node.get("in") in ("query", "header") and "required" in (node.get(INFERRED) or ()):
            node["required"] = False
        for value in node.values():
            relax(value)

    relax(view.get("paths"))
    relax(view.get("components", {}).get("schemas"))
    return view


def endpoint_modules(package: Path) -> list[Path]:
    return sorted(p for p in (package / "api").glob("*/*.py") if p.name != "__init__.py")


def operations_table(spec: dict[str, Any]) -> str:
    """docs/operations.md: every operation with its platform, group, method, path, confidence."""
    lines = [
        "# PandaPon operations",
        "",
        "Generated from `openapi/` by `make generate`; do not edit.",
        "",
        "- *confidence*: how much of the operation was read on a PandaPon doc page (`seen`),",
        "  observed in real answers recorded as evidence (`observed`), partly read (`partial`),",
        "  or inferred from siblings and upstream APIs (`inferred`).",
        "- *path*: seen on a v2 page, derived from an older path (`legacy`), or inferred.",
        "- *retry*: whether the SDK may retry the call on its own.",
        "- *rules*: of the request's rules (required fields and parameters, limits, enums), how",
        '  many the SDK enforces by default (`validate="docs"`: the ones the docs state) and how',
        '  many there are in all (`validate="strict"` enforces every one).',
        "",
        "| platform | group | operationId | method | path | confidence | path | retry | rules |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for path, method, op in spec_mod.iter_operations(spec):
        doc = op.get("x-pandapon-doc", {})
        platform, group, _ = str(doc.get("menu", "?/?/?")).split("/", 2)
        retry = "yes" if op.get("x-pandapon-retry-safe") else "no"
        rules = [
            rule not in field.inferred()
            for field in spec_mod.request_fields(spec, op)
            for rule in field.rules()
        ]
        lines.append(
            f"| {platform} | {group} | `{op['operationId']}` | {method.upper()} | `{path}` "
            f"| {doc.get('confidence')} | {doc.get('path')} | {retry} "
            f"| {sum(rules)} of {len(rules)} |"
        )
    lines += [
        "",
        "## Message callbacks",
        "",
        "| platform | webhook | message types | confidence |",
        "|---|---|---|---|",
    ]
    for name, item in (spec.get("webhooks") or {}).items():
        op = item.get("post", {})
        doc = op.get("x-pandapon-doc", {})
        types = ", ".join(f"`{t}`" for t in op.get("x-pandapon-message-types", []))
        platform = str(doc.get("menu", "?")).split("/", 1)[0]
        lines.append(f"| {platform} | `{name}` | {types} | {doc.get('confidence')} |")
    return "\n".join(lines) + "\n"


def build(workdir: Path, spec_dir: Path = spec_mod.SPEC_DIR) -> tuple[Path, str]:
    """Bundle and generate into workdir; return the package directory and docs/operations.md."""
    spec = spec_mod.bundle(spec_dir / spec_mod.ENTRY.name)
    package = run_generator(spec, workdir, spec_dir=spec_dir)
    operations = len(spec_mod.iter_operations(spec))
    modules = len(endpoint_modules(package))
    if modules != operations:
        raise GenerationError(f"{operations} operations but {modules} endpoint modules generated")
    return package, operations_table(spec)


def _files(root: Path) -> set[Path]:
    return {
        p.relative_to(root)
        for p in root.rglob("*")
        if p.is_file() and not _IGNORED.intersection(p.relative_to(root).parts)
    }


def diff_trees(expected: Path, actual: Path, *, limit: int = 200) -> list[str]:
    """Readable differences between the freshly generated tree and the committed one."""
    out: list[str] = []
    want, have = _files(expected), _files(actual)
    for rel in sorted(want - have):
        out.append(f"missing from generated/: {rel}")
    for rel in sorted(have - want):
        out.append(f"not produced by the spec (hand-added?): {rel}")
    for rel in sorted(want & have):
        if filecmp.cmp(expected / rel, actual / rel, shallow=False):
            continue
        a = (actual / rel).read_text(encoding="utf-8", errors="replace").splitlines()
        b = (expected / rel).read_text(encoding="utf-8", errors="replace").splitlines()
        out.extend(
            difflib.unified_diff(a, b, f"committed/{rel}", f"from-spec/{rel}", lineterm="", n=2)
        )
    if len(out) > limit:
        out = [*out[:limit], f"... {len(out) - limit} more lines"]
    return out


def check(
    target: Path = TARGET,
    spec_dir: Path = spec_mod.SPEC_DIR,
    operations_doc: Path = OPERATIONS_DOC,
) -> list[str]:
    """Why ``target`` is not exactly what ``spec_dir`` produces (empty when it is)."""
    problems: list[str] = []
    stamp_file = target / "stamp.json"
    if stamp_file.exists():
        stamp = json.loads(stamp_file.read_text(encoding="utf-8"))
        if stamp.get("spec_sha256") != spec_mod.source_hash(spec_dir):
            problems.append("the spec changed since generated/ was made (stamp hash differs)")
    else:
        problems.append(f"{stamp_file} is missing")
    with tempfile.TemporaryDirectory() as tmp:
        package, table = build(Path(tmp), spec_dir)
        problems.extend(diff_trees(package, target))
    if not operations_doc.exists() or operations_doc.read_text(encoding="utf-8") != table:
        problems.append(f"{operations_doc.name} is not what the spec produces")
    return problems


def unsafe(package: Path = TARGET) -> list[str]:
    """What in a generated package the templates never write (scripts/codegen/gate.py)."""
    return code_gate.check_tree(package)


def make_generate() -> int:
    """``make generate``: build, gate, then replace generated/pandapon_api and
    docs/operations.md. What refuses it is printed (stderr) and nothing is written; 0 when
    written."""
    try:
        with tempfile.TemporaryDirectory() as tmp:
            package, table = build(Path(tmp))
            refused = unsafe(package)
            if refused:
                print(f"{REFUSED}; nothing written (scripts/codegen/gate.py):", file=sys.stderr)
                print("\n".join(refused), file=sys.stderr)
                return 1
            if TARGET.exists():
                shutil.rmtree(TARGET)
            TARGET.parent.mkdir(parents=True, exist_ok=True)
            shutil.copytree(package, TARGET)
        OPERATIONS_DOC.parent.mkdir(parents=True, exist_ok=True)
        OPERATIONS_DOC.write_text(table, encoding="utf-8")
    except (spec_mod.SpecError, GenerationError) as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    print(
        f"wrote {TARGET.relative_to(spec_mod.ROOT)} and {OPERATIONS_DOC.relative_to(spec_mod.ROOT)}"
    )
    return 0


def make_check_generated() -> int:
    """``make check-generated``: 0 when generated/ is exactly what the spec produces and holds
    only what the templates write; else 1, with the differences and refusals printed."""
    try:
        problems = check()
        if problems:
            print("generated/ is not exactly what openapi/ produces; run `make generate`.")
            print("\n".join(problems))
        refused = unsafe()
        if refused:
            print(f"{REFUSED} (scripts/codegen/gate.py):")
            print("\n".join(refused))
    except (spec_mod.SpecError, GenerationError) as exc:
        print(f"generate: {exc}", file=sys.stderr)
        return 1
    if problems or refused:
        return 1
    print("generated/ matches the spec, and holds only what the templates write")
    return 0
