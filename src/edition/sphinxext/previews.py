"""Previews of link targets: a short text for every element a link can point at.

Collected when each page is read (sections, numbered paragraphs, glossary terms, notes and
the page itself) and written once per build to ``_static/edition-previews.json``, which the
page script loads the first time a reader points at, focuses or taps a link.
"""

from __future__ import annotations

import json
from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx

from edition.sphinxext.context import web_build
from edition.sphinxext.numbering import para_number
from edition.texts.words import words

PREVIEW_WORDS = 45
PREVIEWS_FILE = "edition-previews.json"
# Not part of what a preview shows: marks, editorial additions and the theme's link icons.
_DROP = (para_number, nodes.footnote_reference)
_DROP_CLASSES = {"editorial", "headerlink"}


def _clean_text(node: nodes.Element) -> str:
    copy = node.deepcopy()
    for element in list(copy.findall(nodes.Element)):
        dropped = isinstance(element, _DROP) or _DROP_CLASSES & set(element.get("classes", []))
        if dropped and element.parent is not None:
            element.parent.remove(element)
    return " ".join(copy.astext().split())


def _excerpt(text: str) -> str:
    tokens = text.split()
    return text if len(tokens) <= PREVIEW_WORDS else " ".join(tokens[:PREVIEW_WORDS]) + " …"


def _first_paragraph(node: nodes.Element) -> str:
    for paragraph in node.findall(nodes.paragraph):
        parent, editorial = paragraph.parent, False
        while parent is not None:
            editorial = editorial or "editorial" in parent.get("classes", [])
            parent = parent.parent
        text = _clean_text(paragraph)
        if not editorial and len(words(text)) > 3:
            return text
    return ""


def collect(app: Sphinx, doctree: nodes.document) -> None:
    found: dict[str, dict[str, str]] = {}
    title = next(iter(doctree.findall(nodes.title)), None)
    page_title = title.astext() if title else ""
    found[""] = {"title": page_title, "text": _excerpt(_first_paragraph(doctree))}
    for section in doctree.findall(nodes.section):
        entry = {"title": section[0].astext(), "text": _excerpt(_first_paragraph(section))}
        found.update({id: entry for id in section["ids"]})
    for paragraph in doctree.findall(nodes.paragraph):
        label = next((n["number"] for n in paragraph.findall(para_number)), None)
        if label:
            heading = (
                f"{page_title}, ¶ {label}"
                if not label.startswith("R")
                else f"{page_title}, {label}"
            )
            entry = {"title": heading, "text": _excerpt(_clean_text(paragraph))}
            found.update({id: entry for id in paragraph["ids"]})
    for term in doctree.findall(nodes.term):
        definition = term.parent.next_node(nodes.definition)
        entry = {
            "title": term.astext(),
            "text": _excerpt(_clean_text(definition)) if definition else "",
        }
        found.update({id: entry for id in term["ids"]})
    for footnote in doctree.findall(nodes.footnote):
        entry = {
            "title": f"Note {footnote[0].astext()}",
            "text": _excerpt(_clean_text(footnote[1])),
        }
        found.update({id: entry for id in footnote["ids"]})
    app.env.edition_previews[app.env.docname] = found


def write(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or not web_build(app):
        return
    previews = {}
    for docname, found in sorted(app.env.edition_previews.items()):
        uri = app.builder.get_target_uri(docname)
        for id, entry in sorted(found.items()):
            previews[f"{uri}#{id}" if id else uri] = entry
    out = Path(app.outdir) / "_static" / PREVIEWS_FILE
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(previews, ensure_ascii=False, separators=(",", ":")), "utf-8")
