"""A whole page through the cleaning: share buttons above the text, the text, a comment
thread, the page's end matter. The author's words are all kept, in order; what reads as
prose is never set aside; readers' words are shown apart."""

import textwrap

from edition.texts.cleaning import clean_lines

P1 = "A paragraph of the essay, which is long enough to be prose and not a widget label."
P2 = "Another paragraph of the essay, which the author wrote to follow the first one."
P3 = "A closing paragraph, in which the author says what should be done on Monday."
COMMENT = "I read this twice and I still disagree with the second half of the argument."
BLURB = "A teaser's blurb reads as prose too, as the blurbs of related stories often do."

PAGE = [
    "Skip to content",
    "Home",
    "A Title",
    "By Jane Doe",
    "Share",
    "Tweet",
    "Email",
    "Print",
    P1,
    P2,
    "Comments",
    P3,
    "Share this story",
    "Most Popular",
    "Another Story Title",
    BLURB,
    "A Third Story Title",
    "View comments (2)",
    "Anonymous",
    COMMENT,
    "reply",
    "April 5, 2018",
    "Jo",
    "Great piece, thank you.",
    "reply",
]


def test_a_page_keeps_the_authors_words_and_shows_the_readers_apart():
    text = clean_lines(PAGE, "a.txt", "A Title")
    assert [b.text for b in text.body] == [P1, P2, "Comments", P3, BLURB]
    assert [(r.number, r.text) for r in text.responses] == [
        (1, COMMENT),
        (2, "Great piece, thank you."),
    ]
    kept = {b.line for b in text.body} | {r.line for r in text.responses}
    removed = {s.line for s in text.set_aside}
    assert kept | removed == set(range(1, len(PAGE) + 1))
    assert not kept & removed


def test_a_heading_named_comments_inside_an_essay_and_the_lines_under_it_are_kept():
    lines = [P1, P2, "Comments", P1, "Reply", P2, P3]
    text = clean_lines(lines, "a.txt", None)
    assert [b.text for b in text.body] == lines
    assert text.responses == () and text.set_aside == ()


def test_without_the_rules_the_thread_stays_with_the_text_and_nothing_is_lost():
    text = clean_lines(PAGE, "a.txt", "A Title", rules=())
    assert text.responses == ()
    assert {P1, P2, P3, COMMENT} <= {b.text for b in text.body}


def test_a_publication_note_among_the_paragraphs_is_shown_with_the_head_not_as_a_heading():
    lines = ["A Title", "By Jane Doe", P1, "First Published at Cultured", P2, "A Section", P3]
    text = clean_lines(lines, "a.txt", "A Title")
    assert [(b.kind, b.text) for b in text.head] == [
        ("publication-note", "First Published at Cultured")
    ]
    assert [(b.kind, b.text) for b in text.body] == [
        ("paragraph", P1),
        ("paragraph", P2),
        ("heading", "A Section"),
        ("paragraph", P3),
    ]
    (moved,) = text.interventions
    assert moved.line == 4 and "“First Published at Cultured”" in moved.description


def test_a_wrapped_capture_keeps_each_paragraph_whole_and_lists_what_it_sets_aside_by_line():
    first = textwrap.wrap(" ".join([P1] * 3), 60)
    second = textwrap.wrap(" ".join([P2] * 3), 60)
    notice = textwrap.wrap(
        "Copyright (c) 2014 The Trust and the persons identified as the document authors, "
        "all rights reserved, under the provisions relating to documents in effect today.",
        60,
    )
    lines = ["A Title", *first, *second, *notice]
    text = clean_lines(lines, "wrapped.txt", "A Title")
    paragraphs = [b for b in text.body if b.kind == "paragraph"]
    assert [b.text for b in paragraphs] == [" ".join(first), " ".join(second)]
    assert [(b.line, b.through) for b in paragraphs] == [
        (2, 1 + len(first)),
        (2 + len(first), 1 + len(first) + len(second)),
    ]
    (joined,) = [i for i in text.interventions if "joined" in i.description]
    assert f"lines 2–{1 + len(first)}, " in joined.description
    set_aside = {s.line: s.text for s in text.set_aside}
    notice_lines = range(len(lines) - len(notice) + 1, len(lines) + 1)
    assert {n: set_aside.get(n) for n in notice_lines} == dict(
        zip(notice_lines, notice, strict=True)
    )
    spanned = {n for b in text.blocks() for n in range(b.line, (b.through or b.line) + 1)}
    assert spanned | set(set_aside) == set(range(1, len(lines) + 1))


def test_an_invisible_line_of_a_wrapped_capture_is_listed_as_the_capture_has_it():
    first = textwrap.wrap(" ".join([P1] * 3), 60)
    lines = ["A Title", *first, "\u200b", *textwrap.wrap(" ".join([P2] * 3), 60)]
    text = clean_lines(lines, "wrapped.txt", "A Title")
    assert text.body[0].through == 1 + len(first)
    (invisible,) = [s for s in text.set_aside if s.rule == "invisible"]
    assert (invisible.line, invisible.text) == (2 + len(first), "\u200b")
