from bs4 import BeautifulSoup

from edition.site.downloads import BOOK_EPUB, BOOK_PDF, download_links, relative_link, text_pdf


def test_links_are_relative_to_the_page():
    chapter = "book/essays/not-enough"
    assert relative_link(chapter, BOOK_PDF) == "../../downloads/from-ally-to-affinity.pdf"
    assert relative_link("index", BOOK_EPUB) == "downloads/from-ally-to-affinity.epub"


def test_a_chapter_offers_its_text_first_then_the_book():
    links = BeautifulSoup(download_links("book/essays/not-enough", "not-enough"), "html.parser")
    assert [(a["href"], a.get_text()) for a in links.find_all("a")] == [
        ("../../downloads/not-enough.pdf", "This text (PDF)"),
        ("../../downloads/from-ally-to-affinity.pdf", "The whole book (PDF)"),
        ("../../downloads/from-ally-to-affinity.epub", "The whole book (EPUB)"),
    ]
    assert all(a.has_attr("download") for a in links.find_all("a"))
    assert text_pdf("not-enough") == "downloads/not-enough.pdf"


def test_other_pages_offer_the_book():
    links = BeautifulSoup(download_links("book/index"), "html.parser").find_all("a")
    assert [a.get_text() for a in links] == ["The whole book (PDF)", "The whole book (EPUB)"]
