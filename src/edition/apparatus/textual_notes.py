"""The textual notes of one text: every line set aside and every editorial intervention."""

from __future__ import annotations

from itertools import groupby

from edition.apparatus.status import Status
from edition.texts.cleaning import INVISIBLE_RULE
from edition.texts.document import Block, CleanText
from edition.texts.furniture import RULES_BY_ID
from edition.texts.html_page import LEFT_OUT_RULES
from edition.texts.myst import escape
from edition.texts.paragraphs import citable_paragraphs
from edition.texts.provenance import Record
from edition.texts.structure import METADATA_RULES

# What a sentence, a clause or a quotation ends with; a standfirst or paragraph that ends
# otherwise was cut off in the capture.
_ENDINGS = tuple(".!?…:;)\"”’'")
_PROSE = {"standfirst", "publication-note", "paragraph"}


def _lines(numbers: list[int]) -> str:
    first, last = numbers[0], numbers[-1]
    return f"line {first}" if first == last else f"lines {first}–{last}"


def _broken_off(block: Block) -> bool:
    return block.kind in _PROSE and not block.text.rstrip().endswith(_ENDINGS)


def structure_notes(text: CleanText) -> list[str]:
    """How the capture's plain lines were given structure, one sentence per decision."""
    notes: list[str] = []
    numbered = {id(p.block): p.number for p in citable_paragraphs(text)}
    for block in text.head:
        what = "introduction on publication" if block.kind == "publication-note" else "standfirst"
        notes.append(f"line {block.line}: the page's {what}, set apart above the text.")
    notes += [
        f"line {block.line}: ends without closing punctuation (“…{block.text[-20:]}”): the "
        "capture breaks off here, and the edition prints it as it stands."
        for block in (*text.head, *text.body)
        if _broken_off(block)
    ]
    # A numbered list is told apart from a bulleted one beside it.
    for (kind, _), group in groupby(text.body, key=lambda b: (b.kind, b.number is None)):
        group = list(group)
        numbers = [b.line for b in group]
        if kind == "list-item" and group[0].number:
            notes.append(
                f"{_lines(numbers)}: set as a numbered list, one item per line (no note "
                "marks in the text refer to these numbered lines, so they are not notes)."
            )
        elif kind == "list-item":
            notes.append(f"{_lines(numbers)}: set as a list, one item per line.")
        elif kind == "quote":
            notes.append(f"{_lines(numbers)}: a block quotation of the page, set as one.")
        for block in group:
            if kind == "heading":
                notes.append(f"line {block.line}: set as a section heading.")
            elif kind == "salutation":
                notes.append(
                    f"line {block.line}: set as the letter's salutation, numbered with the "
                    f"text (¶ {numbered[id(block)]})."
                )
            elif kind == "epigraph":
                notes.append(
                    f"line {block.line}: set as an epigraph; its source, after the dash, "
                    "is set below it as the attribution."
                )
    if text.responses:
        numbers = [b.line for b in text.responses]
        notes.append(
            f"{_lines(numbers)}: reader responses, set apart under the heading “Responses”; "
            "their numbers are shown as list numbers and their indentation is not kept."
        )
    if text.endnotes:
        numbers = [b.line for b in text.endnotes]
        notes.append(f"{_lines(numbers)}: the numbered notes, set as footnotes.")
    return notes


def _code_points(text: str) -> str:
    """An invisible line, told by its characters' code points, since quoting shows nothing."""
    return "only " + " ".join(f"U+{ord(ch):04X}" for ch in text)


def _quoted(text: str) -> str:
    return f"“{escape(text)}”"


def _metadata_note(text: str, rule: str, record: Record, title_line: int | None) -> str:
    """Why a line of page metadata is not printed as it stands."""
    if rule == "title" and record.title and text.split() != record.title.split() and title_line:
        return (
            f"A page title that adds to the title; not printed, since the chapter title is "
            f"line {title_line}'s."
        )
    return METADATA_RULES[rule]


def render_textual_notes(text: CleanText, record: Record, statuses: tuple[Status, ...] = ()) -> str:
    """MyST Markdown listing what the edition did to the capture ``record.file``, and the
    paragraphs whose status the editor doubts (``statuses``)."""
    parts: list[str] = []
    if record.supplied_title:
        parts.append(
            f"**Title.** The capture has no title. The title {_quoted(record.display_title)} "
            "is the editor's, and the square brackets say so."
        )
    spacing = [
        line
        for line in text.title_lines
        if record.title and line.text != record.title and line.text.split() == record.title.split()
    ]
    parts += [
        f"**Title spacing.** Line {line.number} spaces the title differently (with a "
        "non-breaking space); the chapter title prints ordinary spaces."
        for line in spacing
    ]
    removed = [s for s in text.set_aside if s.rule in RULES_BY_ID]
    moved = [s for s in text.set_aside if s.rule in METADATA_RULES]
    left_out = [s for s in text.set_aside if s.rule in LEFT_OUT_RULES]
    if removed:
        parts.append(f"**Page furniture removed** ({len(removed)} lines):")
        by_rule = sorted(removed, key=lambda s: (list(RULES_BY_ID).index(s.rule), s.line))
        items = []
        for rule, group in groupby(by_rule, key=lambda s: s.rule):
            lines = "\n".join(f"  - line {s.line}: {_quoted(s.text)}" for s in group)
            items.append(f"- {escape(RULES_BY_ID[rule].description)}\n{lines}")
        parts.append("\n".join(items))
    elif not left_out:
        parts.append("**Page furniture removed:** none.")
    if left_out:
        prose = sum(s.rule == "html-left-out-prose" for s in left_out)
        parts.append(
            f"**Left out of the saved page by the extractor** ({len(left_out)} passages of its "
            f"visible text, {prose} of them reading as prose, possibly the author's text):"
        )
        parts.append(
            "\n".join(
                f"- line {s.line}: {_quoted(s.text)}"
                + (" (*possibly the author's text*)" if s.rule == "html-left-out-prose" else "")
                for s in left_out
            )
        )
    if moved:
        exact = [
            ln.number for ln in text.title_lines if ln.text.split() == (record.title or "").split()
        ]
        title_line = exact[0] if exact else None
        parts.append("**Page metadata moved to the chapter heading and metadata block:**")
        parts.append(
            "\n".join(
                f"- line {s.line}: {_quoted(s.text)} "
                f"({escape(_metadata_note(s.text, s.rule, record, title_line))})"
                for s in moved
            )
        )
    invisible = [s for s in text.set_aside if s.rule == INVISIBLE_RULE]
    if invisible:
        parts.append(f"**Lines that show nothing, left out** ({len(invisible)} lines):")
        parts.append("\n".join(f"- line {s.line}: {_code_points(s.text)}" for s in invisible))
    interventions = [f"line {i.line}: {escape(i.description)}" for i in text.interventions]
    parts.append(
        "**Interventions in the text:**"
        if interventions
        else "**Interventions in the text:** none."
    )
    if interventions:
        parts.append("\n".join(f"- {item}" for item in interventions))
    if statuses:
        parts.append("**Paragraphs whose status is uncertain:**")
        parts.append(
            "\n".join(f"- ¶ {s.paragraph}: {escape(s.status)}. {escape(s.note)}" for s in statuses)
        )
    parts.append("**Structure given to the plain lines of the capture:**")
    parts.append("\n".join(f"- {escape(note)}" for note in structure_notes(text)) or "- none")
    return "\n\n".join(parts) + "\n"
