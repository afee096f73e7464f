"""The study tools of the web edition: passage sets and private notes.

A chapter page gets only a small loader (edition-study-loader.js); the tools themselves
(edition-study.js, its stylesheet) load when a reader first uses them, or at once when the
reader's browser already holds notes or a passage set. The two pages of the tools (directive
``study-page``: ``passages`` or ``notes``) load them with the paragraphs' text and citation
templates, written once per build as a static script (edition-passages.js).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.util.docutils import SphinxDirective

from edition.apparatus.citation import STYLES
from edition.apparatus.passages import Chapter, normalise, passages_data, passages_script
from edition.errors import EditionError
from edition.sphinxext.assets import STATIC
from edition.sphinxext.context import (
    chapter_slug,
    chapter_templates,
    model,
    page_url,
    style_labels,
    web_build,
)
from edition.sphinxext.directives import web_only
from edition.sphinxext.numbering import numbered_paragraphs, para_number

DATA_SCRIPT = "edition-passages.js"
LOADER = "edition-study-loader.js"
TOOLS = "edition-study.js"
PAGES = "edition-study-pages.js"
STYLESHEET = "edition-study.css"
# The env metadata key that marks a page as one of the tools' pages, and its kinds.
PAGE_KEY = "edition_study"
KINDS = ("passages", "notes")
NEEDS_SCRIPT = {
    "passages": "The passages of a set are listed here when your browser runs JavaScript.",
    "notes": "Your notes are listed here when your browser runs JavaScript.",
}


def leave_out_of_epub(app: Sphinx, config) -> None:
    """The EPUB runs no script (edition.sphinxext.epub): the tools' files have no use there."""
    tools = [f"_static/{name}" for name in (LOADER, TOOLS, PAGES, STYLESHEET)]
    config.epub_exclude_files = [*config.epub_exclude_files, *tools]


def paragraph_text(paragraph: nodes.paragraph) -> str:
    """The paragraph as a reader sees it, without its number and its note marks."""
    copy = paragraph.deepcopy()
    for node in [*copy.findall(para_number), *copy.findall(nodes.footnote_reference)]:
        node.parent.remove(node)
    return normalise(copy.astext())


def collect(app: Sphinx, doctree: nodes.document) -> None:
    if not chapter_slug(app.env, app.env.docname):
        return
    app.env.edition_passages[app.env.docname] = [
        (number, paragraph["ids"][0], paragraph_text(paragraph))
        for number, paragraph in numbered_paragraphs(doctree)
    ]


class StudyPage(SphinxDirective):
    """Where a tools page (``passages`` or ``notes``) shows what the reader's browser holds."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        kind = self.arguments[0]
        if kind not in KINDS:
            raise self.error(f"study-page takes one of {', '.join(KINDS)}, not {kind!r}")
        self.env.metadata[self.env.docname][PAGE_KEY] = kind
        html = (
            f'<div class="edition-study-page" id="edition-study" data-study="{kind}">'
            f'<p class="edition-study-needs-script">{NEEDS_SCRIPT[kind]}</p></div>'
        )
        return [web_only(nodes.raw("", html, format="html"))]


def _tool_pages(app: Sphinx) -> dict[str, str]:
    """kind → the page's path in the site."""
    return {
        meta[PAGE_KEY]: page_url("", docname)
        for docname, meta in app.env.metadata.items()
        if PAGE_KEY in meta
    }


def add_scripts(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if not web_build(app):
        return
    pages = _tool_pages(app)
    # The scripts find the site's root from their own address and the tools' pages from these.
    where = {f"data-{kind}": path for kind, path in pages.items()}
    kind = app.env.metadata.get(pagename, {}).get(PAGE_KEY)
    if slug := chapter_slug(app.env, pagename):
        lazy = {"data-tools": _versioned(TOOLS), "data-css": _versioned(STYLESHEET)}
        app.add_js_file(LOADER, defer="defer", **where, **lazy, **{"data-slug": slug})
    elif kind:
        app.add_css_file(STYLESHEET)
        # Its own file, not bundled with the page's code (the id keeps it apart): page data,
        # loaded by the two tools pages only.
        app.add_js_file(DATA_SCRIPT, defer="defer", id="edition-passages-data")
        app.add_js_file(TOOLS, defer="defer", **where)
        app.add_js_file(PAGES, defer="defer")


def _versioned(name: str) -> str:
    """The file's path in the site with a digest of its content, as Sphinx links its own, so
    that a browser never runs a stale copy beside a newer loader."""
    digest = hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:16]
    return f"_static/{name}?v={digest}"


def _book_order(app: Sphinx) -> list[str]:
    """Every document in the order of the table of contents."""
    order: list[str] = []

    def visit(docname: str) -> None:
        if docname not in order:
            order.append(docname)
            for child in app.env.toctree_includes.get(docname, []):
                visit(child)

    visit(app.config.root_doc)
    return order


def write_data(app: Sphinx, env: BuildEnvironment) -> None:
    """The paragraphs of every chapter, with their citation templates, for the tools' pages.

    Written once every document is read and before any page is written: Sphinx links a
    static file with a digest of the copy it finds in the output folder, so a file written
    after the pages would be linked without one in a clean build and with a stale one in a
    build over an earlier build's output."""
    if not web_build(app):
        return
    try:
        by_docname = model(app.env).by_docname
    except EditionError:
        # A broken record file is already a warning, with its line, from the directives.
        return
    baseurl = app.config.html_baseurl
    chapters = []
    for docname in _book_order(app):
        record = by_docname.get(docname)
        if record is None or docname not in app.env.edition_passages:
            continue
        chapters.append(
            Chapter(
                slug=record.slug,
                title=record.display_title,
                path=page_url("", docname),
                url=page_url(baseurl, docname) if baseurl else "",
                templates=chapter_templates(app.env, app.config, record),
                paragraphs=app.env.edition_passages[docname],
            )
        )
    data = passages_data(app.config.html_title, chapters, style_labels(), list(STYLES))
    static = Path(app.outdir, "_static")
    static.mkdir(parents=True, exist_ok=True)
    (static / DATA_SCRIPT).write_text(passages_script(data), encoding="utf-8")
