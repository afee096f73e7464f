"""Word sequences: the measure of text fidelity between a capture and the edition."""

from __future__ import annotations

import re
from functools import lru_cache

# A word is a run of letters or digits, with inner apostrophes (don’t, one’s) kept inside it.
# Punctuation and spacing are not words, so "renters.I" and "renters. I" read alike.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    """The sequence of words in ``text``."""
    return _WORD.findall(text)


# Chinese and Japanese are written without spaces between words: a run of their characters is
# counted as words of two characters (the mean length of a Chinese word is a little under
# two), so that a paragraph in these scripts has the length of one, and a label stays short.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CHARACTERS_PER_WORD = 2


# The cleaning counts the words of each line in many passes (rules, blocks, end matter): a
# cache of a page's worth of lines, and more, serves them all.
_CACHED_LINES = 1 << 16


@lru_cache(maxsize=_CACHED_LINES)
def word_count(text: str) -> int:
    """How many words ``text`` has, as a reader would count them: words set apart by spaces,
    and in Chinese and Japanese runs, one for every two characters (a token without them
    counts one, as ``len(text.split())`` does)."""
    count = 0
    for token in text.split():
        runs = _UNSPACED.findall(token)
        if not runs:
            count += 1
            continue
        count += sum(-(-len(run) // _CHARACTERS_PER_WORD) for run in runs)
        count += sum(bool(_WORD.search(rest)) for rest in _UNSPACED.sub(" ", token).split())
    return count
