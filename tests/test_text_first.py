"""A chapter opens on the author's words: at a phone's and a laptop's size, the first numbered
paragraph starts on the first screen; the apparatus above it is one tap or keystroke away on
the web, and complete in print, in the EPUB and in each text's PDF."""

from __future__ import annotations

import re
import unicodedata
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from pypdf import PdfReader

from edition.apparatus.headnotes import load_headnotes
from edition.apparatus.lead import split_lead
from edition.apparatus.source_record import record_facts
from edition.site.downloads import BOOK_EPUB, text_pdf
from edition.site.exports import toc_pages
from edition.site.webcheck import serve
from edition.texts.provenance import Record, load_provenance

VIEWPORTS = [(412, 915), (1366, 768)]
RECORDS = load_provenance(ROOT / "sources" / "provenance.toml")
HEADNOTES = load_headnotes(ROOT / "apparatus" / "headnotes.toml")
# Every text's chapter, as the book lists it: a new text's chapter is measured too.
CHAPTERS = [r.docname for r in RECORDS.values()]


def words(text: str) -> str:
    return " ".join(text.split())


def shows(markdown: str, rendered: str) -> bool:
    """Whether ``rendered`` shows every word of a headnote (MyST), in order: the pieces
    between its links to other pages (which show those pages' titles) follow each other.
    Spaces are ignored, as a PDF's text may join words at the end of a line, and ligatures
    ("ﬁ") read as their letters."""
    pieces = [re.sub(r"[*_\\\s]", "", p) for p in re.split(r"\{doc\}`[^`]*`", markdown)]
    pattern = ".*?".join(re.escape(p) for p in pieces if p)
    flat = re.sub(r"\s", "", unicodedata.normalize("NFKC", rendered))
    return re.search(pattern, flat, re.S) is not None


def test_every_chapter_is_in_the_table_of_contents():
    assert {f"{docname}.html" for docname in CHAPTERS} <= set(toc_pages(ROOT / "_toc.yml"))


# ------------------------------------------------------------------ the text logic


def test_the_lead_is_the_first_whole_sentences_that_reach_the_minimum():
    text = "A short post. Its author is unknown; it is dated 2023. The rest follows here."
    assert split_lead(text, minimum=20) == (
        "A short post. Its author is unknown; it is dated 2023.",
        "The rest follows here.",
    )
    assert split_lead(text, minimum=200) == (text, "")


@pytest.mark.parametrize(
    "text",
    [
        "Signed “M.”, and M. Smith wrote it. Then more.",
        "See {doc}`/book/essays/a. B` for more. Then more.",
        "As in [a link. With a stop](x.md) it goes on. Then more.",
        "Italic *words. Here* end. Then more.",
        "Compare e.g. Smith on this point. Then more.",
    ],
)
def test_the_lead_never_ends_inside_markup_or_after_an_initial(text):
    lead, rest = split_lead(text, minimum=5)
    assert rest == "Then more."
    assert lead + " " + rest == text


def test_a_headnote_of_one_sentence_is_not_folded():
    assert split_lead("Only one sentence here, long enough to pass the minimum.", 10)[1] == ""


def test_the_facts_line_says_what_is_known_and_what_is_not(records):
    facts = record_facts(records["not-enough"], records)
    assert facts == "Author unknown · Venue unknown · Date unknown\n"
    excerpt = record_facts(records["from-charity-to-solidarity"], records)
    assert excerpt.startswith("By M. · Roar Magazine · 1/11/2016 · An excerpt of [")
    assert "](/book/essays/critique-of-ally-politics.md)" in excerpt
    supplied = record_facts(records["moving-past-performative-action"], records)
    assert "Title supplied by the editor" in supplied


# ------------------------------------------------------------------ the built pages


def chapter_html(site: Path, docname: str) -> BeautifulSoup:
    return BeautifulSoup((site / f"{docname}.html").read_text("utf-8"), "html.parser")


