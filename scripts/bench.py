"""`make bench`: benchmarks, each a ratio against a baseline measured in the same run.

Results go to BENCHMARKS.md with a description of the machine. Nothing here is a pass/fail
assertion; these machines are noisy, so every figure is a median over repeated rounds.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import generate
from scripts import spec as spec_mod

OUT = spec_mod.ROOT / "BENCHMARKS.md"


def _median_seconds(run: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def import_time(rounds: int = 15) -> list[tuple[str, float, str]]:
    def fresh(module: str) -> float:
        code = f"import {module}" if module else "pass"
        return _median_seconds(
            lambda: subprocess.run([sys.executable, "-c", code], check=True), rounds
        )

    bare = fresh("")
    httpx_s = fresh("httpx") - bare
    sdk_s = fresh("pandapon") - bare
    return [
        ("`import httpx` (baseline)", httpx_s, "1.00x"),
        ("`import pandapon`", sdk_s, f"{sdk_s / httpx_s:.2f}x (target <= 2x)"),
    ]


def regeneration_time(rounds: int = 3) -> list[tuple[str, float, str]]:
    spec = spec_mod.bundle()
    ops = len(spec_mod.iter_operations(spec))

    def once() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            generate.build(Path(tmp))

    bundle_s = _median_seconds(spec_mod.bundle, rounds)
    total = _median_seconds(once, rounds)
    return [
        ("bundle the spec (baseline)", bundle_s, "1.00x"),
        (f"regenerate the client ({ops} operations)", total, f"{total / bundle_s:.0f}x"),
    ]


def main() -> int:
    sections = {
        "Import time (fresh interpreter, start-up subtracted)": import_time(),
        "Regeneration": regeneration_time(),
    }
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench`. Each figure is a median over repeated rounds and is compared",
        "with a baseline measured in the same run; absolute times vary from machine to machine.",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}.",
    ]
    for title, rows in sections.items():
        lines += ["", f"## {title}", "", "| what | median | ratio |", "|---|---|---|"]
        lines += [
            f"| {what} | {seconds * 1000:.1f} ms | {ratio} |" for what, seconds, ratio in rows
        ]
    text = "\n".join(lines) + "\n"
    OUT.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
