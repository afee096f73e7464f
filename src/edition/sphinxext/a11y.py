"""Accessibility repairs to what the theme and the writers print, made while the pages are
written, so that the EPUB and readers without JavaScript get them too.

The fourth repair, the navigation column as a landmark, is a template:
templates/sections/sidebar-primary.html; the search button's name is one of the theme
files derived by ``themefiles``.
"""

from __future__ import annotations

from html import escape

from bs4 import BeautifulSoup
from docutils import nodes
from myst_nb.sphinx_ import HideCodeCellNode
from sphinx.application import Sphinx

TOGGLE_NAME = "Show or hide this part's pages"


def visit_citation(self, node: nodes.citation) -> None:
    # Sphinx (like docutils) marks the bibliography role="list" with role="doc-biblioentry"
    # entries; DPUB-ARIA 1.1 deprecates doc-biblioentry, and axe flags it
    # (aria-deprecated-role). Plain blocks read as well. Upstream: Sphinx's
    # HTML5Translator.visit_citation (sphinx/writers/html5.py) should stop writing the
    # role; no issue found for it yet.
    if not isinstance(node.previous_sibling(), type(node)):
        self.body.append('<div class="citation-list">\n')
    self.body.append(self.starttag(node, "div", classes=[node.tagname]))


def depart_citation(self, node: nodes.citation) -> None:
    self.body.append("</div>\n")
    if not isinstance(node.next_node(descend=False, siblings=True), type(node)):
        self.body.append("</div>\n")


def visit_folded_cell_html(self, node: HideCodeCellNode) -> None:
    # MyST-NB's own visitor labels the summary "Toggle hidden content", a name other than
    # the text it shows ("Show code cell source"), which WCAG 2.5.3 asks to match; the
    # summary is named by its visible text instead. Upstream: MyST-NB's visit_HideCellInput
    # (myst_nb/sphinx_.py) should drop the aria-label; no issue found for it yet.
    classes = " ".join(node["classes"])
    self.body.append(f'<details class="admonition hide {classes}">\n<summary>\n')
    self.body.append(f'<p class="collapsed admonition-title">{escape(node["prompt_show"])}</p>\n')
    self.body.append(f'<p class="expanded admonition-title">{escape(node["prompt_hide"])}</p>\n')
    self.body.append("</summary>\n")


def depart_folded_cell_html(self, node: HideCodeCellNode) -> None:
    self.body.append("</details>\n")


def name_toggles(soup: BeautifulSoup) -> None:
    """Name each section toggle of the navigation that shows only its chevron icon."""
    for summary in soup.select("summary:has(.toctree-toggle)"):
        if not summary.get_text(strip=True):
            summary["aria-label"] = TOGGLE_NAME


def named_toggles(generate):
    """The theme's ``generate_toctree_html``, with its toggles named."""

    def generate_toctree_html(*args, **kwargs):
        toctree = generate(*args, **kwargs)
        if isinstance(toctree, BeautifulSoup):
            name_toggles(toctree)
            return toctree
        soup = BeautifulSoup(toctree, "html.parser")
        name_toggles(soup)
        return str(soup)

    return generate_toctree_html


def name_navigation_toggles(app: Sphinx, pagename, templatename, context, doctree) -> None:
    # pydata-sphinx-theme's toctree.py (add_collapse_checkboxes) gives the <summary> of a
    # section that is a link only a decorative chevron, so it has no name (axe:
    # summary-name); the <details> markup came with pydata-sphinx-theme PR #1582. Upstream:
    # the theme should name it; no issue found for it yet (pytorch/pytorch_sphinx_theme
    # PR #234 patches the same gap in the browser).
    if "generate_toctree_html" in context:
        context["generate_toctree_html"] = named_toggles(context["generate_toctree_html"])


def register(app: Sphinx) -> None:
    app.add_node(
        nodes.citation,
        override=True,
        html=(visit_citation, depart_citation),
        epub=(visit_citation, depart_citation),
    )
    # After the theme's handler (priority 500), which puts the function in the context.
    app.connect("html-page-context", name_navigation_toggles, priority=600)
