"""Concept analysis over the citable paragraphs: counts, rates, keyword in context and
co-occurrence, as pandas tables whose rows keep each paragraph's number and anchor."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd

from edition.apparatus.lexicon import Concept
from edition.apparatus.model import EditionModel, Settings
from edition.texts.paragraphs import Paragraph, citable_paragraphs
from edition.texts.words import words

COLUMNS = ["text", "title", "number", "anchor", "position", "content", "words"]


def paragraph_table(texts: Iterable[tuple[str, str, list[Paragraph]]]) -> pd.DataFrame:
    """One row per paragraph of (slug, title, paragraphs) texts, in reading order."""
    rows = [
        (slug, title, p.number, p.anchor, position, p.block.text, len(words(p.block.text)))
        for slug, title, paragraphs in texts
        for position, p in enumerate(paragraphs, start=1)
    ]
    return pd.DataFrame(rows, columns=COLUMNS)


# Where an edition keeps its sources and lexicon unless its configuration says otherwise
# (the book's edition_sources and edition_lexicon settings).
SOURCES = Settings().sources
LEXICON = Settings().lexicon


def model_corpus(model: EditionModel) -> tuple[pd.DataFrame, list[Concept]]:
    """The authors' paragraphs of every text of the edition ``model``, and its lexicon.

    Reader responses (R1, R2 …) are the page's discussion, not the text, and are left out.
    """
    texts = []
    for record, text in model.texts():
        authors = [p for p in citable_paragraphs(text) if not p.number.startswith("R")]
        texts.append((record.slug, record.display_title, authors))
    return paragraph_table(texts), model.lexicon


def load_corpus(
    root: str | Path, sources: str = SOURCES, lexicon: str = LEXICON
) -> tuple[pd.DataFrame, list[Concept]]:
    """``model_corpus`` of the edition at ``root``, whose ``sources`` and ``lexicon`` are
    paths under ``root`` (the repository's settings unless given)."""
    return model_corpus(EditionModel(root, Settings(sources=sources, lexicon=lexicon)))


def concept_counts(paragraphs: pd.DataFrame, concepts: list[Concept]) -> pd.DataFrame:
    """Uses of each concept (columns, by id) in each paragraph (rows, as ``paragraphs``)."""
    return pd.DataFrame(
        {c.id: [len(c.find(text)) for text in paragraphs["content"]] for c in concepts},
        index=paragraphs.index,
        dtype="int64",
    )


def rates_per_thousand(paragraphs: pd.DataFrame, counts: pd.DataFrame) -> pd.DataFrame:
    """Uses of each concept per 1,000 words of each text (rows by text, in reading order)."""
    order = list(dict.fromkeys(paragraphs["text"]))
    totals = counts.groupby(paragraphs["text"]).sum().loc[order]
    lengths = paragraphs.groupby("text")["words"].sum().loc[order]
    return totals.div(lengths, axis=0) * 1000


def keyword_in_context(paragraphs: pd.DataFrame, concept: Concept, width: int = 60) -> pd.DataFrame:
    """Every use of ``concept``: its paragraph and up to ``width`` characters either side."""
    rows = []
    for row in paragraphs.itertuples():
        for start, end in concept.find(row.content):
            left = row.content[max(0, start - width) : start]
            right = row.content[end : end + width]
            rows.append((row.text, row.number, row.anchor, left, row.content[start:end], right))
    return pd.DataFrame(rows, columns=["text", "number", "anchor", "left", "keyword", "right"])


def cooccurrence(counts: pd.DataFrame) -> pd.DataFrame:
    """For each pair of concepts, the number of paragraphs in which both occur.

    The diagonal is the number of paragraphs in which the concept occurs at all.
    """
    present = (counts > 0).astype("int64")
    return present.T @ present


def concept_index(root: str | Path) -> int:
    """Build the whole concept index of the edition at ``root`` and return the uses found.

    This is the path every notebook and concept page starts from: reading and cleaning the
    captures, numbering the paragraphs, counting every concept in every paragraph, listing
    every use in context and the co-occurrences. The benchmarks time it.
    """
    paragraphs, concepts = load_corpus(root)
    counts = concept_counts(paragraphs, concepts)
    uses = sum(len(keyword_in_context(paragraphs, c)) for c in concepts)
    cooccurrence(counts)
    return uses
