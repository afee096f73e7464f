"""Saved web pages as captures: the main text with its structure, and every other visible
word of the page accounted for."""

import gzip
import re
import shutil
import textwrap
from collections import Counter
from dataclasses import replace
from pathlib import Path

import lxml.html
import pytest
from conftest import FIXTURES
from lxml import etree
from markdown_it import MarkdownIt
from test_importer import import_capture

from edition.apparatus.textual_notes import render_textual_notes
from edition.errors import EditionError
from edition.texts.chapter import render_chapter
from edition.texts.cleaning import clean_capture
from edition.texts.document import Block
from edition.texts.html_capture import (
    MAX_HEADING_WORDS,
    MAX_HOLE_RUNS,
    Gap,
    Run,
    _Draft,
    _rejoin,
    back_linked,
    clean_page,
    continues_the_text,
    cut_short,
    decode_page,
    fill_whole_runs,
    heads_the_text,
    in_the_flow,
    in_the_text,
    inline_spaces,
    inside_the_text,
    items_of_the_page,
    lead_captions,
    left_out_rule,
    line_starts,
    lines_of_a_kept_block,
    named_leads,
    nearest_copies,
    opens_a_section,
    read_html_capture,
    reader_responses,
    reads_as_caption,
    reads_as_heading,
    restore_inline_spaces,
    slide_to_lines,
    split_joins,
    split_run_together,
    table_rows,
    text_region,
    visible_runs,
    without_own_number,
)
from edition.texts.provenance import parse_provenance
from edition.texts.review import review_items

PAGES = FIXTURES / "html"
GITHUB = PAGES / "github-blog-spiceland.html"
WIKIMEDIA = PAGES / "wikimedia-turkey.html"
BLOG = PAGES / "readability-001.html"
CORPUS_PAGES = FIXTURES.parent / "corpus" / "html"

RECORD = """
[[text]]
file = "{file}"
slug = "{slug}"
title = "{title}"
author = "unknown"
author_note = "Test record."
venue = "unknown"
venue_note = "Test record."
date = "unknown"
date_note = "Test record."
original_publication = "unknown"
rights = "No licence stated"
"""

# A page written for these tests: footnotes, a left-out aside that reads as prose, and the
# usual ways a hostile page tries to run code.
SYNTHETIC = """<!DOCTYPE html>
<html><head><title>A Test Essay</title><meta name="author" content="Ann Author">
<script>alert("head")</script></head>
<body onload="alert('body')">
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
<article>
<h1>A Test Essay</h1>
<p>First paragraph with <em>emphasis</em> and <strong>strong words</strong> and a
<a href="https://example.org/x?a=1&amp;b=2">link</a> and a note.<sup id="r1"><a
href="#fn1">1</a></sup> More text follows here, so that the extractor keeps it.</p>
<h2>A Section</h2>
<p>Second paragraph, long enough to count as prose for the extractor to keep it whole.</p>
<blockquote><p>A quoted passage that the author cites at some length in the essay.</p>
</blockquote>
<ul><li>One item of the list</li><li>Another item of the list</li></ul>
<p onclick="evil()">Third paragraph with a <a href="javascript:alert(2)">bad link</a>, an
<img src=x onerror="alert(3)"> image, <a href="https://e.org/a)b&quot;c<d>">odd</a> and
<a href="  JAVASCRIPT:alert(4)">shouting</a> links, and <span style="display:none">unseen
hidden words</span> nothing else.<script>alert(5)</script></p>
<div class="footnotes"><ol><li id="fn1">The note's own text, a source. <a
href="#r1">↩</a></li></ol></div>
</article>
<aside><p>Our reader survey is open this week. Tell us what you think of the essays.</p></aside>
<footer><p>Copyright 2020</p></footer>
</body></html>
"""


@pytest.fixture
def synthetic(tmp_path: Path) -> Path:
    path = tmp_path / "synthetic.html"
    path.write_text(SYNTHETIC, encoding="utf-8")
    return path


def record_for(path: Path, title: str, slug: str = "test-page"):
    text = RECORD.format(file=path.name, slug=slug, title=title)
    return parse_provenance(text, "provenance.toml")[slug]


def test_headings_lists_emphasis_links_and_quotations_are_kept():
    github = read_html_capture(GITHUB, None).text
    headings = [b.text for b in github.body if b.kind == "heading"]
    assert "What was your first job in tech like?" in headings
    assert github.body[0].markup.startswith("*Every March we recognize the women")
    items = [b for b in github.body if b.kind == "list-item"]
    assert len(items) == 4
    assert items[2].markup == (
        "*[Kathy Pham](https://github.blog/2019-03-22-leader-spotlight-kathy-pham/), "
        "Computer Scientist and Product Leader at Mozilla and Harvard*"
    )
    assert items[2].text.startswith("Kathy Pham, Computer Scientist")
    blog = read_html_capture(BLOG, None).text
    quotes = [b for b in blog.body if b.kind == "quote"]
    assert quotes[0].text.startswith("Drinking game for web devs: (1) Think of a noun")
    assert quotes[0].markup.startswith("Drinking game for web devs: \\(1) Think of a noun")
    blanket = next(b for b in blog.body if b.text.startswith("Blanket.js is"))
    assert blanket.markup.startswith("**[Blanket.js](http://blanketjs.org/)** is an *easy to")


@pytest.mark.parametrize("page", [GITHUB, WIKIMEDIA, BLOG], ids=lambda p: p.stem)
def test_no_visible_word_of_the_page_is_lost(page):
    """Each visible word is in the text or in the list of what was left out."""
    text = read_html_capture(page, None).text
    tree = lxml.html.document_fromstring(page.read_text(encoding="utf-8"))
    visible = Counter(word for run in visible_runs(tree) for word in run.text.split())
    accounted = Counter(w for b in text.blocks() for w in b.text.split())
    accounted.update(w for s in text.set_aside for w in s.text.split())
    assert accounted == visible
    assert text.set_aside, "the pages have navigation and footers"


def test_footnote_marks_and_notes_are_kept_and_unseen_text_is_not_counted(synthetic):
    text = read_html_capture(synthetic, "A Test Essay").text
    first = text.body[0]
    assert "note.[^1] More text" in first.markup
    assert first.text.startswith("First paragraph with emphasis and strong words and a link")
    assert [(n.number, n.text) for n in text.endnotes] == [(1, "The note's own text, a source.")]
    tree = lxml.html.document_fromstring(SYNTHETIC)
    visible = Counter(word for run in visible_runs(tree) for word in run.text.split())
    assert "hidden" not in visible and "alert(5)" not in visible
    accounted = Counter(w for b in text.blocks() for w in b.text.split())
    accounted.update(w for s in text.set_aside for w in s.text.split())
    # The mark "1" is kept as the footnote's number.
    assert visible - accounted == Counter({"1": 1}) and not accounted - visible
    assert [t.text for t in text.title_lines] == ["A Test Essay"]


def test_a_left_out_passage_that_reads_as_prose_is_flagged(synthetic):
    text = read_html_capture(synthetic, "A Test Essay").text
    rules = {s.text: s.rule for s in text.set_aside}
    assert rules["Our reader survey is open this week. Tell us what you think of the essays."] == (
        "html-left-out-prose"
    )
    assert rules["Home"] == rules["Copyright 2020"] == "html-left-out"
    wikimedia = {s.text: s for s in read_html_capture(WIKIMEDIA, None).text.set_aside}
    related = (
        "Our legal case against Turkey’s block of Wikipedia has been expedited. "
        "Here’s what that means."
    )
    assert wikimedia[related].rule == "html-left-out-prose"
    assert wikimedia[related].line == 258
    assert wikimedia["Donate now"].rule == "html-left-out"


def test_the_textual_notes_list_what_was_left_out(synthetic):
    record = record_for(synthetic, "A Test Essay")
    notes = render_textual_notes(clean_capture(synthetic, record.title), record)
    assert "**Left out of the saved page by the extractor** (5 passages" in notes
    assert "1 of them reading as prose" in notes
    assert re.search(r"- line 5: “Home”\n", notes)
    assert "Tell us what you think of the essays.” (*possibly the author's text*)" in notes
    assert "a block quotation of the page" in notes


def test_the_page_metadata_is_read():
    page = read_html_capture(GITHUB, None).metadata
    assert (page.title, page.author, page.date, page.site_name) == (
        "Leader spotlight: Erin Spiceland",
        "Jessica Rudder",
        "2019-03-29",
        "The GitHub Blog",
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", ": the capture is empty"),
        (b"  \n\t\n", ": the capture is empty"),
        (b"<html><body><p>Text</p>\n<p>\x00\x01binary</p>", ":2: binary content"),
        (b"<html><head><title>x</title></head><body></body></html>", ": the extractor found no"),
        (b"<<<>>> <</ >>", ": the extractor found no text"),
    ],
)
def test_bad_pages_give_one_error_naming_the_file(tmp_path, content, message):
    path = tmp_path / "bad.html"
    path.write_bytes(content)
    with pytest.raises(EditionError) as error:
        read_html_capture(path, None)
    assert str(error.value).startswith(str(path))
    assert message in str(error.value)
    assert "\n" not in str(error.value)


