"""Paragraphs that a capture breaks into lines of a fixed width (hard-wrapped text).

Mail, Usenet posts, plain-text documents and Internet-Drafts are written in lines of at most
70 or so characters; a page that shows them in preformatted text keeps each line as a line of
the capture. Such a line is no paragraph: it rarely ends a sentence, so no line of the text
would read as prose, and a reader citing "paragraph 12" would cite a fragment. The wrapped
lines of a paragraph are found by the way they were filled: each line but the last holds as
many words as the width allows, so the next line's first word would not have fitted on it.

A capture is taken as wrapped only where its lines show a width: several of its lines break
off mid-sentence, the sentence going on in small letters on the next line, and most of those
were full at one width. A web page's paragraphs, one per line, seldom break off so, and
where they do (a code listing, a heading over a list), not at one width.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from edition.texts.prose import is_sentence
from edition.texts.words import word_count

# The widths a writer's or a program's wrapping uses (a mail client's 72, a draft's 69, a
# terminal's 80), with room on either side.
_WIDTHS = range(55, 121)
# Lines of words (a few words at least: not a code listing's braces) are measured.
_MIN_WORDS = 4
# A wrapped capture's lines break off mid-sentence, the sentence going on in small letters on
# the next line, several times; and most of those breaks fall where the width was reached.
_MIN_BREAKS = 5
_MIN_BREAK_SHARE = 0.6
# A line may be the start of a list item or a quotation: those begin a paragraph of their own.
_OPENERS = ("*", "-", "+", "•", "o ", ">", "|", "[")


@dataclass(frozen=True)
class Wrapped:
    """The wrapped paragraphs of a capture: ``width`` is the width its lines are filled to;
    ``paragraphs`` the first and last line numbers (1-based) of each paragraph of two lines
    or more."""

    width: int
    paragraphs: tuple[tuple[int, int], ...]


def _first_word(text: str) -> str:
    return text.split()[0] if text.split() else ""


def _breaks_off(text: str, following: str) -> bool:
    """Whether a line of words breaks off mid-sentence and ``following`` goes on with it."""
    return (
        word_count(text) >= _MIN_WORDS
        and not is_sentence(text)
        and _first_word(following)[:1].islower()
        and not text.strip().startswith(_OPENERS)
    )


def _fills(text: str, following: str, width: int) -> bool:
    """Whether ``text`` was filled to ``width``: the next line's first word would have taken it
    past the width."""
    length = len(text.strip())
    return length <= width and length + 1 + len(_first_word(following)) > width


def wrap_width(lines: list[str]) -> int | None:
    """The width a capture's lines are filled to, or None if they show none: the width at
    which most of its lines that break off mid-sentence (``_MIN_BREAK_SHARE``), and several
    (``_MIN_BREAKS``), were full."""
    filled = [text for text in lines if text.strip()]
    breaks = [(a, b) for a, b in pairwise(filled) if _breaks_off(a, b)]
    if len(breaks) < _MIN_BREAKS:
        return None
    width = max(_WIDTHS, key=lambda w: (sum(_fills(a, b, w) for a, b in breaks), -w))
    full = sum(_fills(a, b, width) for a, b in breaks)
    if full < _MIN_BREAKS or full < _MIN_BREAK_SHARE * len(breaks):
        return None
    return width


def _continues(text: str, following: str, width: int) -> bool:
    """Whether ``following`` goes on with the paragraph ``text`` was filled in."""
    return (
        _fills(text, following, width)
        and word_count(text) >= _MIN_WORDS
        and not following.strip().startswith(_OPENERS)
        and not text.strip().startswith((">", "|"))
    )


def wrapped_paragraphs(
    lines: list[str], keep_apart: frozenset[int] = frozenset()
) -> Wrapped | None:
    """The paragraphs of a wrapped capture (see the module's account), or None if its lines
    are not wrapped. Lines in ``keep_apart`` (numbers the editor has decided on) join none."""
    width = wrap_width(lines)
    if width is None:
        return None
    filled = [i for i, text in enumerate(lines) if text.strip()]
    pairs = [
        (here, after)
        for here, after in pairwise(filled)
        if here + 1 not in keep_apart and after + 1 not in keep_apart
    ]
    joins = {a: b for a, b in pairs if _continues(lines[a], lines[b], width)}
    # A sentence's end followed by a line that neither ends one nor goes on is a paragraph's
    # end and a heading ("Status of this Memo"), though the heading's first word was short.
    joins = {
        a: b
        for a, b in joins.items()
        if not (is_sentence(lines[a]) and not is_sentence(lines[b]) and b not in joins)
    }
    paragraphs: list[tuple[int, int]] = []
    joined: set[int] = set()
    for first in filled:
        if first in joined or first not in joins:
            continue
        last = first
        while last in joins:
            last = joins[last]
            joined.add(last)
        paragraphs.append((first + 1, last + 1))
    return Wrapped(width, tuple(paragraphs))


def join_lines(lines: list[str], wrapped: Wrapped) -> list[str]:
    """The capture's lines with each wrapped paragraph on its first line, its words joined by
    single spaces, and its other lines blank (every line keeps its number)."""
    joined = list(lines)
    for first, last in wrapped.paragraphs:
        parts = [lines[n - 1].strip() for n in range(first, last + 1) if lines[n - 1].strip()]
        joined[first - 1] = " ".join(parts)
        for n in range(first + 1, last + 1):
            joined[n - 1] = ""
    return joined
