"""The one error type of the edition's input handling."""

from __future__ import annotations

from pathlib import Path


class EditionError(Exception):
    """Bad input: says which file (and line, where one applies) and what is wrong."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line is not None else str(self.path)
        super().__init__(f"{where}: {message}")

    def __reduce__(self) -> tuple[type[EditionError], tuple[Path, str, int | None]]:
        # Raised in a worker process (the benchmark's), it is sent back whole.
        return (EditionError, (self.path, self.message, self.line))


def error_line(error: EditionError | OSError, path: str | Path) -> str:
    """The one line a command prints for bad input, or for a failing system call that no check
    foresaw (a failing disk, say): ``error: FILE[:LINE]: message``. ``path`` names the file
    when the system's error does not."""
    if isinstance(error, EditionError):
        return f"error: {error}"
    return f"error: {error.filename or path}: {error.strerror}"
