import pytest
from bs4 import BeautifulSoup

from edition.site.printbook import (
    Page,
    heading_titles,
    mended_title,
    page_title,
    printable_document,
    scope_of,
)


def built(title: str, body: str) -> str:
    return (
        '<html><head><link rel="stylesheet" href="../_static/site.css"></head><body>'
        f'<nav><a href="other.html">menu</a></nav><article class="bd-article">'
        f'<h1>{title}<a class="headerlink" href="#top">#</a></h1>{body}</article></body></html>'
    )


ESSAY = Page(
    "book/essays/one.html",
    built(
        "One",
        '<p id="p1"><a class="para-num" href="#p1">1</a> Text with '
        '<a href="../glossary.html#term-ally">ally</a>, '
        '<a href="../about/sources.html">sources</a> and '
        '<a href="https://example.org/x">a source</a>.</p>'
        '<svg><clipPath id="c1"></clipPath><g clip-path="url(#c1)">'
        '<a xlink:href="#p1"><title>Paragraph 1</title></a></g></svg>'
        '<img src="../../_static/chart.png" alt="chart">',
    ),
)
GLOSSARY = Page("book/glossary.html", built("Glossary", '<dl><dt id="term-ally">ally</dt></dl>'))


def document(pages, baseurl=""):
    return BeautifulSoup(printable_document(pages, "The book", baseurl), "html.parser")


def test_a_page_is_scoped_by_its_path():
    assert scope_of("book/essays/one.html") == "book-essays-one"


def test_links_between_held_pages_stay_inside_the_document():
    soup = document([ESSAY, GLOSSARY])
    assert [section["id"] for section in soup.select("section.print-page")] == [
        "book-essays-one",
        "book-glossary",
    ]
    assert soup.select_one("a.para-num")["href"] == "#book-essays-one--p1"
    assert soup.find("a", string="ally")["href"] == "#book-glossary--term-ally"
    assert soup.find(id="book-glossary--term-ally") is not None
    assert soup.find(id="book-essays-one--p1") is not None
    assert soup.find("a", string="a source")["href"] == "https://example.org/x"


def test_svg_references_follow_their_scoped_ids():
    soup = document([ESSAY])
    assert soup.find("g")["clip-path"] == "url(#book-essays-one--c1)"
    assert soup.find(id="book-essays-one--c1") is not None
    assert soup.find("svg").find("a")["xlink:href"] == "#book-essays-one--p1"


def test_links_to_pages_left_out_keep_their_text_or_go_to_the_web_edition():
    unlinked = document([ESSAY])
    assert unlinked.find("a", string="ally") is None
    assert "Text with ally, sources and" in unlinked.find("p").get_text()
    linked = document([ESSAY], baseurl="https://example.org/book/")
    assert linked.find("a", string="ally")["href"] == (
        "https://example.org/book/book/glossary.html#term-ally"
    )


def test_resources_resolve_from_the_site_root_and_navigation_is_left_out():
    soup = document([ESSAY])
    assert soup.find("link", rel="stylesheet")["href"] == "book/_static/site.css"
    assert soup.find("img")["src"] == "_static/chart.png"
    assert soup.find("nav") is None
    assert soup.title.string == "The book"


def test_a_page_without_an_article_is_refused_with_its_path():
    with pytest.raises(ValueError, match=r"book/broken\.html"):
        printable_document([Page("book/broken.html", "<html><head></head></html>")], "x")


def test_the_title_of_a_page_is_its_heading():
    assert page_title(ESSAY.html) == "One"


def test_outline_entries_get_back_their_headings():
    titles = heading_titles(
        "<h1>Charity Is to Solidarity, What Ally Is to Affinity"
        '<a class="headerlink" href="#x">#</a></h1><h2>Rights</h2>'
    )
    whole = "Charity Is to Solidarity, What Ally Is to Affinity"
    assert mended_title("Charity Is to Solidarity, What AllyIs to Affinity", titles) == whole
    assert (
        mended_title(
            "Charity Is to Solidarity, What AllyCharity Is to Solidarity, What AllyIs to Affinity",
            titles,
        )
        == whole
    )
    # The last line written twice.
    assert (
        mended_title("Charity Is to Solidarity, What AllyIs to AffinityIs to Affinity", titles)
        == whole
    )
    assert mended_title("RightsRights", titles) == "Rights"
    assert mended_title("Something else", titles) is None