def test_a_hostile_page_renders_inert(synthetic):
    record = record_for(synthetic, "A Test Essay")
    chapter = render_chapter(clean_capture(synthetic, record.title), record, {record.slug: record})
    assert not re.search(r"(?<!\\)<", chapter), "no raw HTML in the MyST source"
    for payload in ("javascript", "JAVASCRIPT", "alert", "onerror", "onclick", "onload"):
        assert payload not in chapter
    html = MarkdownIt("commonmark").render(chapter)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs == ["https://example.org/x?a=1&amp;b=2", "https://e.org/a%29b%22c%3Cd%3E"]
    assert "<script" not in html and "<img" not in html
    assert "Third paragraph with a bad link, an image, [odd](https://e.org/a%29b" in chapter
    assert "shouting links" in chapter
    assert "> A quoted passage that the author cites" in chapter
    assert "[^1]: The note's own text, a source." in chapter


@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_the_import_script_writes_a_chapter_from_a_saved_page(tmp_path, capsys, suffix):
    (tmp_path / "captures").mkdir()
    capture = tmp_path / "captures" / f"{GITHUB.stem}{suffix}"
    shutil.copy(GITHUB, capture)
    (tmp_path / "provenance.toml").write_text(
        RECORD.format(
            file=capture.name, slug="spiceland", title="Leader spotlight: Erin Spiceland"
        ),
        encoding="utf-8",
    )
    status = import_capture.main(
        [
            str(capture),
            "--provenance",
            str(tmp_path / "provenance.toml"),
            "--essays",
            str(tmp_path / "essays"),
        ]
    )
    assert status == 0
    chapter = (tmp_path / "essays" / "spiceland.md").read_text(encoding="utf-8")
    assert chapter.startswith("(spiceland)=\n# Leader spotlight: Erin Spiceland\n")
    assert (
        "(spiceland-what-was-your-first-job-in)=\n## What was your first job in tech like?"
        in chapter
    )
    assert "- *[Laura Frank Tacho](https://github.blog/2019-03-08-leader-spotlight" in chapter
    assert "Related posts" not in chapter
    out = capsys.readouterr().out
    assert "[title]  Leader spotlight: Erin Spiceland" in out
    assert "[html-left-out]  Related posts" in out
    assert "page author  Jessica Rudder  (record: unknown)" in out


def test_notes_the_extractor_leaves_out_are_taken_from_the_page(tmp_path):
    """trafilatura drops a list of several notes that each end in a link back, as if it
    were navigation; the notes the text's marks point to are read from the page instead."""
    page = tmp_path / "notes.html"
    page.write_text(
        SYNTHETIC.replace(
            '<li id="fn1">The note\'s own text, a source. <a\nhref="#r1">↩</a></li>',
            '<li id="fn1">The note\'s own text, a source. <a href="#r1">↩</a></li>'
            '<li id="fn2">A second note of the page. <a href="#r2">↩</a></li>',
        ).replace("More text follows", 'More<sup id="r2"><a href="#fn2">2</a></sup> text follows'),
        encoding="utf-8",
    )
    text = read_html_capture(page, "A Test Essay").text
    assert [(n.number, n.text) for n in text.endnotes] == [
        (1, "The note's own text, a source."),
        (2, "A second note of the page."),
    ]
    assert "note.[^1] More[^2] text follows" in text.body[0].markup
    assert not [s for s in text.set_aside if "note" in s.text]


def test_the_spaces_the_extractor_drops_beside_links_are_put_back(tmp_path):
    """On this Blogger page trafilatura writes "the blog at work</ref>so I figured": the words
    must stay the page's words."""
    page = tmp_path / "blogger.html"
    page.write_bytes(gzip.decompress((CORPUS_PAGES / "blogger-greenpak.html.gz").read_bytes()))
    text = " ".join(b.text for b in read_html_capture(page, None).text.body)
    assert "for the blog at work so I figured" in text
    assert "5th generation parts were just announced" in text
    assert "workso" not in text and "partswere" not in text


def test_a_paragraph_the_extractor_cuts_short_at_a_link_is_printed_whole(tmp_path):
    """On this serendipity page trafilatura stops a paragraph at its link "(PDF)" and drops
    the rest: the paragraph is printed as the page shows it, and the move is listed."""
    page = tmp_path / "review.html"
    name = "serendipity-telemedicus-internetrecht.html.gz"
    page.write_bytes(gzip.decompress((CORPUS_PAGES / name).read_bytes()))
    text = read_html_capture(page, None).text
    (block,) = [b for b in text.body if b.text.startswith("Ein Blick in das")]
    assert block.text.startswith("Ein Blick in das Inhaltsverzeichnis (PDF) zeigt aber: Hier")
    assert block.text.endswith("nur konsequent.")
    (moved,) = [i for i in text.interventions if "cut its paragraph short" in i.description]
    assert moved.restored.startswith("(PDF) zeigt aber")
    assert not [s for s in text.set_aside if "zeigt aber" in s.text]


def test_only_the_rest_of_a_line_that_opens_with_the_blocks_words_completes_it():
    rest = (
        "(PDF) zeigt aber: hier bleiben kaum Fragen offen, sagt der Rezensent des Buches. "
        "In neun Kapiteln erfasst das Buch alle Gebiete des Rechts."
    )
    run = Run(5, f"Ein Blick ins Inhaltsverzeichnis {rest}")
    gap = Gap(5, rest, "p", 0, 1, False, run=0)
    plains = ["Ein Blick ins Inhaltsverzeichnis (", "Another block."]
    assert cut_short(gap, [run], plains) == run.text
    # Not where the block is not the line's beginning, nor outside the text, nor for a
    # stretch that does not read as prose.
    assert cut_short(gap, [run], ["Other words (", "Another block."]) is None
    assert cut_short(replace(gap, before=None), [run], plains) is None
    assert cut_short(replace(gap, text="Gebiete des Rechts."), [run], plains) is None


def test_a_heading_the_extractor_cuts_short_is_completed_from_the_page():
    """A review's heading sets the reviewer's score in a span of its own, which the extractor
    drops: the heading is the page's whole line. The same few words after a paragraph's
    beginning are no such rest, since they do not read as prose."""
    heading = Run(7, "Kanae’s Review8.5/10", "h3")
    gap = Gap(7, "Review8.5/10", "h3", 0, 1, False, run=0)
    plains = ["Kanae’s Review", "Another block."]
    assert cut_short(gap, [heading], plains) == "Kanae’s Review8.5/10"
    assert cut_short(replace(gap, tag="p"), [replace(heading, tag="p")], plains) is None


INSIDE = PAGES / "left-out-inside.html"


def test_a_block_left_out_inside_the_text_is_restored_at_its_place():
    text = read_html_capture(INSIDE, "Notes on a River").text
    caption = "The ford below the mill, where the old road crossed before the bridge was built."
    starts = [b.text.split(",")[0] for b in text.body]
    assert starts[:3] == [
        "The river rises in the hills to the north of the town and runs for forty miles before "
        "it reaches the sea. For most of that length it is shallow",
        "The ford below the mill",
        "The mill itself stopped working before the war. Its wheel is still there",
    ]
    restored = text.body[1]
    assert (restored.kind, restored.text, restored.markup) == ("paragraph", caption, caption)
    [note] = text.interventions
    assert note.restored == caption and note.line == restored.line
    assert caption not in {s.text for s in text.set_aside}
    notes = render_textual_notes(text, record_for(INSIDE, "Notes on a River"))
    assert f"line {restored.line}: restored at its place on the page" in notes
    review = [i for i in review_items(text) if i.kind == "restored"]
    assert [(i.text, i.reason) for i in review] == [
        (caption, "the extractor left it out inside the text")
    ]


def test_left_out_blocks_outside_the_text_or_in_its_controls_stay_out():
    text = read_html_capture(INSIDE, "Notes on a River").text
    left_out = {s.text for s in text.set_aside if s.rule.startswith("html-left-out")}
    # Before the first kept word, after the last one, and a button between two paragraphs.
    assert {
        "The banner above the essay, a photograph of the valley in spring.",
        "Photographs by the author, who walked the river in 2019 and again in the spring of 2020.",
        "Copy",
        "Home",
    } <= left_out
    assert not left_out & {b.text for b in text.body}


def _gap(**changes) -> Gap:
    fields = {"line": 1, "text": "A caption.", "tag": "figcaption", "after": 0, "before": 1}
    return Gap(**{**fields, "whole": True, **changes})


def test_only_a_whole_small_left_out_block_between_kept_words_is_inside_the_text():
    assert inside_the_text(_gap())
    assert not inside_the_text(_gap(after=None))
    assert not inside_the_text(_gap(before=None))
    # Part of a run whose other words were kept: the extractor's own cut, not a block.
    assert not inside_the_text(_gap(whole=False))
    assert not inside_the_text(_gap(widget=True))
    # A region of its own between two kept words: comments, a list of related pages.
    assert inside_the_text(_gap(hole=MAX_HOLE_RUNS))
    assert not inside_the_text(_gap(hole=MAX_HOLE_RUNS + 1))


