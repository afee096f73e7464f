import dataclasses
import re

import pytest
from conftest import RECORD_TOML as GOOD
from conftest import ROOT, SLUGS, SOURCES

from edition.errors import EditionError
from edition.texts.chapter import heading_labels, render_chapter
from edition.texts.cleaning import clean_lines
from edition.texts.document import Block
from edition.texts.importer import prepare_import
from edition.texts.provenance import parse_provenance

RECORDS = parse_provenance(GOOD, "p.toml")
RECORD = RECORDS["first-text"]
LONG = "A sentence of the text that runs on for a good many words to be prose, as texts do."


def chapter(*lines: str) -> str:
    from edition.texts.chapter import render_chapter

    return render_chapter(clean_lines(list(lines), "000_a.txt", RECORD.title), RECORD, RECORDS)


def test_the_chapter_opens_with_label_title_and_metadata_block():
    text = chapter("A Title", "", LONG)
    assert text.startswith(
        "(first-text)=\n# A Title\n\n```{source-record} first-text\n```\n\n"
        "```{cite-this} first-text\n```\n\n```{downloads} first-text\n```\n\n"
        "```{headnote} first-text\n```\n\n```{discuss}\n```\n\n"
    )
    assert text.endswith(
        f"{LONG}\n\n```{{concept-figure}} first-text\n```\n\n"
        "```{study-guide} questions first-text\n```\n"
    )


def test_headings_get_stable_labels_and_epigraphs_their_attribution():
    quotation = (
        "We are told that resistance lies in speaking truth to power, rather than in a fight."
    )
    text = chapter("A Title", LONG, "Allyship as Identity", f"{quotation} —Escalating Identity")
    assert "(first-text-allyship-as-identity)=\n## Allyship as Identity" in text
    assert f"```{{epigraph}}\n{quotation}\n\n-- Escalating Identity\n```" in text


def test_lists_responses_and_restored_note_marks():
    text = chapter(
        "A Title",
        "Renters lived here.I made friends with them, and it was good for all of us there.",
        "Here are the tips.",
        "Slow down: Don’t try to fix it.",
        "Keep it internal: Don’t take up space.",
        "Write about it: Give yourself space.",
        "  1. The note.",
        "2 thoughts on “A Title",
        "  1. someone says:",
        "    Golden.",
        "  2. Thanks!",
    )
    assert "Renters lived here.[^1] I made friends" in text
    assert "- Slow down: Don’t try to fix it.\n- Keep it internal:" in text
    assert "[^1]: The note." in text
    assert ":::{rubric} Responses\n:class: editorial\n:::" in text
    assert "1. someone says:\n\n   Golden.\n\n2. Thanks!" in text


def test_repeated_and_non_latin_headings_get_unique_non_empty_labels():
    text = chapter(
        "A Title",
        LONG,
        "Allyship as Identity",
        LONG,
        "Allyship as Identity",
        LONG,
        "Ещё Один Заголовок",
        LONG,
        "Другой Заголовок Здесь",
        LONG,
    )
    labels = re.findall(r"^\((.*)\)=$", text, flags=re.M)
    assert labels == [
        "first-text",
        "first-text-allyship-as-identity",
        "first-text-allyship-as-identity-2",
        "first-text-section-3",
        "first-text-section-4",
    ]


def test_heading_labels_skip_a_suffix_taken_by_another_heading_or_a_paragraph():
    blocks = [
        Block("heading", 1, "Part"),
        Block("heading", 2, "Part 2"),
        Block("heading", 3, "Part"),
        # slug-p5 is paragraph 5's label.
        Block("heading", 4, "P5"),
    ]
    assert heading_labels(blocks) == {1: "part", 2: "part-2", 3: "part-3", 4: "p5-2"}


def test_a_response_number_longer_than_a_list_number_is_an_error_at_its_line():
    responses = (Block("response", 7, "A reply.", number=1234567890),)
    text = clean_lines(["A Title", "", LONG], "000_a.txt", RECORD.title)
    with pytest.raises(EditionError) as caught:
        render_chapter(dataclasses.replace(text, responses=responses), RECORD, RECORDS)
    assert str(caught.value) == (
        "000_a.txt:7: a response numbered 1234567890: the edition numbers up to nine digits"
    )


def test_a_nine_digit_response_number_is_still_a_list_item():
    responses = (Block("response", 7, "A reply.", number=999_999_999),)
    text = clean_lines(["A Title", "", LONG], "000_a.txt", RECORD.title)
    rendered = render_chapter(dataclasses.replace(text, responses=responses), RECORD, RECORDS)
    assert "999999999. A reply." in rendered


@pytest.mark.parametrize("id", SLUGS)
def test_each_committed_chapter_is_what_the_import_writes(records, id):
    """A re-import changes no chapter: the same words, the same slug in every directive."""
    record = records[id]
    imported = prepare_import(
        SOURCES / "captures" / record.file, SOURCES / "provenance.toml", ROOT / "book" / "essays"
    )
    committed = ROOT / "book" / "essays" / f"{record.slug}.md"
    assert imported.chapter == committed.read_text(encoding="utf-8")
    assert re.findall(r"^```\{[a-z-]+\}(?: questions)? (\S+)$", imported.chapter, re.M) == (
        [record.slug] * 6
    )
