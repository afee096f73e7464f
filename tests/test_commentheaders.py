"""A comment thread recognised by the line heading each comment (edition.texts.commentheaders)."""

from thread_lines import MORE, PROSE, SAYS

from edition.texts.commentheaders import headed_thread_start, is_comment_header
from edition.texts.lineshapes import prose_runs

PAGE = ["Newsletter", "Sign up now", "Events"]


def start(lines):
    return headed_thread_start(lines, prose_runs(lines))


def test_a_header_names_the_writer_with_a_verb_of_saying():
    assert is_comment_header("Kim Lee says:")
    assert is_comment_header("Kim said...")
    assert is_comment_header("Anna sagt: 3. Mai 2019 um 10:14")
    assert is_comment_header("Comment by Kim")


def test_a_sentence_or_a_long_line_is_no_header():
    assert not is_comment_header("The minister says the plan will work.")
    assert not is_comment_header("Later that year the committee wrote to every member of the board")
    assert not is_comment_header("Newsletter")


def test_a_thread_of_headed_comments_begins_at_the_first_header():
    units = [line for i, said in enumerate(SAYS) for line in (f"Reader{i} says:", said, "Reply")]
    assert start([PROSE, MORE, *PAGE, *units]) == 6


def test_two_comments_are_too_few_to_tell():
    units = [line for said in SAYS[:2] for line in ("Kim says:", said)]
    assert start([PROSE, MORE, *PAGE, *units]) is None


def test_headers_right_under_the_texts_paragraphs_are_the_texts():
    # An interview's speakers, one under the other with their answers, are the text.
    units = [line for said in SAYS for line in ("Kim says:", said)]
    assert start([PROSE, MORE, "Share", *units]) is None
