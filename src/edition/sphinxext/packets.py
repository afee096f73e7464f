"""The ``session-packet`` directive: a study session's packet page (argument: its number),
with the link to its PDF, which ``scripts/export_book.py`` prints from the page."""

from __future__ import annotations

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from edition.apparatus.packets import packet_markdown, passage_texts
from edition.apparatus.studyguide import session_anchor
from edition.errors import EditionError
from edition.site.downloads import packet_link
from edition.sphinxext.context import model, note_inputs
from edition.sphinxext.directives import apparatus_file, records, web_only


class SessionPacket(SphinxDirective):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        edition = model(self.env)
        apparatus_file(self, "study_guide")
        try:
            by_slug = records(self)
            guide = edition.study_guide
            session = next((s for s in guide.sessions if str(s.number) == self.arguments[0]), None)
            if session is None:
                raise EditionError(edition.path("study_guide"), f"no session {self.arguments[0]!r}")
            note_inputs(self.env, edition.text_inputs())
            passages = {slug: passage_texts(edition.text(slug)) for slug in by_slug}
            text = packet_markdown(
                guide,
                session,
                passages,
                {slug: r.display_title for slug, r in by_slug.items()},
                {slug: r.docname for slug, r in by_slug.items()},
            )
        except EditionError as error:
            raise self.error(str(error)) from None
        container = nodes.container(classes=["editorial", "session-packet"])
        link = nodes.raw("", packet_link(self.env.docname, session_anchor(session)), format="html")
        container += web_only(nodes.container("", link, classes=["editorial", "downloads"]))
        container += self.parse_text_to_nodes(text)
        return [container]
