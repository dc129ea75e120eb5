"""scripts/spec/pyliteral.py: the one way from spec text to Python. Every hostile text comes through
a literal or a docstring as exactly itself, on one line (literals), and as nothing but text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from scripts.spec import pyliteral
from scripts.spec.pyliteral import UnsafeName, annotation, docstring_text, identifier, literal
from tests.support.hostile_text import MARKER_VARIABLE, TEXTS, breakouts


def _only_statement(source: str) -> ast.stmt:
    tree = ast.parse(source)
    assert len(tree.body) == 1, source
    return tree.body[0]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_a_literal_is_the_text_itself_on_one_printable_line(text: str) -> None:
    source = literal(text)
    assert ast.literal_eval(source) == text
    assert source.isprintable() and source.startswith('"') and source.endswith('"')
    statement = _only_statement(f"x = {source}")
    assert isinstance(statement, ast.Assign)
    assert isinstance(statement.value, ast.Constant) and statement.value.value == text
    # In every place a template writes one: a dict key, a call's argument, a type string.
    call = _only_statement(f"f({source}, {{{source}: {source}}})")
    assert isinstance(call, ast.Expr) and isinstance(call.value, ast.Call)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_a_docstring_is_the_text_itself(text: str) -> None:
    for source in (
        f'def f():\n    """{docstring_text(text)}"""\n',
        f'class C:\n    """{docstring_text(text)}."""\n',
        f'"""{docstring_text(text)}"""\n',
    ):
        definition = _only_statement(source)
        body = definition.body if isinstance(definition, ast.FunctionDef | ast.ClassDef) else []
        node = body[0] if body else definition
        assert isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
        wanted = text + "." if source.startswith("class") else text
        assert node.value.value == wanted
        assert len(body) <= 1
    escaped = docstring_text(text)
    assert all(c.isprintable() or c in "\n\t" for c in escaped)


def test_plain_text_stays_readable() -> None:
    assert (
        docstring_text('Cancel an order ("1688"), 取消订单.')
        == 'Cancel an order ("1688"), 取消订单.'
    )
    assert literal("取消订单 it's") == '"取消订单 it\'s"'
    assert docstring_text('a """ b') == 'a \\"\\"" b'
    assert literal('a"\n\\') == '"a\\"\\n\\\\"'


def test_json_values_are_python_literals_of_the_same_value() -> None:
    value = {"a": [1, 2.5, True, None, "x\ny"], "b": {"c": -3}, 'q"': []}
    assert ast.literal_eval(literal(value)) == value
    assert literal(("one",)) == '("one",)'
    assert ast.literal_eval(literal(("a", "b"))) == ("a", "b")
    for bad in (float("nan"), float("inf"), object(), {1, 2}, b"bytes"):
        with pytest.raises((TypeError, ValueError)):
            literal(bad)


@pytest.mark.parametrize(
    "name", ["os", "refund_id", "_private", "FastCargo", "list2", "id", "x" * 200]
)
def test_plain_names_pass(name: str) -> None:
    assert identifier(name) == name


@pytest.mark.parametrize(
    "name", [*TEXTS, "a b", "a-b", "a.b", "class", "None", "naïve", "1st", "a;b", "a\n"]
)
def test_anything_else_is_not_a_name(name: str) -> None:
    with pytest.raises(UnsafeName) as raised:
        identifier(name)
    assert str(raised.value).isprintable()  # the message quotes the name escaped


def test_type_expressions_are_names_brackets_and_unions() -> None:
    for text in ("builtins.list[FastCargo] | None | Unset", "dict[str, Any]", "int"):
        assert annotation(text) == text
    for text in ('str"]); print(1); ("', "list[int", "int()", "a b | (c)", *TEXTS[:3]):
        with pytest.raises(UnsafeName):
            annotation(text)


def test_printable_shows_control_characters_as_escapes() -> None:
    shown = pyliteral.printable("title\x1b[2J\rreset\u2028next\ttab 中文")
    assert shown == "title\\x1b[2J\\rreset\\u2028next\\ttab 中文"
    assert pyliteral.quoted('a"\n') == '"a\\"\\n"'


#: How a careless template would write each of tests/hostile_text.breakouts() (by index).
_NAIVE = {
    0: lambda t: f'"""{t}"""',  # between docstring quotes
    1: lambda t: f"'''{t}'''",
    2: lambda t: f'X = "{t}"',  # between hand-written quotes
    3: lambda t: f"X = '{t}'",
    5: lambda t: f"# {t}",  # in a comment, or a one-line string after a newline
    6: lambda t: f'"""{t}"""',
    7: lambda t: f"# {t}",
    8: lambda t: f'X = f"{t}"',
    10: lambda t: f'print("{t}")',
}


@pytest.mark.parametrize("index", sorted(_NAIVE))
def test_the_payloads_are_live_unescaped_and_dead_escaped(
    index: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each payload runs when written carelessly (so that a test that sees no marker means
    something), and never through literal() or docstring_text()."""
    marker = tmp_path / "ran"
    monkeypatch.setenv(MARKER_VARIABLE, str(marker))
    text = breakouts()[index]
    for safe in (f"X = {literal(text)}", f'"""{docstring_text(text)}"""'):
        exec(compile(safe, "safe", "exec"), {})
        assert not marker.exists()
    exec(compile(_NAIVE[index](text), "naive", "exec"), {})
    assert marker.read_text(encoding="utf-8") == "ran"
