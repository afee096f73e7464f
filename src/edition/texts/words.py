"""Word sequences: the measure of text fidelity between a capture and the edition."""

from __future__ import annotations

import re

# A word is a run of letters or digits, with inner apostrophes (don’t, one’s) kept inside it.
# Punctuation and spacing are not words, so "renters.I" and "renters. I" read alike.
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def words(text: str) -> list[str]:
    """The sequence of words in ``text``."""
    return _WORD.findall(text)
