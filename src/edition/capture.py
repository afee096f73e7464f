"""Reading a capture: a UTF-8 plain-text file, one line per paragraph."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from edition.errors import EditionError

# The kinds of capture the edition holds: saved text and saved web pages.
CAPTURE_SUFFIXES = (".txt", ".html")
# A capture's id (its file name without the suffix): it is written into directive arguments
# and anchors, so no spaces or markup, and it cannot start with "." (a hidden file).
CAPTURE_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_.-]*$")

# Tab, line feed and carriage return are ordinary in text; other C0 controls mean binary data.
# Form feed and vertical tab are among them: a capture that holds them is not plain text as
# the edition reads it (one line per paragraph), so it is refused naming the line rather
# than printed with invisible page breaks.
_CONTROL = {chr(c) for c in range(32)} - {"\t", "\n", "\r"}
# What is left of a line when these are removed is what a reader sees: Unicode white space
# (str.isspace), and the zero-width and invisible format characters (Unicode category Cf:
# ZWSP, ZWJ, ZWNJ, BOM, soft hyphen, bidi controls …).
_INVISIBLE = re.compile(r"[\s\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]+")


def is_invisible(text: str) -> bool:
    """True when ``text`` shows nothing: only white space and invisible characters."""
    return not _INVISIBLE.sub("", text)


def decode_capture(data: bytes, path: str | Path) -> list[str]:
    """Return the capture's lines (without line ends), or raise naming the bad line.

    Lines end at line feeds only (CR LF and a lone CR are read as one), as editors and
    ``sed`` count them: U+2028, U+2029 and NEL (U+0085, what a mis-decoded "…" becomes) stay
    inside their line, so a paragraph is never split and every error's line number (of a
    decoding error too) is the one an editor shows."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = _normalise_ends(data[: error.start].decode("utf-8")).count("\n") + 1
        raise EditionError(path, f"not UTF-8 text (byte {data[error.start]:#04x})", line) from None
    text = _normalise_ends(text.removeprefix("\ufeff"))
    if is_invisible(text):
        raise EditionError(path, "the capture is empty")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, start=1):
        bad = next((ch for ch in line if ch in _CONTROL), None)
        if bad is not None:
            raise EditionError(path, f"binary content (control character U+{ord(bad):04X})", number)
    return lines


def _normalise_ends(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_capture(path: str | Path) -> list[str]:
    """Read and check a capture file: a regular file, never followed through a link."""
    path = Path(path)
    try:
        # No symbolic link is followed (a link would bring any file of the host into the
        # edition), and a FIFO is opened without waiting for a writer, so that it can be
        # refused for what it is.
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise EditionError(path, _open_error(path, error)) from None
    kind = _kind(os.fstat(handle).st_mode)
    if kind:
        os.close(handle)
        raise EditionError(path, f"not a regular file but {kind}")
    with os.fdopen(handle, "rb") as file:
        try:
            data = file.read()
        except OSError as error:
            raise EditionError(path, f"cannot read: {error.strerror}") from None
    return decode_capture(data, path)


def _open_error(path: Path, error: OSError) -> str:
    if error.errno == errno.ELOOP or path.is_symlink():
        return "a symbolic link; a capture must be a regular file in the captures folder"
    if error.errno == errno.ENOENT:
        return "no such file"
    return f"cannot open: {error.strerror}"


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kinds = [
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ]
    return next((name for test, name in kinds if test(mode)), "a special file")
