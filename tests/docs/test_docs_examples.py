"""Every example in README.md and docs/*.md runs, as written, against a fresh sandbox.

Each ```python block is a test of its own (found when the tests are collected, so a block added
later is tested too). It runs after a reset of the sandbox, with PANDAPON_* pointing at it and,
as the README's text assumes after its quickstart, ``pandapon`` imported and ``client`` bound to
``pandapon.PandaPon()``.
A block that cannot run alone (names that only the prose defines, a server of yours) is marked
in the Markdown with an HTML comment on the line before it, ``<!-- fragment: why -->``, and
skipped with that reason. A block marked ``<!-- file: examples/x.py -->`` shows that file: it
must be the file, byte for byte, and runs like any other block (its own test drives it further).

A block that reads ``REDIS_URL`` or ``DATABASE_URL`` gets the test servers' (tests/conftest.py);
each block runs in a directory of its own.

The ``pandapon ...`` command lines of ```sh blocks run the same way, as subprocesses; the ones
that start a server are skipped (tests/cli/test_cli.py starts those).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

import pandapon
from pandapon import sandbox

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```(\w*)\s*$")
_FRAGMENT = re.compile(r"^<!--\s*fragment:?\s*(.*?)\s*-->$")
_FILE = re.compile(r"^<!--\s*file:\s*(\S+)\s*-->$")
#: Files the command-line examples read, created in their working directory.
_FILES = {"ids.txt": "600126245031\n"}
_SERVERS = ("pandapon sandbox", "pandapon webhooks listen")
#: Variables a block may read for a server of its own, and the test server that stands in
#: (tests/conftest.py), started only for the blocks that name one.
_SERVER_VARIABLES = {"REDIS_URL": "redis_server", "DATABASE_URL": "postgres_server"}


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # of the opening fence, 1-based
    language: str
    code: str
    fragment: str | None  # why it cannot run alone, if marked
    file: str | None  # the file of the repository it shows, if marked

    @property
    def name(self) -> str:
        return f"{self.page.relative_to(ROOT)}:{self.line}"


def blocks(page: Path) -> Iterator[Block]:
    lines = page.read_text(encoding="utf-8").splitlines()
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        end = next(i for i in range(index + 1, len(lines)) if lines[i].startswith("```"))
        before = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        marker = _FRAGMENT.match(before.strip())
        fragment = (marker.group(1) or "a fragment") if marker else None
        shows = _FILE.match(before.strip())
        code = "\n".join(lines[index + 1 : end]) + "\n"
        yield Block(
            page, index + 1, opening.group(1), code, fragment, shows.group(1) if shows else None
        )
        index = end + 1


ALL = [block for page in PAGES for block in blocks(page)]
PYTHON = [b for b in ALL if b.language == "python"]
COMMANDS = [
    (block, line.split("#", 1)[0].strip())
    for block in ALL
    if block.language in ("sh", "bash", "shell")
    for line in block.code.splitlines()
    if line.startswith("pandapon ")
]


@pytest.fixture(scope="module")
def box() -> Iterator[sandbox.RunningSandbox]:
    with sandbox.running() as running:
        yield running


@pytest.fixture
def environment(
    box: sandbox.RunningSandbox, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, str]]:
    """A fresh sandbox, and the variables the README tells users to set."""
    box.admin.reset()
    variables = {
        "PANDAPON_BASE_URL": box.url,
        "PANDAPON_ACCESS_KEY": box.config.access_key,
        "PANDAPON_ACCESS_SECRET": box.config.access_secret,
        "PANDAPON_USER_ID": box.config.user_id,
    }
    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    yield variables


def test_the_pages_have_examples() -> None:
    assert len(PYTHON) >= 10 and len(COMMANDS) >= 5  # the parser found them
    assert {"README.md", "webhooks.md"} <= {b.page.name for b in PYTHON}


SHOWN = [b for b in ALL if b.file]


def test_the_framework_examples_are_shown() -> None:
    shown = {b.file for b in SHOWN}
    assert {f"examples/webhooks_{name}.py" for name in ("fastapi", "flask", "django")} <= shown


@pytest.mark.parametrize("block", SHOWN, ids=[b.name for b in SHOWN])
def test_a_block_shows_its_file_as_it_is(block: Block) -> None:
    assert block.file is not None
    assert block.code == (ROOT / block.file).read_text(encoding="utf-8"), (
        f"{block.name} differs from {block.file}: copy the file into the page"
    )


@pytest.mark.parametrize("block", PYTHON, ids=[b.name for b in PYTHON])
def test_python_example(
    block: Block,
    environment: dict[str, str],
    request: pytest.FixtureRequest,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    if block.fragment:
        pytest.skip(f"{block.name} is marked as a fragment: {block.fragment}")
    for variable, server in _SERVER_VARIABLES.items():
        if variable in block.code:
            monkeypatch.setenv(variable, request.getfixturevalue(server).url)
    monkeypatch.chdir(tmp_path)  # files a block writes (evidence.db) land in its own directory
    with pandapon.PandaPon() as client:
        namespace = {"__name__": "__docs_example__", "pandapon": pandapon, "client": client}
        exec(compile(block.code, block.name, "exec"), namespace)


@pytest.mark.parametrize(
    ("block", "command"), COMMANDS, ids=[f"{b.name} {c[:40]}" for b, c in COMMANDS]
)
def test_command_example(
    block: Block, command: str, environment: dict[str, str], tmp_path: Path
) -> None:
    if command.startswith(_SERVERS):
        pytest.skip(f"{block.name}: {command!r} starts a server (tests/cli/test_cli.py runs it)")
    for name, content in _FILES.items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pandapon", *shlex.split(command)[1:]],
        env={**os.environ, **environment},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stderr}"
    assert result.stdout.strip() or "fetched" in result.stderr


def test_the_readme_examples_run_in_order_against_one_sandbox(
    environment: dict[str, str],
) -> None:
    """What a newcomer does: run README's examples one after the other against one sandbox,
    with no reset between them (a probe: the Quickstart cancelled the order the next block
    cancels again). Each block either leaves the state the next one needs, or says where to
    reset (``box.admin.reset()``, ``make demo``'s own sandbox)."""
    readme = [b for b in PYTHON if b.page.name == "README.md" and not b.fragment]
    assert len(readme) >= 5
    with pandapon.PandaPon() as client:
        namespace = {"__name__": "__docs_example__", "pandapon": pandapon, "client": client}
        for block in readme:
            try:
                exec(compile(block.code, block.name, "exec"), dict(namespace))
            except Exception as error:
                message = f"{block.name}, run after the blocks before it: {error!r}"
                raise AssertionError(message) from error
