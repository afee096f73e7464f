"""The shapes of lines that mark them as the page's (edition.texts.lineshapes)."""

import pytest

from edition.texts.lineshapes import (
    form_fields,
    is_doubled,
    is_glued,
    is_separated_row,
    is_word_label,
    outside_text,
    prose_runs,
    running_heads,
    sentence_pieces,
    teaser_dates,
    teaser_units,
    template_labels,
)

TEXT = "A paragraph of the essay, which is long enough to be prose and not a widget label."


def test_the_text_stands_between_its_first_and_last_paragraphs_that_stand_together():
    lines = ["Menu", TEXT, "", TEXT, "Footer"]
    assert prose_runs(lines) == [(1, 3)]
    assert outside_text(lines) == [True, False, False, False, True]


def test_a_page_without_two_paragraphs_together_is_outside_its_text_everywhere():
    assert outside_text(["Menu", TEXT, "Footer"]) == [True, True, True]


@pytest.mark.parametrize(("text", "label"), [("Share", True), ("x = f(y)", False), ("42", False)])
def test_a_label_has_letters_and_no_marks_of_code(text, label):
    assert is_word_label(text) is label


def test_dates_alone_after_the_text_count_from_three():
    after = ["3 March 2021", "Headline", "4 March 2021", "Headline", "5 March 2021"]
    assert teaser_dates([TEXT, TEXT, *after]) == [False, False, True, False, True, False, True]
    assert not any(teaser_dates([TEXT, TEXT, *after[:3]]))


def test_fields_count_in_pairs_one_under_the_other():
    assert form_fields(["Name *", "", "Email *", "Sources:", TEXT]) == [
        True,
        False,
        True,
        True,
        False,
    ]
    assert form_fields(["Sources:", TEXT]) == [False, False]


def test_a_headline_said_twice():
    assert is_doubled("Buy Less Now Buy Less Now Buy")
    assert not is_doubled("Buy Less Now")


def test_a_template_needs_three_labels_each_said_three_times():
    unit = ["Edit", "Delete", "Flag", TEXT]
    assert sum(template_labels([TEXT, TEXT, *unit * 3])) == 9
    assert not any(template_labels([TEXT, TEXT, *unit[1:] * 3]))


def test_keywords_on_lines_of_their_own_in_a_code_listing_are_not_a_template():
    """A query's keywords, each on a line over its clauses and said in every query of the
    text (an SQL tutorial of set 5, unseen data), are lines of the listing."""
    query = ["SELECT", "avg(n) AS mean,", "FROM", "server_log_summary", "WHERE", "-- note"]
    assert not any(template_labels([TEXT, TEXT, *query * 3]))
    # The same words between lines of prose (comments) are a template's.
    unit = ["SELECT", TEXT, "FROM", TEXT, "WHERE", TEXT]
    assert sum(template_labels([TEXT, TEXT, *unit * 3])) == 9


def test_lines_that_carry_a_path_an_address_a_version_or_a_quoted_value_are_no_template():
    """A Dockerfile shown again in each step of a post (set 11, jekyll) and an HTTP
    transcript's headers (an Internet-Draft) repeat as a template's buttons do."""
    dockerfile = ["FROM python:3.7", "COPY . /tmp/myapp", "RUN pip install /tmp/myapp", TEXT]
    assert not any(template_labels([TEXT, TEXT, *dockerfile * 3]))
    headers = ["HTTP/1.1 200 OK", "Host: example.org:4439", 'ETag: "1382694048000"', TEXT]
    assert not any(template_labels([TEXT, TEXT, *headers * 3]))
    # A credit's "Name/Agency" is words, and a row of them said under each picture a template.
    credits = ["Devindra Hardawar/AOL", "Save", "View", TEXT]
    assert sum(template_labels([TEXT, TEXT, *credits * 3])) == 9


def test_a_printed_pages_running_head_and_foot_are_found_on_every_page():
    page = [TEXT, "Jong [Page {n}]", "Internet-Draft remoteStorage December 2014", TEXT]
    lines = [line.format(n=n) for n in range(1, 4) for line in page]
    assert running_heads(lines) == [False, True, True, False] * 3


