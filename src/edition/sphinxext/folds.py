"""Folds: native ``<details>`` on the web pages, unfolded in the EPUB.

A fold's content is a panel (``div.fold-panel``) under its summary. The EPUB, read where a
fold may not open, shows the content unfolded; print and the PDFs open every fold.
"""

from __future__ import annotations

from html import escape

from docutils import nodes
from sphinx import addnodes


def raw(html: str) -> nodes.raw:
    return nodes.raw("", html, format="html")


def only(expr: str, *children: nodes.Node) -> addnodes.only:
    node = addnodes.only(expr=expr)
    node.extend(children)
    return node


def details_open(summary: str, classes: str) -> str:
    """The opening of a ``<details>`` with its summary and a panel for its content."""
    return (
        f'<details class="{escape(classes)}"><summary>{escape(summary)}</summary>'
        '<div class="fold-panel">'
    )


DETAILS_CLOSE = "</div></details>"


def fold(summary: str, content: list[nodes.Node], classes: str) -> list[nodes.Node]:
    """``content`` folded under ``summary`` on the web; unfolded in the EPUB."""
    return [
        only("not epub", raw(details_open(summary, classes))),
        *content,
        only("not epub", raw(DETAILS_CLOSE)),
    ]


def toolbar_item(summary: str, content: list[nodes.Node]) -> list[nodes.Node]:
    """A toolbar item: a ``<details>`` whose panel opens under the toolbar."""
    return [raw(details_open(summary, "toolbar-item")), *content, raw(DETAILS_CLOSE)]
