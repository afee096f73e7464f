"""The edition's Sphinx extension: a thin layer that renders the package's data as pages.

Every directive and hook reads one ``edition.apparatus.model.EditionModel``, made at the
start of each build from the ``edition_*`` settings (``context.create_model``). Directives
name a text by its slug, as every data file does:

``source-record``   the metadata block of a chapter; it marks the page as that text's chapter.
``cite-this``       the whole text's citation in every style.
``headnote``        the editor's headnote on the text (none if the editor has written none).
``textual-notes``   every line set aside from a capture and every editorial intervention.
``study-guide``     a part of the study guide: ``questions ID``, ``cross``, ``order``, ``sessions``.

Without an argument, ``source-record``, ``textual-notes`` and ``study-guide questions`` treat
every text of the records in turn, each in a section labelled ``sources-<slug>``,
``textual-notes-<slug>`` or ``study-guide-<slug>``, so that a new text needs no page edited.
``discuss``         the opt-in control that loads Hypothesis for group annotation.
``downloads``       links to the PDF of a text (optional argument) and of the whole book.
``changelog``       the edition's changelog and errata (apparatus/changelog.toml).
``cite-sigla``      the table of the texts' short titles, for the "How to cite" page;
``cite-examples``, ``cite-edition``  its citations worked in every style.
``concept-figure``  where the concepts occur in a chapter's text, linked to its notebook.
``concept-occurrences``  a concept page (argument: concept id): every use, in context.
``index-of-names``  the people, organizations, places, events and works the notes identify.
``content-notes``   every text's content note (the headnote block opens with it).
``study-page``      the passage-set page (``passages``) or the reader's notes (``notes``).
``session-packet``  a study session's packet page (argument: its number), to print and hand out.

On the chapter pages it gathers the cite, download and discuss controls into one toolbar
(``toolbar``), places the editorial notes, numbers the paragraphs and gathers the
author's notes under stable ids (checked against the anchor registry, with the study guide's
questions and sessions), links each concept's first use to the glossary, marks passages shared
between texts, adds citation meta tags and the cite menu's data; on every page it offers link
previews and isolates text that holds bidi controls (``bidi``). It writes the bibliography
files and the previews file, and serves the theme's stylesheet trimmed to the rules the built
pages can use. It points the notebooks' Binder buttons at the repository the environment names
(see ``launch``), and takes the edition's version from CITATION.cff and its published address
from ``EDITION_BASEURL`` (``release``).
"""

from __future__ import annotations

from myst_nb.sphinx_ import HideCodeCellNode
from sphinx.application import Sphinx

from edition.apparatus.model import Settings
from edition.sphinxext import (
    a11y,
    apparatus,
    assets,
    bidi,
    bundling,
    citations,
    concepts,
    context,
    directives,
    endnotes,
    envstore,
    epub,
    howtocite,
    launch,
    names,
    notes_source,
    numbering,
    packets,
    previews,
    release,
    sidebar,
    sources,
    status,
    study,
    theme,
    themefiles,
    toolbar,
)

_SETTINGS = {
    # Where the model reads the edition's data (edition.apparatus.model.Settings).
    **{f"edition_{name}": getattr(Settings(), name) for name in Settings.names()},
    "edition_year": "",
    "edition_citation_file": "CITATION.cff",
    "edition_changelog": "apparatus/changelog.toml",
    # Set from CITATION.cff (edition.sphinxext.release), as the edition's citations name them.
    "edition_editors": "",
}


def _published_only(handler):
    """``handler``, left out of the preview (``edition_preview``, set by scripts/preview.py):
    the steps that make the published pages small read and rewrite every page of the site,
    which is most of the time an incremental build of one page would take."""

    def run(app: Sphinx, exception: Exception | None) -> None:
        if not app.config.edition_preview:
            handler(app, exception)

    return run


def _exclude_npm_folder(app: Sphinx, config) -> None:
    # npm's folder (the test suite's browser checkers) holds Markdown files in hidden folders
    # (.github/) that only_build_toc_files leaves in: sphinx-external-toc skips hidden files
    # when it lists what to exclude, and Sphinx would read them as pages.
    config.exclude_patterns.append("node_modules")


