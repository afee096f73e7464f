"""The saved-page (HTML) import, and the structure both imports recognise, on the labelled
corpus (tests/corpus/): no line of an author's text lost, furniture kept out, metadata and
structure recognised, with floors a little under what scripts/benchmark_import.py measures."""

from __future__ import annotations

import gzip
import shutil

import pytest
from conftest import ROOT

from edition.errors import EditionError
from edition.furniture import rules_not_tuned_on
from edition.htmlscore import load_structure, score_html, score_text_structure, site_of
from edition.importscore import corpus, load_labelled

ITEMS = corpus(ROOT / "tests" / "corpus")
SCORES = {item.path.stem: score_html(item, site_of(item)) for item in ITEMS}
# Measured (28 pages): 97.8 % of the furniture kept out, 81 % of the metadata, 100 % of the
# headings and 89 % of the list items recognised; the plain-text path recognises 32 % of the
# headings (and no list item: its lists are only closing numbered runs). With the six pages
# added as unseen data (34 pages), 96.95 % of the furniture.
FURNITURE_FLOOR = 0.96
METADATA_FLOOR = 0.78
HEADINGS_FLOOR = 0.97
ITEMS_FLOOR = 0.85
TEXT_PATH_HEADINGS_FLOOR = 0.29
# Lines of the text the HTML import loses today (scripts/benchmark_import.py, 6 of 1626):
# left-out blocks before the first or after the last word the extractor kept (a caption above
# the text, a list of sources or a closing line after it), which the import lists in the
# textual notes as left out (a long one flagged as possibly the author's text) rather than
# restoring. The expectation (nothing lost) stands; strict, so that a fix shows here.
KNOWN_LOSSES = {
    "ghost-publikum-hpv-japan": (101, 103),
    "iab-lean-ads": (361,),
    "medium-literally": (31,),
    "news-nytimes-sudan-sanctions": (225,),
    "news-yahoo-psvr-games": (187,),
}


def _expectation(item):
    lost = KNOWN_LOSSES.get(item.path.stem)
    reason = f"the HTML import still loses lines {lost} of the text"
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if lost else []
    return pytest.param(item.path.stem, marks=marks, id=item.path.stem)


def test_every_capture_of_the_corpus_has_its_saved_page():
    assert len(SCORES) == len(ITEMS) >= 28
    assert len({item.platform for item in ITEMS}) >= 14


@pytest.mark.parametrize("name", [_expectation(item) for item in ITEMS])
def test_no_line_of_the_text_is_lost_from_the_saved_page(name):
    assert SCORES[name].text_lost == ()


@pytest.mark.parametrize("name", sorted(KNOWN_LOSSES))
def test_the_known_losses_are_what_the_html_import_loses_now(name):
    assert SCORES[name].text_lost == KNOWN_LOSSES[name]


def test_furniture_metadata_and_structure_of_the_saved_pages():
    scores = SCORES.values()

    def ratio(part: str, whole: str) -> float:
        return sum(getattr(s, part) for s in scores) / sum(getattr(s, whole) for s in scores)

    assert ratio("furniture_removed", "furniture") >= FURNITURE_FLOOR
    assert ratio("metadata_recognised", "metadata") >= METADATA_FLOOR
    assert ratio("headings_recognised", "headings") >= HEADINGS_FLOOR
    assert ratio("items_recognised", "items") >= ITEMS_FLOOR


def test_headings_of_the_plain_text_path():
    scores = [score_text_structure(i, rules_not_tuned_on(i.platform)) for i in ITEMS]
    found = sum(s.headings_recognised for s in scores) / sum(s.headings for s in scores)
    assert found >= TEXT_PATH_HEADINGS_FLOOR


def _copy(tmp_path, name: str):
    for suffix in (".txt", ".toml"):
        shutil.copy(ROOT / "tests" / "corpus" / f"{name}{suffix}", tmp_path / f"{name}{suffix}")
    (tmp_path / "html").mkdir()
    page = ROOT / "tests" / "corpus" / "html" / f"{name}.html.gz"
    shutil.copy(page, tmp_path / "html" / page.name)
    return tmp_path / f"{name}.toml"


def test_a_paragraph_missing_from_the_page_is_counted_lost_and_a_menu_kept(tmp_path):
    """The scorer itself: a page whose paragraph is gone loses that line; a page whose
    furniture moved into the text keeps it."""
    name = "ghost-publikum-hpv-japan"
    sidecar = _copy(tmp_path, name)
    html = gzip.decompress((tmp_path / "html" / f"{name}.html.gz").read_bytes()).decode()
    paragraph = "Nope. Niemand ist daran gestorben."
    assert html.count(paragraph) == 1
    # The paragraph's words leave the page; a navigation line joins the article's body.
    html = html.replace(paragraph, "").replace(
        "<p>Vor langer", "<p>Impressum Nutzungsbedingungen Datenschutz</p><p>Vor langer"
    )
    (tmp_path / "html" / f"{name}.html.gz").write_bytes(gzip.compress(html.encode()))
    item = load_labelled(sidecar)
    score = score_html(item, site_of(item))
    assert 75 in score.text_lost
    assert score.furniture_kept >= 1


def test_structure_lines_must_be_text(tmp_path):
    sidecar = _copy(tmp_path, "ghost-publikum-hpv-japan")
    sidecar.write_text(
        sidecar.read_text(encoding="utf-8").replace("heading = []", 'heading = ["65"]'),
        encoding="utf-8",
    )
    with pytest.raises(EditionError, match=r"heading lines \[65\] are not labelled text"):
        load_structure(load_labelled(sidecar))