def test_a_table_of_the_text_is_kept_row_by_row():
    filler = "A sentence of the essay that runs long enough for the extractor to keep. " * 6
    page = f"""<html><body><article><h1>T</h1><p>{filler}</p>
    <table><tr><th>Entity</th><th>Assoc <b>status</b></th></tr>
    <tr><td><p>new</p><p>and ready</p></td><td>scheduled</td></tr></table>
    <p>{filler}</p></article></body></html>"""
    text = clean_page(page, Path("t.html"), None).text
    rows = [b.text for b in text.body if not b.text.startswith("A sentence")]
    assert rows[-2:] == ["Entity | Assoc status", "new and ready | scheduled"]
    assert not {s.text for s in text.set_aside} & {"new", "scheduled", "Entity"}


def test_a_cell_s_text_and_the_paragraphs_after_it_do_not_run_together():
    """A blog post set in a table's cell, its first line as the cell's own text and the
    rest in paragraphs (unseen set 7, ucoz and a GoLive page): "hat.Heute" was one word."""
    table = etree.fromstring(
        "<table><row><cell>Der Brief für jenen, der dich gekränkt hat.<p>Heute werde es "
        "starten.</p><p>Kannst du?</p></cell><cell>zwei</cell></row></table>"
    )
    (row,) = table_rows(table)
    assert " ".join("".join(row.itertext()).split()) == (
        "Der Brief für jenen, der dich gekränkt hat. Heute werde es starten. Kannst du? | zwei"
    )


def test_a_mostly_left_out_run_lends_no_word_to_the_next_block():
    """The caption's first word is also the next paragraph's: it is the caption that is left
    out whole, and the paragraph keeps its word."""
    text = read_html_capture(INSIDE, "Notes on a River").text
    assert not any(s.text == "The" for s in text.set_aside)


def test_pieces_of_one_paragraph_of_the_page_are_joined_as_the_page_has_them():
    runs = ["More details are in the Data Model section below.", "Another paragraph."]
    texts = [
        "More details are in the",
        "D",
        "ata",
        "M",
        "odel section below.",
        "Another paragraph.",
    ]
    assert split_joins(texts, [Run(1, run) for run in runs]) == [" ", "", " ", "", None]
    # Two paragraphs that the page shows apart stay apart.
    assert split_joins(["First.", "Second."], [Run(1, "First."), Run(2, "Second.")]) == [None]


def test_pieces_that_the_page_sets_apart_by_a_line_break_are_not_joined():
    """One run of the page, two lines: where the pieces meet at the <br>, they stay apart;
    where they meet inside a line, they are one paragraph."""
    run = visible_runs(lxml.html.document_fromstring("<p>Task Store<br>More details.</p>"))[0]
    assert run.text == "Task Store More details." and run.breaks == (10,)
    assert split_joins(["Task Store", "More details."], [run]) == [None]
    assert split_joins(["Task", "Store More details."], [run]) == [" "]


def test_a_paragraph_the_extractor_cut_at_letter_links_is_one_paragraph():
    filler = "A sentence of the essay that runs long enough for the extractor to keep. " * 6
    link = '<a href="https://e.org/m">{}</a>'
    data = link.format("D") + link.format("ata") + " " + link.format("M") + link.format("odel")
    page = f"""<html><body><article><p>{filler}</p>
    <p><b>Task Store<br></b> More details are in the {data} section below.</p>
    <p>{filler}</p></article></body></html>"""
    text = clean_page(page, Path("t.html"), None).text
    assert "More details are in the Data Model section below." in [
        b.text.removeprefix("Task Store ") for b in text.body
    ]


def test_pieces_are_joined_unless_the_page_breaks_its_line_between_them():
    """A page whose paragraphs are broken by <br> alone shows them as one run: the extractor's
    paragraphs that meet at a break stay paragraphs; cut elsewhere (at a link, at emphasis),
    they are one."""
    first, second = etree.Element("p"), etree.Element("p")
    first.text, second.text = "posts were all for", "the blog at work."
    drafts = [_Draft("paragraph", first), _Draft("paragraph", second)]
    rendered = [(t, t, t) for t in (first.text, second.text)]
    text = "posts were all for the blog at work."
    assert len(_rejoin(drafts, rendered, {}, [Run(1, text, breaks=(18,))])[0]) == 2
    joined, texts, _ = _rejoin(drafts, rendered, {}, [Run(1, text)])
    assert len(joined) == 1 and texts[0][0] == text


EMPHASIS = PAGES / "text-beside-emphasis.html"


def test_a_paragraph_set_in_a_div_beside_emphasis_is_one_paragraph_with_its_spaces():
    """A blog post whose text stands directly in <div>s after a picture's table: the extractor
    cuts each paragraph at its underlined, italic and bold words and drops the space after
    them ("novelsof"); the page's paragraphs and spaces are put back, and the lines it
    could not match are not restored a second time."""
    text = read_html_capture(EMPHASIS, "A Month of Reading").text
    blocks = [b.text for b in text.body]
    assert blocks[2] == (
        "This kind of story is found only in the older novels of the region. Its settings "
        "are small towns, farms and river landings, and its people live with the past in a "
        "way that the rest of the country has long forgotten, which is why it still "
        "surprises its readers."
    )
    assert blocks[4].startswith("Most of its writers use the supernatural sparingly: a ghost (or")
    assert blocks[5:8] == ["Title: The Landing", "Pages: 400 pages", "Publisher: Riverside Press"]
    assert blocks[8].startswith("Would you like to join us")
    assert len(blocks) == len(set(blocks)) == 9
    assert "**ghost** \\(or" in text.body[4].markup


def test_a_space_beside_a_link_or_emphasis_is_put_back_where_the_page_has_it():
    """A space at the edge inside the element counts as one beside it; an element with no
    text on one side tells nothing of that side; where two elements of one text disagree,
    no space is added."""
    page = lxml.html.document_fromstring(
        '<p><u>Title: </u>The Landing, a <b>ghost </b>(or two), <a href="/x">here</a>now, '
        '<a href="/y">here</a> then, <i>sea</i>side</p>'
    )
    spaces = inline_spaces(page)
    assert spaces["Title:"] == (False, True)
    assert spaces["ghost"] == (True, True)
    assert spaces["here"] == (True, False)
    assert spaces["sea"] == (True, False)
    body = etree.fromstring('<body><p><hi rend="#u">Title:</hi>The <hi>sea</hi>side</p></body>')
    restore_inline_spaces(body, spaces)
    assert "".join(body.itertext()) == "Title: The seaside"


def test_a_line_break_at_the_edge_of_emphasis_counts_as_a_space_beside_it():
    """An address set in bold over its street, a <br> apart (a guide of set 4): the
    extractor runs the two together ("Colosseum Theater EssenAltendorfer Str. 1")."""
    page = lxml.html.document_fromstring(
        "<p>Adresse:<br><b>Colosseum Theater Essen<br></b>Altendorfer Str. 1</p>"
    )
    assert inline_spaces(page)["Colosseum Theater Essen"] == (True, True)
    body = etree.fromstring("<body><p><hi>Colosseum Theater Essen</hi>Altendorfer</p></body>")
    restore_inline_spaces(body, inline_spaces(page))
    assert "".join(body.itertext()) == "Colosseum Theater Essen Altendorfer"


def test_words_the_extractor_runs_together_are_set_apart_where_the_page_has_a_space():
    """A space inside a span after its emphasis ("<strong>Ihr braucht:</strong> </span>"), a
    shop's blog post of set 18: the extractor drops it, "braucht:A3". A word the page never
    shows, but shows as two words one after the other, is those two words; a word the page
    shows whole, or a piece of one at the edge of a text ("ata" of "D<hi>ata"), is left alone."""
    page = lxml.html.document_fromstring(
        "<p>Ihr <span><strong>braucht:</strong> </span><strong>A3 Papier</strong>, at a <b>D</b>"
        "ata desk by the seaside today.</p><p>Not by the sea side today.</p>"
    )
    runs = visible_runs(page)
    body = etree.fromstring(
        "<body><p>Ihr braucht:A3 Papier, at a D<hi>ata desk</hi> by the seaside today.</p>"
        "<p>braucht:A3 first.</p></body>"
    )
    split_run_together(body, runs)
    assert ["".join(p.itertext()) for p in body] == [
        "Ihr braucht: A3 Papier, at a Data desk by the seaside today.",
        "braucht: A3 first.",
    ]


SECTION = PAGES / "section-after-last-heading.html"


def test_the_line_under_the_text_s_last_heading_is_restored():
    """A text does not end with a heading: the linked line under the post's last heading, in
    the element that holds the heading, is the author's; the labels and the comment count
    after the post are not."""
    text = read_html_capture(SECTION, "Reading Together").text
    assert [b.text for b in text.body][-2:] == ["Taking part:", "November Daughter"]
    assert "November Daughter" in [i.restored for i in text.interventions]
    assert {"Labels: reading, novels", "13"} <= {s.text for s in text.set_aside}


def test_a_row_of_controls_under_the_text_s_last_heading_stays_out(tmp_path):
    page = tmp_path / "support.html"
    line = '<div><a href="https://example.org/november-daughter">November Daughter</a></div>'
    source = SECTION.read_text(encoding="utf-8")
    assert line in source
    row = (
        '<div class="row"><div><button>PayPal</button></div>'
        '<div><a class="btn" href="/p">Patreon</a></div></div>'
    )
    page.write_text(source.replace(line, row), encoding="utf-8")
    text = read_html_capture(page, "Reading Together").text
    assert [b.text for b in text.body][-1] == "Taking part:"
    assert "Patreon" in {s.text for s in text.set_aside}


