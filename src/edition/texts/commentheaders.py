"""A comment thread recognised by the line that heads each comment: who says it.

Comment templates head each comment with its writer's name and a verb of saying ("Kim
says:", "Kim said…", "Kim sagt:", "Kim a dit :", "Comment by Kim"), on a short line of its
own. So a thread is a run of such headers, at least three, each not far from the
last, with a reader's words under each, most of them holding a sentence. It begins at the
first header, where the page's own matter stands between it and the text's last paragraphs
and after the text's first ones (an author quoting three speakers so writes paragraphs that
stand together with the quotations).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from edition.texts.commentstamps import MIN_GAP, holds_sentence, is_reader_words, thread_chain
from edition.texts.prose import is_sentence
from edition.texts.words import word_count

# A header is a name (a word or a few) and the verb, perhaps a date after it.
MAX_HEADER_WORDS = 14
_NAME = r"[^\W\d_][\w.'’@-]*(?:\s+[\w.'’@-]+){0,3}"
_HEADER = re.compile(
    rf"^\s*(?:{_NAME}\s+(?:says|said|wrote|writes|sagt|schreibt|schrieb|meint|a\s+dit"
    r"|a\s+écrit|écrit|dice|scrive|escribió|escribe)\b\s*(?::|\.\.\.|…|,)?"
    rf"|(?:comment|kommentar|commentaire|réponse|antwort)\s+(?:by|von|de|par)\s+{_NAME})",
    re.IGNORECASE,
)


def is_comment_header(text: str) -> bool:
    """A short line, not a sentence, naming a comment's writer with a verb of saying."""
    return (
        word_count(text) <= MAX_HEADER_WORDS and not is_sentence(text) and bool(_HEADER.match(text))
    )


def headed_thread_start(lines: list[str], runs: list[tuple[int, int]]) -> int | None:
    """The number of the first line of a thread recognised by its comments' headers, or None.

    ``runs`` are the pairs of lines of prose that stand together
    (``edition.texts.lineshapes.prose_runs``).
    """
    if not runs:
        return None
    filled = [(n, t) for n, t in enumerate(lines, start=1) if t.strip()]
    index = {n - 1: i for i, (n, _) in enumerate(filled)}
    headers = [is_comment_header(t) for _, t in filled]
    words = [is_reader_words(t) and not h for (_, t), h in zip(filled, headers, strict=True)]
    chain = thread_chain(headers, words, [holds_sentence(t) for _, t in filled])
    if not chain:
        return None
    first = chain[0]
    run_ends = sorted(index[b] for _, b in runs)
    above = bisect_left(run_ends, first)
    gap = first - run_ends[above - 1] - 1 if above else 0
    if first > index[runs[0][1]] and gap >= MIN_GAP:
        return filled[first][0]
    return None
