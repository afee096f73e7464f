"""The headnotes (apparatus/headnotes.toml): for each text, the editor's headnote, the short
title the apparatus cites it by, and an optional content note."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.texts.paragraphs import anchor_for
from edition.tomlfile import load_toml, table_line

_KEYS = {"text", "content_note"}
_ITEM_KEYS = {"describes", "paragraphs"}
# A paragraph ("18") or a range of paragraphs ("18-24").
_PARAGRAPHS = re.compile(r"^(\d+)(?:-(\d+))?$")


@dataclass(frozen=True)
class ContentItem:
    """One thing a content note warns of, and the paragraphs (or ranges) where it occurs."""

    describes: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class Headnote:
    id: str
    text: str
    content_note: tuple[ContentItem, ...] = ()


def _content_note(value: object, path: Path, line: int | None) -> tuple[ContentItem, ...]:
    if not isinstance(value, list) or not value:
        raise EditionError(path, "'content_note' must be a non-empty list of tables", line)
    items = []
    for item in value:
        if not isinstance(item, dict) or set(item) != _ITEM_KEYS:
            raise EditionError(
                path, "each content_note entry needs exactly 'describes' and 'paragraphs'", line
            )
        describes, paragraphs = item["describes"], item["paragraphs"]
        if not isinstance(describes, str) or not describes.strip():
            raise EditionError(path, "content_note 'describes' must be a non-empty string", line)
        if not isinstance(paragraphs, list) or not paragraphs:
            raise EditionError(path, "content_note 'paragraphs' must be a non-empty list", line)
        for spec in paragraphs:
            match = _PARAGRAPHS.match(spec) if isinstance(spec, str) else None
            if match is None or (match[2] and int(match[2]) <= int(match[1])):
                raise EditionError(
                    path, f'bad paragraph {spec!r} in content_note (use "18" or "18-24")', line
                )
        items.append(ContentItem(describes.strip(), tuple(paragraphs)))
    return tuple(items)


def load_headnotes(path: str | Path, texts: set[str] | None = None) -> dict[str, Headnote]:
    """Headnotes by slug (the table names), each of one of ``texts`` (the records' slugs) when
    given; raise naming the file and line of the first problem."""
    path = Path(path)
    data, text = load_toml(path)
    headnotes = {}
    for id, table in data.items():
        if not isinstance(table, dict):
            raise EditionError(path, f"{id!r} must be a table [{id}]", table_line(text, id))
        if texts is not None and id not in texts:
            raise EditionError(
                path, f"a headnote for {id!r}, which no record names", table_line(text, id)
            )
        for key in table:
            if key not in _KEYS:
                raise EditionError(path, f"unknown key {key!r}", table_line(text, id, key))
        if not isinstance(table.get("text"), str) or not table["text"].strip():
            raise EditionError(
                path, f"no headnote [{id}] with a 'text' string", table_line(text, id)
            )
        note = ()
        if "content_note" in table:
            note = _content_note(table["content_note"], path, table_line(text, id, "content_note"))
        headnotes[id] = Headnote(id, table["text"].strip(), note)
    return headnotes


def paragraph_refs(slug: str, specs: tuple[str, ...]) -> str:
    """Links to paragraphs ("18") and ranges ("18-24", linked at their first paragraph)."""
    refs = []
    for spec in specs:
        first, _, last = spec.partition("-")
        shown = f"¶ {first}–{last}" if last else f"¶ {first}"
        refs.append(f"{{ref}}`{shown} <{slug}-{anchor_for(first)}>`")
    return ", ".join(refs)


def content_note_markdown(headnote: Headnote, slug: str) -> str:
    """The content note's body: what the text describes, and where, with paragraph links."""
    items = "\n".join(
        f"- {item.describes}: {paragraph_refs(slug, item.paragraphs)}"
        for item in headnote.content_note
    )
    return f"This text describes or mentions:\n\n{items}\n"


def content_notes_list(chapters: list[tuple[Headnote, str, str]]) -> str:
    """Every content note, text by text, as a MyST list; ``chapters`` gives each text's
    headnote, slug and docname in the order to list them. Texts without one are left out."""
    items = []
    for headnote, slug, docname in chapters:
        if headnote.content_note:
            what = "; ".join(
                f"{item.describes} ({paragraph_refs(slug, item.paragraphs)})"
                for item in headnote.content_note
            )
            items.append(f"- {{doc}}`/{docname}`: {what}.")
    return "\n".join(items) + "\n"
