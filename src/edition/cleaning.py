"""From a capture's lines to the cleaned text of the edition."""

from __future__ import annotations

from pathlib import Path

from edition.capture import is_invisible, read_capture
from edition.document import CleanText, SetAside
from edition.endnotes import restore_note_marks
from edition.errors import EditionError
from edition.furniture import strip_furniture
from edition.provenance import Record, load_provenance
from edition.structure import classify_body, split_endnotes, split_head, split_responses

# The rule of a line that shows nothing (zero-width or other invisible characters only):
# it is not a paragraph a reader could see or cite, so it is left out and listed.
INVISIBLE_RULE = "invisible"


def clean_lines(lines: list[str], source: str, title: str | None) -> CleanText:
    """Clean a capture: ``title`` is the title as the capture gives it, or None if it has none."""
    invisible = [
        SetAside(number, line, INVISIBLE_RULE)
        for number, line in enumerate(lines, start=1)
        if line.strip() and is_invisible(line)
    ]
    # Blanked, not removed, so that every other line keeps its number.
    lines = ["" if line.strip() and is_invisible(line) else line for line in lines]
    kept, furniture = strip_furniture(lines)
    # Responses go first: their count heading repeats the title and must not read as one.
    rest, responses, responses_heading = split_responses(kept)
    titles, head, metadata, rest = split_head(rest, title)
    rest, endnotes = split_endnotes(rest)
    body, interventions = restore_note_marks(classify_body(rest), endnotes)
    if not body:
        raise EditionError(source, "nothing of the text is left after removing page furniture")
    set_aside = sorted(
        [*invisible, *furniture, *metadata, *responses_heading], key=lambda s: s.line
    )
    return CleanText(
        source=source,
        title_lines=titles,
        head=tuple(head),
        body=tuple(body),
        responses=tuple(responses),
        endnotes=tuple(endnotes),
        set_aside=tuple(set_aside),
        interventions=tuple(interventions),
    )


def clean_capture(path: str | Path, title: str | None) -> CleanText:
    path = Path(path)
    return clean_lines(read_capture(path), str(path), title)


def clean_sources(sources: str | Path) -> list[tuple[Record, CleanText]]:
    """Every text of a sources folder (provenance.toml and captures/), cleaned, in record order."""
    sources = Path(sources)
    return [
        (record, clean_capture(sources / "captures" / record.file, record.title))
        for record in load_provenance(sources / "provenance.toml").values()
    ]
