"""The metadata block of a chapter, as MyST Markdown, from the provenance record."""

from __future__ import annotations

from edition import paths
from edition.texts.myst import escape, link
from edition.texts.provenance import UNKNOWN, Record


def _value(value: str, note: str = "") -> str:
    if value == UNKNOWN:
        return f"*unknown* ({escape(note or 'the capture does not say')})"
    return f"{escape(value)} ({escape(note)})" if note else escape(value)


def _link(record: Record) -> str:
    return link(record.display_title, f"/{record.docname}.md")


def _whole(record: Record, records: dict[str, Record]) -> Record:
    """The record of the text ``record`` is an excerpt of (records keyed by any id)."""
    return next(r for r in records.values() if r.slug == record.excerpt_of)


def record_facts(record: Record, records: dict[str, Record]) -> str:
    """The record in one line, for the head of a chapter: author, venue, date and how the
    text relates to the others; the full record (``render_source_record``) is one tap away."""
    facts = [
        f"By {escape(record.author)}" if record.author != UNKNOWN else "Author unknown",
        escape(record.venue) if record.venue != UNKNOWN else "Venue unknown",
        escape(record.date) if record.date != UNKNOWN else "Date unknown",
    ]
    if record.supplied_title:
        facts.append("Title supplied by the editor")
    if record.excerpt_of:
        facts.append(f"An excerpt of {_link(_whole(record, records))}")
    facts += [f"Excerpted as {_link(r)}" for r in records.values() if r.excerpt_of == record.slug]
    return " · ".join(facts) + "\n"


def render_source_record(record: Record, records: dict[str, Record]) -> str:
    """A list of what the capture shows of the text's origin; unknowns marked as such."""
    title = (
        "supplied by the editor (the capture has none)"
        if record.supplied_title
        else "as the capture gives it"
    )
    items = [
        f"**Author:** {_value(record.author, record.author_note)}",
        f"**Title:** {title}",
        f"**Venue in the capture:** {_value(record.venue, record.venue_note)}",
        f"**Date in the capture:** {_value(record.date, record.date_note)}",
        f"**Original publication:** {_value(record.original_publication)}",
        f"**Rights:** {escape(record.rights)}, as far as the capture shows. No permission from "
        "an author or rights holder is recorded. The edition claims no licence for this text, "
        "and its own licences do not cover it.",
    ]
    if record.excerpt_of:
        whole = _whole(record, records)
        items.append(f"**Relation:** an excerpt of {_link(whole)}, whose opening it repeats.")
    excerpts = [r for r in records.values() if r.excerpt_of == record.slug]
    items += [f"**Relation:** an excerpt of this text appears as {_link(r)}." for r in excerpts]
    items.append(
        f"**Source:** the capture `{record.file}`; what the edition removed from it and every "
        "intervention are listed in the "
        f"{{ref}}`textual notes <{paths.textual_notes_label(record.slug)}>`."
    )
    return "\n".join(f"- {item}" for item in items) + "\n"
