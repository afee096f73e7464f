"""Passages that two texts share: whole paragraphs repeated, and quotations.

Paragraphs are compared as sequences of lower-cased words, so punctuation, spacing and
typography do not hide a repetition.  Two paragraphs of different texts are *shared* when
most of the shorter one's word shingles (runs of ``SHINGLE`` words) occur in the other; they
share a *quotation* when at least one shingle is common but not most.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from edition.texts.words import words

SHINGLE = 8
SHARED_PARAGRAPH = 0.8


@dataclass(frozen=True)
class Passage:
    """A citable paragraph of one text: its text id (slug), number and words."""

    text: str
    number: str
    content: str


@dataclass(frozen=True)
class Parallel:
    """``source`` paragraph has a counterpart in ``target``; ``kind`` says how much is shared."""

    source: Passage
    target: Passage
    kind: str  # "paragraph" or "quotation"
    overlap: float


def shingles(text: str, size: int = SHINGLE) -> set[tuple[str, ...]]:
    tokens = [w.casefold().replace("’", "'") for w in words(text)]
    return {tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1)}


def find_parallels(passages: list[Passage], size: int = SHINGLE) -> list[Parallel]:
    """Every pair of paragraphs from different texts that share a passage, both ways round."""
    grams = {p: shingles(p.content, size) for p in passages}
    index: dict[tuple[str, ...], list[Passage]] = defaultdict(list)
    for passage, found in grams.items():
        for gram in found:
            index[gram].append(passage)
    pairs = {
        frozenset((a, b))
        for holders in index.values()
        for a, b in combinations(holders, 2)
        if a.text != b.text
    }
    parallels = []
    for pair in pairs:
        a, b = sorted(pair, key=lambda p: (p.text, p.number))
        common = len(grams[a] & grams[b])
        overlap = common / min(len(grams[a]), len(grams[b]))
        kind = "paragraph" if overlap >= SHARED_PARAGRAPH else "quotation"
        parallels += [Parallel(a, b, kind, overlap), Parallel(b, a, kind, overlap)]
    return sorted(parallels, key=lambda p: (p.source.text, p.source.number, p.target.text))
