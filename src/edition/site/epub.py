"""The EPUB edition's repairs: pages without scripts, links to XHTML, manifest properties.

The EPUB is Sphinx's HTML with another suffix. HTML that the book writes itself (charts and
tables of the notebooks, raw blocks) still links to ``.html`` pages; e-readers run no script
the book needs; and EPUB 3 wants every page that holds inline SVG declared as such.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)
# A relative link to a page: no scheme, not a bare fragment, not from the root.
_PAGE_LINK = re.compile(r'(\bhref=")((?![a-zA-Z][a-zA-Z0-9+.-]*:|[#/])[^"#]*?)\.html(?=[#"])')
_MANIFEST_ITEM = re.compile(
    r'<item id="[^"]*" href="([^"]*)" media-type="application/xhtml\+xml" />'
)


def strip_scripts(html: str) -> str:
    """``html`` without its script elements."""
    return _SCRIPT.sub("", html)


def xhtml_links(html: str) -> str:
    """``html`` with its relative links to ``.html`` pages turned to the EPUB's ``.xhtml``."""
    return _PAGE_LINK.sub(r"\1\2.xhtml", html)


def normalise_refuri(refuri: str) -> str:
    """A table-of-contents link without ``dir/../`` steps (``book/../notebooks/a.xhtml``)."""
    path, hash_, fragment = refuri.partition("#")
    return posixpath.normpath(path) + hash_ + fragment


def declare_properties(opf: str, page_text: Callable[[str], str]) -> str:
    """The package document ``opf`` with the ``svg`` and ``scripted`` properties declared on
    each XHTML item whose page (read by ``page_text(href)``) holds inline SVG or a script."""

    def declare(match: re.Match[str]) -> str:
        text = page_text(match.group(1))
        properties = [
            name for name, tag in (("scripted", "<script"), ("svg", "<svg")) if tag in text
        ]
        if not properties:
            return match.group(0)
        return match.group(0)[: -len(" />")] + f' properties="{" ".join(properties)}" />'

    return _MANIFEST_ITEM.sub(declare, opf)
