"""Citation data on the chapter pages, Highwire meta tags, and the bibliography downloads."""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util import logging

from edition import paths
from edition.apparatus.citation import Citation, bibtex, csl_item, ris
from edition.errors import EditionError
from edition.sphinxext.context import (
    chapter_section_citations,
    chapter_slug,
    chapter_templates,
    edition,
    model,
    page_url,
    style_labels,
    web_build,
)
from edition.texts.dates import parse_date
from edition.texts.provenance import UNKNOWN, Record

logger = logging.getLogger(__name__)

BIBLIOGRAPHY_DIR = "bibliography"
BIBLIOGRAPHY_NAME = "from-ally-to-affinity"


def _records(app: Sphinx) -> dict[str, Record]:
    """The provenance records by slug, or none (with a warning naming the file and line) if
    broken."""
    try:
        return model(app.env).records
    except EditionError as error:
        logger.warning(str(error), type="edition", subtype="provenance")
        return {}


def meta_tags(record: Record, url: str | None) -> str:
    """Highwire Press tags, which Zotero and Google Scholar read; only what is known."""
    tags = [("citation_title", record.display_title)]
    if record.author != UNKNOWN:
        tags.append(("citation_author", record.author))
    if date := parse_date(record.date):
        tags.append(("citation_publication_date", "/".join(f"{p:02d}" for p in date.parts())))
    if record.venue != UNKNOWN:
        tags.append(("citation_publisher", record.venue))
    if url:
        tags.append(("citation_public_url", url))
    return "".join(f'<meta name="{n}" content="{escape(v, quote=True)}" />\n' for n, v in tags)


def _sections(doctree: nodes.document, slug: str) -> dict[str, str]:
    """Section label → title for the chapter's labelled sections."""
    found = {}
    ours = paths.paragraph_label(slug, "")
    for section in doctree.findall(nodes.section):
        label = next((i for i in section["ids"] if i.startswith(ours)), None)
        if label:
            found[label] = section[0].astext()
    return found


# Inside a script element "</script" ends it and "<!--" followed by "<script" makes the HTML
# parser skip the real end tag (the page after it is swallowed): no "<", ">" or "&" may
# appear literally. JSON reads the \u escapes as the same characters.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


def script_json(data) -> str:
    """``data`` as JSON that can stand inside a ``<script>`` element as it is."""
    return json.dumps(data, ensure_ascii=False).translate(_SCRIPT_SAFE)


def add_page_data(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    slug = chapter_slug(app.env, pagename)
    if slug is None or doctree is None:
        return
    record = _records(app).get(slug)
    if record is None:
        return
    canonical = page_url(app.config.html_baseurl, pagename) if app.config.html_baseurl else None
    context["metatags"] = context.get("metatags", "") + meta_tags(record, canonical)
    data = {
        "pageUrl": canonical or "",
        "pagePath": page_url("", pagename),
        "styles": style_labels(),
        "templates": chapter_templates(app.env, app.config, record),
        "sections": {
            label: {
                "title": title,
                "citations": chapter_section_citations(app.env, app.config, record, label, title),
            }
            for label, title in _sections(doctree, record.slug).items()
        },
    }
    payload = script_json(data)
    context["body"] += f'<script type="application/json" id="edition-cite-data">{payload}</script>'
    app.add_js_file("edition-cite.js", defer="defer")
    app.add_js_file("edition-discuss.js", defer="defer")


def render_citations(app: Sphinx, doctree: nodes.document) -> None:
    """On reading a chapter, render the citations its page will carry, so that they are kept
    with the environment (``context.rendered``) for the builds after this one."""
    slug = chapter_slug(app.env, app.env.docname)
    record = _records(app).get(slug) if slug else None
    if record is None:
        return
    chapter_templates(app.env, app.config, record)
    for label, title in _sections(doctree, slug).items():
        chapter_section_citations(app.env, app.config, record, label, title)


def write_bibliography(app: Sphinx, exception: Exception | None) -> None:
    """All texts as .bib, .ris and CSL-JSON files, linked from the sources page."""
    records = _records(app) if exception is None and web_build(app) else {}
    if not records:
        return
    baseurl = app.config.html_baseurl
    citations = [
        Citation(r, edition(app.config), page_url(baseurl, r.docname)) for r in records.values()
    ]
    out = Path(app.outdir) / BIBLIOGRAPHY_DIR
    out.mkdir(exist_ok=True)
    stem = out / BIBLIOGRAPHY_NAME
    stem.with_suffix(".bib").write_text("\n\n".join(map(bibtex, citations)) + "\n", "utf-8")
    stem.with_suffix(".ris").write_text("\n".join(map(ris, citations)) + "\n", "utf-8")
    items = [csl_item(c) for c in citations]
    stem.with_suffix(".json").write_text(
        json.dumps(items, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