def setup(app: Sphinx) -> dict[str, object]:
    sources.register_styles()
    for name, default in _SETTINGS.items():
        app.add_config_value(name, default, "env", types=[str])
    app.add_config_value("edition_preview", False, "html", types=[bool])
    app.add_directive("source-record", directives.SourceRecord)
    app.add_directive("cite-this", directives.CiteThis)
    app.add_directive("headnote", directives.Headnote)
    app.add_directive("textual-notes", directives.TextualNotes)
    app.add_directive("study-guide", directives.StudyGuidePart)
    app.add_directive("discuss", directives.Discuss)
    app.add_directive("downloads", directives.Downloads)
    app.add_directive("changelog", release.Changelog)
    app.add_directive("cite-sigla", howtocite.CiteSigla)
    app.add_directive("cite-examples", howtocite.CiteExamples)
    app.add_directive("cite-edition", howtocite.CiteEdition)
    app.add_directive("concept-figure", concepts.ConceptFigure)
    app.add_directive("concept-occurrences", concepts.ConceptOccurrences)
    app.add_directive("index-of-names", names.IndexOfNames)
    app.add_directive("content-notes", names.ContentNotes)
    app.add_directive("study-page", study.StudyPage)
    app.add_directive("session-packet", packets.SessionPacket)
    app.add_node(
        numbering.para_number,
        html=(numbering.visit_para_number_html, numbering.depart_para_number_html),
        epub=(numbering.visit_para_number_html, numbering.depart_para_number_html),
        text=(numbering.visit_para_number_text, None),
    )
    app.add_node(
        endnotes.restored_mark,
        html=(endnotes.visit_restored_mark_html, endnotes.depart_restored_mark_html),
        epub=(endnotes.visit_restored_mark_html, endnotes.depart_restored_mark_html),
        text=(endnotes.visit_restored_mark_text, None),
    )
    # MyST-NB gives its folded code cells an HTML writer only; the EPUB needs one too, and
    # the HTML one names the toggle by other words than it shows (a11y).
    app.add_node(
        HideCodeCellNode,
        override=True,
        html=(a11y.visit_folded_cell_html, a11y.depart_folded_cell_html),
        epub=(epub.visit_folded_cell, epub.depart_folded_cell),
    )
    bidi.register(app)
    a11y.register(app)
    sidebar.register(app)
    app.add_builder(epub.EditionEpubBuilder, override=True)
    app.add_js_file("edition-previews.js", defer="defer")
    envstore.keep_per_document(app, "edition_paragraphs")
    envstore.keep_per_document(app, "edition_previews")
    envstore.keep_per_document(app, "edition_passages")
    envstore.keep_memo(app, "edition_rendered")
    app.connect("config-inited", _exclude_npm_folder)
    app.connect("config-inited", assets.add_paths)
    app.connect("config-inited", themefiles.add_overrides)
    app.connect("config-inited", launch.point_launch_buttons)
    app.connect("config-inited", release.apply_release)
    app.connect("config-inited", study.leave_out_of_epub)
    # Before the handlers that keep per-document data (priority 500).
    app.connect("builder-inited", context.create_model, priority=100)
    app.connect("source-read", notes_source.insert_notes)
    # Reading a chapter: its controls into one toolbar; then number, then link concepts and
    # shared passages, then collect the previews, which show the numbered paragraphs.
    app.connect("doctree-read", toolbar.gather, priority=390)
    app.connect("doctree-read", numbering.number_paragraphs, priority=400)
    app.connect("doctree-read", endnotes.gather_authors_notes, priority=410)
    app.connect("doctree-read", status.mark_statuses, priority=420)
    app.connect("doctree-read", apparatus.link_concepts, priority=450)
    app.connect("doctree-read", apparatus.mark_parallels, priority=460)
    app.connect("doctree-read", study.collect, priority=470)
    app.connect("doctree-read", citations.render_citations, priority=480)
    app.connect("doctree-read", previews.collect, priority=600)
    app.connect("env-check-consistency", numbering.check_registry)
    app.connect("env-updated", study.write_data)
    app.connect("html-page-context", citations.add_page_data)
    app.connect("html-page-context", study.add_scripts)
    app.connect("html-page-context", toolbar.add_script)
    # After the theme's handler (priority 500), which sets the titles it prints.
    app.connect("html-page-context", theme.escape_theme_titles, priority=600)
    app.connect("html-page-context", assets.trim_assets, priority=900)
    app.connect("html-page-context", epub.offline_page, priority=950)
    app.connect("build-finished", citations.write_bibliography)
    app.connect("build-finished", previews.write)
    app.connect("build-finished", release.write_sitemap)
    # Last: the trim reads every page and file the build wrote, then the bundling rewrites
    # each page's links to its stylesheets and scripts.
    app.connect("build-finished", _published_only(assets.trim_theme_stylesheet), priority=900)
    app.connect("build-finished", _published_only(bundling.bundle_assets), priority=950)
    return {"version": "0.3", "parallel_read_safe": True, "parallel_write_safe": True}
