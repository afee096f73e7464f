"""The edition's Sphinx extension: a thin layer that renders the package's data as pages.

Directives (their argument is a capture id, the file name without ``.txt``):

``source-record``   the metadata block of a chapter: author, venue, dates, rights, relations.
``textual-notes``   every line set aside from a capture and every editorial intervention.

Both read ``sources/provenance.toml`` and ``sources/captures/`` (config ``edition_sources``,
relative to the book's root) and record them as dependencies, so a change rebuilds the page.
"""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from edition.cleaning import clean_capture
from edition.errors import EditionError
from edition.provenance import Record, load_provenance
from edition.source_record import render_source_record
from edition.textual_notes import render_textual_notes


class _EditionDirective(SphinxDirective):
    required_arguments = 1
    has_content = False
    classes: tuple[str, ...] = ()

    def _sources(self) -> Path:
        return Path(self.env.srcdir) / self.config.edition_sources

    def _records(self) -> dict[str, Record]:
        path = self._sources() / "provenance.toml"
        self.env.note_dependency(str(path))
        return load_provenance(path)

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        try:
            records = self._records()
            record = records.get(self.arguments[0])
            if record is None:
                raise EditionError(
                    self._sources() / "provenance.toml", f"no record for {self.arguments[0]!r}"
                )
            text = self.markdown(record, records)
        except EditionError as error:
            raise self.error(str(error)) from None
        container = nodes.container(classes=["editorial", *self.classes])
        container += self.parse_text_to_nodes(text)
        return [container]


class SourceRecord(_EditionDirective):
    classes = ("source-record",)

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        return render_source_record(record, records)


class TextualNotes(_EditionDirective):
    classes = ("textual-notes",)

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        capture = self._sources() / "captures" / record.file
        self.env.note_dependency(str(capture))
        return render_textual_notes(clean_capture(capture, record.title), record)


def _scripts_once(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Keep one copy of each script.

    Under Jupyter Book, inline scripts (sphinx-thebe's configuration, togglebutton's selector)
    are registered twice, once with the file name None and once with "", which Sphinx does
    not see as equal; the second ``const THEBE_JS_URL`` is then a console error.
    """
    seen: set[tuple] = set()
    unique = []
    for script in context.get("script_files", []):
        key = (script.filename or "", script.priority, tuple(sorted(script.attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique


def setup(app: Sphinx) -> dict[str, object]:
    app.add_config_value("edition_sources", "sources", "env", types=[str])
    app.connect("html-page-context", _scripts_once)
    app.add_directive("source-record", SourceRecord)
    app.add_directive("textual-notes", TextualNotes)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
