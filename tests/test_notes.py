import pytest
from conftest import ROOT

from edition.apparatus.notes import Note, load_notes, margin_note, place_notes
from edition.errors import EditionError

CHAPTER = """\
# A Title

The first paragraph, about Durham\\_city and more.

```{epigraph}
A quoted passage from a report of 1968.

-- US Riot Commission Report, 1968
```

- First item: a list.
- Second item: more.

The last paragraph.
"""


def note(paragraph, phrase, title="T"):
    return Note("t", paragraph, phrase, title, "Body {cite:p}`key`.", ("key",), 1)


OPENINGS = {
    "1": "The first paragraph, about Durham_city and more.",
    "2": "A quoted passage from a report of 1968.",
    "3": "First item: a list.",
    "5": "The last paragraph.",
}


def test_notes_go_after_their_paragraph_fence_or_list():
    source, missing = place_notes(
        CHAPTER,
        [note("1", "Durham_city", "D"), note("2", "report", "R"), note("3", "list", "L")],
        OPENINGS,
    )
    assert missing == []
    lines = source.split("\n")
    margin = [i for i, line in enumerate(lines) if line.startswith(":::{rubric} Editor's note")]
    assert [lines[i] for i in margin] == [
        ":::{rubric} Editor's note: D",
        ":::{rubric} Editor's note: R",
        ":::{rubric} Editor's note: L",
    ]
    margin = [i - 1 for i in margin]
    assert lines[margin[0] - 2].startswith("The first paragraph")
    assert lines[margin[1] - 2] == "```"
    assert lines[margin[2] - 2] == "- Second item: more."
    assert lines[margin[0]] == "::::{container} editorial editorial-note"


def test_a_note_whose_phrase_is_not_in_its_paragraph_is_returned():
    source, missing = place_notes(CHAPTER, [note("5", "Durham")], OPENINGS)
    assert source == CHAPTER
    assert [n.phrase for n in missing] == ["Durham"]


def test_every_note_must_cite_its_sources(tmp_path):
    path = tmp_path / "notes.toml"
    path.write_text(
        '[[note]]\ntext = "t"\nparagraph = "1"\nphrase = "p"\ntitle = "T"\n'
        'body = "No citation here."\nsources = ["key"]\n',
        encoding="utf-8",
    )
    with pytest.raises(EditionError, match=r"notes.toml:1: the body must cite exactly"):
        load_notes(path)


NOTE = '[[note]]\ntext = "t"\nparagraph = "1"\nphrase = "p"\ntitle = "T"\n'
CITED = 'body = "Body {cite:p}`key`."\nsources = ["key"]\n'


def write(tmp_path, text):
    path = tmp_path / "notes.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_note_declares_what_it_identifies(tmp_path):
    path = write(
        tmp_path,
        NOTE + CITED + 'identifies = [{name = "McIntosh, Peggy", kind = "person"},'
        ' {name = "A Work", kind = "work"}]\n',
    )
    (loaded,) = load_notes(path)
    assert [(e.name, e.kind) for e in loaded.identifies] == [
        ("McIntosh, Peggy", "person"),
        ("A Work", "work"),
    ]
    assert loaded.identified


@pytest.mark.parametrize(
    "identifies, message",
    [
        ("", r"notes.toml:1: 'identifies' must list"),
        ("identifies = []\n", r"notes.toml:8: 'identifies' must list"),
        ('identifies = [{name = "X"}]\n', r"notes.toml:8: each 'identifies' entry needs"),
        (
            'identifies = [{name = "X", kind = "thing"}]\n',
            r"notes.toml:8: kind 'thing' of 'X' is not one of person, organization",
        ),
        ('identifies = [{name = " ", kind = "work"}]\n', r"notes.toml:8: an 'identifies' name"),
    ],
)
def test_a_bad_identifies_list_names_the_file_and_line(tmp_path, identifies, message):
    with pytest.raises(EditionError, match=message):
        load_notes(write(tmp_path, NOTE + CITED + identifies))


def test_a_note_not_identified_has_no_sources_and_says_so(tmp_path):
    path = write(
        tmp_path, NOTE + 'identified = false\nbody = "Not identified. The editor looked."\n'
    )
    (loaded,) = load_notes(path)
    assert not loaded.identified and loaded.sources == () and loaded.identifies == ()
    assert "editorial-note not-identified" in margin_note(loaded)


@pytest.mark.parametrize(
    "rest, message",
    [
        ('identified = false\nbody = "Nothing found."\n', r"notes.toml:7: the body of a note"),
        (
            'identified = false\nbody = "Not identified. {cite:p}`key`"\n',
            r"notes.toml:7: the body of a note",
        ),
        ("identified = false\n" + CITED, r"notes.toml:8: a note with identified = false has no"),
        ('identified = "no"\nbody = "Not identified."\n', r"notes.toml:6: 'identified' must be"),
    ],
)
def test_a_bad_unidentified_note_names_the_file_and_line(tmp_path, rest, message):
    with pytest.raises(EditionError, match=message):
        load_notes(write(tmp_path, NOTE + rest))


def test_the_edition_notes_identify_and_the_unidentified_ones_are_there():
    notes = load_notes(ROOT / "apparatus" / "notes.toml")
    assert all(n.identifies for n in notes if n.identified)
    assert {n.phrase for n in notes if not n.identified} == {
        "the Dream Team",
        "this list of ways men can be allies to women",
        "You Need More People",
    }
