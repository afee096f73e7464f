"""Bidirectional controls of a text isolated on the page (see ``edition.texts.bidi``).

Every run of text that holds an embedding, override or isolate control is wrapped in
``<bdi>``, which browsers isolate (``unicode-bidi: isolate``): the control still orders the
characters of its own run as the page had them, and nothing outside it, so the paragraph's
number, note marks, editorial links and the text around a quoted line keep their order. The
words are unchanged.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.application import Sphinx

from edition.texts.bidi import has_bidi_controls


class bidi_isolate(nodes.inline):
    """A run of text that holds bidi controls, isolated from what surrounds it."""


def isolate_bidi_controls(app: Sphinx, doctree: nodes.document) -> None:
    for text in list(doctree.findall(nodes.Text)):
        parent = text.parent
        if (
            has_bidi_controls(text.astext())
            and not isinstance(parent, bidi_isolate)
            # Text that is not prose on the page (a code listing's, a raw block's) stays as is.
            and not isinstance(parent, (nodes.FixedTextElement, nodes.raw))
        ):
            parent.replace(text, bidi_isolate("", text.astext()))


def visit_bidi_isolate_html(self, node: bidi_isolate) -> None:
    self.body.append("<bdi>")


def depart_bidi_isolate_html(self, node: bidi_isolate) -> None:
    self.body.append("</bdi>")


def register(app: Sphinx) -> None:
    app.add_node(
        bidi_isolate,
        html=(visit_bidi_isolate_html, depart_bidi_isolate_html),
        epub=(visit_bidi_isolate_html, depart_bidi_isolate_html),
    )
    # First of the document's transforms, so that the titles collected for the navigation
    # and every node later made from the text carry the isolation.
    app.connect("doctree-read", isolate_bidi_controls, priority=100)
