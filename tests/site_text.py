"""Reading the built HTML book: the essay text of a chapter page, its links and anchors."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

from bs4 import BeautifulSoup, Tag

# Editorial matter and marks the edition adds around the authors' words.
EDITORIAL = [
    ".editorial",  # metadata block, Responses heading and note
    "a.headerlink",  # the "#" after headings
    "a.para-num",  # paragraph numbers
    "a.footnote-reference",  # restored note marks
    "aside.footnote > span.label",  # note numbers in the note list
    "aside.footnote > span.backrefs",
]


def page(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def article(soup: BeautifulSoup) -> Tag:
    found = soup.select_one("article.bd-article")
    assert found is not None, "no article element: has the theme changed?"
    return found


def essay_text(soup: BeautifulSoup) -> str:
    """The words of the text on a chapter page: the article less its title and editorial matter."""
    body = article(soup)
    body = BeautifulSoup(str(body), "html.parser")
    for selector in ["h1", *EDITORIAL]:
        for element in body.select(selector):
            element.decompose()
    return body.get_text(" ")


def chapter_title(soup: BeautifulSoup) -> str:
    heading = article(soup).select_one("h1")
    assert heading is not None
    for link in heading.select("a.headerlink"):
        link.decompose()
    return heading.get_text().strip()


def _internal_links(site: Path):
    # Pages only: the theme ships template fragments under _static/ that are not pages.
    pages = (p for p in sorted(site.rglob("*.html")) if "_static" not in p.relative_to(site).parts)
    for html in pages:
        for link in page(html).select("[href], [src]"):
            target = link.get("href") or link.get("src")
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or target.startswith(("mailto:", "javascript:")):
                continue
            yield html, parts


def broken_links(site: Path, skip: tuple[str, ...] = ()) -> tuple[list[str], int]:
    """Every internal link of the built site whose file or anchor is missing, and how many
    links were checked; links into the site's folders ``skip`` are not checked."""
    ids: dict = {}
    broken, checked = [], 0
    skipped = [site.resolve() / folder for folder in skip]
    for html, parts in _internal_links(site):
        target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
        if any(target.is_relative_to(folder) for folder in skipped):
            continue
        checked += 1
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            broken.append(f"{html.relative_to(site)} links to missing {parts.path}")
            continue
        if parts.fragment and target.suffix == ".html":
            if target not in ids:
                ids[target] = {e["id"] for e in page(target).select("[id]")}
            if unquote(parts.fragment) not in ids[target]:
                where = f"{parts.path}#{parts.fragment}"
                broken.append(f"{html.relative_to(site)} links to missing anchor {where}")
    return broken, checked
