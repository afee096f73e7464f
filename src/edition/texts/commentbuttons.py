"""A comment thread recognised by the reply button under each comment, with no heading over it.

A thread's every comment carries the site's button to answer it ("Reply", "Antworten",
"Répondre"), whatever else its template shows (a name, a date, a subject, a like count); a
thread need not have a heading or timestamps a rule can read. So a thread is a run of such
buttons, at least three, each not far from the last, with a reader's words between
each two, most of them holding a sentence. Its first unit is read upwards from its button with
the layout of the second (the short lines between a button and the next comment's words are
its header: a name, a date, a subject; those between the words and the button, its trailer).
As with a thread known by its timestamps (``edition.texts.commentstamps``), it begins only
where the page's own matter stands between it and the text's last paragraphs, and after the
text's first ones: an author who writes "Reply" three times, each under a paragraph, wrote a
text whose paragraphs stand together around them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from edition.texts.commentstamps import (
    MAX_UNIT_LINES,
    MIN_GAP,
    climb,
    holds_sentence,
    is_reader_words,
    stamp_kind,
    thread_chain,
)

# A header or a trailer (a name, a date, a subject; a like count) is a few short lines.
MAX_HEADER_LINES = 3


def buttoned_thread_start(
    lines: list[str], runs: list[tuple[int, int]], is_button: Callable[[str], bool]
) -> int | None:
    """The number of the first line of a thread recognised by its reply buttons, or None.

    ``is_button`` tells a reply button (a rule's wording); ``runs`` are the pairs of lines
    of prose that stand together (``edition.texts.lineshapes.prose_runs``).
    """
    if not runs:
        return None
    filled = [(n, t) for n, t in enumerate(lines, start=1) if t.strip()]
    index = {n - 1: i for i, (n, _) in enumerate(filled)}
    buttons = [is_button(t) for _, t in filled]
    # A commenter's name and timestamp run long on one line ("Name | Tue, 21 April 2020 -
    # 16:40"): a header's, not a reader's words.
    words = [
        is_reader_words(t) and not b and not stamp_kind(t)
        for (_, t), b in zip(filled, buttons, strict=True)
    ]
    chain = thread_chain(buttons, words, [holds_sentence(t) for _, t in filled])
    if not chain:
        return None
    first, second = chain[0], chain[1]
    said = [i for i in range(first + 1, second) if words[i]]
    header = said[0] - first - 1
    trailer = second - said[-1] - 1
    if header > MAX_HEADER_LINES or trailer > MAX_HEADER_LINES:
        return None
    other = [not w and not b for w, b in zip(words, buttons, strict=True)]
    # Up from the first button: its trailer, the first comment's words, then its header; a
    # unit read without a header could be the text's own paragraphs.
    top = climb(climb(first, trailer, other), MAX_UNIT_LINES, words)
    start = climb(top, header, other)
    if not header or start == top:
        return None
    run_ends = sorted(index[b] for _, b in runs)
    above = bisect_left(run_ends, start)
    gap = start - run_ends[above - 1] - 1 if above else 0
    text_begins = index[runs[0][1]]
    if start > text_begins and gap >= MIN_GAP and not words[start - 1]:
        return filled[start][0]
    return None
