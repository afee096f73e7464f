"""Editorial notes (apparatus/notes.toml): the editor's notes on people, events and works,
each placed beside the paragraph that mentions them, each citing its source and declaring
what it identifies; or, where the editor looked and found nothing, saying "Not identified."."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.texts.myst import escape
from edition.tomlfile import check_keys, line_of, load_toml

_KEYS = {"text", "paragraph", "phrase", "title", "body", "sources", "identifies", "identified"}
_REQUIRED = {"text", "paragraph", "phrase", "title", "body"}
_CITE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]+)`")
_FENCE = re.compile(r"^(`{3,}|:{3,})\{")
KINDS = ("person", "organization", "place", "event", "work")
NOT_IDENTIFIED = "Not identified."


@dataclass(frozen=True)
class Entity:
    """A person, organization, place, event or work that a note identifies."""

    name: str
    kind: str


@dataclass(frozen=True)
class Note:
    text: str
    paragraph: str
    phrase: str
    title: str
    body: str
    sources: tuple[str, ...]
    line: int
    identifies: tuple[Entity, ...] = ()
    identified: bool = True


def _entities(table: dict, path: Path, line: int) -> tuple[Entity, ...]:
    value = table.get("identifies")
    if not isinstance(value, list) or not value:
        raise EditionError(path, "'identifies' must list what the note identifies", line)
    entities = []
    for entry in value:
        if not isinstance(entry, dict) or set(entry) != {"name", "kind"}:
            raise EditionError(
                path, "each 'identifies' entry needs exactly 'name' and 'kind'", line
            )
        name, kind = entry["name"], entry["kind"]
        if not isinstance(name, str) or not name.strip():
            raise EditionError(path, "an 'identifies' name must be a non-empty string", line)
        if kind not in KINDS:
            raise EditionError(
                path, f"kind {kind!r} of {name!r} is not one of {', '.join(KINDS)}", line
            )
        entities.append(Entity(name.strip(), kind))
    return tuple(entities)


def _check_not_identified(table: dict, path: Path, text: str, entry: int) -> None:
    """A "not identified" note cites nothing, identifies nothing and says so first."""
    for key in ("sources", "identifies"):
        if table.get(key):
            raise EditionError(
                path,
                f"a note with identified = false has no {key!r}",
                line_of(text, "note", entry, key),
            )
    if _CITE.search(table["body"]) or not table["body"].strip().startswith(NOT_IDENTIFIED):
        raise EditionError(
            path,
            f"the body of a note with identified = false starts “{NOT_IDENTIFIED}” "
            "and cites nothing",
            line_of(text, "note", entry, "body"),
        )


def load_notes(path: str | Path, texts: set[str] | None = None) -> list[Note]:
    """Read the notes; each must cite, in its body, every source it lists and no other, and
    list what it identifies, unless it is marked ``identified = false``. With ``texts`` (the
    slugs of the records), each must be on one of them: a misspelt slug would leave the note
    out of every chapter without a word."""
    path = Path(path)
    data, text = load_toml(path)
    notes = []
    for entry, table in enumerate(data.get("note", [])):
        check_keys(table, _KEYS, _REQUIRED, path, text, "note", entry)
        line = line_of(text, "note", entry)
        if texts is not None and table["text"] not in texts:
            raise EditionError(
                path,
                f"a note on {table['text']!r}, which no record names",
                line_of(text, "note", entry, "text"),
            )
        identified = table.get("identified", True)
        if not isinstance(identified, bool):
            raise EditionError(
                path,
                "'identified' must be true or false",
                line_of(text, "note", entry, "identified"),
            )
        entities: tuple[Entity, ...] = ()
        if identified:
            cited = {
                key.strip() for keys in _CITE.findall(table["body"]) for key in keys.split(",")
            }
            if not table.get("sources") or cited != set(table["sources"]):
                raise EditionError(path, "the body must cite exactly the note's sources", line)
            entities = _entities(table, path, line_of(text, "note", entry, "identifies"))
        else:
            _check_not_identified(table, path, text, entry)
        notes.append(
            Note(
                table["text"],
                str(table["paragraph"]),
                table["phrase"],
                table["title"],
                table["body"].strip(),
                tuple(table.get("sources", ())),
                line,
                entities,
                identified,
            )
        )
    return notes


def margin_note(note: Note) -> str:
    """The note as a block the stylesheet sets in the margin, marked as the editor's.

    Not the theme's {margin} directive: its script then hides the page's table of contents,
    and on a page that has none it fails with a console error.
    """
    classes = "editorial editorial-note" + ("" if note.identified else " not-identified")
    return (
        f"::::{{container}} {classes}\n"
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
