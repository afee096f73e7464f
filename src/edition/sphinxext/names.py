"""The index of names (``index-of-names``) and the list of content notes
(``content-notes``), both made from the apparatus data, so that they cannot drift from the
notes and headnotes the chapters show."""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from edition.apparatus.headnotes import content_notes_list
from edition.apparatus.names import index_of_names
from edition.errors import EditionError
from edition.sphinxext.context import model
from edition.sphinxext.directives import apparatus_file, records


class _ApparatusList(SphinxDirective):
    classes: tuple[str, ...] = ()

    def markdown(self) -> str:
        raise NotImplementedError

    def run(self) -> list[nodes.Node]:
        try:
            text = self.markdown()
        except (EditionError, KeyError) as error:
            raise self.error(str(error)) from None
        container = nodes.container(classes=["editorial", *self.classes])
        container += self.parse_text_to_nodes(text)
        return [container]


class IndexOfNames(_ApparatusList):
    """The people, organizations, places, events and works the editorial notes identify."""

    classes = ("index-of-names",)

    def markdown(self) -> str:
        apparatus_file(self, "notes")
        notes = model(self.env).notes
        short_titles = {record.slug: record.siglum for record in records(self).values()}
        return index_of_names(notes, short_titles)


class ContentNotes(_ApparatusList):
    """Every text's content note, as the chapters show them."""

    classes = ("content-notes",)

    def markdown(self) -> str:
        apparatus_file(self, "headnotes")
        headnotes = model(self.env).headnotes
        chapters = [
            (headnotes[record.slug], record.slug, record.docname)
            for record in records(self).values()
            if record.slug in headnotes
        ]
        return content_notes_list(chapters)
