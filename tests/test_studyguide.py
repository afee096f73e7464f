import pytest
from conftest import ROOT

from edition.apparatus.studyguide import (
    chapter_questions,
    load_study_guide,
    paragraph_link,
    question_units,
    session_units,
    sessions,
)
from edition.errors import EditionError

SLUGS = {"a", "b"}
GUIDE = """\
reading_order = ["b", "a"]
reading_order_note = "Short first."

[[question]]
text = "a"
from = "5"
to = "7"
question = "Why?"

[[cross_question]]
question = "How do they differ?"
refs = [["a", "1"], ["b", "R1"]]

[[session]]
number = 1
title = "All"
texts = ["a", "b"]
plan = "Read both."
"""


def guide(tmp_path, text=GUIDE):
    path = tmp_path / "study-guide.toml"
    path.write_text(text, encoding="utf-8")
    return load_study_guide(path, SLUGS)


def test_questions_render_with_their_paragraph_links(tmp_path):
    assert chapter_questions(guide(tmp_path), "a") == "1. Why? ([¶ 5–7](#a-p5))\n"
    assert chapter_questions(guide(tmp_path), "b") == ""
    assert paragraph_link("b", "R1") == "[R1](#b-r1)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GUIDE.replace('text = "a"', 'text = "z"'), ":5: unknown text 'z'"),
        (GUIDE.replace('to = "7"', 'to = "7"\nhint = "x"'), ":8: unknown key 'hint'"),
        (GUIDE.replace('["b", "a"]', '["b", "b"]'), ":1: reading_order names 'b' twice"),
        (GUIDE.replace('["b", "a"]', '["b", "z"]'), ":1: unknown text 'z' in reading_order"),
        (GUIDE.replace('question = "Why?"\n', ""), ":4: missing key(s): question"),
    ],
)
def test_a_broken_guide_is_named(tmp_path, text, message):
    with pytest.raises(EditionError) as caught:
        guide(tmp_path, text)
    assert str(caught.value).startswith(str(tmp_path / "study-guide.toml") + message)


def test_the_reading_order_may_leave_a_new_text_out(tmp_path):
    """The editor places a new text in the order when they choose; until then it is not in it."""
    assert guide(tmp_path, GUIDE.replace('["b", "a"]', '["b"]')).reading_order == ("b",)


def test_the_edition_guide_cites_its_ranges_in_order_and_compares_texts(records, cleaned):
    """Questions are optional (a new text has none until the editor writes them), so the
    guide is not required to cover every text; what it says must hold."""
    from edition.texts.paragraphs import citable_paragraphs

    slugs = {r.slug: id for id, r in records.items()}
    study = load_study_guide(ROOT / "apparatus" / "study-guide.toml", set(slugs))
    numbers = {
        slug: [p.number for p in citable_paragraphs(cleaned[id])] for slug, id in slugs.items()
    }
    for question in study.questions:
        order = numbers[question.text]
        assert order.index(question.first) <= order.index(question.last)
    assert study.questions
    assert all(len({s for s, _ in q.refs}) >= 2 for q in study.cross_questions)
    assert len(study.sessions) == 3


def test_questions_and_sessions_have_stable_ids(tmp_path):
    study = guide(tmp_path)
    assert [(u.page, u.number, u.anchor) for u in question_units(study)] == [
        ("a", "Q1", "q-a-1"),
        ("study-guide", "Q1", "q-across-1"),
    ]
    assert [(u.number, u.anchor, u.text) for u in session_units(study)] == [
        ("S1", "session-1", "All")
    ]
    assert ":name: session-1" in sessions(study, {"a": "book/a", "b": "book/b"})
