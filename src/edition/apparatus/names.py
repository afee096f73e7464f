"""The index of names: the people, organizations, places, events and works that the
editorial notes identify, each with links to the paragraphs whose notes identify it, and the
references the editor could not identify."""

from __future__ import annotations

from collections import defaultdict

from edition.apparatus.notes import KINDS, Note
from edition.texts.myst import escape
from edition.texts.paragraphs import anchor_for

HEADINGS = {
    "person": "People",
    "organization": "Organizations",
    "place": "Places",
    "event": "Events",
    "work": "Works",
}


def _order(paragraph: str) -> tuple[int, int]:
    """Paragraphs before responses, each in numeric order (2 before 10, ¶ before R)."""
    return (1, int(paragraph[1:])) if paragraph.startswith("R") else (0, int(paragraph))


def cited_title(short_title: str) -> str:
    """A short title as the apparatus cites it: in italics, unless it is the editor's
    (in square brackets), which must not look like the author's."""
    return escape(short_title) if short_title.startswith("[") else f"*{escape(short_title)}*"


def _where(places: set[tuple[str, str]], short_titles: dict[str, str]) -> str:
    """ "*Critique* ¶ 13, ¶ 18; *Not Enough* ¶ 1", texts in the order of ``short_titles``."""
    parts = []
    for slug in short_titles:
        numbers = sorted((p for s, p in places if s == slug), key=_order)
        if numbers:
            refs = ", ".join(
                f"{{ref}}`{'¶ ' if not n.startswith('R') else ''}{n} <{slug}-{anchor_for(n)}>`"
                for n in numbers
            )
            parts.append(f"{cited_title(short_titles[slug])} {refs}")
    return "; ".join(parts)


def index_entries(notes: list[Note]) -> dict[str, dict[str, set[tuple[str, str]]]]:
    """kind → name → the (text slug, paragraph) of every note that identifies it."""
    index: dict[str, dict[str, set[tuple[str, str]]]] = {kind: defaultdict(set) for kind in KINDS}
    for note in notes:
        for entity in note.identifies:
            index[entity.kind][entity.name].add((note.text, note.paragraph))
    return index


def index_of_names(notes: list[Note], short_titles: dict[str, str]) -> str:
    """The index as MyST: a heading per kind that has entries, names sorted alphabetically,
    then the references the notes record as not identified. (Parsed inside a directive, MyST
    makes the headings level-2 rubrics, written as <h2>, not sections.)

    ``short_titles`` maps each text's slug to its short title, in the order the texts are
    to be listed within an entry; a note on a text missing from it raises KeyError.
    """
    unknown = sorted({n.text for n in notes} - short_titles.keys())
    if unknown:
        raise KeyError(f"no short title for {', '.join(unknown)}")
    blocks = []
    for kind, names in index_entries(notes).items():
        if not names:
            continue
        items = "\n".join(
            f"- **{escape(name)}**: {_where(names[name], short_titles)}"
            for name in sorted(names, key=str.casefold)
        )
        blocks.append(f"## {HEADINGS[kind]}\n\n{items}")
    missing = [n for n in notes if not n.identified]
    if missing:
        items = "\n".join(
            f"- “{escape(n.phrase)}”: {_where({(n.text, n.paragraph)}, short_titles)}"
            for n in sorted(missing, key=lambda n: n.phrase.casefold())
        )
        blocks.append(
            "## Mentioned but not identified\n\n"
            "The editor looked for these references and could not identify them; the note "
            f"beside each paragraph says what was found.\n\n{items}"
        )
    return "\n\n".join(blocks) + "\n"
