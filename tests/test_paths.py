"""The site's paths: one place, and every text's pages where the book's table of contents
puts them."""

from conftest import ROOT

from edition import paths
from edition.site.exports import toc_pages
from edition.texts.provenance import load_provenance


def test_a_texts_pages_are_named_by_its_slug_under_their_folders():
    assert paths.chapter("a-text") == "book/essays/a-text"
    assert paths.notebook("a-text") == "notebooks/a-text"
    assert paths.concept("ally") == "book/concepts/ally"
    assert paths.page(paths.chapter("a-text")) == "book/essays/a-text.html"


def test_every_record_names_a_chapter_and_a_notebook_the_book_lists():
    listed = set(toc_pages(ROOT / "_toc.yml"))
    for record in load_provenance(ROOT / "sources" / "provenance.toml").values():
        assert record.docname == paths.chapter(record.slug)
        assert paths.page(record.docname) in listed
        assert paths.page(paths.notebook(record.slug)) in listed
