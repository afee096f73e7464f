"""Where the edition's pages stand in the book and the built site: one place for the paths
that the importer, the extension, the exports, the notebooks and the scripts share.

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
