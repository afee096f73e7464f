"""The review list an import writes for the editor."""

from edition.texts.cleaning import clean_lines
from edition.texts.document import Block, CleanText, Intervention, SetAside
from edition.texts.html_page import RESTORED_EDGE_NOTE
from edition.texts.review import render_review, review_items

PROSE = "A paragraph of the essay, which is long enough to be prose and not a widget label."


def test_the_least_certain_decisions_are_listed_by_line():
    lines = [
        "A Title",
        PROSE,
        "Share",
        "How We Organize",
        PROSE,
        "Subscribe",
        "Thanks to our members, we keep the archive open for readers everywhere.",
    ]
    items = review_items(clean_lines(lines, "a.txt", "A Title"))
    found = {(i.line, i.kind) for i in items}
    assert (3, "kept, looks like furniture") in found
    assert (4, "structure guessed") in found
    # The appeal after the box reads as prose: the rules keep it, so it is not "removed".
    assert not any(i.line == 7 for i in items)
    assert [i.line for i in items] == sorted(i.line for i in items)


def test_a_question_alone_between_paragraphs_is_listed_as_structure_guessed():
    lines = ["A Title", PROSE, "So what comes next?", PROSE, "Why?", "Fine."]
    items = review_items(clean_lines(lines, "a.txt", "A Title"))
    assert [(i.line, i.kind) for i in items] == [(3, "structure guessed")]
    assert items[0].reason.startswith("kept as a paragraph")


def test_a_removed_line_that_reads_as_text_is_listed():
    lines = ["A Title", PROSE, "Read More", "Why the Movement Won: Notes on a Long Campaign?"]
    items = review_items(clean_lines(lines, "a.txt", "A Title"))
    assert [(i.line, i.kind) for i in items] == [(4, "removed, reads as text")]
    text = render_review("a.txt", items)
    assert text.startswith("Review list for a.txt")
    assert "line    4  removed, reads as text" in text


def test_a_line_kept_among_the_pages_lines_after_the_text_is_listed():
    blurb = "A teaser's blurb reads as prose too, as the blurbs of related stories often do."
    lines = ["A Title", PROSE, PROSE, "Share this story", "Most Popular", "A Story", blurb]
    items = review_items(clean_lines(lines, "a.txt", "A Title"))
    assert (7, "kept, looks like furniture") in {(i.line, i.kind) for i in items}
    assert (4, "structure guessed") in {(i.line, i.kind) for i in items}


def test_left_out_page_text_flagged_as_prose_and_restored_blocks_are_listed():
    caption = "United Nations peacekeepers at a refugee camp in Sudan on Monday; in exchange"
    text = CleanText(
        source="a.html",
        title_lines=(),
        head=(),
        body=(Block("paragraph", 20, PROSE), Block("paragraph", 21, "The ford below the mill")),
        responses=(),
        endnotes=(),
        set_aside=(
            SetAside(12, caption, "html-left-out-prose"),
            SetAside(13, "Home", "html-left-out"),
        ),
        interventions=(
            Intervention(
                21,
                RESTORED_EDGE_NOTE.format(text="The ford below the mill"),
                restored="The ford below the mill",
            ),
        ),
    )
    items = [(i.line, i.kind, i.text) for i in review_items(text)]
    assert items == [
        (12, "removed, reads as text", caption),
        (21, "restored", "The ford below the mill"),
    ]
    # The review says where the extractor left the block out: here, at the text's edge.
    restored = next(i for i in review_items(text) if i.kind == "restored")
    assert restored.reason.startswith("the extractor left it out at the edge of the text")
