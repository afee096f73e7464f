import pytest
from conftest import ROOT, SOURCES

from edition.apparatus.registry import Entry, check, current_entries, dump_registry, load_registry
from edition.apparatus.studyguide import load_study_guide, question_units, session_units
from edition.errors import EditionError
from edition.texts.cleaning import clean_sources

A1 = Entry("a", "1", "p1", "The first words of one")
A2 = Entry("a", "2", "p2", "The first words of two")
B1 = Entry("b", "1", "p1", "Other text first words")


def test_an_unchanged_numbering_passes():
    assert check([A1, A2, B1], [A1, A2, B1]) == []


def test_a_changed_paragraph_is_named_by_its_anchor():
    changed = Entry("a", "2", "p2", "Something else entirely here")
    assert check([A1, A2], [A1, changed]) == [
        "a#p2 would point at a different paragraph: published as “The first words of two …”, "
        "now “Something else entirely here …”"
    ]


def test_a_lost_and_a_new_paragraph_are_reported():
    problems = check([A1, A2], [A1])
    assert problems == ["a#p2 would disappear (it is the paragraph “The first words of two …”)"]
    assert check([A1], [A1, A2])[0].startswith("a#p2 is not in the registry yet")


def test_texts_not_built_are_not_reported_lost():
    assert check([A1, B1], [A1]) == []


def test_the_file_round_trips_in_reading_order(tmp_path):
    path = tmp_path / "paragraphs.json"
    ten = Entry("a", "10", "p10", "ten")
    response = Entry("a", "R1", "r1", "a response")
    note = Entry("a", "n2", "n2", "an author's note")
    question = Entry("a", "Q1", "q-a-1", "a question")
    session = Entry("study-guide", "S1", "session-1", "a session")
    entries = [session, question, note, response, ten, A2, A1]
    path.write_text(dump_registry(entries), encoding="utf-8")
    assert load_registry(path) == [A1, A2, ten, response, note, question, session]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": 1, "paragraphs": [\n  {"text": "a",}\n]}', ":2: not valid JSON"),
        ('{"format": 2, "paragraphs": []}', ": not a paragraph registry of format 1"),
        ('{"format": 1, "paragraphs": [{"text": "a"}]}', ": malformed entry"),
    ],
)
def test_a_broken_registry_is_named(tmp_path, content, message):
    path = tmp_path / "paragraphs.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        load_registry(path)
    assert str(caught.value).startswith(f"{path}{message}")


def test_the_current_entries_of_the_sources_are_the_published_registry():
    published = (ROOT / "registry" / "paragraphs.json").read_text(encoding="utf-8")
    guide = ROOT / "apparatus" / "study-guide.toml"
    assert dump_registry(current_entries(SOURCES, guide)) == published


def test_author_notes_questions_and_sessions_are_registered(records):
    registered = load_registry(ROOT / "registry" / "paragraphs.json")
    anchors = {(e.text, e.anchor) for e in registered}
    guide = load_study_guide(
        ROOT / "apparatus" / "study-guide.toml", {r.slug for r in records.values()}
    )
    for unit in [*question_units(guide), *session_units(guide)]:
        assert (unit.page, unit.anchor) in anchors
    noted = [(r.slug, t) for r, t in clean_sources(SOURCES) if t.endnotes]
    assert noted, "no text with author's notes to check"
    for slug, text in noted:
        for note in text.endnotes:
            assert (slug, f"n{note.number}") in anchors
