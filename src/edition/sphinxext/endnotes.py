"""The author's notes of a chapter: one headed block right after the text, stable ids.

MyST prints footnotes at the end of the page, after the editorial matter, under ids the build
invents (``id17``) that shift when a note or citation is added. Here they move into a block
headed "Author's notes" after the author's last numbered paragraph, each with the id ``n<N>``
(registered like the paragraphs), and every mark the editor restored says so where it stands.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from edition import paths
from edition.apparatus.registry import Entry
from edition.errors import EditionError
from edition.sphinxext.context import chapter_slug, model, note_inputs
from edition.sphinxext.links import textual_notes_link
from edition.sphinxext.numbering import numbered_paragraphs
from edition.texts.paragraphs import first_words

logger = logging.getLogger(__name__)

BLOCK_ID = "authors-notes"
EXPLANATION_ID = "restored-marks"
RESTORED_TITLE = "Note mark restored by the editor: the capture lost it"


class restored_mark(nodes.footnote_reference):
    """A note mark that the capture lost and the editor restored."""


def visit_restored_mark_html(self, node: restored_mark) -> None:
    self.body.append(
        self.starttag(
            node,
            "a",
            suffix="",
            classes=["footnote-reference", self.settings.footnote_references],
            role="doc-noteref",
            href=f"#{node['refid']}",
            title=RESTORED_TITLE,
            **{"aria-describedby": EXPLANATION_ID},
        )
    )
    self.body.append('<span class="fn-bracket">[</span>')


def depart_restored_mark_html(self, node: restored_mark) -> None:
    self.body.append('<span class="fn-bracket">]</span>')
    # Part of the link, so print, EPUB and readers without CSS see it too.
    self.body.append('<span class="restored-sign" aria-hidden="true">°</span></a>')


def visit_restored_mark_text(self, node: restored_mark) -> None:
    self.visit_footnote_reference(node)


def _restored_numbers(app: Sphinx, slug: str) -> set[str]:
    edition = model(app.env)
    note_inputs(app.env, edition.text_inputs(slug))
    text = edition.text(slug)
    return {str(number) for block in text.body for number, _ in block.notes}


def _explanation(numbers: list[str], slug: str, docname: str) -> nodes.paragraph:
    link = textual_notes_link(slug, docname)
    which = f"note {numbers[0]}" if len(numbers) == 1 else f"notes {', '.join(numbers)}"
    paragraph = nodes.paragraph(ids=[EXPLANATION_ID], classes=["editorial", "restored-note"])
    paragraph += nodes.Text(
        f"The captured page lost the marks of {which}. The editor restored them where the "
        "capture shows their traces, and a ° follows each restored mark; see "
    )
    paragraph += [link, nodes.Text(".")]
    return paragraph


def _end_of_text(doctree: nodes.document) -> tuple[nodes.Element, int] | None:
    """Where the author's text ends: the parent and index just after the block that holds
    the last numbered paragraph (not a response)."""
    authors = [p for number, p in numbered_paragraphs(doctree) if not number.startswith("R")]
    if not authors:
        return None
    node = authors[-1]
    while not isinstance(node.parent, nodes.section | nodes.document):
        node = node.parent
    return node.parent, node.parent.index(node) + 1


def gather_authors_notes(app: Sphinx, doctree: nodes.document) -> None:
    env = app.env
    slug = chapter_slug(env, env.docname)
    footnotes = list(doctree.findall(nodes.footnote))
    place = _end_of_text(doctree) if slug and footnotes else None
    if place is None:
        return
    try:
        restored = _restored_numbers(app, slug)
    except EditionError as error:
        logger.warning(str(error), location=env.docname, type="edition", subtype="notes")
        return
    block = nodes.container(ids=[BLOCK_ID], classes=["authors-notes"])
    # The heading is the editor's; the notes under it are the author's.
    block += nodes.rubric("", "Author's notes", classes=["editorial"])
    new_ids = {}
    std = env.domains["std"]
    entries = []
    for footnote in footnotes:
        label = footnote[0].astext()
        anchor = f"n{label}"
        new_ids.update({old: anchor for old in footnote["ids"]})
        footnote["ids"] = [anchor]
        footnote.parent.remove(footnote)
        block += footnote
        std.anonlabels[paths.paragraph_label(slug, anchor)] = (env.docname, anchor)
        std.labels[paths.paragraph_label(slug, anchor)] = (env.docname, anchor, f"n. {label}")
        words = first_words(" ".join(child.astext() for child in footnote[1:]))
        entries.append(Entry(slug, anchor, anchor, words))
    marked = []
    for reference in list(doctree.findall(nodes.footnote_reference)):
        reference["refid"] = new_ids.get(reference["refid"], reference["refid"])
        if reference.astext() in restored:
            mark = restored_mark(reference.rawsource, *reference.children, **reference.attributes)
            mark["classes"].append("restored-mark")
            reference.replace_self(mark)
            marked.append(reference.astext())
    if marked:
        block += _explanation(marked, slug, env.docname)
    for rule in list(doctree.findall(nodes.transition)):
        if "footnotes" in rule["classes"]:
            rule.parent.remove(rule)
    parent, index = place
    parent.insert(index, block)
    env.edition_paragraphs.setdefault(env.docname, []).extend(entries)
