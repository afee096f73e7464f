"""A comment thread recognised by its reply buttons (edition.texts.commentbuttons)."""

import re

from thread_lines import MORE, PROSE, SAYS

from edition.texts.commentbuttons import buttoned_thread_start
from edition.texts.lineshapes import prose_runs

PAGE = ["Newsletter", "Sign up now", "Events"]


def is_reply(text):
    return bool(re.fullmatch(r"\s*(?:reply|antworten)\s*", text, re.IGNORECASE))


def start(lines):
    return buttoned_thread_start(lines, prose_runs(lines), is_reply)


def test_a_thread_with_a_button_under_each_comment_begins_at_the_first_header():
    # Name and date on one long line, a subject, the words, the button: no heading above.
    units = [
        line
        for said in SAYS
        for line in ("Kim Lee | Tue, 21 April 2020 - 16:40", "On the second half", said, "Reply")
    ]
    assert start([PROSE, MORE, *PAGE, *units]) == 6


def test_buttons_without_a_header_above_the_words_are_no_thread():
    # Three answered paragraphs with nothing between them and the buttons could be the text's.
    units = [line for said in SAYS for line in (said, "Reply")]
    assert start([PROSE, MORE, *PAGE, *units]) is None


def test_two_comments_are_too_few_to_tell():
    units = [line for said in SAYS[:2] for line in ("Kim", said, "Antworten")]
    assert start([PROSE, MORE, *PAGE, *units]) is None


def test_a_thread_right_under_the_texts_paragraphs_is_not_taken():
    # The page's own matter stands between the text and its readers' comments.
    units = [line for said in SAYS for line in ("Kim", said, "Reply")]
    assert start([PROSE, MORE, "Share", *units]) is None
    assert start([PROSE, MORE, *PAGE, *units]) == 6


def test_buttons_far_apart_are_no_thread():
    units = [line for said in SAYS for line in ("Kim", said, *["Menu"] * 25, "Reply")]
    assert start([PROSE, MORE, *PAGE, *units]) is None