def test_a_short_caption_of_the_article_s_lead_picture_is_restored_and_its_credit_is_not():
    """The lead picture stands in the article, past the header's byline, tags and comment
    count: its caption says what it shows in a few words (no sentence), and is the text's;
    the picture's file name and its credit stay out."""
    text = read_html_capture(PAGES / "short-lead-caption.html", "The Harbour Festival").text
    caption = "Boats in the harbour on the morning of the festival (archive picture)"
    assert text.body[0].text == caption
    assert text.body[1].text.startswith("The festival began")
    assert [i.restored for i in text.interventions] == [caption]
    left_out = {s.text for s in text.set_aside}
    assert {"harbour-boats.jpg", "Photo: Jo Lens via Harbour Photos (licence)"} <= left_out


def test_a_caption_reads_as_one_when_it_says_what_the_picture_shows():
    assert reads_as_caption("Boats in the harbour at dawn (archive picture)")
    assert reads_as_caption("The last keeper of the north light, photographed in the lamp room.")
    # A credit, wherever it stands in the line, names alone, a file's name, a date.
    assert not reads_as_caption("Photo: Jo Lens via Harbour Photos")
    assert not reads_as_caption("Boats at dawn Foto: Adobe Stock")
    assert not reads_as_caption("Jo Lens | Harbour Photos")
    assert not reads_as_caption("harbour-boats.jpg")
    assert not reads_as_caption("18 June 2023")
    # A short sentence says what the picture shows as well as a phrase, unless it credits.
    assert reads_as_caption("Can you spot the anomaly?")
    assert not reads_as_caption("Photo by Jo Lens.")


def test_a_caption_over_its_credit_in_one_figcaption_is_restored_without_it():
    """A caption and its credit a <br> apart, in a figure between two paragraphs, left out
    with a table of contents (a hole of more runs than a caption alone): the caption is the
    article's, the credit stays out (an SQL tutorial of unseen set 5)."""
    contents = "".join(f"<li><a href='#s{i}'>Section {i}</a></li>" for i in range(MAX_HOLE_RUNS))
    page = f"""<html><body><article><p>{FILLER}</p>
    <figure><img src="a.png"><figcaption>Can you spot the anomaly?<br>
    <small>Photo by <a href="https://example.org">Jo Lens</a></small></figcaption></figure>
    <details><summary>Table of Contents</summary><ul>{contents}</ul></details>
    <p>{OTHER}</p></article></body></html>"""
    text = clean_page(page, Path("t.html"), None).text
    assert "Can you spot the anomaly?" in [b.text for b in text.body]
    assert "Photo by Jo Lens" in [s.text for s in text.set_aside]
    assert "Photo by Jo Lens" not in [b.text for b in text.body]


BESIDE = PAGES / "left-out-beside.html"
BESIDE_CAPTION = "The cliffs west of the harbour at low tide."
BESIDE_SOURCES = ["https://example.org/records", "https://example.org/survey-1884"]


def test_blocks_left_out_just_before_or_after_the_text_where_it_stands_are_restored():
    """A caption above the first paragraph and a list of sources after the last, in the
    element that holds the text, are the author's: put back at their places and listed."""
    text = read_html_capture(BESIDE, "Walking the Coast Path").text
    blocks = [b.text for b in text.body]
    assert blocks[0] == BESIDE_CAPTION
    assert blocks[1].startswith("The path leaves the harbour")
    assert blocks[-3].startswith("The last cove before the lighthouse")
    assert blocks[-2:] == BESIDE_SOURCES
    assert [i.restored for i in text.interventions] == [BESIDE_CAPTION, *BESIDE_SOURCES]
    assert all("at the edge of the text" in i.description for i in text.interventions)
    assert not {BESIDE_CAPTION, *BESIDE_SOURCES} & {s.text for s in text.set_aside}
    review = [i.text for i in review_items(text) if i.kind == "restored"]
    assert review == [BESIDE_CAPTION, *BESIDE_SOURCES]


def test_a_caption_in_the_article_beside_the_text_is_restored_and_its_button_is_not():
    """Where the page marks the article (``<article>``), a figure there beside the element
    that holds the text is the author's; a control between its caption and the text (a
    "More" button) stays out without ending what is restored."""
    text = read_html_capture(PAGES / "left-out-figure.html", "The Ferry at Night").text
    blocks = [b.text for b in text.body]
    assert blocks[0] == "The last ferry leaving the quay."
    assert blocks[1].startswith("The last ferry leaves the quay")
    assert "More" not in blocks
    assert [i.restored for i in text.interventions] == ["The last ferry leaving the quay."]


def test_restoring_beside_the_text_stops_where_the_page_around_it_begins():
    """Going out from the kept text, a byline, a row of tags (an element that holds no kept
    text) and everything beyond them stay out, as do the page's menus and footer."""
    text = read_html_capture(BESIDE, "Walking the Coast Path").text
    left_out = {s.text for s in text.set_aside if s.rule.startswith("html-left-out")}
    assert {
        "By Mara Quist",
        "Mara Quist 3 March",
        "Walking Coast",
        "https://example.org/more",
        "Home",
        "Copyright 2020",
    } <= left_out
    assert not left_out & {b.text for b in text.body}


def test_furniture_beside_the_text_ends_what_is_restored(tmp_path):
    page = tmp_path / "share.html"
    tags = (
        '<div class="tags"><a href="/tag/walking">Walking</a> <a href="/tag/coast">Coast</a></div>'
    )
    source = BESIDE.read_text(encoding="utf-8")
    assert tags in source
    page.write_text(source.replace(tags, '<p><a href="/s">Share this:</a></p>'), encoding="utf-8")
    text = read_html_capture(page, "Walking the Coast Path").text
    assert [b.text for b in text.body][-2:] == BESIDE_SOURCES
    left_out = {s.text for s in text.set_aside}
    assert {"Share this:", "https://example.org/more"} <= left_out


def test_nothing_is_restored_beside_a_text_that_stands_in_the_page_body(tmp_path):
    """Where the kept text stands directly in the page's body, the element that holds it
    holds the menus too: no block beside it is taken for the author's."""
    page = tmp_path / "bare.html"
    source = BESIDE.read_text(encoding="utf-8")
    for wrapper in ("<main>", "</main>", "<article>", "</article>", '<div class="entry-content">'):
        source = source.replace(wrapper, "")
    page.write_text(source.replace("\n</div>\n", "\n"), encoding="utf-8")
    text = read_html_capture(page, "Walking the Coast Path").text
    assert not text.interventions
    assert {BESIDE_CAPTION, *BESIDE_SOURCES} <= {s.text for s in text.set_aside}


FILLER = "A sentence of the essay that runs long enough for the extractor to keep. " * 4
OTHER = "Another sentence, the second paragraph's, long enough to be kept by it too. " * 4


def _archived_mail(opening: str) -> str:
    return (
        "<html><body><h1>Re: Ferry times</h1><ul><li><a href='/n'>Next message</a></li></ul>"
        f"<hr>{opening}<p>{FILLER}</p><p>{OTHER}</p><hr>"
        "<ul><li><a href='/p'>Previous message</a></li></ul></body></html>"
    )


def test_prose_set_loose_right_before_the_first_kept_block_opens_the_text(tmp_path):
    """A mail archive sets a message's first lines between <br>s, loose in the element whose
    <p>s the extractor keeps: they are the text's opening. A short loose line there (a
    signature's name) is not prose, and stays out with the archive's links."""
    quoted = (
        "At 09:31, Ann Author wrote:<br>&gt; The morning ferry leaves at six, and it was late"
        " again.<br>&gt; The evening one was cancelled outright.<br>"
    )
    page = tmp_path / "mail.html"
    page.write_text(_archived_mail(quoted), encoding="utf-8")
    text = read_html_capture(page, "Re: Ferry times").text
    assert text.body[0].text.startswith("At 09:31, Ann Author wrote: > The morning ferry")
    (restored,) = text.interventions
    assert "at the edge of the text" in restored.description
    assert text.body[1].text == FILLER.strip()
    assert {"Next message", "Previous message"} <= {s.text for s in text.set_aside}
    page.write_text(_archived_mail("Ann Author<br>"), encoding="utf-8")
    text = read_html_capture(page, "Re: Ferry times").text
    assert text.body[0].text == FILLER.strip()
    assert "Ann Author" in {s.text for s in text.set_aside}


def test_a_line_break_of_the_page_ends_a_word():
    tree = lxml.html.document_fromstring("<p>on. dot. com.<br><br>meth.<br>we’re. on.</p>")
    assert [run.text for run in visible_runs(tree)] == ["on. dot. com. meth. we’re. on."]


