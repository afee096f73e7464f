"""Links the apparatus adds to the chapters: concepts to the glossary, shared passages.

Both run when a chapter is read, after its paragraphs are numbered, and add only editorial
nodes: a concept's first use in a text becomes a link to its glossary entry (the words stay
as they are), and a paragraph that another text shares is followed by an "also in …" link.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.util import logging

from edition.apparatus.lexicon import Concept
from edition.apparatus.parallels import Parallel
from edition.errors import EditionError
from edition.sphinxext.context import chapter_slug, model, note_inputs
from edition.sphinxext.links import xref
from edition.sphinxext.numbering import numbered_paragraphs, para_number
from edition.texts.paragraphs import anchor_for

logger = logging.getLogger(__name__)

_SKIP = (para_number, nodes.footnote_reference, addnodes.pending_xref, nodes.reference)


def _free_text(paragraph: nodes.paragraph) -> list[nodes.Text]:
    """The paragraph's text nodes that are not already a mark or a link."""
    found = []
    for text in paragraph.findall(nodes.Text):
        parent, inside = text.parent, False
        while parent is not None and parent is not paragraph:
            inside = inside or isinstance(parent, _SKIP)
            parent = parent.parent
        if not inside:
            found.append(text)
    return found


def _term_link(text: str, term: str, docname: str) -> addnodes.pending_xref:
    words = nodes.inline(text, text, classes=["xref", "std", "std-term", "concept-link"])
    return xref("term", term, docname, words)


def _link_first_use(paragraphs: list[nodes.paragraph], concept: Concept, docname: str) -> bool:
    for paragraph in paragraphs:
        for text in _free_text(paragraph):
            spans = concept.find(str(text))
            if spans:
                start, end = spans[0]
                value = str(text)
                replacement = [
                    nodes.Text(value[:start]),
                    _term_link(value[start:end], concept.glossary, docname),
                    nodes.Text(value[end:]),
                ]
                text.parent.replace(text, [n for n in replacement if n.astext()])
                return True
    return False


def link_concepts(app: Sphinx, doctree: nodes.document) -> None:
    """Link each concept's first use in a chapter to its glossary entry."""
    if not chapter_slug(app.env, app.env.docname):
        return
    edition = model(app.env)
    note_inputs(app.env, [edition.path("lexicon")])
    try:
        concepts = edition.lexicon
    except EditionError as error:
        logger.warning(str(error), location=app.env.docname, type="edition", subtype="lexicon")
        return
    paragraphs = [p for _, p in numbered_paragraphs(doctree)]
    for concept in concepts:
        _link_first_use(paragraphs, concept, app.env.docname)


def _also_in(parallel: Parallel, title: str, docname: str) -> nodes.paragraph:
    target = parallel.target
    label = f"{target.text}-{anchor_for(target.number)}"
    link = xref("ref", label, docname, nodes.inline("", f"{title} ¶ {target.number}"))
    lead = "Also in " if parallel.kind == "paragraph" else "A passage shared with "
    return nodes.paragraph("", "", nodes.Text(lead), link, classes=[f"parallel-{parallel.kind}"])


def mark_parallels(app: Sphinx, doctree: nodes.document) -> None:
    """Add "also in …" after each paragraph that another text shares, linked both ways.

    The link stands in an editorial block of its own after the paragraph, not inside it: a
    reader who copies the author's paragraph copies the author's words only, and the
    numbering passes over it like all editorial matter.
    """
    slug = chapter_slug(app.env, app.env.docname)
    if not slug:
        return
    edition = model(app.env)
    # Which passages are shared depends on every text.
    note_inputs(app.env, edition.text_inputs())
    try:
        found = edition.parallels
    except EditionError:
        return  # the directives report the broken record or capture with its line
    for number, paragraph in numbered_paragraphs(doctree):
        parallels = found.get((slug, number), [])
        if not parallels:
            continue
        block = nodes.container(classes=["editorial", "parallel"])
        titles = {s: r.display_title for s, r in edition.records.items()}
        block += [_also_in(p, titles[p.target.text], app.env.docname) for p in parallels]
        paragraph.parent.insert(paragraph.parent.index(paragraph) + 1, block)