def record_of(docname: str) -> Record:
    return next(r for r in RECORDS.values() if r.docname == docname)


@pytest.mark.parametrize("docname", CHAPTERS)
def test_the_chapter_has_one_toolbar_with_its_controls_and_a_slot(site, docname):
    page = chapter_html(site, docname)
    toolbar = page.select("#edition-toolbar")
    assert len(toolbar) == 1
    (toolbar,) = toolbar
    assert toolbar["role"] == "group" and toolbar["aria-label"]
    summaries = [s.get_text() for s in toolbar.select("details.toolbar-item > summary")]
    assert summaries == ["Cite", "Download", "Discuss"]
    assert toolbar.select("span.edition-toolbar-slot")
    # Everything between the title and the text: the record, the toolbar, the notes.
    assert toolbar.select_one("p.downloads a[download]")
    assert toolbar.select_one("button.discuss-open")
    assert toolbar.select(".cite-this pre")


@pytest.fixture(scope="module")
def served(site):
    with serve(site) as base:
        yield base


@pytest.mark.browser
@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: f"{v[0]}x{v[1]}")
def test_every_chapter_opens_with_its_first_paragraph_on_the_first_screen(
    browser,
    served,
    viewport,
):
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    positions = {}
    for docname in CHAPTERS:
        page.goto(f"{served}/{docname}.html", wait_until="load")
        box = page.locator("#p1").bounding_box()
        line = page.locator("#p1").evaluate("p => parseFloat(getComputedStyle(p).lineHeight)")
        positions[docname] = round(box["y"])
        # The first line of the text is whole on the screen, without scrolling.
        assert page.evaluate("window.scrollY") == 0
        assert box["y"] + line <= height, positions
    context.close()
    print(f"\n{width}x{height} top of #p1: {positions}")


@pytest.mark.browser
@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: f"{v[0]}x{v[1]}")
def test_the_text_does_not_move_when_the_scripts_fill_the_toolbar(
    browser,
    served,
    viewport,
):
    """The page as first painted (its stylesheet, and the theme's head script that says scripts
    run, but none of the files that fill the toolbar) puts the text where it stands once
    they have run: a reader who has started reading is not pushed down the page."""
    width, height = viewport
    context = browser.new_context(viewport={"width": width, "height": height})
    before, after = context.new_page(), context.new_page()
    before.route("**/*.js", lambda route: route.abort())
    moved = {}
    for docname in CHAPTERS:
        tops = []
        for page in (before, after):
            page.goto(f"{served}/{docname}.html", wait_until="load")
            tops.append(page.locator("#p1").bounding_box()["y"])
        assert before.evaluate("document.documentElement.dataset.mode")
        assert after.locator("#edition-toolbar .edition-study-entry").count()
        # A pixel or two (a rubric's line once the theme's script has set the colour mode) is
        # not a move a reader sees; a row of controls (30 px and more) is.
        if abs(tops[0] - tops[1]) > 4:
            moved[docname] = tops
    context.close()
    assert moved == {}


