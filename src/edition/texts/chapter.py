"""A draft MyST chapter from a cleaned capture and its provenance record."""

from __future__ import annotations

import re
from itertools import groupby

from edition.errors import EditionError
from edition.texts.document import Block, CleanText
from edition.texts.myst import escape, slugify
from edition.texts.provenance import Record

RESPONSES_NOTE = (
    "Reader responses that follow the text on the captured page, numbered and signed as "
    "the capture shows them. They are part of the page's discussion, not of the text."
)


def _with_note_marks(block: Block) -> str:
    """The block's text, escaped, with ``[^n]`` marks where its lost note marks stood; a
    saved web page's block brings its own markup."""
    if block.markup is not None:
        return block.markup
    pieces, start = [], 0
    for number, offset in sorted(block.notes, key=lambda note: note[1]):
        pieces.append(escape(block.text[start:offset]) + f"[^{number}] ")
        start = offset
    pieces.append(escape(block.text[start:]))
    return "".join(pieces)


def _fence(name: str, argument: str, content: str, options: str = "") -> str:
    opening = f":::{{{name}}} {argument}".rstrip()
    return "\n".join(filter(None, (opening, options, content, ":::")))


# Labels the extension gives paragraphs, responses and notes (slug-p12, slug-r1, slug-n3).
_UNIT_LABEL = re.compile(r"^[prn]\d+$")


def heading_labels(blocks: list[Block]) -> dict[int, str]:
    """Each heading's label suffix by line: its first words, made unique.

    A heading whose words leave no ASCII letters (Cyrillic, say) is ``section-N`` by its
    place among the headings; a repeated one gets ``-2``, ``-3``. A label never repeats,
    since a repeated target fails the build, and never takes a paragraph's label."""
    labels: dict[int, str] = {}
    taken: set[str] = set()
    for position, block in enumerate((b for b in blocks if b.kind == "heading"), start=1):
        base = slugify(block.text) or f"section-{position}"
        label, count = base, 1
        while label in taken or _UNIT_LABEL.match(label):
            count += 1
            label = f"{base}-{count}"
        taken.add(label)
        labels[block.line] = label
    return labels


def _body(blocks: list[Block], slug: str) -> list[str]:
    parts: list[str] = []
    labels = heading_labels(blocks)
    for (kind, _), group in groupby(blocks, key=lambda b: (b.kind, b.number is None)):
        group = list(group)
        if kind == "list-item":
            # A numbered list keeps the capture's numbers; MyST starts it at the first one.
            parts.append(
                "\n".join(
                    f"{b.number}. {_with_note_marks(b)}" if b.number else f"- {_with_note_marks(b)}"
                    for b in group
                )
            )
            continue
        if kind == "quote":
            parts.append("\n>\n".join(f"> {_with_note_marks(b)}" for b in group))
            continue
        for block in group:
            if kind == "heading":
                parts.append(f"({slug}-{labels[block.line]})=\n## {escape(block.text)}")
            elif kind == "epigraph":
                content = f"{escape(block.text)}\n\n-- {escape(block.attribution or '')}"
                parts.append(f"```{{epigraph}}\n{content}\n```")
            elif kind == "salutation":
                parts.append(f"{{.salutation}}\n{_with_note_marks(block)}")
            else:
                parts.append(_with_note_marks(block))
    return parts


# CommonMark reads at most nine digits as a list number; a longer one would turn the
# response into a paragraph and its indented continuation into a code block.
_MAX_LIST_NUMBER = 999_999_999


def _responses(blocks: tuple[Block, ...], source: str) -> list[str]:
    if not blocks:
        return []
    items = []
    for number, group in groupby(blocks, key=lambda b: b.number):
        group = list(group)
        if number > _MAX_LIST_NUMBER:
            message = f"a response numbered {number}: the edition numbers up to nine digits"
            raise EditionError(source, message, group[0].line)
        paragraphs = [escape(b.text) for b in group]
        marker = f"{number}. "
        indent = " " * len(marker)
        items.append(marker + f"\n\n{indent}".join(paragraphs))
    return [
        _fence("rubric", "Responses", "", ":class: editorial"),
        _fence("container", "editorial responses-note", RESPONSES_NOTE),
        _fence("container", "responses", "\n\n".join(items)),
    ]


def render_chapter(text: CleanText, record: Record, records: dict[str, Record]) -> str:
    """The chapter's MyST source: label, title, metadata and citation blocks, the text, notes."""
    slug = record.slug
    parts = [
        f"({slug})=\n# {escape(record.display_title)}",
        f"```{{source-record}} {slug}\n```",
        f"```{{cite-this}} {slug}\n```",
        f"```{{downloads}} {slug}\n```",
        f"```{{headnote}} {slug}\n```",
        "```{discuss}\n```",
    ]
    for block in text.head:
        parts.append(_fence("container", "standfirst", escape(block.text)))
    parts += _body(list(text.body), slug)
    parts += _responses(text.responses, text.source)
    parts.append(f"```{{concept-figure}} {slug}\n```")
    parts.append(f"```{{study-guide}} questions {slug}\n```")
    parts += [f"[^{note.number}]: {_with_note_marks(note)}" for note in text.endnotes]
    return "\n\n".join(parts) + "\n"
