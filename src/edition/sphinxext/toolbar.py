"""A chapter's head, compact: its controls in one toolbar, its apparatus folded.

On a chapter the cite, download and discuss blocks become the items of one toolbar
(``#edition-toolbar``), each a native ``<details>`` whose panel opens under the toolbar;
``edition-toolbar.js`` only adds closing with Escape or a click elsewhere. The toolbar ends
with an empty ``span.edition-toolbar-slot`` where other scripts add their own controls.
Folds are the web edition's: the EPUB, which may be read where a fold cannot be opened,
shows everything unfolded, and print and the PDFs open every fold.
"""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx

from edition.sphinxext.context import chapter_slug
from edition.sphinxext.folds import only, raw

TOOLBAR_ID = "edition-toolbar"
# The toolbar's items, in the order they stand in it.
ITEMS = ("cite-this", "downloads", "discuss")
SLOT = '<span class="edition-toolbar-slot"></span>'


def _item(node: nodes.Node) -> str | None:
    """Which toolbar item ``node`` is (a block or its web-only wrapper), if any."""
    inner = node[0] if isinstance(node, addnodes.only) and len(node) == 1 else node
    classes = inner.get("classes", []) if isinstance(inner, nodes.Element) else []
    return next((item for item in ITEMS if item in classes), None)


def gather(app: Sphinx, doctree: nodes.document) -> None:
    """On a chapter, move its cite, download and discuss blocks into one toolbar where the
    first of them stood; the EPUB keeps the citation block where it was."""
    if not chapter_slug(app.env, app.env.docname):
        return
    for section in doctree.findall(nodes.section):
        found = {}
        for child in section.children:
            if (item := _item(child)) and item not in found:
                found[item] = child
        if "cite-this" in found:
            break
    else:
        return
    place = section.index(next(iter(found.values())))
    for node in found.values():
        section.remove(node)
    bar = only("not epub", raw(
        f'<div id="{TOOLBAR_ID}" class="edition-toolbar" role="group" '
        'aria-label="Tools for this text">'
    ))  # fmt: skip
    for item in ITEMS:
        if item in found:
            bar += found[item]
    bar += raw(f"{SLOT}</div>")
    section.insert(place, bar)
    section.insert(place, only("epub", found["cite-this"].deepcopy()))


def add_script(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    if doctree is not None and chapter_slug(app.env, pagename):
        app.add_js_file("edition-toolbar.js", defer="defer")
