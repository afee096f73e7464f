"""The ``session-packet`` directive: a study session's packet page (argument: its number),
with the link to its PDF, which ``scripts/export_book.py`` prints from the page."""

from __future__ import annotations

from pathlib import Path

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from edition.cleaning import clean_record
from edition.downloads import packet_link
from edition.errors import EditionError
from edition.packets import packet_markdown, passage_texts
from edition.sphinxext.directives import records, web_only
from edition.studyguide import load_study_guide, session_anchor


class SessionPacket(SphinxDirective):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        root = Path(self.env.srcdir)
        sources = root / self.config.edition_sources
        guide_path = root / self.config.edition_study_guide
        self.env.note_dependency(str(guide_path))
        try:
            by_slug = {r.slug: r for r in records(self).values()}
            guide = load_study_guide(guide_path, set(by_slug))
            session = next((s for s in guide.sessions if str(s.number) == self.arguments[0]), None)
            if session is None:
                raise EditionError(guide_path, f"no session {self.arguments[0]!r}")
            passages = {}
            for slug, record in by_slug.items():
                self.env.note_dependency(str(sources / "captures" / record.file))
                passages[slug] = passage_texts(clean_record(sources, record))
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
