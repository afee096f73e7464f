"""Importing a capture: from the file to a draft chapter on disk, or a clear error."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.texts.capture import CAPTURE_SUFFIXES, read_capture
from edition.texts.chapter import render_chapter
from edition.texts.cleaning import clean_lines
from edition.texts.document import CleanText
from edition.texts.html_capture import PageMetadata, read_html_capture
from edition.texts.html_page import is_html
from edition.texts.provenance import Record, load_provenance


@dataclass(frozen=True)
class Imported:
    record: Record
    text: CleanText
    chapter: str
    target: Path
    # What a saved web page says of its origin, for the editor to compare with the record.
    metadata: PageMetadata | None = None


def prepare_import(capture: Path, provenance: Path, essays_dir: Path) -> Imported:
    """Read, check and clean a capture and render its chapter, writing nothing.

    The capture must be a file of the captures folder beside ``provenance``, the file its
    record names: what the build reads (``sources/captures/<file>``) is what was imported."""
    folder = provenance.parent / "captures"
    if capture.suffix not in CAPTURE_SUFFIXES:
        wanted = " or ".join(CAPTURE_SUFFIXES)
        raise EditionError(capture, f"not a capture: the file name must end in {wanted}")
    if capture.parent.resolve() != folder.resolve():
        raise EditionError(capture, f"not in the captures folder {folder}")
    lines = None if is_html(capture) else read_capture(capture)
    records = load_provenance(provenance)
    record = next((r for r in records.values() if r.file == capture.name), None)
    if record is None:
        raise EditionError(provenance, f"no [[text]] record with file = {capture.name!r}")
    metadata = None
    if lines is None:
        page = read_html_capture(capture, record.title)
        text, metadata = page.text, page.metadata
    else:
        text = clean_lines(lines, str(capture), record.title, record.editor_furniture)
    chapter = render_chapter(text, record, records)
    return Imported(record, text, chapter, essays_dir / f"{record.slug}.md", metadata)


def write_chapter(imported: Imported, *, force: bool) -> None:
    """Write the chapter atomically; an existing chapter is replaced only with ``force``."""
    target = imported.target
    try:
        mode = os.lstat(target).st_mode
    except (FileNotFoundError, NotADirectoryError):
        # No chapter; a file in the folder's place is reported where the folder is made.
        mode = None
    except OSError as error:
        raise EditionError(target, f"cannot look at the chapter: {error.strerror}") from None
    if mode is not None and stat.S_ISDIR(mode):
        raise EditionError(target, "a directory stands where the chapter goes")
    # A symbolic link counts as a chapter even if it points nowhere: only --force replaces it
    # (the link, never the file it points to).
    if mode is not None and not force:
        raise EditionError(target, "the chapter already exists; use --force to replace it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    except OSError as error:
        where = target.parent
        raise EditionError(where, f"cannot write the chapter here: {_reason(error)}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(imported.chapter)
            # mkstemp makes the file private; a chapter gets the mode of any new file.
            os.fchmod(out.fileno(), 0o666 & ~_umask())
        os.replace(temporary, target)
    except BaseException as error:
        os.unlink(temporary)
        if isinstance(error, OSError):
            raise EditionError(target, f"cannot write the chapter: {_reason(error)}") from None
        raise


def _reason(error: OSError) -> str:
    if isinstance(error, FileExistsError | NotADirectoryError):
        return "a file, not a folder, is in the way"
    return error.strerror or str(error)


def _umask() -> int:
    # The umask can only be read by setting it; it is put back at once.
    mask = os.umask(0)
    os.umask(mask)
    return mask
