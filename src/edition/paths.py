"""Where the edition's pages stand in the book and the built site, and the labels that
cross-references use: one place for the paths and names that the importer, the extension,
the exports, the notebooks and the scripts share.

Paths are Sphinx document names (no suffix) relative to the book's root; a page's address
in the built site is its document name with ``.html``.
"""

from __future__ import annotations

# A text's chapter, its concept notebook, a concept's page, a study session's packet.
ESSAYS = "book/essays"
NOTEBOOKS = "notebooks"
CONCEPTS = "book/concepts"
PACKETS = "book/study"
# Where the built site keeps the EPUB and the PDFs.
DOWNLOADS = "downloads"
# The prefix of each text's section on the textual notes page.
TEXTUAL_NOTES = "textual-notes"


def chapter(slug: str) -> str:
    return f"{ESSAYS}/{slug}"


def notebook(slug: str) -> str:
    return f"{NOTEBOOKS}/{slug}"


def concept(concept_id: str) -> str:
    return f"{CONCEPTS}/{concept_id}"


def packet(anchor: str) -> str:
    return f"{PACKETS}/{anchor}"


def page(docname: str) -> str:
    """The page's path in the built site."""
    return f"{docname}.html"


def text_label(prefix: str, slug: str) -> str:
    """The label of a text's section on a page that treats every text in turn
    (``textual-notes-<slug>``, ``study-guide-<slug>``)."""
    return f"{prefix}-{slug}"


def textual_notes_label(slug: str) -> str:
    return text_label(TEXTUAL_NOTES, slug)


def paragraph_label(slug: str, anchor: str) -> str:
    """The label of a paragraph, note or section of a text's chapter (``<slug>-p12``): its
    anchor on the page, made unique across the book by the text's slug."""
    return f"{slug}-{anchor}"
