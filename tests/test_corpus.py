"""The importer on the labelled corpus of real captures (tests/corpus/), each platform held
out from the rules written from it. No line of an author's text may be lost, anywhere."""

from __future__ import annotations

import pytest
from conftest import ROOT

from edition.furniture import rules_not_tuned_on
from edition.importscore import corpus, score

ITEMS = corpus(ROOT / "tests" / "corpus")

# Held-out floors, a little under what scripts/benchmark_import.py measures (53 % of the
# furniture, 35 % of the metadata, on 28 captures: the Squarespace archive list of 651 lines
# pulls the first down from 61 %), so that a rule change that
# makes them worse fails; the goal for furniture is 95 %.
FURNITURE_FLOOR = 0.51
METADATA_FLOOR = 0.33
# Author's lines the rules still lose, held out, as measured when the capture was added: the
# expectation (nothing lost) stands, and these fail until the rules keep the lines. Strict, so
# that a fix shows here and the entry is removed.
KNOWN_LOSSES = {
    # "Quellen:" and the four numbered sources after the last paragraph: trailing furniture.
    "ghost-publikum-hpv-japan": (95, 97, 99, 101, 103),
    # "Love", the first word of the closing "Love / Pamela": trailing furniture.
    "squarespace-pamela-anderson-yellow-vests": (147,),
}


def _expectation(item):
    lost = KNOWN_LOSSES.get(item.path.stem)
    reason = f"the rules still lose lines {lost} of the text"
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if lost else []
    return pytest.param(item, marks=marks, id=item.path.stem)


def test_the_corpus_is_varied():
    assert len(ITEMS) >= 24
    assert len({item.platform for item in ITEMS}) >= 10


@pytest.mark.parametrize("item", [_expectation(item) for item in ITEMS])
def test_no_line_of_the_text_is_lost(item):
    assert score(item, rules_not_tuned_on(item.platform)).text_lost == ()


def test_held_out_furniture_and_metadata_recall():
    scores = [score(item, rules_not_tuned_on(item.platform)) for item in ITEMS]
    furniture = sum(s.furniture_removed for s in scores) / sum(s.furniture for s in scores)
    metadata = sum(s.metadata_recognised for s in scores) / sum(s.metadata for s in scores)
    assert furniture >= FURNITURE_FLOOR
    assert metadata >= METADATA_FLOOR


@pytest.mark.parametrize("name", sorted(KNOWN_LOSSES))
def test_the_known_losses_are_what_the_rules_lose_now(name):
    """The xfail above is for these lines and no others."""
    [item] = [item for item in ITEMS if item.path.stem == name]
    assert score(item, rules_not_tuned_on(item.platform)).text_lost == KNOWN_LOSSES[name]
