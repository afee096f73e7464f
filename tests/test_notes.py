import pytest

from edition.errors import EditionError
from edition.notes import Note, load_notes, place_notes

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
