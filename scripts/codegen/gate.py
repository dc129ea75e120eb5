"""The generated package may hold only what the templates write: an allow-list of AST shapes.

``make check-generated`` (``python -m scripts.generate --check``) proves that ``generated/`` is
what the spec produces; this proves that what the spec produces is only ever the code the
templates mean to write, whatever text a doc page put into the spec. Every module is parsed
with ``ast`` and refused, naming the line, where it holds a construct our templates (and the
patched generator's) never emit:

- a statement at module level other than the docstring, imports, class and function
  definitions, ``if TYPE_CHECKING:`` blocks and assignments of plain data (constants, names,
  containers, type expressions, and calls of ``KNOWN_CALLS`` only);
- the same at class level (fields with plain defaults, methods, enum members);
- an expression statement that is not a docstring (or ``...``) anywhere, except the method
  calls ``EXPRESSION_METHODS`` (``field_dict.update(...)``, ``items.append(...)``);
- a name that runs or reaches code (``__import__``, ``exec``, ``eval``, ``compile``, ``open``,
  ``getattr``...; ``os``, ``sys``, ``subprocess``... used as a module), a dunder attribute
  outside ``DUNDERS``, an import outside ``IMPORTS``, a decorator outside ``DECORATORS``, a
  default value or annotation that is not plain data, a kind of node the tree never holds
  (``lambda``, ``while``, ``with``, ``global``...).

A legitimate new construct (say, after upgrading the generator) is added to these lists after a
review of why the templates now write it; tests/tools/test_code_gate.py holds hostile modules each
rule must refuse. ``python -m scripts.code_gate [DIR]`` runs it on a directory.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from scripts import spec as spec_mod
from scripts.spec.pyliteral import printable

TARGET = spec_mod.ROOT / "generated" / "pandapon_api"

#: Every kind of node the generated package holds (measured over the whole tree, enums added).
NODES = frozenset(
    {
        *("Module", "Expr", "Import", "ImportFrom", "alias", "If", "ClassDef", "FunctionDef"),
        *("AsyncFunctionDef", "arguments", "arg", "keyword", "Assign", "AnnAssign", "Return"),
        *("Raise", "Try", "ExceptHandler", "For", "Delete", "Pass", "Constant", "Name"),
        *("Attribute", "Subscript", "Starred", "Call", "Await", "BinOp", "UnaryOp", "BoolOp"),
        *("Compare", "IfExp", "NamedExpr", "Dict", "List", "Tuple", "Set", "ListComp"),
        *("DictComp", "comprehension", "JoinedStr", "FormattedValue", "Load", "Store", "Del"),
        *("BitOr", "And", "Or", "Not", "USub", "Is", "IsNot", "In", "NotIn", "Eq", "NotEq"),
    }
)
#: Modules the package may import from (relative imports stay inside the package).
IMPORTS = frozenset(
    {
        *("__future__", "abc", "builtins", "collections.abc", "datetime", "enum", "functools"),
        *("http", "io", "json", "ssl", "typing", "urllib.parse", "uuid"),
        *("attrs", "dateutil.parser", "httpx", "msgspec"),
        *("pandapon._pagination", "pandapon._response"),
    }
)
#: Names nothing generated may use: they run code, open files or reach the interpreter.
FORBIDDEN_NAMES = frozenset(
    {
        *("__import__", "exec", "eval", "compile", "open", "breakpoint", "input", "help"),
        *("exit", "quit", "globals", "locals", "vars", "getattr", "setattr", "delattr"),
        *("__builtins__", "__loader__", "__spec__", "memoryview", "import_module"),
    }
)
#: Modules that must never be reached, by import or as a name's attribute or call.
FORBIDDEN_MODULES = frozenset(
    {
        *("os", "sys", "subprocess", "importlib", "socket", "shutil", "pickle"),
        *("marshal", "ctypes", "runpy", "pty", "signal", "code", "codeop", "posix", "nt"),
    }
)
#: Hand-written parts of the generator's templates (and our patches) that need a name above.
EXEMPT: dict[str, frozenset[str]] = {
    "__init__.py": frozenset({"getattr"}),  # package_init: the clients load on first use
    "types.py": frozenset({"getattr"}),  # to_jsonable() and set_fields_repr()
    "models/__init__.py": frozenset({"getattr", "globals", "import_module", "importlib"}),
}
#: Callables a module- or class-level value may call.
KNOWN_CALLS = frozenset({"TypeVar", "frozenset", "Unset", "field", "_attrs_field", "msgspec.field"})
DECORATORS = frozenset(
    {
        *("_attrs_define", "define", "classmethod", "staticmethod", "property"),
        *("cached_property", "abstractmethod", "cache"),
    }
)
#: Methods a function may call as a statement of its own (the value thrown away).
EXPRESSION_METHODS = frozenset(
    {"append", "update", "extend", "__init__", "__enter__", "__exit__", "__aenter__", "__aexit__"}
)
DUNDERS = frozenset(
    {"__init__", "__enter__", "__exit__", "__aenter__", "__aexit__", "__name__", "__class__"}
)


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return ""


def _statements(body: list[ast.stmt]) -> Iterator[ast.stmt]:
    """A function's statements, those in its blocks included, not those of nested definitions
    (each is checked as a definition of its own)."""
    for statement in body:
        yield statement
        if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        for field in ("body", "orelse", "finalbody", "handlers"):
            inner = getattr(statement, field, None)
            if isinstance(inner, list):
                yield from _statements([s for s in inner if isinstance(s, ast.stmt)])
                for handler in inner:
                    if isinstance(handler, ast.ExceptHandler):
                        yield from _statements(handler.body)


def _is_docstring(node: ast.stmt) -> bool:
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    )


class _Checker:
    def __init__(self, source: str, where: str) -> None:
        self.source = source
        self.where = where
        self.exempt = EXEMPT.get(where, frozenset())
        self.depth = where.count("/")  # how deep in the package (for relative imports)
        self.problems: list[str] = []

    def fail(self, node: ast.AST, what: str) -> None:
        line = getattr(node, "lineno", 0)
        text = ast.get_source_segment(self.source, node) or ""
        shown = printable(" ".join(text.split()))
        shown = shown if len(shown) <= 100 else shown[:97] + "..."
        self.problems.append(f"{self.where}:{line}: {what}: {shown}")

    # --- the whole tree --------------------------------------------------------------------

    def check(self, tree: ast.Module) -> list[str]:
        self._node(tree, tree)
        for parent in ast.walk(tree):
            # Operators and contexts have no line: they are shown by the node holding them.
            shown = parent if hasattr(parent, "lineno") else tree
            for child in ast.iter_child_nodes(parent):
                self._node(child, child if hasattr(child, "lineno") else shown)
        self._body(tree.body, "module")
        return self.problems

    def _node(self, node: ast.AST, shown: ast.AST) -> None:
        kind = type(node).__name__
        if kind not in NODES:
            self.fail(shown, f"a construct the templates never write ({kind})")
        elif isinstance(node, ast.Name):
            self._name(node)
        elif isinstance(node, ast.Attribute):
            dunder = node.attr.startswith("__") and node.attr not in DUNDERS
            if dunder or node.attr in FORBIDDEN_NAMES:  # obj.__globals__, builtins.eval
                self.fail(node, f"the attribute {node.attr}")
            if isinstance(node.value, ast.Name) and node.value.id in FORBIDDEN_MODULES:
                self._forbidden(node, node.value.id)
        elif isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_MODULES:
                self._forbidden(node, node.func.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            self._import(node)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            self._function(node)
        elif isinstance(node, ast.ClassDef):
            self._class(node)

    def _name(self, node: ast.Name) -> None:
        if node.id in FORBIDDEN_NAMES and node.id not in self.exempt:
            self.fail(node, f"the name {node.id}")

    def _forbidden(self, node: ast.AST, module: str) -> None:
        if module not in self.exempt:
            self.fail(node, f"the module {module}")

    def _import(self, node: ast.Import | ast.ImportFrom) -> None:
        if isinstance(node, ast.ImportFrom) and node.level:
            if node.level > self.depth + 1:
                self.fail(node, "a relative import from outside the package")
            return
        modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
        for module in modules:
            top = str(module).split(".")[0]
            if top not in self.exempt and (top in FORBIDDEN_MODULES or module not in IMPORTS):
                self.fail(node, f"an import of {module}")
        for alias in node.names:
            if alias.name in FORBIDDEN_NAMES and alias.name not in self.exempt:
                self.fail(node, f"an import of {alias.name}")

    # --- definitions -------------------------------------------------------------------------

    def _decorators(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        for decorator in node.decorator_list:
            if _dotted(decorator) not in DECORATORS:
                self.fail(decorator, "a decorator the templates never use")

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self._decorators(node)
        args = node.args
        for default in [*args.defaults, *(d for d in args.kw_defaults if d is not None)]:
            if not self._data(default, calls=False):
                self.fail(default, "a default value that is not plain data")
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
        for arg in every:
            if arg is not None and arg.annotation is not None:
                self._annotation(arg.annotation)
        if node.returns is not None:
            self._annotation(node.returns)
        for statement in _statements(node.body):
            if isinstance(statement, ast.Expr):
                self._expression_statement(statement, first=statement is node.body[0])

    def _class(self, node: ast.ClassDef) -> None:
        self._decorators(node)
        for base in node.bases:
            if not self._type(base):
                self.fail(base, "a base class that is not a name")
        for keyword in node.keywords:
            if keyword.arg == "metaclass" or not isinstance(keyword.value, ast.Constant):
                self.fail(keyword, "a class keyword that is not a constant")
        self._body(node.body, "class")

    def _expression_statement(self, node: ast.Expr, *, first: bool) -> None:
        value = node.value
        if isinstance(value, ast.Constant) and (
            value.value is Ellipsis or (first and isinstance(value.value, str))
        ):
            return
        call = value.value if isinstance(value, ast.Await) else value
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr in EXPRESSION_METHODS
        ):
            return
        self.fail(node, "an expression statement that is not a docstring")

    # --- module and class bodies -------------------------------------------------------------

    def _body(self, body: list[ast.stmt], level: str) -> None:
        for index, statement in enumerate(body):
            if index == 0 and _is_docstring(statement):
                continue
            if isinstance(statement, ast.Import | ast.ImportFrom) and level == "module":
                continue
            if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                continue
            if isinstance(statement, ast.Pass) and level == "class":
                continue
            if (
                isinstance(statement, ast.If)
                and level == "module"
                and self._type_checking(statement)
            ):
                self._body(statement.body, level)
                if statement.orelse:
                    self._body(statement.orelse, level)
                continue
            if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
                self._annotation(statement.annotation)
                if statement.value is None or self._data(statement.value, calls=True):
                    continue
            if (
                isinstance(statement, ast.Assign)
                and all(isinstance(t, ast.Name) for t in statement.targets)
                and self._data(statement.value, calls=True)
            ):
                continue
            if isinstance(statement, ast.Expr) and not _is_docstring(statement):
                self.fail(statement, f"an expression statement at {level} level")
            else:
                self.fail(statement, f"a statement the templates never write at {level} level")

    @staticmethod
    def _type_checking(node: ast.If) -> bool:
        test = node.test
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            test = test.operand
        return isinstance(test, ast.Name) and test.id == "TYPE_CHECKING"

    def _data(self, node: ast.expr, *, calls: bool) -> bool:
        """Plain data: constants, names, containers, type expressions; ``calls``: and calls of
        ``KNOWN_CALLS`` with plain data."""
        if isinstance(node, ast.Constant | ast.Name):
            return True
        if isinstance(node, ast.Attribute):
            return bool(_dotted(node))
        if isinstance(node, ast.UnaryOp):
            return isinstance(node.operand, ast.Constant)
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return all(self._data(item, calls=calls) for item in node.elts)
        if isinstance(node, ast.Dict):
            keys = [k for k in node.keys if k is not None]
            return len(keys) == len(node.keys) and all(
                self._data(item, calls=calls) for item in [*keys, *node.values]
            )
        if isinstance(node, ast.BinOp | ast.Subscript):
            return self._type(node)
        if isinstance(node, ast.Call) and calls:
            return _dotted(node.func) in KNOWN_CALLS and all(
                self._data(item, calls=True)
                for item in [*node.args, *(k.value for k in node.keywords)]
            )
        return False

    def _type(self, node: ast.expr) -> bool:
        """A type expression: names, dotted names, subscripts, unions, string forward refs."""
        if isinstance(node, ast.Constant):
            # Literal[...] holds values; a string is a forward reference
            return node.value is None or isinstance(node.value, str | int | type(Ellipsis))
        if isinstance(node, ast.Name):
            return True
        if isinstance(node, ast.Attribute):
            return bool(_dotted(node))
        if isinstance(node, ast.Subscript):
            return self._type(node.value) and self._type(node.slice)
        if isinstance(node, ast.BinOp):
            return (
                isinstance(node.op, ast.BitOr) and self._type(node.left) and self._type(node.right)
            )
        if isinstance(node, ast.Tuple | ast.List):
            return all(self._type(item) for item in node.elts)
        return False

    def _annotation(self, node: ast.expr) -> None:
        if not self._type(node):
            self.fail(node, "an annotation that is not a type")


def check_source(source: str, where: str) -> list[str]:
    """Why one module (``where``: its path in the package, for the messages) fails the gate."""
    try:
        tree = ast.parse(source, filename=where)
    except (SyntaxError, ValueError) as exc:
        return [f"{where}: does not parse: {printable(exc)}"]
    return _Checker(source, where).check(tree)


def modules(root: Path) -> Iterator[Path]:
    yield from sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def check_tree(root: Path = TARGET) -> list[str]:
    """Every problem in every module of a generated package (empty when it passes)."""
    problems: list[str] = []
    for path in modules(root):
        where = path.relative_to(root).as_posix()
        problems += check_source(path.read_text(encoding="utf-8", errors="replace"), where)
    return problems
