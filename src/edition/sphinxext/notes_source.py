"""Editorial notes enter the chapters as they are read, beside the paragraphs they explain.

The notes live in apparatus/notes.toml, so a chapter's source stays the author's text; here
each note becomes a margin block after its paragraph, before MyST parses the page, so its
citations are ordinary sphinxcontrib-bibtex citations. A chapter with notes ends with the list
of their sources (``edition.sphinxext.sources``), after everything else on the page.
"""

from __future__ import annotations

from sphinx.application import Sphinx
from sphinx.util import logging

from edition.apparatus.notes import place_notes
from edition.errors import EditionError
from edition.sphinxext.context import model, note_inputs
from edition.sphinxext.sources import chapter_sources, cite_in_chapter
from edition.texts.paragraphs import citable_paragraphs

logger = logging.getLogger(__name__)


def insert_notes(app: Sphinx, docname: str, source: list[str]) -> None:
    edition = model(app.env)
    notes_path = edition.path("notes")
    try:
        record = edition.by_docname.get(docname)
        if record is None:
            return
        note_inputs(app.env, [notes_path, *edition.text_inputs(record.slug)])
        notes = [cite_in_chapter(n, record.slug) for n in edition.notes_on(record.slug)]
        if not notes:
            return
        text = edition.text(record.slug)
        openings = {p.number: p.block.text for p in citable_paragraphs(text)}
    except EditionError as error:
        logger.warning(str(error), location=docname, type="edition", subtype="notes")
        return
    source[0], missing = place_notes(source[0], notes, openings)
    if any(note.sources for note in notes if note not in missing):
        source[0] = source[0].rstrip("\n") + "\n\n" + chapter_sources(record.slug)
    for note in missing:
        logger.warning(
            f"{notes_path}:{note.line}: note “{note.title}”: ¶ {note.paragraph} of "
            f"{note.text} does not contain “{note.phrase}”",
            location=docname,
            type="edition",
            subtype="notes",
        )
