"""Reading a capture: a UTF-8 plain-text file, one line per paragraph."""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from edition.errors import EditionError

# The kinds of capture the edition holds: saved text and saved web pages.
CAPTURE_SUFFIXES = (".txt", ".html", ".htm")
# The suffixes as an error message names them.
SUFFIXES_NAMED = ", ".join(CAPTURE_SUFFIXES[:-1]) + " or " + CAPTURE_SUFFIXES[-1]
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
# The largest capture read. A long essay is a few hundred KB of text, and a saved page with
# its scripts and styles inline a few MB (the largest page of tests/corpus is 1.2 MB); 5 MB
# leaves room for both. A larger file is not a text or a page of one (a dump, a video, a
# mistake), and decoding and parsing it could take minutes and gigabytes, so it is refused
# before it is read whole.
MAX_CAPTURE_BYTES = 5 * 1024 * 1024


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
    return decode_capture(read_capture_bytes(path), path)


def read_capture_bytes(path: str | Path) -> bytes:
    """The bytes of a capture: a regular file of at most ``MAX_CAPTURE_BYTES``, never followed
    through a link."""
    path = Path(path)
    try:
        # No symbolic link is followed (a link would bring any file of the host into the
        # edition), and a FIFO is opened without waiting for a writer, so that it can be
        # refused for what it is.
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        raise EditionError(path, _open_error(path, error)) from None
    status = os.fstat(handle)
    kind = _kind(status.st_mode)
    if kind or status.st_size > MAX_CAPTURE_BYTES:
        os.close(handle)
        raise EditionError(
            path, f"not a regular file but {kind}" if kind else _too_large(status.st_size)
        )
    with os.fdopen(handle, "rb") as file:
        try:
            # One byte past the limit: a file that grew since it was looked at is refused too.
            data = file.read(MAX_CAPTURE_BYTES + 1)
        except OSError as error:
            raise EditionError(path, f"cannot read: {error.strerror}") from None
    if len(data) > MAX_CAPTURE_BYTES:
        raise EditionError(path, _too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    limit = MAX_CAPTURE_BYTES // (1024 * 1024)
    return f"too large ({size:,} bytes; a capture is at most {limit} MB)"


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
