"""The edition's Sphinx extension: a thin layer that renders the package's data as pages.

Directives (their argument is a capture id, the file name without ``.txt``):

``source-record``   the metadata block of a chapter; it marks the page as that text's chapter.
``cite-this``       the whole text's citation in every style.
``textual-notes``   every line set aside from a capture and every editorial intervention.

On the chapter pages it numbers the paragraphs (checked against the anchor registry), adds
Highwire citation meta tags and the data of the cite menu; it writes the bibliography files.
Sources are read from ``edition_sources`` (relative to the book's root).
"""

from __future__ import annotations

from sphinx.application import Sphinx

from edition.sphinxext import assets, citations, directives, numbering


def setup(app: Sphinx) -> dict[str, object]:
    app.add_config_value("edition_sources", "sources", "env", types=[str])
    app.add_config_value("edition_registry", "registry/paragraphs.json", "env", types=[str])
    app.add_config_value("edition_year", "", "env", types=[str])
    app.add_directive("source-record", directives.SourceRecord)
    app.add_directive("cite-this", directives.CiteThis)
    app.add_directive("textual-notes", directives.TextualNotes)
    app.add_node(
        numbering.para_number,
        html=(numbering.visit_para_number_html, numbering.depart_para_number_html),
        epub=(numbering.visit_para_number_html, numbering.depart_para_number_html),
        text=(numbering.visit_para_number_text, None),
    )
    app.connect("builder-inited", numbering.init_env)
    app.connect("builder-inited", assets.add_static_path)
    app.connect("doctree-read", numbering.number_paragraphs)
    app.connect("env-purge-doc", numbering.purge)
    app.connect("env-merge-info", numbering.merge)
    app.connect("env-check-consistency", numbering.check_registry)
    app.connect("html-page-context", citations.add_page_data)
    app.connect("html-page-context", assets.scripts_once, priority=900)
    app.connect("build-finished", citations.write_bibliography)
    return {"version": "0.2", "parallel_read_safe": True, "parallel_write_safe": True}
