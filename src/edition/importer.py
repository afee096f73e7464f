"""Importing a capture: from the file to a draft chapter on disk, or a clear error."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from edition.capture import read_capture
from edition.chapter import render_chapter
from edition.cleaning import clean_lines
from edition.document import CleanText
from edition.errors import EditionError
from edition.html_capture import PageMetadata, is_html, read_html_capture
from edition.provenance import Record, load_provenance


@dataclass(frozen=True)
class Imported:
    record: Record
    text: CleanText
    chapter: str
    target: Path
    # What a saved web page says of its origin, for the editor to compare with the record.
    metadata: PageMetadata | None = None


def prepare_import(capture: Path, provenance: Path, essays_dir: Path) -> Imported:
    """Read, check and clean a capture and render its chapter, writing nothing."""
    lines = None if is_html(capture) else read_capture(capture)
    records = load_provenance(provenance)
    record = records.get(capture.stem)
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
    if target.exists() and not force:
        raise EditionError(target, "the chapter already exists; use --force to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(imported.chapter)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise
