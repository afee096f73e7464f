"""The book's downloads: where each lives in the site, and the line of links that offers them."""

from __future__ import annotations

import posixpath
from html import escape

from edition.paths import DOWNLOADS

BOOK = "from-ally-to-affinity"
BOOK_PDF = f"{DOWNLOADS}/{BOOK}.pdf"
BOOK_EPUB = f"{DOWNLOADS}/{BOOK}.epub"


def text_pdf(slug: str) -> str:
    """The site path of one text's PDF."""
    return f"{DOWNLOADS}/{slug}.pdf"


def packet_pdf(name: str) -> str:
    """The site path of a study session's packet (``name`` is ``session-1``)."""
    return f"{DOWNLOADS}/study-{name}.pdf"


def relative_link(docname: str, target: str) -> str:
    """The link from the page of ``docname`` to the site path ``target``."""
    return posixpath.relpath(target, posixpath.dirname(docname) or ".")


def download_links(docname: str, slug: str | None = None) -> str:
    """The HTML line of download links on the page of ``docname``: the text's PDF when the
    page is the chapter of ``slug``, then the whole book as PDF and EPUB."""
    offers = [(text_pdf(slug), "This text (PDF)")] if slug else []
    offers += [(BOOK_PDF, "The whole book (PDF)"), (BOOK_EPUB, "The whole book (EPUB)")]
    links = " · ".join(
        f'<a href="{escape(relative_link(docname, target))}" download="">{label}</a>'
        for target, label in offers
    )
    return f'<p class="downloads"><span class="downloads-label">Download:</span> {links}</p>'


def packet_link(docname: str, name: str) -> str:
    """The HTML line that offers the packet ``name`` as a PDF on the page of ``docname``."""
    href = escape(relative_link(docname, packet_pdf(name)))
    return (
        '<p class="downloads"><span class="downloads-label">Download:</span> '
        f'<a href="{href}" download="">This session’s packet (PDF)</a></p>'
    )
