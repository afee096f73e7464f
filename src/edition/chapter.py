"""A draft MyST chapter from a cleaned capture and its provenance record."""

from __future__ import annotations

from itertools import groupby

from edition.document import Block, CleanText
from edition.myst import escape, slugify
from edition.provenance import Record

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


def _body(blocks: list[Block], slug: str) -> list[str]:
    parts: list[str] = []
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
                parts.append(f"({slug}-{slugify(block.text)})=\n## {escape(block.text)}")
            elif kind == "epigraph":
                content = f"{escape(block.text)}\n\n-- {escape(block.attribution or '')}"
                parts.append(f"```{{epigraph}}\n{content}\n```")
            elif kind == "salutation":
                parts.append(f"{{.salutation}}\n{_with_note_marks(block)}")
            else:
                parts.append(_with_note_marks(block))
    return parts


def _responses(blocks: tuple[Block, ...]) -> list[str]:
    if not blocks:
        return []
    items = []
    for number, group in groupby(blocks, key=lambda b: b.number):
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
        f"```{{source-record}} {record.id}\n```",
        f"```{{cite-this}} {record.id}\n```",
        f"```{{downloads}} {record.id}\n```",
        f"```{{headnote}} {record.id}\n```",
        "```{discuss}\n```",
    ]
    for block in text.head:
        parts.append(_fence("container", "standfirst", escape(block.text)))
    parts += _body(list(text.body), slug)
    parts += _responses(text.responses)
    parts.append(f"```{{concept-figure}} {record.id}\n```")
    parts.append(f"```{{study-guide}} questions {record.id}\n```")
    parts += [f"[^{note.number}]: {_with_note_marks(note)}" for note in text.endnotes]
    return "\n\n".join(parts) + "\n"
