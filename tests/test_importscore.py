"""Scoring the importer against labelled captures."""

import pytest
from conftest import FIXTURES

from edition.errors import EditionError
from edition.furniture import RULES, rules_not_tuned_on
from edition.importscore import corpus, load_labelled, score

DEMO = FIXTURES / "corpus"


def test_a_capture_is_scored_line_by_line():
    (item,) = corpus(DEMO)
    result = score(item)
    assert (result.text, result.text_lost) == (2, ())
    assert (result.furniture, result.furniture_removed) == (6, 6)
    assert (result.metadata, result.metadata_recognised) == (2, 2)


def test_holding_a_platform_out_disables_the_rules_tuned_on_it():
    held_out = rules_not_tuned_on("wordpress")
    assert {r.id for r in RULES} - {r.id for r in held_out} >= {"comment-form", "login-prompt"}
    assert all("wordpress" not in r.tuned_on for r in held_out)


def test_every_nonblank_line_must_have_one_label(tmp_path):
    (tmp_path / "x.txt").write_text("One line\n\nAnother\n", encoding="utf-8")
    (tmp_path / "x.toml").write_text('[lines]\ntext = ["1"]\n', encoding="utf-8")
    with pytest.raises(EditionError, match=r"unlabelled lines \[3\]"):
        load_labelled(tmp_path / "x.toml")
    (tmp_path / "x.toml").write_text('[lines]\ntext = ["1-3"]\nfurniture = ["3"]\n', "utf-8")
    with pytest.raises(EditionError, match="line 3 has two labels"):
        load_labelled(tmp_path / "x.toml")
    (tmp_path / "x.toml").write_text('[lines]\ntext = ["1-4"]\n', encoding="utf-8")
    with pytest.raises(EditionError, match="line 4 is past the capture's end"):
        load_labelled(tmp_path / "x.toml")
