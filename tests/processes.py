"""Reading a child process's output without ever hanging the test run."""

from __future__ import annotations

import queue
import threading
from typing import IO


def read_line(stream: IO[str] | None, timeout: float = 20.0) -> str:
    """The next line of ``stream`` (a subprocess pipe); fails the test after ``timeout`` seconds
    instead of blocking forever when the process prints nothing."""
    assert stream is not None, "the process was started without a pipe"
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        raise AssertionError(f"no line within {timeout:g} s") from None
