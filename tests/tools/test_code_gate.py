"""scripts/code_gate.py: the generated package holds only the shapes of code our templates write.

The committed tree passes; each hand-written hostile module below (what an injected spec string
could have turned into code) is refused, naming the rule and the line. The gate is part of
``make check-generated`` and ``make generate`` (tests/tools/test_gates.py runs them on copies);
tests/tools/test_hostile_spec.py pushes hostile strings through every template and generates.
"""

from __future__ import annotations

import textwrap

import pytest

from scripts.codegen import gate as code_gate
from scripts.codegen.generation import TARGET

HOSTILE: dict[str, tuple[str, str]] = {
    "a call at module level": ('print("x")\n', "expression statement at module level"),
    "__import__": ('X = __import__("os")\n', "the name __import__"),
    "import os": ("import os\n", "an import of os"),
    "from subprocess": ("from subprocess import run\n", "an import of subprocess"),
    "import an unknown module": ("import urllib.request\n", "an import of urllib.request"),
    "exec in a function": ('def f() -> None:\n    exec("1")\n', "the name exec"),
    "eval in an f-string": ("def f() -> str:\n    return f\"{eval('1')}\"\n", "the name eval"),
    "compile": ('def f() -> None:\n    x = compile("1", "", "eval")\n', "the name compile"),
    "open": ('def f() -> None:\n    x = open("/etc/passwd")\n', "the name open"),
    "a docstring broken out of": (
        'def f() -> None:\n    """x"""; __import__("os").system("id"); """"""\n',
        "an expression statement that is not a docstring",
    ),
    "a call at class level": ("class A:\n    x = print(1)\n", "at class level"),
    "an expression at class level": ('class A:\n    """doc"""\n    print(1)\n', "class level"),
    "a default that calls": ("def f(x: int = print(1)) -> None:\n    pass\n", "default value"),
    "an annotation that calls": ("def f(x: print(1)) -> None:\n    pass\n", "annotation"),
    "a decorator": ("@print\ndef f() -> None:\n    pass\n", "decorator"),
    "a dunder walk": (
        "def f() -> None:\n    x = ().__class__.__bases__[0].__subclasses__()\n",
        "the attribute __bases__",
    ),
    "a lambda": ("def f() -> None:\n    x = lambda: 0\n", "(Lambda)"),
    "a while loop": ("def f() -> None:\n    while True:\n        x = 1\n", "(While)"),
    "a with block": ("def f(p: str) -> None:\n    with p:\n        x = 1\n", "(With)"),
    "global": ("def f() -> None:\n    global X\n    X = 1\n", "(Global)"),
    "builtins.eval": ('import builtins\nX = builtins.eval("1")\n', "the attribute eval"),
    "getattr on builtins": (
        'def f() -> None:\n    x = getattr(__builtins__, "ev" + "al")\n',
        "the name getattr",
    ),
    "a metaclass": ("class A(metaclass=M):\n    pass\n", "class keyword"),
    "a computed base": ('class A(type("B", (), {})):\n    pass\n', "base class"),
    "if at module level": ("if True:\n    X = 1\n", "at module level"),
    "try at module level": ("try:\n    X = 1\nexcept Exception:\n    X = 2\n", "module level"),
    "a relative import out of the package": ("from .... import x\n", "relative import"),
    "a string statement in a function": (
        'def f() -> None:\n    x = 1\n    "text"\n',
        "not a docstring",
    ),
    "a walrus at module level": ("(y := print(1))\n", "expression statement at module level"),
    "an unknown call in a value": ("X = dict(a=1)\n", "at module level"),
    "sys as a module": ("def f() -> None:\n    x = sys.modules\n", "the module sys"),
    "os without an import": ('def f() -> None:\n    x = os.system("id")\n', "the module os"),
    "globals outside models/__init__": ("def f() -> None:\n    x = globals()\n", "globals"),
    "a method call nobody makes": ("def f(x: str) -> None:\n    x.system()\n", "not a docstring"),
    "syntax error": ('def f():\n    """x""" y\n', "does not parse"),
}


def test_the_committed_package_passes() -> None:
    assert code_gate.check_tree(TARGET) == []


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_module_is_refused_naming_the_rule_and_line(case: str) -> None:
    source, wanted = HOSTILE[case]
    problems = code_gate.check_source(source, "models/hostile.py")
    assert any(wanted in p for p in problems), problems
    assert all(p.startswith("models/hostile.py:") for p in problems)
    assert all(p.isprintable() for p in problems)


def test_the_exemptions_hold_for_their_module_only() -> None:
    lazy = textwrap.dedent(
        """\
        from importlib import import_module
        from typing import Any

        def __getattr__(name: str) -> Any:
            value = getattr(import_module(name, __name__), name)
            globals()[name] = value
            return value
        """
    )
    assert code_gate.check_source(lazy, "models/__init__.py") == []
    refused = code_gate.check_source(lazy, "models/order.py")
    assert {"the name getattr", "the name globals", "an import of importlib"} <= {
        p.split(": ")[1] for p in refused
    }


def test_what_the_templates_write_passes() -> None:
    """A sample of each shape the templates write (docstrings, data tables, typed methods,
    model classes, decoders, enums) passes; so does a spec string in any literal."""
    source = textwrap.dedent(
        '''\
        """Module docstring with "quotes" and \\\\ backslashes."""

        from __future__ import annotations

        from enum import StrEnum
        from typing import TYPE_CHECKING, Any, TypeVar, cast

        import msgspec
        from attrs import define as _attrs_define
        from attrs import field as _attrs_field

        from ..types import UNSET, Unset
        from . import Fallback

        if TYPE_CHECKING:
            from .models.order import Order

        T = TypeVar("T", bound="Order")
        _KNOWN: frozenset[str] = frozenset(("x\\"; __import__('os'); \\"",))
        TABLE: dict[str, tuple[str, ...]] = {"op": ("str", "module:Class")}


        class Kind(StrEnum):
            VALUE_1 = "x\\'\\'\\'; print(1)"

            def __str__(self) -> str:
                return str(self.value)


        @_attrs_define
        class Order:
            """Docstring."""

            order_id: None | str | Unset = UNSET
            additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

            def to_dict(self) -> dict[str, Any]:
                field_dict: dict[str, Any] = {}
                field_dict.update({"orderId": self.order_id})
                return field_dict


        class Struct(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
            order_id: Any = msgspec.field(default=UNSET, name="order\\nId")


        def decode(src: Any) -> Order:
            """Decode."""
            if src.__class__ is not dict:
                raise Fallback
            return cast("Order", Order(src.get("orderId", UNSET)))
        '''
    )
    assert code_gate.check_source(source, "decoders/order.py") == []
