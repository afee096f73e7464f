"""A comment thread recognised by its timestamps (edition.texts.commentstamps)."""

import pytest
from thread_lines import MORE, PROSE, SAYS

from edition.texts.commentstamps import stamp_kind, stamped_thread_start
from edition.texts.lineshapes import prose_runs

PAGE = ["Share", "Tags: essays, cities", "Leave a comment"]


def start(lines):
    return stamped_thread_start(lines, prose_runs(lines))


def test_a_stamp_is_a_short_line_with_a_time_or_an_age():
    assert stamp_kind("March 5, 2015 at 10:23 AM") == "date clock"
    assert stamp_kind("jo 3/09/15 8:14am") == "clock"
    assert stamp_kind("Sam · 2 years ago") == "age"
    assert stamp_kind("a month ago") == "age"


def test_a_clock_time_in_french_and_german_is_a_stamp():
    assert stamp_kind("Jeanne, le 5 mars 2015 à 10h23") == "date clock"
    assert stamp_kind("5 mars 2015, 10 h 23") == "date clock"
    assert stamp_kind("Anna, Mai 2019, 10.23 Uhr") == "date clock"
    assert stamp_kind("Anna, 2019, 10.23 Uhr") == "clock year"
    assert stamp_kind("Ausgabe 10.23") is None


def test_an_age_in_german_and_french_is_a_stamp():
    """A German blog's thread says each comment's age as "1 Monat her" (a wordpress page of
    the corpus); "vor 3 Tagen" and "il y a 2 jours" are the other common forms."""
    for age in ("1 Monat her", "vor 3 Tagen", "vor einem Jahr", "il y a 2 jours", "il y a un an"):
        assert stamp_kind(age) == "age", age
    assert stamp_kind("Vor dem Haus") is None
    assert stamp_kind("Il y a des jours comme ça") is None


@pytest.mark.parametrize(
    "age",
    [
        "hace 3 horas",
        "Maria · há 2 dias",
        "2 giorni fa",
        "3 dagen geleden",
        "2 dni temu",
        "před 3 dny",
        "Pavel, před hodinou",
        "2 часа назад",
        "3時間前",
        "3天前",
        "3시간 전",
        "ontem",
    ],
)
def test_an_age_in_more_languages_is_a_stamp(age):
    assert stamp_kind(age) == "age"


def test_a_word_beside_a_number_is_no_age():
    assert stamp_kind("Ha 2 figli") is None
    assert stamp_kind("Hace falta") is None
    assert stamp_kind("2 dni") is None


def test_a_day_alone_or_a_sentence_is_no_stamp():
    # An article is dated by its day (a teaser, an archive); a sentence is the author's.
    assert stamp_kind("March 5, 2015") is None
    assert stamp_kind("We met again at 10:30 in the morning.") is None
    assert stamp_kind("Opening hours") is None


def test_a_thread_whose_stamps_head_its_comments_begins_at_the_first_name():
    units = [line for said in SAYS for line in ("Kim", "May 2, 2019 at 6:32 PM", said)]
    lines = [PROSE, MORE, *PAGE, *units]
    assert start(lines) == 6


def test_a_button_under_each_comment_is_read_as_part_of_the_next_header():
    # The first unit's header is taken as long as the second's ("Like", "Kim"): one line of
    # the page's matter more, never a line of the text.
    units = [line for said in SAYS for line in ("Kim", "May 2, 2019 at 6:32 PM", said, "Like")]
    assert start([PROSE, MORE, *PAGE, *units]) == 5
    assert start([PROSE, MORE, "Share", *units]) is None


def test_a_thread_whose_stamps_close_its_comments_begins_above_the_first_words():
    units = [line for said in SAYS for line in ("Kim said...", said, "5/02/2019 6:32 PM")]
    lines = [PROSE, MORE, *PAGE, *units]
    assert start(lines) == 6


def test_two_comments_are_too_few_to_tell():
    units = [line for said in SAYS[:2] for line in ("Kim", "2 days ago", said)]
    assert start([PROSE, MORE, *PAGE, *units]) is None


def test_a_live_blogs_entries_right_under_its_opening_are_no_thread():
    entries = [line for said in SAYS for line in ("10:32", said, MORE)]
    assert start([PROSE, MORE, *entries]) is None


def test_timestamped_headlines_without_sentences_are_no_thread():
    # A "latest news" list: a time over each headline, with no full stop.
    teasers = [
        line
        for headline in (
            "Council votes to close the old harbour bridge for repairs next spring",
            "Ten years on the festival still draws its crowds to the river banks",
            "Why the price of bread has risen faster than wages in the north",
        )
        for line in ("21 Nov 2017, 9:58pm", headline)
    ]
    assert start([PROSE, MORE, *PAGE, *teasers]) is None


def test_stamps_of_different_kinds_make_no_thread():
    stamps = ("6:32 PM", "2 days ago", "6:40 PM")
    units = [line for said, stamp in zip(SAYS, stamps, strict=True) for line in (stamp, said)]
    assert start([PROSE, MORE, *PAGE, *units]) is None


def test_a_thread_that_reads_either_way_is_read_as_the_lines_above_it_allow():
    # Name, words, button, date, time: the name could close a unit or open the next.
    units = [
        line for said in SAYS for line in ("Anonymous", said, "reply", "April 6, 2018", "6:32 PM")
    ]
    assert start([PROSE, MORE, *PAGE, *units]) == 6