def test_a_restored_block_keeps_its_lines_apart():
    """A quoted post the extractor left out inside the text, its lines set apart by <br>:
    restored with a word break at each, never "com.meth." (the extractor's own line breaks
    are read the same way)."""
    page = f"""<html><body><article><h1>T</h1><p>{FILLER}</p>
    <div class="embed"><blockquote class="twitter-tweet"><p>on. dot. com.<br><br>meth.<br><br>
    we’re. on. it.</p>— A Reader (@reader) November 19, 2019</blockquote></div>
    <p>{OTHER}</p></article></body></html>"""
    text = clean_page(page, Path("t.html"), None).text
    assert "on. dot. com. meth. we’re. on. it." in [b.text for b in text.body]
    assert next(i.restored for i in text.interventions) == "on. dot. com. meth. we’re. on. it."


NOTES_AFTER = PAGES / "notes-after-related.html"


def test_notes_that_link_back_to_the_text_s_marks_are_its_notes():
    """Marks that are bracketed links outside a superscript, notes named by the publishing
    tool ("#nb1", linking back to "#nh1") and set after a box of related articles: the
    notes are the text's, the box between is not."""
    text = read_html_capture(NOTES_AFTER, "The Salt Roads").text
    assert [(n.number, n.text) for n in text.endnotes] == [
        (1, "See the carriers' own accounts."),
        (2, "Three of them are inns again."),
    ]
    first, second = text.body[0], text.body[1]
    assert "first in spring.[^1] Most of them" in first.markup
    assert "first in spring. Most of them" in first.text
    assert second.markup.endswith("above the passes[^2].")
    assert second.text.endswith("above the passes.")
    left_out = {s.text for s in text.set_aside}
    assert {"Read also", "A history of the mountain inns by Ann Other"} <= left_out
    assert not {n.text for n in text.endnotes} & left_out
    assert not any("Read also" in b.text or "Ann Other" in b.text for b in text.body)


def test_a_note_is_a_page_element_that_links_back_to_its_mark():
    tree = lxml.html.document_fromstring(
        """<div id="top"><p>Text<span id="m1"><a href="#n1">1</a></span> and a
        <a href="#part-2">contents link</a>.</p>
        <h2 id="part-2">Part two <a href="#top">back to top</a></h2>
        <div id="n1"><a href="#m1">^</a> The note.</div></div>"""
    )
    assert back_linked(tree) == {"n1"}


def test_a_note_named_by_an_empty_anchor_links_back_to_the_anchor_before_its_mark():
    """A WordPress footnotes plugin (unseen set 17) marks its notes with empty spans: the mark
    links to the span that opens the note's item, the note back to the span before the mark."""
    tree = lxml.html.document_fromstring(
        """<div><p>Forty per cent<span id="fn-1"></span><span class="note"><a
        href="#fn-bottom-1"><sup>1</sup></a></span> of them.</p>
        <a href="#top"></a><span id="top"></span>
        <ol><li><span id="fn-bottom-1"></span>In the census.<a href="#fn-1"></a></li></ol></div>"""
    )
    assert back_linked(tree) == {"fn-bottom-1"}


def test_a_note_the_extractor_left_out_is_read_from_the_item_its_empty_anchor_opens():
    page = f"""<html><body><article><h1>The Census</h1><p>{OTHER} Forty per cent<span
    id="fn-1"></span><span class="note"><a href="#fn-bottom-1"><sup>1</sup></a></span> of
    them.</p><p>{OTHER}</p><div class="notes"><h5>Sources</h5><ol><li><span
    id="fn-bottom-1"></span>In the census of 2019.<a href="#fn-1"></a></li></ol></div>
    </article></body></html>"""
    text = clean_page(page, Path("t.html"), "The Census").text
    assert [(n.number, n.text) for n in text.endnotes] == [(1, "In the census of 2019.")]


def test_a_note_taken_from_the_page_loses_only_its_own_number():
    assert without_own_number("[1] See the accounts.", 1) == "See the accounts."
    assert without_own_number("(2) Three inns.", 2) == "Three inns."
    assert without_own_number("3. A note.", 3) == "A note."
    assert without_own_number("1914 was the year.", 1) == "1914 was the year."
    assert without_own_number("[2] Another note's number.", 1) == "[2] Another note's number."


SECTIONS = """<html><body><article>
<div class="section"><p>The first section's paragraph, which the extractor kept.</p></div>
<div class="teaser"><div class="teaser-head">Discover more</div>
<p><a href="/p">Another page of the site</a></p></div>
<div class="section"><div class="section-head"><div class="headline">Choosing a boiler</div></div>
<div class="picture"><button>×</button><div class="caption">A boiler © Agency</div></div>
<div class="section-body"><p>The second section's paragraph, which the extractor kept.</p></div>
</div></article></body></html>"""


def _section_gap(runs: list[Run], text: str, kept: str) -> Gap:
    index = next(i for i, run in enumerate(runs) if run.text == text)
    following = next(i for i, run in enumerate(runs) if run.text.startswith(kept))
    return _gap(text=text, hole=MAX_HOLE_RUNS + 1, run=index, next_run=following)


def test_a_heading_left_out_with_a_box_before_it_opens_the_next_section():
    """A section heading set in a div, left out with the teaser box before it (a stretch too
    long to be restored as a whole): the heading is the first run of the element that holds
    it and the section's kept paragraph, so it is restored; the box's runs are not."""
    runs = visible_runs(lxml.html.document_fromstring(SECTIONS))
    second = "The second section's"
    assert opens_a_section(_section_gap(runs, "Choosing a boiler", second), runs)
    assert not opens_a_section(_section_gap(runs, "Discover more", second), runs)
    assert not opens_a_section(_section_gap(runs, "Another page of the site", second), runs)
    # Not the section's first run: the caption after the heading.
    assert not opens_a_section(_section_gap(runs, "A boiler © Agency", second), runs)
    # Beyond the text, or too far before it.
    gap = _section_gap(runs, "Choosing a boiler", second)
    assert not opens_a_section(replace(gap, before=None), runs)
    assert not opens_a_section(replace(gap, next_run=gap.run + MAX_HOLE_RUNS + 1), runs)


# A chapter of a serial, as an archive of fan works sets it (tests/corpus/otwarchive-*): the
# work's title, then the chapter's heading in its preface, then the chapter's text, which the
# extractor keeps from its landmark heading on.
CHAPTER = """<html><body><div id="outer"><h1>Archive of Stories</h1>
<div id="main"><div class="work"><h2>The Ferry Crossing</h2><p>Rowan Vale</p>
<div class="chapter"><div class="preface"><h3>Chapter 1: The Crossing</h3></div>
<div class="text"><h3>Chapter Text</h3><p>The chapter's first paragraph, kept.</p></div>
</div></div></div><div class="menu"><nav><a href="/">Home</a></nav></div></div></body></html>"""
ABOVE_THE_CHAPTER = ["Archive of Stories", "The Ferry Crossing", "Rowan Vale"]


def _heading_gaps(page: str) -> tuple[list[Run], list[Gap]]:
    """The page's runs, and those above the chapter's text left out before its first kept
    word."""
    runs = visible_runs(lxml.html.document_fromstring(page))
    first = next(i for i, run in enumerate(runs) if run.text == "Chapter Text")
    gaps = [
        _gap(text=run.text, tag=run.tag, after=None, before=0, run=i, next_run=first)
        for i, run in enumerate(runs[:first])
    ]
    return runs, gaps


def test_the_heading_of_a_chapter_over_its_first_kept_block_heads_the_text():
    runs, gaps = _heading_gaps(CHAPTER)
    assert [g.text for g in gaps] == [*ABOVE_THE_CHAPTER, "Chapter 1: The Crossing"]
    assert heads_the_text(gaps, runs, "The Ferry Crossing") == 3
    # The title is not a heading of the text; a heading over the title is the site's.
    assert heads_the_text(gaps[:3], runs, "The Ferry Crossing") is None
    # Without the title above it, nothing tells that the page's text has begun.
    assert heads_the_text(gaps, runs, None) is None
    assert heads_the_text(gaps, runs, "Another Title") is None
    # Set in a paragraph, it is not a heading of the page's.
    runs, gaps = _heading_gaps(CHAPTER.replace("<h3>Chapter 1", "<p>Chapter 1"))
    assert heads_the_text(gaps, runs, "The Ferry Crossing") is None
    # Where the element holding heading and text holds a control of the page too, the
    # heading is the page's.
    kudos = "kept.</p></div><form><button>Kudos</button></form>"
    runs, gaps = _heading_gaps(CHAPTER.replace("kept.</p></div>", kudos))
    assert heads_the_text(gaps, runs, "The Ferry Crossing") is None


def test_a_heading_under_the_title_in_the_element_holding_the_text_heads_it():
    """A service page of set 13 sets its title, the heading over its text and the text each
    in a module of one element: the title before the heading does not make it the page's;
    another line there does."""
    modules = (
        '<html><body><div id="matrix"><div class="module"><h1>The Ferry Crossing</h1></div>'
        '<div class="module"><h2>Crossing by night</h2></div><div class="module">'
        "<h3>Chapter Text</h3><p>The chapter's first paragraph, kept.</p></div></div>"
        "</body></html>"
    )
    runs, gaps = _heading_gaps(modules)
    assert heads_the_text(gaps, runs, "The Ferry Crossing") == 1
    teaser = modules.replace("<h2>", "<p>Also read: the old pier</p><h2>")
    runs, gaps = _heading_gaps(teaser)
    assert heads_the_text(gaps, runs, "The Ferry Crossing") is None


