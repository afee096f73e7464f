"""Running Jupyter Book from the scripts that build the book (benchmarks, reproducibility)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

# The venv's own jupyter-book, so the build sees the venv's packages (and the edition extension)
# even when .venv/bin is not on PATH.
JUPYTER_BOOK = Path(sys.executable).with_name("jupyter-book")
STRICT = ["-W", "-n", "--keep-going"]
# How much of a failed build's output a script shows.
TAIL_LINES = 40


class BuildError(Exception):
    def __init__(self, returncode: int, output: str) -> None:
        super().__init__(f"jupyter-book exited with status {returncode}")
        self.output = output

    def tail(self) -> str:
        """The error and the last lines of the build's output."""
        lines = self.output.splitlines()[-TAIL_LINES:]
        return "\n".join([f"{self}; last {len(lines)} lines of its output:", *lines])


def run_build(arguments: list[str], cwd: Path | None = None, env: dict | None = None) -> float:
    """Run ``jupyter-book build ARGUMENTS``; its wall-clock time in seconds, or BuildError."""
    return measured_build(arguments, cwd, env)[0]


def measured_build(
    arguments: list[str], cwd: Path | None = None, env: dict | None = None
) -> tuple[float, int]:
    """Run ``jupyter-book build ARGUMENTS``; its wall-clock time in seconds and the peak
    resident memory of its process in bytes (Linux reports KiB), or BuildError."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(JUPYTER_BOOK), "build", *arguments],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    output = process.stdout.read()
    # wait4, not wait: it gives this process's own resource usage, peak memory included.
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        raise BuildError(process.returncode, output)
    return elapsed, usage.ru_maxrss * 1024
