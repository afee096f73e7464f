"""Sphinx's EPUB 3 builder with the repairs an EPUBCheck-valid e-book of this book needs."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import unquote

from myst_nb.sphinx_ import HideCodeCellNode
from sphinx.application import Sphinx
from sphinx.builders.epub3 import Epub3Builder

from edition.site.epub import declare_properties, normalise_refuri, strip_scripts, xhtml_links
from edition.sphinxext.assets import NOTEBOOK_ONLY


class EditionEpubBuilder(Epub3Builder):
    """The ``epub`` builder, for a book whose root document lives in a folder."""

    def get_toc(self) -> None:
        # Sphinx prefixes every entry with the root document's folder, so a page outside
        # it (notebooks/ beside book/) gets "book/../" and no manifest item matches it.
        super().get_toc()
        for refnode in self.refnodes:
            refnode["refuri"] = normalise_refuri(refnode["refuri"])

    def build_content(self) -> None:
        super().build_content()
        opf = Path(self.outdir, "content.opf")
        outdir = Path(self.outdir)

        def page_text(href: str) -> str:
            return (outdir / unquote(html.unescape(href))).read_text(encoding="utf-8")

        opf.write_text(declare_properties(opf.read_text("utf-8"), page_text), "utf-8")


def offline_page(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """On an EPUB page: no scripts (the cite menu, previews and notebook widgets are the web
    edition's), and the book's own HTML links to the EPUB's ``.xhtml`` pages."""
    if app.builder.name != "epub":
        return
    context["script_files"] = []
    # MyST-NB's stylesheet uses CSS that EPUB readers need not support (nesting, :is), and
    # it is written only after the e-book is zipped; the notebook pages read well without it.
    context["css_files"] = [c for c in context["css_files"] if NOTEBOOK_ONLY not in str(c.filename)]
    for part in ("body", "metatags"):
        if part in context:
            context[part] = xhtml_links(strip_scripts(context[part]))


def visit_folded_cell(self, node: HideCodeCellNode) -> None:
    # MyST-NB's HTML puts paragraphs in the summary, which XHTML does not allow.
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n')
    self.body.append(f"<summary>{html.escape(node['prompt_show'])}</summary>\n")


def depart_folded_cell(self, node: HideCodeCellNode) -> None:
    self.body.append("</details>\n")
