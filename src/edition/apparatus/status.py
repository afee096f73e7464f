"""Paragraphs whose editorial status is uncertain (apparatus/paragraph-status.toml).

A paragraph keeps its number and anchor once published, even when the editor later doubts
that it is the author's (a page's summary line, say). Such a doubt is recorded here, shown
beside the paragraph and listed in the text's textual notes, so no reader is misled.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.tomlfile import check_keys, line_of, load_toml

_KEYS = {"text", "paragraph", "status", "note"}


@dataclass(frozen=True)
class Status:
    text: str
    paragraph: str
    status: str
    note: str
    line: int


def load_statuses(path: str | Path, slugs: set[str]) -> list[Status]:
    """Read and check the file; each entry must name a text of ``slugs``, once per paragraph.
    The file is optional: an edition without doubts needs none."""
    path = Path(path)
    if not path.exists():
        return []
    data, raw = load_toml(path)
    found: list[Status] = []
    seen = set()
    for entry, table in enumerate(data.get("paragraph", [])):
        check_keys(table, _KEYS, _KEYS, path, raw, "paragraph", entry)
        line = line_of(raw, "paragraph", entry)
        for key in _KEYS:
            if not isinstance(table[key], str) or not table[key].strip():
                raise EditionError(path, f"{key!r} must be a non-empty string", line)
        if table["text"] not in slugs:
            raise EditionError(path, f"unknown text {table['text']!r}", line)
        place = (table["text"], table["paragraph"])
        if place in seen:
            raise EditionError(path, f"a second status for {place[0]} ¶ {place[1]}", line)
        seen.add(place)
        found.append(
            Status(
                table["text"],
                table["paragraph"],
                table["status"].strip(),
                table["note"].strip(),
                line,
            )
        )
    return found