@pytest.mark.parametrize(
    "numbered",
    [
        "Part {n} of 3",  # an author's headings
        "Ibid., p. {n}",  # notes citing pages
        "{n}",  # numbers alone: verses, list numbers
    ],
)
def test_numbered_lines_without_the_word_page_are_no_running_head(numbered):
    lines = [line.format(n=n) for n in range(1, 4) for line in (TEXT, numbered, "Beside", TEXT)]
    assert not any(running_heads(lines))


def test_a_line_said_beside_a_page_number_only_some_of_the_time_is_the_texts():
    lines = [TEXT, "Page 1", "Chorus", TEXT, "Page 2", "Chorus", TEXT, "Chorus", "Page 3", TEXT]
    lines += ["Chorus", TEXT]
    assert [n for n, flag in enumerate(running_heads(lines)) if flag] == [1, 4, 8]


def test_a_word_the_capture_set_on_its_own_line_inside_a_sentence_is_a_piece_of_it():
    """Inline code on a line of its own (set 13, a vue page): "… replaced with a", "+",
    ". To build the URL …"."""
    above = "Additionally, all spaces in the query must be replaced with a"
    assert sentence_pieces([above, "+", ". To build the URL, we format the query."]) == [
        False,
        True,
        False,
    ]
    assert sentence_pieces([above, "", "plus", "", "sign, as the URL encodes it."])[2]
    # Not under a sentence's end, a lead-in, or a short line; not over a new sentence.
    assert not any(sentence_pieces([TEXT, "+", ". Then"]))
    assert not any(sentence_pieces(["Here are the few steps that we took in the end:", "+", "and"]))
    assert not any(sentence_pieces(["Share this", "+", ". Then"]))
    assert not any(sentence_pieces([above, "×", "Close the window."]))


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("BlogAgencyContactPrivacy Policy", True),
        ("ProfileFollowUnfollowReport", True),
        ("JavaScript", False),
        ("iPhoneAppStore", False),
        ("OutInChurch", False),
        # A class's name in a line of code (unseen set 11, a django blog's listing).
        ("from django.contrib.staticfiles.testing import StaticLiveServerTestCase", False),
    ],
)
def test_links_run_into_one_word(text, glued):
    assert is_glued(text) is glued


@pytest.mark.parametrize(
    ("text", "row"),
    [("News ▪ Sport ▪ Culture", True), ("News • Sport", False), ("A / B / C", False)],
)
def test_a_menu_in_one_line_has_three_items_between_separators(text, row):
    assert is_separated_row(text) is row


TEASERS = [
    "Remembering the Old Mill",
    "Ann Lee",
    "Jul 17, 2014",
    "The Long Road Home Again",
    "Tom Price",
    "Mar 9, 2018",
    "Why the River Floods Each Spring",
    "Ann Lee",
    "Aug 23, 2017",
]


def test_three_teasers_of_the_same_shape_are_a_list_of_articles():
    lines = ["A paragraph of the essay, long enough to be read as the author's prose.", *TEASERS]
    assert teaser_units(lines) == [False] + [True] * 9


def test_two_teasers_are_too_few():
    assert not any(teaser_units(TEASERS[:6]))


def test_a_teasers_blurb_goes_with_it():
    blurb = "A town decided to pay for rides rather than build a line of buses."
    units = [
        line for i in range(3) for line in (f"Headline Number {i}", blurb, "Ann Lee", "May 1, 2019")
    ]
    assert all(teaser_units(units))


def test_a_diarys_dated_entries_name_no_one():
    # A date, a heading and a paragraph, entry after entry, are the author's.
    entry = "We walked to the harbour and back, and the wind did not let up all day."
    days = [line for d in (1, 2, 3) for line in (f"May {d}, 2019", "At the harbour", entry)]
    assert not any(teaser_units(days))


def test_undated_teasers_need_a_name_a_headline_and_a_blurb():
    blurb = "A town decided to pay for rides rather than build a line of buses."
    units = [line for i in range(3) for line in (f"Headline Number {i}", blurb, "Ann Lee")]
    assert all(teaser_units(units))
    # Without the name, a heading over a paragraph is the text's own section.
    sections = [line for i in range(3) for line in (f"Headline Number {i}", blurb)]
    assert not any(teaser_units(sections))