# A colophon (tests/corpus/movabletype-*): lists of software under their headings between
# two kept paragraphs, more runs than a caption or a cell; a box of related pages and a
# figure beside them.
COLOPHON = (
    """<html><body><div class="article"><h1>About This Site</h1>
<p>The site is written and produced by one person, who also chose its tools.</p>
<h2>Mac Apps</h2><ul>"""
    + "".join(f"<li><a href='/{i}'>App {i}</a></li>" for i in range(9))
    + """
</ul><div class="related"><h3>Read next</h3><p>Another page</p></div>
<figure><img src="a.png"><figcaption>The desk where it is written.</figcaption>
<figcaption>Jo Lens</figcaption></figure>
<p>Posted by Jo Lens</p><h2>Server Software</h2>
<p>The site is hosted by a company, and its articles are published with a tool.</p>
</div></body></html>"""
)


def test_a_hole_of_the_text_s_own_blocks_is_in_its_flow_however_long():
    runs = visible_runs(lxml.html.document_fromstring(COLOPHON))
    container = runs[1].element.getparent()
    kept = (1, len(runs) - 1)

    def flows(text: str) -> bool:
        index = next(i for i, run in enumerate(runs) if run.text == text)
        gap = _gap(text=text, run=index, hole=len(runs) - 3, after=0, before=1)
        return in_the_flow(gap, runs, container)

    assert [runs[i].text[:12] for i in kept] == ["The site is ", "The site is "]
    assert all(flows(t) for t in ("Mac Apps", "App 0", "App 8", "Server Software"))
    assert flows("The desk where it is written.")
    # A box of the page's own, a credit, a byline: not the text's.
    assert not any(flows(t) for t in ("Read next", "Another page", "Jo Lens", "Posted by Jo Lens"))
    # Outside the element that holds the kept text, or at its edge, nothing is in its flow.
    index = next(i for i, run in enumerate(runs) if run.text == "App 0")
    gap = _gap(text="App 0", run=index, after=0, before=1)
    assert not in_the_flow(gap, runs, container.getparent())
    assert not in_the_flow(replace(gap, before=None), runs, container)


CHUNKED = """<html><body><div class="chunks">
<div class="grid"><div class="body"><p>The first paragraph of the essay, which was kept.</p>
<p>The second paragraph of the essay, which the extractor kept as well.</p></div></div>
<div class="ad">Advertisement</div>
<div class="grid"><div class="body"><p>The third paragraph goes on after the advertisement.</p>
<aside><p>A pull quote the page repeats from the paragraph.</p></aside>
<div class="callout">Subscribe</div><h2>A heading of the essay</h2>
<p>The last paragraph ends the argument. It says what should be done next.</p>
<div class="heading">More Great Stories</div><ul><li>A teaser of another story</li></ul>
</div></div><div class="grid other"><div class="body"><p>A box that only looks alike.</p></div>
</div></div></body></html>"""


def test_the_text_goes_on_in_a_copy_of_its_container_up_to_its_last_paragraph():
    """A page that sets the article's body in chunks between advertisements (unseen set 8,
    Wired's): the extractor kept the first chunk. The others' paragraphs and headings are
    the text's, up to the last that reads as prose; a pull quote, a box, and the site's list
    after the text are not, nor is an element of another class."""
    runs = visible_runs(lxml.html.document_fromstring(CHUNKED))
    container = runs[0].element.getparent()
    found = {runs[i].text for i in continues_the_text(runs, container)}
    assert found == {
        "The third paragraph goes on after the advertisement.",
        "A heading of the essay",
        "The last paragraph ends the argument. It says what should be done next.",
    }
    assert continues_the_text(runs, None) == set()


LEAD = """<html><body><div class="story"><h1>Emirates Buys Thirty Jets</h1><p>By Jo Reporter</p>
<div class="image"><div class="InlineImage-caption">The prime minister walks past a jet at the
airshow in Dubai on Monday.</div><div class="credit">Jo Lens | Agency</div></div>
<ul class="gallery"><li><div class="caption">Another picture of the airshow, from the side.</div>
</li></ul><p>The first paragraph of the article, kept.</p></div></body></html>"""


def _lead_gaps(runs):
    first = next(i for i, run in enumerate(runs) if run.text.startswith("The first paragraph"))
    return [
        _gap(text=run.text, run=i, after=None, before=0, next_run=first)
        for i, run in enumerate(runs)
        if i < first
    ]


def test_the_lead_picture_s_caption_between_the_title_and_the_text_is_the_text_s():
    """Unseen sets 8 and 9: a lead picture's caption, set in a <figcaption> or an element the
    page names a caption ("caption-text", "cutline", "imageEmbedCaption"), left out with the
    masthead. Only the first is the lead picture's (a gallery's others are the page's)."""
    runs = visible_runs(lxml.html.document_fromstring(LEAD))
    gaps = _lead_gaps(runs)
    container = runs[0].element.getparent()
    found = lead_captions(gaps, runs, "Emirates Buys Thirty Jets", set(), container)
    assert [gaps[i].text[:30] for i in found] == ["The prime minister walks past "]
    # Without the title on the page, no stretch stands after it.
    assert lead_captions(gaps, runs, "Another Title", set(), container) == set()
    # Nor where the text stands in the page's body, which holds the menus too.
    assert (
        lead_captions(gaps, runs, "Emirates Buys Thirty Jets", set(), container.getparent())
        == set()
    )


def test_a_credit_or_a_label_in_a_caption_s_element_is_no_lead_caption():
    for caption in ("Photo: Jo Lens/Agency", "Click to enlarge"):
        page = LEAD.replace(
            "The prime minister walks past a jet at the\nairshow in Dubai on Monday.", caption
        )
        runs = visible_runs(lxml.html.document_fromstring(page))
        container = runs[0].element.getparent()
        gaps = _lead_gaps(runs)
        assert lead_captions(gaps, runs, "Emirates Buys Thirty Jets", set(), container) == set()


def test_a_credit_or_a_button_before_a_lead_caption_in_its_block_is_passed_over():
    """A caption's block that sets the picture's button and credit before the caption, which
    is capitalised for its names but ends as a sentence, as no headline does (a weekly of
    set 13). A caption outside that block is another picture's."""
    caption = "Torre De Mariscos (Seafood Tower) is among the unique menu items at Mezcal."
    block = (
        '<div class="caption-block"><div class="image-credit">Mezcal Bar &amp; Kitchen</div>'
        f'<div class="image-caption">{caption}</div></div>'
    )
    for before in ("", "<div class='image-caption'>Click to enlarge</div>"):
        page = LEAD.replace('<div class="image"><div class="InlineImage-caption">', before + block)
        runs = visible_runs(lxml.html.document_fromstring(page))
        container = runs[0].element.getparent()
        gaps = _lead_gaps(runs)
        found = lead_captions(gaps, runs, "Emirates Buys Thirty Jets", set(), container)
        assert [gaps[i].text for i in found] == ([caption] if not before else [])
    # A headline over a teaser, capitalised so and not a sentence, says nothing of a picture.
    headline = "Torre De Mariscos Is Among the Unique Menu Items at Mezcal Mexican"
    page = LEAD.replace('<div class="image"><div class="InlineImage-caption">', block).replace(
        caption, headline
    )
    runs = visible_runs(lxml.html.document_fromstring(page))
    gaps = _lead_gaps(runs)
    container = runs[0].element.getparent()
    assert lead_captions(gaps, runs, "Emirates Buys Thirty Jets", set(), container) == set()


NAMED_LEAD = """<html><body><div class="story"><h1>Emirates Buys Thirty Jets</h1>
<p>By Jo Reporter</p><div class="story__lead">The airline placed its largest order in a
decade. Its chief said the jets would fly from next year.</div><div class="photo"><div
class="caption-lead">The prime minister walks past a jet at the airshow. He did not buy one.
</div></div><div class="story__leading">A box that names no lead, though it reads as prose
here.</div><div class="story__body"><p>The first paragraph of the article, kept.</p></div>
</div><div class="lead">A teaser of the site. It stands outside the story's own part.</div>
</body></html>"""


def test_a_lead_the_page_names_so_above_the_body_is_the_text_s():
    """A lead paragraph set apart from the body, in an element whose class names it a lead
    ("article__lead", "b-article__lead": a Polish and a Russian news page), left out with
    the masthead; a caption of such a name, and a class that only begins with the word, are
    not, nor is a lead outside the text's part of the page."""
    runs = visible_runs(lxml.html.document_fromstring(NAMED_LEAD))
    first = next(i for i, run in enumerate(runs) if run.text.startswith("The first paragraph"))
    gaps = [
        _gap(text=run.text, run=i, after=None, before=0, next_run=first)
        for i, run in enumerate(runs)
        if i != first
    ]
    body = runs[first].element.getparent()
    found = named_leads(gaps, runs, body)
    assert [gaps[i].text[:30] for i in found] == ["The airline placed its largest"]
    # Where the text's part of the page is the page's body, nothing is restored so.
    assert named_leads(gaps, runs, body.getparent()) == set()


