"""Reading the edition's TOML data files with errors that name the file and line."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from edition.errors import EditionError


def load_toml(path: str | Path) -> tuple[dict, str]:
    """The parsed data and the raw text (for line look-ups) of a TOML file."""
    path = Path(path)
    if not path.is_file():
        raise EditionError(path, "no such file" if not path.exists() else "not a regular file")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise EditionError(path, f"cannot read: {error.strerror}") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise EditionError(path, f"not UTF-8 text (byte {data[error.start]:#04x})", line) from None
    return parse_toml(text, path), text


def parse_toml(text: str, path: str | Path) -> dict:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        # Python 3.11's error has no line attribute; its message ends "(at line N, column M)".
        where = re.search(r"\(at line (\d+), column \d+\)$", str(error))
        line = int(where[1]) if where else None
        message = str(error)[: where.start()].strip() if where else str(error)
        raise EditionError(path, f"not valid TOML: {message}", line) from None


def toml_lines(text: str) -> list[str]:
    """The file's lines as TOML counts them: broken at line feeds only (a CRLF's CR is left
    for the caller's strip), not at the form feeds, U+2028 and other separators a comment or a
    string may hold, where ``str.splitlines`` would break and shift every line after."""
    return text.split("\n")


def _key_line(lines: list[str], start: int, key: str | None) -> int:
    """The line of ``key`` in the table whose header is ``lines[start]``, or of the header."""
    if key is not None:
        for i in range(start + 1, len(lines)):
            if lines[i].strip().startswith("["):
                break
            if re.match(rf"\s*{re.escape(key)}\s*=", lines[i]):
                return i + 1
    return start + 1


def line_of(text: str, table: str, entry: int, key: str | None = None) -> int:
    """The line of the ``entry``-th ``[[table]]``, or of ``key`` inside it."""
    lines = toml_lines(text)
    header = f"[[{table}]]"
    starts = [i for i, line in enumerate(lines) if line.strip() == header]
    start = starts[entry] if entry < len(starts) else 0
    return _key_line(lines, start, key)


def table_line(text: str, table: str, key: str | None = None) -> int | None:
    """The line of the ``[table]`` header, or of ``key`` inside it; None if there is none."""
    lines = toml_lines(text)
    start = next((i for i, line in enumerate(lines) if line.strip() == f"[{table}]"), None)
    return None if start is None else _key_line(lines, start, key)


def check_keys(
    table: dict, allowed: set[str], required: set[str], path: Path, text: str, name: str, entry: int
) -> None:
    """Reject unknown and missing keys of one ``[[name]]`` entry."""
    for key in table:
        if key not in allowed:
            raise EditionError(path, f"unknown key {key!r}", line_of(text, name, entry, key))
    missing = sorted(required - table.keys())
    if missing:
        raise EditionError(
            path, f"missing key(s): {', '.join(missing)}", line_of(text, name, entry)
        )
