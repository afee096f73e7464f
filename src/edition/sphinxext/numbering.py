"""Paragraph numbers on the chapters of the texts, and the check against the anchor registry.

The numbering follows ``edition.texts.paragraphs``: the author's paragraphs, salutation, list items
epigraph and block quotations are numbered 1, 2 …; reader responses R1, R2 …; nothing editorial is.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util import logging

from edition import paths
from edition.apparatus.registry import Entry, check, load_registry
from edition.errors import EditionError
from edition.sphinxext.context import chapter_slug
from edition.texts.paragraphs import anchor_for, first_words

logger = logging.getLogger(__name__)

# Paragraphs inside these containers are not the author's text.
_NOT_TEXT = {"editorial", "standfirst"}
_RESPONSES = "responses"


class para_number(nodes.Inline, nodes.TextElement):
    """A paragraph's number: a link to its own anchor, which the cite menu takes over."""


def visit_para_number_html(self, node: para_number) -> None:
    number, anchor = node["number"], node["anchor"]
    # The name starts with what the link shows ("12", "R1"), as assistive technology expects.
    label = f"Response {number}" if number.startswith("R") else f"Paragraph {number}"
    self.body.append(
        f'<a class="para-num" href="#{anchor}" data-number="{number}" data-anchor="{anchor}" '
        f'title="{label}: link and citation" aria-label="{label}: link and citation">'
    )


def depart_para_number_html(self, node: para_number) -> None:
    self.body.append("</a>")


def visit_para_number_text(self, node: para_number) -> None:
    self.add_text(f"[{node['number']}] ")
    raise nodes.SkipNode


def _classes_above(node: nodes.Node) -> set[str]:
    classes: set[str] = set()
    while node is not None:
        classes.update(node.get("classes", []) if isinstance(node, nodes.Element) else [])
        node = node.parent
    return classes


def _inside(node: nodes.Node, kind: type[nodes.Node]) -> bool:
    parent = node.parent
    while parent is not None:
        if isinstance(parent, kind):
            return True
        parent = parent.parent
    return False


def numbered_paragraphs(doctree: nodes.document) -> list[tuple[str, nodes.paragraph]]:
    """(number, paragraph) for every citable paragraph of a chapter, in reading order."""
    numbered: list[tuple[str, nodes.paragraph]] = []
    count = 0
    for paragraph in doctree.findall(nodes.paragraph):
        classes = _classes_above(paragraph)
        if classes & _NOT_TEXT or _inside(paragraph, nodes.footnote):
            continue
        if _RESPONSES in classes:
            item = paragraph.parent
            if isinstance(item, nodes.list_item) and item.index(paragraph) == 0:
                position = item.parent.index(item)
                numbered.append((f"R{item.parent.get('start', 1) + position}", paragraph))
            continue
        count += 1
        numbered.append((str(count), paragraph))
    return numbered


def _words_without_marks(paragraph: nodes.paragraph) -> str:
    copy = paragraph.deepcopy()
    for mark in list(copy.findall(nodes.footnote_reference)):
        mark.parent.remove(mark)
    return first_words(copy.astext())


def number_paragraphs(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    slug = chapter_slug(env, env.docname)
    if not slug:
        return
    std = env.domains["std"]
    entries = []
    for number, paragraph in numbered_paragraphs(doctree):
        anchor = anchor_for(number)
        words = _words_without_marks(paragraph)
        paragraph["ids"].insert(0, anchor)
        paragraph["classes"].append("numbered")
        paragraph.insert(0, para_number("", number, number=number, anchor=anchor))
        entries.append(Entry(slug, number, anchor, words))
        # A label per paragraph, so that other pages link it with {ref}`¶ 12 <slug-p12>`
        # and a wrong number is a build warning, not a dead link.
        std.anonlabels[paths.paragraph_label(slug, anchor)] = (env.docname, anchor)
        std.labels[paths.paragraph_label(slug, anchor)] = (env.docname, anchor, f"¶ {number}")
    env.edition_paragraphs[env.docname] = entries


def check_registry(app: Sphinx, env: BuildEnvironment) -> None:
    """Warn (and so fail the strict build) for every anchor that would break or is new."""
    if not env.edition_paragraphs:
        return
    path = Path(env.srcdir) / app.config.edition_registry
    try:
        registered = load_registry(path)
    except EditionError as error:
        logger.warning(str(error), type="edition", subtype="registry")
        return
    by_text = {entries[0].text: d for d, entries in env.edition_paragraphs.items() if entries}
    current = [e for entries in env.edition_paragraphs.values() for e in entries]
    for problem in check(registered, current):
        text = problem.split("#", 1)[0]
        logger.warning(
            f"paragraph anchor {problem} [{path.name}]",
            location=by_text.get(text),
            type="edition",
            subtype="registry",
        )
