"""The "How to cite" page: the texts' short titles, and citations worked in every style."""

from __future__ import annotations

from sphinx.util.docutils import SphinxDirective

from edition.errors import EditionError
from edition.sphinxext.directives import records


def sigla_table(known) -> str:
    """A MyST table: each text's short title, full title (linked) and chapter anchor."""
    rows = [
        f"| {r.siglum} | {{doc}}`{r.display_title} </{r.docname}>` | `{r.docname}.html` |"
        for r in known.values()
    ]
    head = "| Short title | Text | Page |\n| --- | --- | --- |"
    return "\n".join([head, *rows]) + "\n"


class CiteSigla(SphinxDirective):
    """The table of short titles, from the provenance records."""

    def run(self):
        try:
            known = records(self)
        except EditionError as error:
            raise self.error(str(error)) from None
        return self.parse_text_to_nodes(sigla_table(known))
