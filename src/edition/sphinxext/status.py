"""Marks, beside a chapter's paragraph, that the editor doubts its status
(apparatus/paragraph-status.toml): the number stays, the doubt is visible where it matters."""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from edition.apparatus.status import Status
from edition.errors import EditionError
from edition.sphinxext.context import chapter_slug, model, note_inputs
from edition.sphinxext.links import textual_notes_link
from edition.sphinxext.numbering import numbered_paragraphs

logger = logging.getLogger(__name__)


def statuses(app: Sphinx, slug: str) -> list[Status]:
    """The text's entries; a broken file is a warning (and so fails the strict build)."""
    edition = model(app.env)
    note_inputs(app.env, [edition.path("paragraph_status")])
    try:
        return edition.statuses_of(slug)
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
    slug = chapter_slug(app.env, app.env.docname)
    if not slug:
        return
    here = {s.paragraph: s for s in statuses(app, slug)}
    for number, paragraph in numbered_paragraphs(doctree):
        if number in here:
            paragraph["classes"].append("status-uncertain")
            paragraph.parent.insert(
                paragraph.parent.index(paragraph), _marker(here[number], slug, app.env.docname)
            )
