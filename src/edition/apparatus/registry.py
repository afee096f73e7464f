"""The registry of published anchors (registry/paragraphs.json).

Once an anchor is published, a citation may point at it, so it must keep pointing at the same
unit.  The citable units are the texts' paragraphs (``p12``), reader responses (``r1``) and
the author's notes (``n3``), and the study guide's questions (``q-<slug>-3``, or
``q-across-2`` for those across the texts) and sessions (``session-1``).  The registry records
each anchor with the first words of its unit.  ``check`` compares the registry with what a
build produces; it changes only through ``scripts/register_anchors.py`` (``make anchors``).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from edition.apparatus.studyguide import load_study_guide, question_units, session_units
from edition.errors import EditionError
from edition.texts.cleaning import clean_sources
from edition.texts.paragraphs import citable_paragraphs, first_words

FORMAT = 1


@dataclass(frozen=True)
class Entry:
    text: str
    number: str
    anchor: str
    first_words: str


def load_registry(path: str | Path) -> list[Entry]:
    path = Path(path)
    if not path.is_file():
        raise EditionError(path, "no such file (run `make anchors` to create it)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise EditionError(path, f"not valid JSON: {error.msg}", error.lineno) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise EditionError(path, f"not a paragraph registry of format {FORMAT}")
    try:
        return [Entry(**entry) for entry in data["paragraphs"]]
    except (KeyError, TypeError) as error:
        raise EditionError(path, f"malformed entry: {error}") from None


def current_entries(sources: str | Path, study_guide: str | Path | None = None) -> list[Entry]:
    """The anchors of every text of a sources folder, and of the study guide file
    ``study_guide`` if given, as the build numbers them."""
    entries = []
    texts = clean_sources(sources)
    for record, text in texts:
        entries += [
            Entry(record.slug, p.number, p.anchor, p.first_words) for p in citable_paragraphs(text)
        ]
        entries += [
            Entry(record.slug, f"n{note.number}", f"n{note.number}", first_words(note.text))
            for note in text.endnotes
        ]
    if study_guide is not None:
        guide = load_study_guide(study_guide, {record.slug for record, _ in texts})
        entries += [
            Entry(u.page, u.number, u.anchor, first_words(u.text))
            for u in [*question_units(guide), *session_units(guide)]
        ]
    return entries


# Within a text: paragraphs, responses, author's notes, questions; then sessions.
_KINDS = ("", "R", "n", "Q", "S")


def _reading_order(entry: Entry) -> tuple[str, int, int]:
    kind = entry.number.rstrip("0123456789")
    return entry.text, _KINDS.index(kind), int(entry.number[len(kind) :])


def dump_registry(entries: list[Entry]) -> str:
    """The registry file: one entry a line, in reading order, so that diffs are readable."""
    lines = [json.dumps(asdict(e), ensure_ascii=False) for e in sorted(entries, key=_reading_order)]
    body = ",\n  ".join(lines)
    return f'{{"format": {FORMAT}, "paragraphs": [\n  {body}\n]}}\n'


def check(registered: list[Entry], current: list[Entry]) -> list[str]:
    """What in ``current`` breaks a published anchor or is not yet registered, one line each.

    Only the texts present in ``current`` are checked, so a build of part of the book does not
    report the rest as lost.
    """
    texts = {e.text for e in current}
    now = {(e.text, e.anchor): e for e in current}
    then = {(e.text, e.anchor): e for e in registered if e.text in texts}
    problems = []
    for key, old in sorted(then.items()):
        new = now.get(key)
        if new is None:
            problems.append(
                f"{old.text}#{old.anchor} would disappear (it is the paragraph "
                f"“{old.first_words} …”)"
            )
        elif new.first_words != old.first_words:
            problems.append(
                f"{old.text}#{old.anchor} would point at a different paragraph: published as "
                f"“{old.first_words} …”, now “{new.first_words} …”"
            )
    problems += [
        f"{new.text}#{new.anchor} is not in the registry yet (“{new.first_words} …”): "
        "run `make anchors` to publish it"
        for key, new in sorted(now.items())
        if key not in then
    ]
    return problems
