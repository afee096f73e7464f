"""Editorial notes (apparatus/notes.toml): the editor's notes on people, events and works,
each placed beside the paragraph that mentions them and each citing its source."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.myst import escape
from edition.tomlfile import check_keys, line_of, load_toml

_KEYS = {"text", "paragraph", "phrase", "title", "body", "sources"}
_CITE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]+)`")
_FENCE = re.compile(r"^(`{3,}|:{3,})\{")


@dataclass(frozen=True)
class Note:
    text: str
    paragraph: str
    phrase: str
    title: str
    body: str
    sources: tuple[str, ...]
    line: int


def load_notes(path: str | Path) -> list[Note]:
    """Read the notes; each must cite, in its body, every source it lists and no other."""
    path = Path(path)
    data, text = load_toml(path)
    notes = []
    for entry, table in enumerate(data.get("note", [])):
        check_keys(table, _KEYS, _KEYS, path, text, "note", entry)
        line = line_of(text, "note", entry)
        cited = {key.strip() for keys in _CITE.findall(table["body"]) for key in keys.split(",")}
        if not table["sources"] or cited != set(table["sources"]):
            raise EditionError(path, "the body must cite exactly the note's sources", line)
        notes.append(
            Note(
                table["text"],
                str(table["paragraph"]),
                table["phrase"],
                table["title"],
                table["body"].strip(),
                tuple(table["sources"]),
                line,
            )
        )
    return notes


def margin_note(note: Note) -> str:
    """The note as a block the stylesheet sets in the margin, marked as the editor's.

    Not the theme's {margin} directive: its script then hides the page's table of contents,
    and on a page that has none it fails with a console error.
    """
    return (
        f"::::{{container}} editorial editorial-note\n"
        f":::{{rubric}} Editor's note: {note.title}\n:::\n{note.body}\n::::"
    )


def _end_of_block(lines: list[str], start: int) -> int:
    """The index just after the block that holds ``lines[start]``.

    Inside a fenced directive (an epigraph, the responses) that is after its closing fence;
    elsewhere, the blank line that ends the paragraph or list.
    """
    closing = None
    for line in lines[: start + 1]:
        if closing is None and (opening := _FENCE.match(line)):
            closing = opening[1]
        elif closing is not None and line.strip() == closing:
            closing = None
    for i in range(start + 1, len(lines)):
        if (closing is None and not lines[i].strip()) or (closing and lines[i].strip() == closing):
            return i + 1 if closing else i
    return len(lines)


def place_notes(source: str, notes: list[Note], openings: dict[str, str]) -> tuple[str, list[Note]]:
    """Insert each note after its paragraph's block in a chapter's MyST source.

    ``openings`` maps paragraph numbers to the paragraph's text.  Returns the new source and
    the notes that could not be placed (their paragraph or phrase is not in the source).
    """
    lines = source.split("\n")
    inserts: dict[int, list[str]] = {}
    missing = []
    for note in notes:
        opening = escape(openings.get(note.paragraph, "\0"))[:60]
        found = next((i for i, ln in enumerate(lines) if opening in ln), None)
        if found is None or escape(note.phrase) not in lines[found]:
            missing.append(note)
            continue
        inserts.setdefault(_end_of_block(lines, found), []).append(margin_note(note))
    for index in sorted(inserts, reverse=True):
        block = "\n\n".join(inserts[index])
        lines[index:index] = ["", block, ""]
    return "\n".join(lines), missing