def test_the_lead_in_an_article_s_header_is_the_text_and_its_other_lines_the_page_s():
    """A press release's header (unseen set 6, timetoweb): a date, a kicker, the title, a
    caption, and the place line over the lead in a block of their own. The lead and its
    place line are the author's; a header outside an article is the page's throughout."""
    lead = "Vor der Tarifrunde mahnt die Gewerkschaft. Sie fordert jetzt ernste Gespräche."
    header = f"""<header><time>29. Oktober 2021</time><h2>Zweite Tarifrunde</h2>
    <h1>Ein Titel</h1><div class="teaser"><i>Berlin/Potsdam.</i><p>{lead}</p></div>
    <p>Share</p></header>"""
    page = f"<html><body><article>{header}<div><p>{FILLER}</p></div></article></body></html>"
    runs = visible_runs(lxml.html.document_fromstring(page))
    widget = {run.text: run.widget for run in runs}
    assert not widget["Berlin/Potsdam."] and not widget[lead]
    assert all(widget[t] for t in ("29. Oktober 2021", "Zweite Tarifrunde", "Ein Titel", "Share"))
    page = f"<html><body>{header}<article><p>{FILLER}</p></article></body></html>"
    assert all(run.widget for run in visible_runs(lxml.html.document_fromstring(page))[:-1])


def test_a_left_out_heading_is_a_short_line_of_words_and_not_a_sentence():
    assert reads_as_heading("Choosing a boiler")
    assert reads_as_heading("Die passende Heizung für Ihr Zuhause finden")
    assert not reads_as_heading("The boiler was chosen.")
    assert not reads_as_heading("Read more about boilers:")
    assert not reads_as_heading("WEB18-Facebook-1160x768.jpg")
    assert not reads_as_heading("By Ann Author")
    assert not reads_as_heading(" ".join(["word"] * (MAX_HEADING_WORDS + 1)))


def test_a_caption_of_the_article_s_lead_picture_above_the_byline_is_restored():
    """The caption stands in the article's header, beyond the byline that ends what is
    restored beside the text: a caption of a figure of the article that reads as prose is
    the text's; its credit, the byline and the share button are not."""
    page = PAGES / "caption-above-byline.html"
    text = read_html_capture(page, "The Lighthouse Keepers").text
    caption = (
        "The last keeper of the north light, photographed in the lamp room a week before it "
        "was automated."
    )
    assert text.body[0].text == caption
    assert text.body[1].text.startswith("The north light was the last")
    assert [i.restored for i in text.interventions] == [caption]
    left_out = {s.text for s in text.set_aside}
    assert {"Jo Lens | Harbour Photos", "By Mara Quist", "Share"} <= left_out
    assert caption not in left_out


def test_one_sentence_left_out_where_the_text_stands_is_flagged_as_possibly_the_author_s():
    sentence = "It goes without saying that the articles were written in English."
    assert left_out_rule(_gap(text=sentence), None, in_text=True) == "html-left-out-prose"
    # The same sentence elsewhere on the page, or a short line where the text is, is the page's.
    assert left_out_rule(_gap(text=sentence), None) == "html-left-out"
    assert left_out_rule(_gap(text="Read also"), None, in_text=True) == "html-left-out"
    assert left_out_rule(_gap(text="A Title"), "A title", in_text=True) == "title"


def test_a_stretch_after_the_text_is_in_it_only_inside_the_element_that_holds_the_text():
    tree = lxml.html.document_fromstring(
        """<body><article><div class="body"><p>Kept text.</p></div>
        <div class="notes"><p>A closing note.</p></div></article>
        <footer><p>The site's footer.</p></footer></body>"""
    )
    runs = visible_runs(tree)
    region = text_region(runs, {0})
    assert region is not None and region.tag == "article"
    after = _gap(before=None)
    assert in_the_text(replace(after, run=1), runs, region)
    assert not in_the_text(replace(after, run=2), runs, region)
    assert in_the_text(replace(after, run=2, before=3), runs, region)
    assert not in_the_text(replace(after, run=1, after=None), runs, region)
    assert not in_the_text(replace(after, run=1), runs, None)


def test_a_heading_left_out_is_restored_as_a_heading():
    """Section headings set directly in a plain div, which the extractor leaves out (with a
    box of widgets before the text): restored at their place, still headings."""
    page = f"""<html><body><div class="page"><div class="menu"><a href="/">Home</a></div>
    <div class="widgets"><div class="print"><a href="javascript:print()">Print</a></div></div>
    <div class="columns"><h3>Why the roads were built</h3><p>{FILLER}</p>
    <h3>Who walked them</h3><p>{OTHER}</p></div></div></body></html>"""
    text = clean_page(page, Path("t.html"), None).text
    assert [(b.kind, b.text) for b in text.body if b.kind == "heading"] == [
        ("heading", "Why the roads were built"),
        ("heading", "Who walked them"),
    ]
    assert [b.kind for b in text.body] == ["heading", "paragraph", "heading", "paragraph"]


LEAD_FIGURE = PAGES / "lead-figure-beside-body.html"
LEAD_CAPTION = "The north light at dusk, a week before its lamp was switched to automatic."


def test_the_caption_of_a_figure_next_to_the_text_s_element_is_restored():
    """No <article>: the lead picture stands just before the element that holds the body,
    its caption a sentence, its credit after it. The caption is restored, the credit not."""
    text = read_html_capture(LEAD_FIGURE, "How the Lighthouse Lost Its Keeper").text
    assert text.body[0].text == LEAD_CAPTION
    assert text.body[1].text.startswith("For ninety years")
    assert [i.restored for i in text.interventions] == [LEAD_CAPTION]
    assert "Photo: Harbour Photos" in {s.text for s in text.set_aside}


def test_a_figure_parted_from_the_text_by_other_matter_is_not_the_text_s(tmp_path):
    page = tmp_path / "parted.html"
    source = LEAD_FIGURE.read_text(encoding="utf-8")
    spacer = '<span class="spacer"></span>'
    assert spacer in source
    page.write_text(source.replace(spacer, '<p><a href="/b">Read also: the old keepers</a></p>'))
    text = read_html_capture(page, "How the Lighthouse Lost Its Keeper").text
    assert LEAD_CAPTION in {s.text for s in text.set_aside}
    assert not text.interventions


def test_a_figure_in_a_box_of_its_own_next_to_the_text_s_element_is_the_text_s(tmp_path):
    """A page may wrap the picture after the body in a media box (a magazine of set 13): the
    box's one figure is the text's, unless the box shows other text too (a button)."""
    source = LEAD_FIGURE.read_text(encoding="utf-8").replace('<span class="spacer"></span>', "")
    start = source.index('<figure class="lead">')
    end = source.index("</figure>") + len("</figure>")
    figure, rest = source[start:end], source[:start] + source[end:]
    body_end = '</div>\n</div>\n<div class="more">'
    assert rest.count(body_end) == 1
    page = tmp_path / "boxed.html"
    for extra, restored in (("", [LEAD_CAPTION]), ("<button>Next picture</button>", [])):
        box = f'</div>\n<div class="media">{figure}{extra}</div>\n</div>\n<div class="more">'
        page.write_text(rest.replace(body_end, box), encoding="utf-8")
        text = read_html_capture(page, "How the Lighthouse Lost Its Keeper").text
        assert [i.restored for i in text.interventions] == restored
    assert text.body[-1].text.startswith("He still walks out")


LISTING = PAGES / "listing-in-paragraph.html"


def test_a_line_left_out_of_a_kept_listing_is_restored_on_its_own():
    """Listings set as a div inside a <p>, their lines split by <br>: the extractor keeps
    each line as a paragraph but the first. The first line is restored at its place, a
    block of its own, and not cut where the next line begins with the same words."""
    text = read_html_capture(LISTING, "Backing Up an Old Laptop").text
    blocks = [b.text for b in text.body]
    first = blocks.index(
        "First the folders for the copy, and the tool, which the package manager has:"
    )
    assert blocks[first + 1 : first + 4] == [
        "$ sudo mkdir /srv/laptop",
        "$ sudo mkdir /srv/laptop/home",
        "$ sudo apt install rsync",
    ]
    copy = blocks.index("$ rsync -a old-laptop:/home/ /srv/laptop/home/")
    assert blocks[copy - 1].startswith("Then the copy itself") and blocks[copy + 1] == "..."
    assert [i.restored for i in text.interventions] == [
        "$ sudo mkdir /srv/laptop",
        "$ rsync -a old-laptop:/home/ /srv/laptop/home/",
    ]
    assert {s.text for s in text.set_aside} == {
        "Home About",
        "Backing Up an Old Laptop",
        "Made with a text editor.",
    }


def test_a_stretch_not_found_is_moved_to_where_lines_begin():
    words = ["run:", "$", "mkdir", "/a", "$", "mkdir", "/b"]
    # The matcher found "$ mkdir" of the second line in the first: "/a $ mkdir" not found.
    found = [0, 1, 1, None, None, None, 1]
    starts = line_starts([Run(1, "run:"), Run(2, "$ mkdir /a $ mkdir /b", breaks=(10,))])
    assert starts == {0, 1, 4}
    runs_of = [0, 1, 1, 1, 1, 1, 1]
    assert slide_to_lines(words, found, starts, runs_of) == [0, None, None, None, 1, 1, 1]
    # Words that differ cannot be moved past.
    other = ["run:", "$", "mkdir", "/a", "$", "rmdir", "/b"]
    assert slide_to_lines(other, found, starts, runs_of) == found


