import pytest
from conftest import ROOT, SOURCES

from edition.errors import EditionError
from edition.registry import Entry, check, current_entries, dump_registry, load_registry

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
    path.write_text(dump_registry([response, ten, A2, A1]), encoding="utf-8")
    assert load_registry(path) == [A1, A2, ten, response]


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
    assert dump_registry(current_entries(SOURCES)) == published
