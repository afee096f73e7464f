"""Citable paragraph numbers: the one numbering shared by the web page, notebooks and exports.

The author's text is numbered 1, 2, 3 … in reading order: paragraphs, the salutation, list
items, epigraph quotations and block quotations.  Headings, the page's standfirst or
introduction, epigraph attributions, endnotes and all editorial matter are not numbered.
Reader responses are numbered in their own series, R1, R2 …, one number per response, as the
page numbered them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from edition.texts.document import Block, CleanText
from edition.texts.words import words

NUMBERED_KINDS = frozenset({"paragraph", "salutation", "list-item", "epigraph", "quote"})
FIRST_WORDS = 6


@dataclass(frozen=True)
class Paragraph:
    number: str
    block: Block

    @property
    def anchor(self) -> str:
        return anchor_for(self.number)

    @property
    def first_words(self) -> str:
        return first_words(self.block.text)


def anchor_for(number: str | int) -> str:
    """The fragment id of a paragraph number: ``p12`` for 12, ``r1`` for R1."""
    number = str(number)
    return f"r{number[1:]}" if number.startswith("R") else f"p{number}"


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    return " ".join(words(text)[:count])


def citable_paragraphs(text: CleanText) -> list[Paragraph]:
    """The numbered paragraphs of a text, the author's first and then the responses."""
    authors = [b for b in text.body if b.kind in NUMBERED_KINDS]
    numbered = [Paragraph(str(n), block) for n, block in enumerate(authors, start=1)]
    for number, group in groupby(text.responses, key=lambda b: b.number):
        numbered.append(Paragraph(f"R{number}", next(group)))
    return numbered
