"""Reading a capture: a UTF-8 plain-text file, one line per paragraph."""

from __future__ import annotations

from pathlib import Path

from edition.errors import EditionError

# Tab, line feed and carriage return are ordinary in text; other C0 controls mean binary data.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}


def decode_capture(data: bytes, path: str | Path) -> list[str]:
    """Return the capture's lines (without line ends), or raise naming the bad line."""
    if not data.strip():
        raise EditionError(path, "the capture is empty")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise EditionError(path, f"not UTF-8 text (byte {data[error.start]:#04x})", line) from None
    text = text.removeprefix("\ufeff")
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        bad = next((ch for ch in line if ch in _CONTROL), None)
        if bad is not None:
            raise EditionError(path, f"binary content (control character U+{ord(bad):04X})", number)
    return lines


def read_capture(path: str | Path) -> list[str]:
    """Read and check a capture file."""
    path = Path(path)
    if not path.is_file():
        raise EditionError(path, "no such file")
    return decode_capture(path.read_bytes(), path)
