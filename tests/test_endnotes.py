from edition.texts.document import Block
from edition.texts.endnotes import note_traces, restore_note_marks


def notes(count: int) -> list[Block]:
    return [Block("endnote", 100 + n, f"Note {n}.", number=n) for n in range(1, count + 1)]


BODY = [
    Block("heading", 1, "A Heading"),
    Block("paragraph", 2, "Some renters.I made friends. Then more."),
    Block("paragraph", 3, "Married.But anyone in the middle.A collective struggle."),
]


def test_traces_are_sentence_ends_run_into_a_capital():
    assert note_traces(BODY) == [(1, 13), (2, 8), (2, 33)]


def test_marks_are_restored_in_order_when_traces_and_notes_agree():
    body, interventions = restore_note_marks(BODY, notes(3))
    assert body[1].notes == ((1, 13),)
    assert body[2].notes == ((2, 8), (3, 33))
    assert body[1].text == BODY[1].text, "the words themselves are never changed"
    assert [i.line for i in interventions] == [2, 3, 3]
    assert "note 1" in interventions[0].description
    assert "where the capture runs “renters.I” together" in interventions[0].description


def test_no_mark_is_placed_when_the_counts_differ():
    body, interventions = restore_note_marks(BODY, notes(2))
    assert body == BODY
    assert len(interventions) == 1
    assert "3 traces" in interventions[0].description
    assert "2 notes" in interventions[0].description


def test_a_text_without_notes_is_left_alone():
    assert restore_note_marks(BODY, []) == (BODY, [])


def test_ordinary_spacing_and_abbreviations_are_not_traces():
    body = [Block("paragraph", 1, "The U.S. Government knew. It said so. “Quoted.” Then on.")]
    assert note_traces(body) == []
