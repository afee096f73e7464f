"""Reading the built HTML book: the essay text of a chapter page, its links and anchors."""

from __future__ import annotations

from pathlib import Path

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
