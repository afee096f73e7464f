"""Importing a capture: from the file to a draft chapter on disk, or a clear error."""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from edition.errors import EditionError
from edition.texts import bidi
from edition.texts.capture import CAPTURE_SUFFIXES, SUFFIXES_NAMED, read_capture
from edition.texts.chapter import render_chapter
from edition.texts.cleaning import clean_lines
from edition.texts.document import CleanText
from edition.texts.html_capture import PageMetadata, read_html_capture
from edition.texts.html_page import is_html
from edition.texts.provenance import Record, load_provenance
from edition.texts.review import Item, review_items


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
        raise EditionError(capture, f"not a capture: the file name must end in {SUFFIXES_NAMED}")
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


def review_path(chapter: Path) -> Path:
    """Where the review list of a chapter is written, beside the draft."""
    return chapter.with_suffix(".review.txt")


def review_list(imported: Imported) -> list[Item]:
    """The review list, with every line that holds a bidi control; controls are written as
    code points, so that the list cannot reorder itself or drive a terminal."""
    items = review_items(imported.text) + bidi.review_items(imported.text)
    shown = [replace(item, text=bidi.show_controls(item.text)) for item in items]
    return sorted(shown, key=lambda item: item.line)


def write_chapter(
    imported: Imported, *, force: bool, beside: dict[Path, str] | None = None
) -> None:
    """Write the chapter and the files that go with it (``beside``: path and new content),
    all or none: each is written next to its place first, and only when all are written are
    they put in place. An existing chapter is replaced only with ``force``."""
    target = imported.target
    _check_place(target, "the chapter", force)
    files = {target: imported.chapter, **(beside or {})}
    for path in files:
        if path != target:
            _check_place(path, _what(path, target), force=True)
    written: dict[Path, Path] = {}
    try:
        for path, content in files.items():
            written[path] = _write_beside(path, content, _what(path, target))
        for path, temporary in written.items():
            os.replace(temporary, path)
    except OSError as error:
        raise EditionError(path, f"cannot write {_what(path, target)}: {_reason(error)}") from None
    finally:
        for temporary in written.values():
            temporary.unlink(missing_ok=True)


def _check_place(path: Path, what: str, force: bool) -> None:
    try:
        mode = os.lstat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        # Nothing there; a file in the folder's place is reported where the folder is made.
        return
    except OSError as error:
        raise EditionError(path, f"cannot look at {what}: {error.strerror}") from None
    if stat.S_ISDIR(mode):
        raise EditionError(path, f"a directory stands where {what} goes")
    # A symbolic link counts as a chapter even if it points nowhere: only --force replaces it
    # (the link, never the file it points to).
    if not force:
        raise EditionError(path, "the chapter already exists; use --force to replace it")


def _what(path: Path, chapter: Path) -> str:
    return "the chapter" if path == chapter else "the file"


def _write_beside(path: Path, content: str, what: str) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    except OSError as error:
        raise EditionError(path.parent, f"cannot write {what} here: {_reason(error)}") from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(content)
            # mkstemp makes the file private; a written file gets the mode of any new file.
            os.fchmod(out.fileno(), 0o666 & ~_umask())
    except BaseException as error:
        temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise EditionError(path, f"cannot write {what}: {_reason(error)}") from None
        raise
    return temporary


def _reason(error: OSError) -> str:
    if isinstance(error, FileExistsError | NotADirectoryError):
        return "a file, not a folder, is in the way"
    return error.strerror or str(error)


def _umask() -> int:
    # The umask can only be read by setting it; it is put back at once.
    mask = os.umask(0)
    os.umask(mask)
    return mask
