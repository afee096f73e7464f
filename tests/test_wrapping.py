"""Paragraphs a capture breaks into lines of a fixed width (edition.texts.wrapping)."""

import textwrap

from edition.texts.wrapping import join_lines, wrap_width, wrapped_paragraphs

FIRST = (
    "Many services for data storage are available over the internet, and this message "
    "describes an interface for such services that does not depend on any one vendor. It is "
    "based on plain requests, and its metaphor for addressing data is that of folders "
    "containing documents and other folders, which most readers will know from their desktop."
)
SECOND = (
    "The server stores data in nodes that form a tree structure, and it should be able to "
    "produce a list of them, with for each contained item its name, its type and its current "
    "version, so that a client can tell which documents changed since it last looked."
)


def wrapped(text: str, width: int = 60) -> list[str]:
    """A paragraph as a mail client wraps it, each line a line of the capture."""
    return textwrap.wrap(text, width)


def capture(*blocks: list[str]) -> list[str]:
    """Lines with a blank line between each two, as a capture of preformatted text has them."""
    lines: list[str] = []
    for block in blocks:
        for line in block:
            lines += [line, ""]
    return lines[:-1]


def test_the_width_is_the_one_the_lines_were_filled_to():
    assert wrap_width(capture(wrapped(FIRST), wrapped(SECOND))) == 60
    assert wrap_width(capture(wrapped(FIRST, 72), wrapped(SECOND, 72))) == 72


def test_a_web_page_of_one_paragraph_per_line_shows_no_width():
    assert wrap_width(capture([FIRST, "Share", SECOND, "Home", FIRST])) is None
    assert wrapped_paragraphs(capture([FIRST, SECOND])) is None


def test_each_paragraph_is_found_from_its_first_line_to_its_last():
    first, second = wrapped(FIRST), wrapped(SECOND)
    lines = capture(first, ["Storage model"], second)
    found = wrapped_paragraphs(lines)
    assert found is not None
    heading = 2 * len(first) + 1
    assert found.paragraphs == ((1, 2 * len(first) - 1), (heading + 2, len(lines)))


def test_joined_lines_keep_their_numbers_and_every_word():
    lines = capture(wrapped(FIRST), wrapped(SECOND))
    found = wrapped_paragraphs(lines)
    joined = join_lines(lines, found)
    assert len(joined) == len(lines)
    assert [text for text in joined if text.strip()] == [FIRST, SECOND]


def test_a_heading_after_a_sentences_end_is_not_joined_to_it():
    # "Acknowledgements" would not have fitted after the paragraph's last line, but that line
    # ends a sentence, and the short line after it ends none and goes on with nothing.
    first = wrapped(FIRST)
    assert len(first[-1]) + 1 + len("Acknowledgements") > 60
    lines = capture(first, ["Acknowledgements and thanks"], wrapped(SECOND))
    found = wrapped_paragraphs(lines)
    assert found.paragraphs[0] == (1, 2 * len(first) - 1)
    assert "Acknowledgements and thanks" in join_lines(lines, found)


def test_list_items_and_quotations_begin_paragraphs_of_their_own():
    items = ["* GET a folder: retrieve the names and current versions of the", "documents"]
    quoted = ["> a quoted line that the writer's mail client wrapped for them at", "> sixty"]
    lines = capture(wrapped(FIRST), items, quoted, wrapped(SECOND))
    joined = join_lines(lines, wrapped_paragraphs(lines))
    assert any(text.startswith("* GET a folder") for text in joined)
    assert quoted[0] in joined and quoted[1] in joined
    assert not any(text.endswith("at > sixty") for text in joined)


def test_lines_kept_apart_join_nothing():
    first = wrapped(FIRST)
    lines = capture(first, wrapped(SECOND))
    found = wrapped_paragraphs(lines, keep_apart=frozenset({3}))
    assert all(not (first_line <= 3 <= last) for first_line, last in found.paragraphs)
