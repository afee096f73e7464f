import shutil
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, SOURCES
from pypdf import PdfReader

from edition.errors import EditionError
from edition.site.downloads import BOOK_EPUB, BOOK_PDF, text_pdf
from edition.site.exports import print_jobs, replace_file, toc_pages
from edition.texts.provenance import load_provenance

TOC = """\
format: jb-book
root: book/index
parts:
  - caption: Texts
    chapters:
      - file: book/essays/one
      - file: book/concepts/index
        sections:
          - file: book/concepts/ally
  - caption: About
    chapters:
      - file: book/about/sources
"""
HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
ESSAYS = [record.slug for record in load_provenance(SOURCES / "provenance.toml").values()]


def test_the_table_of_contents_gives_every_page_in_reading_order(tmp_path):
    toc = tmp_path / "_toc.yml"
    toc.write_text(TOC, encoding="utf-8")
    assert toc_pages(toc) == [
        "book/index.html",
        "book/essays/one.html",
        "book/concepts/index.html",
        "book/concepts/ally.html",
        "book/about/sources.html",
    ]


def test_a_broken_table_of_contents_is_named(tmp_path):
    toc = tmp_path / "_toc.yml"
    toc.write_text("root: [unclosed", encoding="utf-8")
    with pytest.raises(EditionError, match=r"_toc\.yml"):
        toc_pages(toc)


def test_the_book_is_printed_whole_and_each_text_alone():
    pages = ["book/index.html", "book/essays/one.html", "book/glossary.html"]
    jobs = print_jobs(pages, {"book/essays/one.html": "One"}, "The book")
    assert [(job.target, job.pages, job.title) for job in jobs] == [
        (BOOK_PDF, pages, "The book"),
        (text_pdf("one"), ["book/essays/one.html"], "One"),
    ]


def links(reader: PdfReader) -> tuple[list[str], list[str]]:
    """The named destinations of the PDF's internal links, and its external URIs."""
    internal, external = [], []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            if "/Dest" in annotation:
                internal.append(str(annotation["/Dest"]))
            elif annotation.get("/A", {}).get("/S") == "/URI":
                external.append(str(annotation["/A"]["/URI"]))
    return internal, external


@pytest.mark.parametrize("slug", ESSAYS)
def test_each_text_has_its_pdf_with_numbers_and_working_links(site, slug):
    reader = PdfReader(site / text_pdf(slug))
    page = BeautifulSoup((site / f"book/essays/{slug}.html").read_text("utf-8"), "html.parser")
    numbers = [a["data-anchor"] for a in page.select("a.para-num")]
    internal, external = links(reader)
    scope = f"/book-essays-{slug}--"
    # Every paragraph number links to its own paragraph, inside the PDF.
    assert {f"{scope}{anchor}" for anchor in numbers} <= set(internal)
    assert set(internal) <= set(reader.named_destinations)
    assert not any(uri.startswith("http://127.0.0.1") for uri in external)
    first = page.select_one("p.numbered").get_text(" ", strip=True).split()[1:6]
    text = " ".join(p.extract_text() for p in reader.pages)
    assert " ".join(first) in " ".join(text.split())
    assert reader.metadata.title == page.select_one("h1").contents[0].strip()


@pytest.mark.parametrize("slug", ESSAYS)
def test_a_texts_pdf_lists_the_sources_of_its_notes_with_their_addresses(site, slug):
    page = BeautifulSoup((site / f"book/essays/{slug}.html").read_text("utf-8"), "html.parser")
    reader = PdfReader(site / text_pdf(slug))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    sources = page.select_one("div.note-sources")
    if not page.select("div.editorial-note"):
        assert sources is None and "Sources of the notes" not in text
        return
    assert "Sources of the notes in this text" in text
    internal, external = links(reader)
    entries = sources.select("div.citation")
    for entry in entries:
        assert entry.select_one("span.label").get_text().strip("[]") in text
        # A web page's address: clickable, and printed for a reader on paper.
        assert ("URL:" in entry.get_text()) == bool(entry.select("a.reference.external"))
        for link in entry.select("a.reference.external"):
            assert link["href"] in external
            assert urlsplit(link["href"]).netloc in text
    assert external
    # The notes' citations lead to the list inside the PDF.
    assert {f"/book-essays-{slug}--{entry['id']}" for entry in entries} <= set(internal)


def test_the_book_pdf_holds_every_page_with_links_between_them(site):
    reader = PdfReader(site / BOOK_PDF)
    internal, _ = links(reader)
    assert set(internal) <= set(reader.named_destinations)
    # The glossary links of the chapters and the notebooks' links to paragraphs are kept.
    assert any(d.startswith("/book-glossary--term-") for d in internal)
    assert any(d.startswith("/book-essays-not-enough--p") for d in internal)
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    for slug in ESSAYS:
        title = BeautifulSoup((site / f"book/essays/{slug}.html").read_text("utf-8"), "html.parser")
        assert title.select_one("h1").contents[0].strip() in top
    assert "Glossary of concepts" in top
    # Every entry of the outline reads as its heading does on the web page.
    headings = set()
    for path in toc_pages(ROOT / "_toc.yml"):
        page = BeautifulSoup((site / path).read_text("utf-8"), "html.parser")
        for mark in page.select("a.headerlink"):
            mark.decompose()
        article = page.select_one("article.bd-article")
        headings |= {" ".join(h.get_text(" ").split()) for h in article.find_all(HEADINGS)}
    assert set(outline_titles(reader.outline)) <= headings


def outline_titles(items: list) -> list[str]:
    return [
        title
        for item in items
        for title in (outline_titles(item) if isinstance(item, list) else [item.title])
    ]


@pytest.mark.parametrize("slug", ESSAYS)
def test_each_chapter_offers_its_downloads(site, slug):
    page = BeautifulSoup((site / f"book/essays/{slug}.html").read_text("utf-8"), "html.parser")
    targets = [a["href"] for a in page.select("p.downloads a")]
    assert targets == [f"../../{text_pdf(slug)}", f"../../{BOOK_PDF}", f"../../{BOOK_EPUB}"]
    for target in targets:
        assert (site / "book/essays" / target).resolve().stat().st_size > 10_000


def test_a_missing_epub_is_named_and_leaves_the_downloads_as_they_were(site, tmp_path):
    copy = tmp_path / "html"
    shutil.copytree(site, copy)
    before = {path: (copy / path).read_bytes() for path in (BOOK_PDF, BOOK_EPUB)}
    missing = tmp_path / "nothing.epub"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "export_book.py"), "--site", str(copy),
         "--epub", str(missing)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == f"error: {missing}: no EPUB: build it first (make book)"
    assert {path: (copy / path).read_bytes() for path in before} == before


def test_a_file_is_replaced_whole_and_readable_or_not_at_all(tmp_path):
    target = tmp_path / "downloads" / "book.pdf"
    replace_file(target, lambda temporary: temporary.write_bytes(b"first"))
    assert target.read_bytes() == b"first"
    assert target.stat().st_mode & 0o777 == 0o644

    def fail(temporary):
        temporary.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        replace_file(target, fail)
    assert target.read_bytes() == b"first"
    assert [p.name for p in target.parent.iterdir()] == ["book.pdf"]
