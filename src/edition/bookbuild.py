"""Running Jupyter Book from the scripts that build the book (benchmarks, reproducibility)."""

from __future__ import annotations

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
    start = time.perf_counter()
    result = subprocess.run(
        [str(JUPYTER_BOOK), "build", *arguments],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise BuildError(result.returncode, result.stdout)
    return elapsed
