"""Option values checked as the command line is parsed (``pandapon``, ``python -m
pandapon.sandbox``), in-process: each value at its edge, and the refusal's exact words. The
command line's own tests (tests/cli/test_cli.py) run it as a subprocess, which mutation testing
does not reach (TESTING.md)."""

from __future__ import annotations

import argparse

import pytest

from pandapon._cli_values import port, positive_int, seconds


@pytest.mark.parametrize(("text", "value"), [("1", 1), ("65535", 65535), ("8080", 8080)])
def test_ports_from_1_to_65535(text: str, value: int) -> None:
    assert port(text) == value


@pytest.mark.parametrize("text", ["0", "65536", "-1", "", "80.0", "http", "８０", "²"])
def test_other_ports_are_refused_by_value(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        port(text)
    assert str(caught.value) == f"expected a port from 1 to 65535, got {text!r}"


@pytest.mark.parametrize(("text", "value"), [("1", 1), ("2", 2), ("128", 128)])
def test_whole_numbers_from_1(text: str, value: int) -> None:
    assert positive_int(text) == value


@pytest.mark.parametrize("text", ["0", "-3", "", "1.5", "x", "١", "２"])
def test_other_whole_numbers_are_refused_by_value(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        positive_int(text)
    assert str(caught.value) == f"expected a whole number >= 1, got {text!r}"


@pytest.mark.parametrize(("text", "value"), [("0.5", 0.5), ("1", 1.0), ("30", 30.0)])
def test_seconds_above_zero(text: str, value: float) -> None:
    assert seconds(text) == value


@pytest.mark.parametrize("text", ["0", "-1", "nan", "inf", "-inf", "", "soon"])
def test_other_seconds_are_refused_by_value(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as caught:
        seconds(text)
    assert str(caught.value) == f"expected a number of seconds > 0, got {text!r}"