@pytest.mark.browser
def test_the_apparatus_is_one_tap_or_keystroke_away(browser, served):
    context = browser.new_context(viewport={"width": 412, "height": 915}, has_touch=True)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    for docname in CHAPTERS:
        record = record_of(docname)
        page.goto(f"{served}/{docname}.html", wait_until="load")
        rights = page.locator("div.source-record li", has_text="Rights:")
        assert not rights.is_visible()
        page.get_by_text("Source and rights", exact=True).tap()
        assert rights.is_visible()
        rest = split_lead(HEADNOTES[record.slug].text)[1]
        if rest:
            more = page.locator("details.headnote-more")
            assert not more.locator(".fold-panel").is_visible()
            more.locator("summary").tap()
            assert shows(rest, more.locator(".fold-panel").inner_text())
        # The toolbar by keyboard: its summaries are in the tab order after the record's fold.
        page.locator("details.record-more > summary").focus()
        page.keyboard.press("Enter")
        assert not rights.is_visible()
        page.keyboard.press("Tab")
        cite = page.locator("#edition-toolbar details.toolbar-item").first
        assert page.evaluate("document.activeElement.textContent") == "Cite"
        page.keyboard.press("Enter")
        assert cite.evaluate("d => d.open")
        assert cite.locator("pre").first.is_visible()
        # Opening another item closes the first; Escape closes it and keeps the focus on it.
        download = page.locator("#edition-toolbar details.toolbar-item", has_text="Download")
        page.locator("#edition-toolbar summary", has_text="Download").focus()
        page.keyboard.press("Enter")
        assert download.evaluate("d => d.open") and not cite.evaluate("d => d.open")
        page.keyboard.press("Tab")
        page.keyboard.press("Escape")
        assert not download.evaluate("d => d.open")
        assert page.evaluate("document.activeElement.textContent") == "Download"
        # A tap elsewhere closes an open panel.
        page.locator("#edition-toolbar summary", has_text="Discuss").tap()
        assert page.get_by_role("button", name="Load Hypothesis to annotate").is_visible()
        page.locator("article h1").tap()
        assert not page.get_by_role("button", name="Load Hypothesis to annotate").is_visible()
    assert errors == []
    context.close()


@pytest.mark.browser
def test_the_controls_are_large_enough_to_tap(browser, served):
    context = browser.new_context(viewport={"width": 412, "height": 915})
    page = context.new_page()
    page.goto(f"{served}/{CHAPTERS[0]}.html", wait_until="load")
    for summary in page.locator("#edition-toolbar summary").all():
        box = summary.bounding_box()
        assert box["height"] >= 44 and box["width"] >= 44
    for summary in page.locator(
        "details.record-more > summary, details.headnote-more > summary"
    ).all():
        assert summary.bounding_box()["height"] >= 24
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("docname", CHAPTERS)
def test_printing_opens_the_record_and_the_headnote_and_leaves_out_the_toolbar(
    browser,
    served,
    docname,
):
    page = browser.new_page()
    page.goto(f"{served}/{docname}.html", wait_until="load")
    page.emulate_media(media="print")
    assert page.locator("div.source-record li", has_text="Rights:").is_visible()
    headnote = page.locator("div.editorial.headnote").inner_text()
    assert shows(HEADNOTES[record_of(docname).slug].text, headnote)
    assert not page.locator("#edition-toolbar").is_visible()
    assert not page.get_by_text("Read the whole headnote").is_visible()
    page.close()


@pytest.mark.parametrize("docname", CHAPTERS)
def test_each_texts_pdf_holds_its_whole_record_and_headnote(site, docname):
    record = record_of(docname)
    reader = PdfReader(site / text_pdf(record.slug))
    # Each sheet's last line is its footer (title, version, page number), which may stand
    # in the middle of the headnote.
    text = words(" ".join(page.extract_text().rsplit("\n", 1)[0] for page in reader.pages))
    assert shows(HEADNOTES[record.slug].text, text)
    for label in ("Author:", "Venue in the capture:", "Date in the capture:", "Rights:"):
        assert label in text
    assert "Read the whole headnote" not in text and "Source and rights" not in text


def test_the_epub_holds_every_record_and_headnote_unfolded(site):
    with zipfile.ZipFile(site / BOOK_EPUB) as epub:
        for docname in CHAPTERS:
            record = record_of(docname)
            page = BeautifulSoup(epub.read(f"{docname}.xhtml").decode("utf-8"), "html.parser")
            assert not page.select("details.record-more, details.headnote-more")
            assert not page.select("#edition-toolbar")
            assert "Rights:" in page.select_one("div.source-record").get_text()
            headnote = page.select_one("div.editorial.headnote").get_text()
            assert shows(HEADNOTES[record.slug].text, headnote)
            # The citation block stays in the e-book, in its place after the record.
            assert page.select_one("div.source-record ~ div.cite-this")
