from conftest import RECORD_TOML as GOOD

from edition.apparatus.status import Status
from edition.apparatus.textual_notes import render_textual_notes, structure_notes
from edition.texts.cleaning import clean_lines
from edition.texts.provenance import parse_provenance

LONG = "A sentence of the text that runs on for a good many words to be prose, as texts do."


def notes(record_text: str, *lines: str) -> str:
    record = parse_provenance(record_text, "p.toml")["first-text"]
    return render_textual_notes(clean_lines(list(lines), "000_a.txt", record.title), record)


def test_removed_lines_are_grouped_under_their_rule_with_line_numbers():
    text = notes(GOOD, "A\xa0Title", LONG, "Tagged , ,", "Leave a Reply", "Connecting to %s")
    assert "**Page furniture removed** (3 lines):" in text
    assert "- A comment form with its login prompts" in text
    assert "  - line 4: “Leave a Reply”\n" in text
    assert (
        "- Login and notification prompts of a comment system.\n  - line 5: “Connecting to %s”"
        in text
    )
    assert "  - line 3: “Tagged , ,”" in text
    assert "- line 1: “A\xa0Title” (The title line, shown as the chapter title.)" in text
    assert "Line 1 spaces the title differently" in text
    assert "**Interventions in the text:** none." in text


def test_a_supplied_title_is_declared():
    record = GOOD.replace('title = "A Title"', 'supplied_title = "Given"')
    text = notes(record, LONG)
    assert "The title “\\[Given\\]” is the editor's" in text
    assert "**Page furniture removed:** none." in text


def test_structure_decisions_are_listed_with_their_lines():
    record = parse_provenance(GOOD, "p.toml")["first-text"]
    cleaned = clean_lines(
        [
            "A Title",
            LONG,
            "A Section Heading",
            "One: a.",
            "Two: b.",
            "Three: the end.So it is.",
            "1. A note.",
        ],
        "000_a.txt",
        record.title,
    )
    assert structure_notes(cleaned) == [
        "line 3: set as a section heading.",
        "lines 4–6: set as a list, one item per line.",
        "line 7: the numbered notes, set as footnotes.",
    ]


def test_a_closing_numbered_list_that_no_mark_refers_to_is_a_list():
    record = parse_provenance(GOOD, "p.toml")["first-text"]
    lines = ["A Title", LONG, "1. Housing for all.", "2. An end to raids.", "3. Free transit."]
    cleaned = clean_lines(lines, "000_a.txt", record.title)
    assert cleaned.endnotes == ()
    assert [(b.kind, b.number, b.text) for b in cleaned.body[1:]] == [
        ("list-item", 1, "Housing for all."),
        ("list-item", 2, "An end to raids."),
        ("list-item", 3, "Free transit."),
    ]
    assert structure_notes(cleaned)[-1].startswith("lines 3–5: set as a numbered list")


def test_a_salutation_and_a_line_that_breaks_off_are_declared():
    record = parse_provenance(GOOD, "p.toml")["first-text"]
    cleaned = clean_lines(
        [
            "A Title",
            "Dear Friends,",
            LONG,
            "The writer of this letter can be reached at someone*at*",
        ],
        "000_a.txt",
        record.title,
    )
    notes = structure_notes(cleaned)
    assert "line 2: set as the letter's salutation, numbered with the text (¶ 1)." in notes
    assert any(n.startswith("line 4: ends without closing punctuation") for n in notes)
    assert not any(n.startswith("line 3: ends") for n in notes)


def test_a_page_title_that_adds_to_the_title_is_not_called_the_chapter_title():
    text = notes(GOOD, "Someone: A Title", "A Title", LONG)
    assert (
        "line 1: “Someone: A Title” (A page title that adds to the title; not "
        "printed, since the chapter title is line 2's.)"
    ) in text
    assert "line 2: “A Title” (The title line, shown as the chapter title.)" in text


def test_a_doubted_paragraph_is_listed():
    record = parse_provenance(GOOD, "p.toml")["first-text"]
    cleaned = clean_lines(["A Title", LONG], "000_a.txt", record.title)
    doubt = Status("a-title", "1", "Authorship uncertain", "Perhaps the site's summary.", 4)
    text = render_textual_notes(cleaned, record, (doubt,))
    assert (
        "**Paragraphs whose status is uncertain:**\n\n- ¶ 1: Authorship uncertain. Perhaps" in text
    )


def test_a_line_of_only_invisible_characters_is_left_out_and_listed_by_its_code_points():
    text = clean_lines(["A Title", "\u200b", LONG, "\u200d\ufeff", LONG], "000_a.txt", "A Title")
    assert [b.line for b in text.body] == [3, 5]
    record = parse_provenance(GOOD, "p.toml")["first-text"]
    listed = render_textual_notes(text, record)
    assert "**Lines that show nothing, left out** (2 lines):" in listed
    assert "- line 2: only U+200B\n- line 4: only U+200D U+FEFF" in listed
