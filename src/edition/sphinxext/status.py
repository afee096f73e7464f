"""Marks, beside a chapter's paragraph, that the editor doubts its status
(apparatus/paragraph-status.toml): the number stays, the doubt is visible where it matters."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from edition.errors import EditionError
from edition.sphinxext.context import provenance
from edition.sphinxext.directives import chapter_text
from edition.sphinxext.links import textual_notes_link
from edition.sphinxext.numbering import numbered_paragraphs
from edition.status import Status, load_statuses

logger = logging.getLogger(__name__)


def statuses(app: Sphinx) -> list[Status]:
    """The file's entries; a broken file is a warning (and so fails the strict build)."""
    path = Path(app.srcdir) / app.config.edition_paragraph_status
    sources = Path(app.srcdir) / app.config.edition_sources
    app.env.note_dependency(str(path))
    try:
        slugs = {r.slug for r in provenance(sources / "provenance.toml").values()}
        return load_statuses(path, slugs)
    except EditionError as error:
        logger.warning(str(error), type="edition", subtype="status")
        return []


def _marker(status: Status, slug: str, docname: str) -> nodes.container:
    link = textual_notes_link(slug, docname)
    paragraph = nodes.paragraph()
    paragraph += [
        nodes.strong("", f"{status.status} (¶ {status.paragraph}). "),
        nodes.Text(f"{status.note} See "),
        link,
        nodes.Text("."),
    ]
    marker = nodes.container(classes=["editorial", "paragraph-status"])
    marker += paragraph
    return marker


def mark_statuses(app: Sphinx, doctree: nodes.document) -> None:
    if not chapter_text(app.env, app.env.docname):
        return
    slug = app.env.docname.rsplit("/", 1)[-1]
    here = {s.paragraph: s for s in statuses(app) if s.text == slug}
    for number, paragraph in numbered_paragraphs(doctree):
        if number in here:
            paragraph["classes"].append("status-uncertain")
            paragraph.parent.insert(
                paragraph.parent.index(paragraph), _marker(here[number], slug, app.env.docname)
            )
