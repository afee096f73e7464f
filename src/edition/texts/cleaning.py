"""From a capture's lines to the cleaned text of the edition."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from edition.errors import EditionError
from edition.texts.capture import is_invisible, read_capture
from edition.texts.document import Block, CleanText, Intervention, SetAside
from edition.texts.endmatter import comment_thread_start, end_matter_start
from edition.texts.endnotes import note_traces, restore_note_marks
from edition.texts.furniture import RULES, RUNNING_HEADS, Rule, strip_furniture
from edition.texts.html_page import is_html
from edition.texts.lineshapes import running_heads
from edition.texts.provenance import Record, load_provenance
from edition.texts.structure import (
    classify_body,
    lift_publication_notes,
    split_date_stamps,
    split_endnotes,
    split_head,
    split_responses,
    split_tail,
)
from edition.texts.wrapping import Wrapped, join_lines, wrapped_paragraphs

# The rule of a line that shows nothing (zero-width or other invisible characters only):
# it is not a paragraph a reader could see or cite, so it is left out and listed.
INVISIBLE_RULE = "invisible"


def clean_lines(
    lines: list[str],
    source: str,
    title: str | None,
    editor_furniture: frozenset[int] = frozenset(),
    rules: tuple[Rule, ...] = RULES,
) -> CleanText:
    """Clean a capture: ``title`` is the title as the capture gives it, or None if it has none;
    ``editor_furniture`` the lines the editor has set aside as furniture; ``rules`` the
    furniture rules to apply (a benchmark holds some out)."""
    invisible = [
        SetAside(number, line, INVISIBLE_RULE)
        for number, line in enumerate(lines, start=1)
        if line.strip() and is_invisible(line)
    ]
    # Blanked, not removed, so that every other line keeps its number.
    lines = ["" if line.strip() and is_invisible(line) else line for line in lines]
    # A printed page's running heads break into its paragraphs: they join none.
    heads = running_heads(lines) if RUNNING_HEADS in rules else [False] * len(lines)
    apart = editor_furniture | {number for number, head in enumerate(heads, start=1) if head}
    wrapped = wrapped_paragraphs(lines, apart)
    if wrapped is None:
        return _clean(lines, source, title, editor_furniture, rules, invisible)
    text = _clean(join_lines(lines, wrapped), source, title, editor_furniture, rules, invisible)
    return _unjoined(text, lines, wrapped)


def _clean(
    lines: list[str],
    source: str,
    title: str | None,
    editor_furniture: frozenset[int],
    rules: tuple[Rule, ...],
    invisible: list[SetAside],
) -> CleanText:
    kept, furniture = strip_furniture(lines, editor_furniture, rules, title)
    # Responses go first: their count heading repeats the title and must not read as one.
    thread = comment_thread_start(lines, rules)
    rest, responses, responses_set_aside = split_responses(kept, title, thread)
    titles, head, metadata, rest = split_head(rest, title)
    # The readers' responses, however they were found, are not where the text ends.
    thread_lines = [s.line for s in responses_set_aside] + [b.line for b in responses]
    end_matter = end_matter_start(
        lines,
        rules,
        until=min(thread_lines, default=None),
        title=max((t.number for t in titles), default=0),
    )
    rest, tail = split_tail(rest, end_matter)
    rest, stamps = split_date_stamps(rest)
    rest, endnotes = split_endnotes(rest)
    rest, lifted, moved = lift_publication_notes(rest)
    head += lifted
    body = classify_body(rest)
    if endnotes and len(note_traces(body)) != len(endnotes):
        # No lost note marks in the text refer to the closing numbered lines: they are the
        # author's numbered list (demands, steps), not notes.
        body += [Block("list-item", n.line, n.text, number=n.number) for n in endnotes]
        endnotes = []
    body, interventions = restore_note_marks(body, endnotes)
    interventions = sorted([*moved, *interventions], key=lambda i: i.line)
    if not body:
        raise EditionError(source, "nothing of the text is left after removing page furniture")
    set_aside = sorted(
        [*invisible, *furniture, *metadata, *tail, *stamps, *responses_set_aside],
        key=lambda s: s.line,
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
        end_matter=end_matter,
    )


# How the joining of wrapped lines is declared in the textual notes.
JOINED_NOTE = (
    "the capture breaks its paragraphs into lines of at most {width} characters; the lines of"
    " each paragraph are joined with single spaces: lines {spans}"
)


def _unjoined(text: CleanText, lines: list[str], wrapped: Wrapped) -> CleanText:
    """``text`` cleaned from the joined lines of a wrapped capture, told in the capture's
    lines: a paragraph set aside is listed line by line as the capture has it; one kept spans
    its lines, and the joining is declared."""
    last = dict(wrapped.paragraphs)

    def spanned(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
        return tuple(replace(b, through=last[b.line]) if b.line in last else b for b in blocks)

    def as_captured(aside: SetAside) -> list[SetAside]:
        if aside.line not in last:
            return [aside]
        numbers = range(aside.line, last[aside.line] + 1)
        return [SetAside(n, lines[n - 1], aside.rule) for n in numbers if lines[n - 1].strip()]

    set_aside = [line for aside in text.set_aside for line in as_captured(aside)]
    kept = sorted((b.line, last[b.line]) for b in text.blocks() if b.line in last)
    interventions = list(text.interventions)
    if kept:
        spans = ", ".join(f"{first}–{through}" for first, through in kept)
        note = JOINED_NOTE.format(width=wrapped.width, spans=spans)
        interventions.append(Intervention(kept[0][0], note))
    return replace(
        text,
        head=spanned(text.head),
        body=spanned(text.body),
        responses=spanned(text.responses),
        endnotes=spanned(text.endnotes),
        set_aside=tuple(set_aside),
        interventions=tuple(sorted(interventions, key=lambda i: i.line)),
    )


def clean_capture(
    path: str | Path, title: str | None, editor_furniture: frozenset[int] = frozenset()
) -> CleanText:
    path = Path(path)
    if is_html(path):
        # Imported here: the extractor is not part of the notebooks' runtime (Binder).
        from edition.texts.html_capture import read_html_capture

        return read_html_capture(path, title).text
    return clean_lines(read_capture(path), str(path), title, editor_furniture)


def clean_record(sources: str | Path, record: Record) -> CleanText:
    """The text of ``record``, cleaned with the editor's decisions the record holds."""
    capture = Path(sources) / "captures" / record.file
    return clean_capture(capture, record.title, record.editor_furniture)


def clean_sources(sources: str | Path) -> list[tuple[Record, CleanText]]:
    """Every text of a sources folder (provenance.toml and captures/), cleaned, in record order."""
    sources = Path(sources)
    return [
        (record, clean_record(sources, record))
        for record in load_provenance(sources / "provenance.toml").values()
    ]
