"""Directives that render the package's data: metadata block, citations, textual notes."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from edition.cleaning import clean_capture
from edition.errors import EditionError
from edition.provenance import Record, load_provenance
from edition.source_record import render_source_record
from edition.sphinxext.context import cite_block_markdown, page_url
from edition.textual_notes import render_textual_notes

# The env metadata key that marks a page as the chapter of a text (its capture id).
TEXT_KEY = "edition_text"


def records(directive: SphinxDirective) -> dict[str, Record]:
    path = Path(directive.env.srcdir) / directive.config.edition_sources / "provenance.toml"
    directive.env.note_dependency(str(path))
    return load_provenance(path)


class _EditionDirective(SphinxDirective):
    required_arguments = 1
    has_content = False
    classes: tuple[str, ...] = ()

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        try:
            known = records(self)
            record = known.get(self.arguments[0])
            if record is None:
                sources = Path(self.env.srcdir) / self.config.edition_sources
                raise EditionError(
                    sources / "provenance.toml", f"no record for {self.arguments[0]!r}"
                )
            text = self.markdown(record, known)
        except EditionError as error:
            raise self.error(str(error)) from None
        container = nodes.container(classes=["editorial", *self.classes])
        container += self.parse_text_to_nodes(text)
        return [container]


class SourceRecord(_EditionDirective):
    """The metadata block of a chapter; it also marks the page as the chapter of its text."""

    classes = ("source-record",)

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        if record.docname == self.env.docname:
            self.env.metadata[self.env.docname][TEXT_KEY] = record.id
        return render_source_record(record, records)


class CiteThis(_EditionDirective):
    """The text's citation in every style, ready to copy."""

    classes = ("cite-this",)

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        url = page_url(self.config.html_baseurl, record.docname)
        return cite_block_markdown(record, self.config, url)


class TextualNotes(_EditionDirective):
    classes = ("textual-notes",)

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        capture = Path(self.env.srcdir) / self.config.edition_sources / "captures" / record.file
        self.env.note_dependency(str(capture))
        return render_textual_notes(clean_capture(capture, record.title), record)
