"""One printable document made of built pages, for the PDF exports.

A PDF keeps only the links inside its own document, so the pages a PDF holds become sections
of one HTML document: every id is prefixed with its page's scope (``book-essays-not-enough--p12``),
links between the pages it holds become links inside it, links to pages it leaves out point
to the web edition (when its address is known) or are removed, keeping their text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from html import escape
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

_URL_REFERENCE = re.compile(r"url\(#([^)]+)\)")
_ID_REFERENCES = ("aria-labelledby", "aria-describedby", "aria-controls", "for")
# The printed document is a section after another: each page starts on a new sheet. The
# article's 1px top padding keeps the heading's margin from collapsing through the page
# break, which made Chromium write each such heading twice into the PDF's outline.
_PRINT_STYLE = """
html { background: white; }
.bd-article { padding: 1px 0 0 !important; }
section.print-page + section.print-page { break-before: page; }
"""


@dataclass(frozen=True)
class Page:
    """A built page: its path in the site (``book/glossary.html``) and its HTML."""

    path: str
    html: str


def scope_of(path: str) -> str:
    """The id prefix of a page: its path without the suffix, slashes as hyphens."""
    return path.removesuffix(".html").replace("/", "-")


def page_title(html: str) -> str:
    """The title a built page shows (its first heading, without the heading's link mark)."""
    heading = BeautifulSoup(html, "html.parser").select_one("article.bd-article h1")
    if heading is None:
        raise ValueError("the page has no h1 heading in its article")
    for mark in heading.select("a.headerlink"):
        mark.decompose()
    return heading.get_text(" ", strip=True)


def heading_titles(document: str) -> dict[str, str]:
    """The document's headings, keyed by their text without whitespace (see ``mended_title``)."""
    soup = BeautifulSoup(document, "html.parser")
    for mark in soup.select("a.headerlink"):
        mark.decompose()
    titles = (h.get_text(" ", strip=True) for h in soup.find_all(re.compile(r"^h[1-6]$")))
    return {re.sub(r"\s+", "", title): " ".join(title.split()) for title in titles}


def mended_title(written: str, titles: dict[str, str]) -> str | None:
    """The heading an entry of Chromium's PDF outline stands for, as the page shows it.

    Chromium drops the space where a heading wraps, and writes one line of a heading that
    starts a sheet twice, its first ("AB" as "AAB") or its last ("AB" as "ABB"); None if no
    heading of ``titles`` matches.
    """
    key = "".join(written.split())
    halves = range(1, len(key) // 2 + 1)
    first = (key[n:] for n in halves if key[:n] == key[n : 2 * n])
    last = (key[:-n] for n in halves if key[-n:] == key[-2 * n : -n])
    return next((titles[k] for k in (key, *first, *last) if k in titles), None)


def printable_document(pages: list[Page], title: str, baseurl: str = "") -> str:
    """One HTML document holding the articles of ``pages`` in order, to be served from the
    site's root; stylesheets are those of the first page."""
    held = {page.path for page in pages}
    head = BeautifulSoup(pages[0].html, "html.parser").head
    stylesheets = [
        f'<link rel="stylesheet" href="{escape(_from_root(pages[0].path, link["href"]))}">'
        for link in head.find_all("link", rel="stylesheet")
    ]
    sections = [_section(page, held, baseurl) for page in pages]
    return (
        f'<!DOCTYPE html>\n<html lang="en" data-theme="light" data-mode="light">\n<head>\n'
        f'<meta charset="utf-8">\n<title>{escape(title)}</title>\n'
        + "\n".join(stylesheets)
        + f"\n<style>{_PRINT_STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )


def _section(page: Page, held: set[str], baseurl: str) -> str:
    soup = BeautifulSoup(page.html, "html.parser")
    article = soup.select_one("article.bd-article")
    if article is None:
        raise ValueError(f"{page.path}: no article element (is this a page of the book?)")
    scope = scope_of(page.path)
    for tag in article.find_all(True):
        _scope_ids(tag, scope)
        _relink(tag, page.path, held, baseurl)
    return (
        f'<section class="print-page" id="{scope}">\n'
        f'<article class="bd-article">{article.decode_contents()}</article>\n</section>'
    )


def _scope_ids(tag: Tag, scope: str) -> None:
    if tag.has_attr("id"):
        tag["id"] = f"{scope}--{tag['id']}"
    for name in _ID_REFERENCES:
        if tag.has_attr(name):
            tag[name] = " ".join(f"{scope}--{ref}" for ref in str(tag[name]).split())
    for name, value in list(tag.attrs.items()):
        if isinstance(value, str) and "url(#" in value:
            tag[name] = _URL_REFERENCE.sub(rf"url(#{scope}--\1)", value)


def _relink(tag: Tag, path: str, held: set[str], baseurl: str) -> None:
    for name in ("href", "xlink:href"):
        if tag.has_attr(name):
            target = _target(str(tag[name]), path, held, baseurl)
            if target is None:
                tag.unwrap()
                return
            tag[name] = target
    if tag.name == "img" and tag.has_attr("src"):
        tag["src"] = _from_root(path, str(tag["src"]))


def _target(href: str, path: str, held: set[str], baseurl: str) -> str | None:
    """Where a link of the page at ``path`` points in the printed document; None to unlink."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return href
    target = _resolve(path, parts.path) if parts.path else path
    if target in held:
        return (
            f"#{scope_of(target)}--{parts.fragment}" if parts.fragment else f"#{scope_of(target)}"
        )
    if baseurl:
        return baseurl.rstrip("/") + "/" + target + (f"#{parts.fragment}" if parts.fragment else "")
    return None


def _resolve(path: str, relative: str) -> str:
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), relative))
    return posixpath.join(resolved, "index.html") if relative.endswith("/") else resolved


def _from_root(path: str, relative: str) -> str:
    """A resource link of the page at ``path``, as seen from the site's root."""
    if urlsplit(relative).scheme or relative.startswith("/"):
        return relative
    return _resolve(path, relative)