def _page_words(*runs: str) -> list[tuple[int, str]]:
    return [(i, word) for i, run in enumerate(runs) for word in run.split()]


def test_a_block_found_in_the_run_beside_the_one_it_fills_whole_is_moved_there():
    """A kept heading, and the caption under it that repeats it after a word of its own: the
    matcher found the heading's words in the caption (a guide of set 4)."""
    page = _page_words("Headquarters", "Essen Headquarters", "The text.")
    found = [None, None, 0, 1, 1]
    assert fill_whole_runs(page, found) == [0, None, None, 1, 1]
    # Where the run beside has no word left out, the words found there are its own.
    page = _page_words("Headquarters", "Headquarters", "The text.")
    assert fill_whole_runs(page, [None, 0, 1, 1]) == [None, 0, 1, 1]


def test_a_title_found_in_a_menu_is_moved_to_its_heading_over_the_text():
    """The title is said in the site's menu, then as the heading over the text: the matcher
    finds it in the menu first, and the menu, the breadcrumb and the caption under the
    heading would be one hole. Only a heading's copy is taken, the last before the text."""
    page = _page_words("Westviertel", "Home", "Westviertel", "A caption.", "The text.")
    found = [0, None, None, None, None, 1, 1]
    assert nearest_copies(page, found, {2}) == [None, None, 0, None, None, 1, 1]
    assert nearest_copies(page, found, set()) == found
    # A block found in more than the one run is left where the matcher found it.
    assert nearest_copies(page, [0, 0, None, None, None, 1, 1], {2})[2] is None


def test_only_whole_lines_of_a_kept_block_are_restored_and_never_furniture():
    def gap(text: str, **changes) -> Gap:
        return replace(Gap(2, text, "div", 0, 1, False, run=1, lines=True), **changes)

    kept = {1}
    assert lines_of_a_kept_block(gap("$ sudo mkdir /srv/laptop"), kept)
    assert not lines_of_a_kept_block(gap("$ sudo mkdir /srv/laptop", lines=False), kept)
    assert not lines_of_a_kept_block(gap("$ sudo mkdir /srv/laptop"), {0})
    assert not lines_of_a_kept_block(gap("$ sudo mkdir /srv/laptop", widget=True), kept)
    assert not lines_of_a_kept_block(gap("Share this:"), kept)
    assert not lines_of_a_kept_block(gap("By Jo Lens"), kept)


def _mail_page(body: str) -> str:
    return (
        "<html><head><title>[list] A proposal</title></head><body>"
        "<h1>[list] A proposal</h1><p>Jane Doe jane at example.org</p>"
        f"<pre>{body}</pre><p>More information about the list</p></body></html>"
    )


MAIL_FIRST = textwrap.wrap(
    "Many services for data storage are available over the internet, and this message "
    "describes an interface for such services that does not depend on any one vendor. It "
    "is based on plain requests, and its metaphor for addressing data is that of folders "
    "containing documents and other folders, which most readers know from their desktop.",
    68,
)
MAIL_SECOND = textwrap.wrap(
    "The server stores data in nodes that form a tree structure, and it should be able to "
    "produce a list of them, with for each contained item its name, its type and its "
    "current version, so that a client can tell which documents changed since it looked.",
    68,
)


def test_a_mails_wrapped_preformatted_body_parts_into_its_paragraphs():
    body = "\n".join(MAIL_FIRST) + "\n\n" + "\n".join(MAIL_SECOND) + "\n"
    text = clean_page(_mail_page(body), Path("mail.html"), "[list] A proposal").text
    paragraphs = [b for b in text.body if b.text.startswith(("Many services", "The server"))]
    assert [(b.kind, b.text) for b in paragraphs] == [
        ("paragraph", " ".join(MAIL_FIRST)),
        ("paragraph", " ".join(MAIL_SECOND)),
    ]


def test_a_pre_of_short_lines_is_not_parted_at_its_blank_lines():
    """Only a wrapped <pre> is the page's own paragraphs: short lines (a verse, a listing)
    show no width (``edition.texts.wrapping``)."""
    verse = "Roses are red,\nviolets are blue;\n\nsugar is sweet,\nand so are you.\n"
    page = _mail_page("\n".join(MAIL_FIRST) + "\n").replace("<p>More", f"<pre>{verse}</pre><p>More")
    text = clean_page(page, Path("mail.html"), "[list] A proposal").text
    (block,) = [b for b in text.body if b.text.startswith("Roses")]
    assert block.kind == "quote" and block.text.endswith("and so are you.")


def test_a_comment_thread_the_extractor_kept_is_shown_apart_as_responses():
    """A forum's or a news site's thread in markup the extractor does not know (set 13's
    reddit page) is found by the plain-text rules in the blocks' text."""
    prose = [
        "A paragraph of the essay, which is long enough to be prose and not a widget label.",
        "Another paragraph of the essay, which the author wrote to follow the first one.",
    ]
    comment = "I read this twice and I still disagree with the second half of the argument."
    thread = ["View comments (2)", "Anonymous", comment, "reply"]
    thread += ["Jo", "Great piece, thank you, it said what I thought.", "reply"]
    body = [Block("paragraph", 40 + n, text) for n, text in enumerate([*prose, *thread])]
    rest, responses, set_aside = reader_responses(body, "A Title")
    assert [b.text for b in rest] == prose
    assert [(r.number, r.line, r.text) for r in responses] == [
        (1, 44, comment),
        (2, 47, "Great piece, thank you, it said what I thought."),
    ]
    assert [(s.line, s.text) for s in set_aside if s.text == "reply"] == [
        (45, "reply"),
        (48, "reply"),
    ]
    # Without the rules that find threads, nothing is taken from the text.
    assert reader_responses(body, "A Title", rules=())[0] == body


def test_an_xhtml_page_with_its_xml_declaration_is_read():
    """Set 14 held two: lxml refuses a decoded page that still declares its encoding."""
    page = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + _mail_page(
        "\n".join(MAIL_FIRST) + "\n"
    ).replace("<html>", '<html xmlns="http://www.w3.org/1999/xhtml">')
    text = clean_page(page, Path("page.html"), "[list] A proposal").text
    assert any(b.text.startswith("Many services") for b in text.body)


def test_a_paragraph_that_is_one_list_item_of_the_page_whole_is_a_list_item():
    """The extractor can make a list it does not see as one a run of paragraphs (a journal's
    guidelines of set 14)."""
    texts = ["Emphasis in italics", "Long quotations indented", "A paragraph of the text."]
    drafts = [_Draft("paragraph", etree.Element("p")) for _ in texts]
    rendered = [(text, text, text) for text in texts]
    runs = [Run(1, texts[0], tag="li"), Run(3, f"{texts[1]} and more", tag="li")]
    runs.append(Run(5, texts[2], tag="p"))
    holders = {0: {0}, 1: {1}, 2: {2}}
    assert items_of_the_page(drafts, rendered, holders, runs) == {0}
    # Two blocks in one item, or a heading, are not made items.
    assert items_of_the_page(drafts, rendered, {0: {0, 1}, 2: {2}}, runs) == set()
    headed = [_Draft("heading", etree.Element("p")), *drafts[1:]]
    assert items_of_the_page(headed, rendered, holders, runs) == set()


def test_a_control_character_astray_in_a_page_is_taken_out_and_listed():
    """A browser shows no C0 control (a news page held a U+0010 in its text); a NUL byte
    still means the file is not a web page."""
    page = _mail_page("\n".join(MAIL_FIRST) + "\n").replace("services", "ser\x10vices", 1)
    text = clean_page(page, Path("page.html"), "[list] A proposal").text
    assert any(b.text.startswith("Many services for data") for b in text.body)
    (note,) = [i for i in text.interventions if "U+0010" in i.description]
    assert note.line == 1
    with pytest.raises(
        EditionError, match=r"page.html:1: binary content \(control character U\+0000\)"
    ):
        decode_page(page.replace("ser", "s\x00er", 1).encode(), Path("page.html"))


def test_the_paragraphs_of_one_list_item_stay_apart_by_a_space():
    """The extractor runs a list item's paragraphs together ("saturation.Finally": a book's
    glossary of set 11 and a guide's list of set 13); the page sets them apart."""
    prose = "This paragraph of the essay is long enough for the extractor to keep it. " * 3
    page = (
        "<html><head><title>A Glossary</title></head><body><article><h1>A Glossary</h1>"
        f"<p>{prose}</p><dl><dt>Saturation</dt><dd><p>How full the service is.</p>"
        "<p>Finally, saturation is also concerned with predictions.</p></dd></dl>"
        "<ul><li><p>A first item, set apart.</p><p><em>Its second</em> paragraph.</p></li>"
        f"<li>Another item</li></ul><p>{prose}</p></article></body></html>"
    )
    body = clean_page(page, Path("page.html"), "A Glossary").text.body
    items = [b for b in body if b.kind == "list-item"]
    assert [b.text for b in items] == [
        "Saturation",
        "How full the service is. Finally, saturation is also concerned with predictions.",
        "A first item, set apart. Its second paragraph.",
        "Another item",
    ]
    assert items[2].markup == "A first item, set apart. *Its second* paragraph."
