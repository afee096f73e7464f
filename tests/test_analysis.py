import re

import pandas as pd
import pytest
from conftest import ROOT

from edition.analysis.corpus import (
    concept_counts,
    concept_index,
    cooccurrence,
    keyword_in_context,
    load_corpus,
    paragraph_table,
    rates_per_thousand,
)
from edition.apparatus.lexicon import Concept
from edition.texts.document import Block
from edition.texts.paragraphs import Paragraph


def concept(id, *forms):
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.I)
    return Concept(id, id, id, pattern)


def text(slug, *paragraphs):
    return (
        slug,
        slug.title(),
        [Paragraph(str(n), Block("paragraph", n, p)) for n, p in enumerate(paragraphs, 1)],
    )


CONCEPTS = [
    concept("ally", "ally", "allies"),
    concept("solidarity", "solidarity"),
    concept("charity", "charity"),
]
TABLE = paragraph_table(
    [
        text(
            "a", "An ally and allies need solidarity.", "Charity is not solidarity at all, friends."
        ),
        text("b", "Solidarity, solidarity and more solidarity here now."),
    ]
)


def test_the_paragraph_table_keeps_numbers_anchors_and_word_counts():
    assert TABLE[["text", "number", "anchor", "position", "words"]].values.tolist() == [
        ["a", "1", "p1", 1, 6],
        ["a", "2", "p2", 2, 7],
        ["b", "1", "p1", 1, 7],
    ]


def test_counts_per_paragraph_and_rates_per_thousand_words():
    counts = concept_counts(TABLE, CONCEPTS)
    assert counts.values.tolist() == [[2, 1, 0], [0, 1, 1], [0, 3, 0]]
    rates = rates_per_thousand(TABLE, counts)
    assert list(rates.index) == ["a", "b"]
    assert rates.loc["a", "ally"] == pytest.approx(2 * 1000 / 13)
    assert rates.loc["b", "solidarity"] == pytest.approx(3 * 1000 / 7)


def test_keyword_in_context_gives_the_paragraph_and_both_sides():
    lines = keyword_in_context(TABLE, CONCEPTS[1], width=10)
    assert lines.values.tolist()[0] == ["a", "1", "p1", "lies need ", "solidarity", "."]
    assert lines["anchor"].tolist() == ["p1", "p2", "p1", "p1", "p1"]
    assert len(keyword_in_context(TABLE, concept("none", "nothing"))) == 0


def test_cooccurrence_counts_paragraphs_with_both():
    pairs = cooccurrence(concept_counts(TABLE, CONCEPTS))
    assert pairs.loc["solidarity", "solidarity"] == 3
    assert pairs.loc["ally", "solidarity"] == pairs.loc["solidarity", "ally"] == 1
    assert pairs.loc["ally", "charity"] == 0
    assert isinstance(pairs, pd.DataFrame)


def test_the_concept_index_finds_every_counted_use_in_context():
    paragraphs, concepts = load_corpus(ROOT)
    uses = int(concept_counts(paragraphs, concepts).values.sum())
    assert uses > 0
    assert concept_index(ROOT) == uses
