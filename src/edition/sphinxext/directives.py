"""Directives that render the package's data: metadata block, citations, textual notes.

A directive's argument names a text by its slug; all of them read the build's one
``EditionModel`` (``edition.sphinxext.context.model``)."""

from __future__ import annotations

from docutils import nodes
from sphinx import addnodes
from sphinx.util.docutils import SphinxDirective

from edition import paths
from edition.apparatus.headnotes import content_note_markdown
from edition.apparatus.lead import split_lead
from edition.apparatus.packets import packet_docname
from edition.apparatus.registry import Entry
from edition.apparatus.source_record import record_facts, render_source_record
from edition.apparatus.studyguide import (
    StudyGuide,
    Unit,
    chapter_questions,
    cross_questions,
    question_units,
    reading_order,
    session_anchor,
    session_markdown,
    session_units,
)
from edition.apparatus.textual_notes import render_textual_notes
from edition.errors import EditionError
from edition.site.downloads import download_links, packet_link
from edition.sphinxext.context import (
    chapter_slug,
    cite_block_markdown,
    edition,
    model,
    note_inputs,
    page_url,
    rendered,
)
from edition.sphinxext.folds import fold, toolbar_item
from edition.texts.myst import link
from edition.texts.paragraphs import first_words
from edition.texts.provenance import Record


def records(directive: SphinxDirective) -> dict[str, Record]:
    """Every text's record by slug; the page depends on the records' file."""
    edition = model(directive.env)
    note_inputs(directive.env, [edition.provenance_file])
    return edition.records


def apparatus_file(directive: SphinxDirective, setting: str) -> None:
    """The page depends on the apparatus file of ``setting`` (``"notes"``, ``"lexicon"`` …)."""
    note_inputs(directive.env, [model(directive.env).path(setting)])


def in_book_order(env, known: dict[str, Record]) -> list[Record]:
    """The records in the order their chapters have in the book's table of contents (the
    editor's), then any not in it in the order of the records."""
    site_map = getattr(env, "external_site_map", None)
    place = {docname: n for n, docname in enumerate(site_map or ())}
    return sorted(known.values(), key=lambda r: place.get(r.docname, len(place)))


def text_sections(
    directive: SphinxDirective, prefix: str, parts: list[tuple[Record, list[nodes.Node]]]
) -> list[nodes.section]:
    """One section per text, titled with the text's title and labelled ``PREFIX-<slug>``
    for ``{ref}``: what a page that treats every text in turn would otherwise repeat by hand,
    so a new text's record is enough to give it its section."""
    sections = []
    for record, content in parts:
        label = paths.text_label(prefix, record.slug)
        section = nodes.section(ids=[label], names=[label])
        section += nodes.title(text=record.display_title)
        section += content
        directive.state.document.note_explicit_target(section, section)
        sections.append(section)
    return sections


class _EditionDirective(SphinxDirective):
    required_arguments = 1
    has_content = False
    classes: tuple[str, ...] = ()
    # Where set, the directive without an argument renders every text, each in a section
    # labelled ``<every_text>-<slug>``.
    every_text: str | None = None

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        raise NotImplementedError

    def section_intro(self, record: Record) -> str:
        return ""

    def _block(self, text: str) -> list[nodes.Node]:
        container = nodes.container(classes=["editorial", *self.classes])
        container += self.parse_text_to_nodes(text)
        return [container]

    def _every_text(self) -> list[nodes.Node]:
        try:
            known = records(self)
            parts = [
                (r, self.section_intro(r), self.markdown(r, known))
                for r in in_book_order(self.env, known)
            ]
        except EditionError as error:
            raise self.error(str(error)) from None
        return text_sections(
            self,
            self.every_text,
            [(r, self.parse_text_to_nodes(intro) + self._block(text)) for r, intro, text in parts],
        )

    def run(self) -> list[nodes.Node]:
        if not self.arguments:
            return self._every_text()
        try:
            known = records(self)
            record = model(self.env).record(self.arguments[0])
            text = self.markdown(record, known)
        except EditionError as error:
            raise self.error(str(error)) from None
        return self._block(text) if text else []


class SourceRecord(_EditionDirective):
    """The metadata block of a chapter: one line of facts, then the whole record, folded on
    the web. Without an argument, every text's block, each in its section (the sources page)."""

    classes = ("source-record",)
    required_arguments = 0
    optional_arguments = 1
    every_text = "sources"

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        self.facts = record_facts(record, records)
        return render_source_record(record, records)

    def run(self) -> list[nodes.Node]:
        if not self.arguments:
            # The sources page: every text's record in its section, whole.
            return super().run()
        (container,) = super().run()
        record = container.children
        facts = self.parse_text_to_nodes(self.facts)
        for paragraph in facts:
            paragraph["classes"].append("record-facts")
        container.children = []
        container.extend([*facts, *fold("Source and rights", record, "record-more")])
        return [container]


class CiteThis(_EditionDirective):
    """The text's citation in every style, ready to copy, folded in a native <details>."""

    classes = ("cite-this",)

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        url = page_url(self.config.html_baseurl, record.docname)
        config = self.config
        key = ("block", record, edition(config), url, bool(config.html_baseurl))
        return rendered(self.env, key, lambda: cite_block_markdown(record, config, url))

    def run(self) -> list[nodes.Node]:
        (container,) = super().run()
        content = container.children
        container.children = []
        container.extend(toolbar_item("Cite", content))
        return [container]


class TextualNotes(_EditionDirective):
    """A text's textual notes; without an argument, every text's, each in its section."""

    classes = ("textual-notes",)
    required_arguments = 0
    optional_arguments = 1
    every_text = paths.TEXTUAL_NOTES

    def section_intro(self, record: Record) -> str:
        chapter = link(record.display_title, f"/{record.docname}.md")
        return f"From the capture `{record.file}`; the chapter is {chapter}."

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        edition = model(self.env)
        note_inputs(self.env, edition.text_inputs(record.slug))
        apparatus_file(self, "paragraph_status")
        doubts = tuple(edition.statuses_of(record.slug))
        return render_textual_notes(edition.text(record.slug), record, doubts)


class Headnote(_EditionDirective):
    """The editor's headnote on a text (apparatus/headnotes.toml), preceded, where the text
    describes violence, death or sexual assault, by its content note, folded in a <details>.
    On the web the headnote shows its first sentences and folds the rest; the EPUB shows it
    whole. A text has none until the editor writes it: the chapter then opens on its text."""

    classes = ("headnote",)
    HEADING = ":::{rubric} Headnote\n:::\n\n"

    def markdown(self, record: Record, records: dict[str, Record]) -> str:
        apparatus_file(self, "headnotes")
        entry = model(self.env).headnotes.get(record.slug)
        if entry is None:
            self.content_note, self.lead, self.rest = "", "", ""
            return ""
        self.content_note = content_note_markdown(entry, record.slug) if entry.content_note else ""
        self.lead, self.rest = split_lead(entry.text)
        return f"{self.HEADING}{entry.text}\n"

    def run(self) -> list[nodes.Node]:
        result = super().run()
        if self.rest:
            (container,) = result
            whole = container.children
            container.children = []
            web = addnodes.only(expr="not epub")
            web += self.parse_text_to_nodes(self.HEADING + self.lead)
            rest = self.parse_text_to_nodes(self.rest)
            web += fold("Read the whole headnote", rest, "headnote-more")
            epub = addnodes.only(expr="epub")
            epub.extend(whole)
            container.extend([web, epub])
        if not self.content_note:
            return result
        note = nodes.container(classes=["editorial", "content-note"])
        note += nodes.raw("", "<details><summary>Content note</summary>", format="html")
        note += self.parse_text_to_nodes(self.content_note)
        note += nodes.raw("", "</details>", format="html")
        return [note, *result]


class StudyGuidePart(SphinxDirective):
    """A part of the study guide: ``questions ID``, ``cross``, ``order`` or ``sessions``;
    ``questions`` alone gives every text's questions, each text in its section."""

    required_arguments = 1
    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        part = self.arguments[0]
        try:
            known = by_slug = records(self)
            apparatus_file(self, "study_guide")
            guide = model(self.env).study_guide
            docnames = {slug: r.docname for slug, r in by_slug.items()}
            titles = {slug: r.display_title for slug, r in by_slug.items()}
            units = question_units(guide)
            if part == "questions" and len(self.arguments) == 1:
                return self._every_text(guide, known, units)
            if part == "questions":
                record = model(self.env).record(self.arguments[1])
                text = chapter_questions(guide, record.slug)
                units = [u for u in units if u.page == record.slug]
                if not text:
                    # Questions are optional: a text without them has no such block.
                    return []
                if record.docname == self.env.docname:
                    text = (
                        ":::{rubric} Questions for discussion\n:::\n\nFrom the "
                        "{doc}`study guide </book/study-guide>`.\n\n" + text
                    )
            elif part == "cross":
                text = cross_questions(guide, titles)
                units = [u for u in units if u.page not in by_slug]
            elif part == "order":
                text = reading_order(guide, docnames)
            elif part == "sessions":
                self._register(session_units(guide))
                return [self._sessions(guide, docnames)]
            else:
                raise self.error(f"unknown study guide part {part!r}")
        except (EditionError, KeyError) as error:
            raise self.error(str(error)) from None
        container = nodes.container(classes=["editorial", "study-guide", f"study-{part}"])
        container += self.parse_text_to_nodes(text)
        if part in ("questions", "cross"):
            self._anchor_questions(container, units)
        return [container]

    def _every_text(
        self, guide: StudyGuide, known: dict[str, Record], units: list[Unit]
    ) -> list[nodes.Node]:
        """The questions on each text that has some, each text in its section."""
        parts = []
        for record in in_book_order(self.env, known):
            text = chapter_questions(guide, record.slug)
            if text:
                container = nodes.container(classes=["editorial", "study-guide", "study-questions"])
                container += self.parse_text_to_nodes(text)
                self._anchor_questions(container, [u for u in units if u.page == record.slug])
                parts.append((record, [container]))
        return text_sections(self, "study-guide", parts)

    def _sessions(self, guide: StudyGuide, docnames: dict[str, str]) -> nodes.container:
        """Each session, with links to its packet's page and PDF where it has a packet."""
        container = nodes.container(classes=["editorial", "study-guide", "study-sessions"])
        for session in sorted(guide.sessions, key=lambda s: s.number):
            packet = packet_docname(session)
            has_packet = packet in self.env.found_docs
            container += self.parse_text_to_nodes(
                session_markdown(session, docnames, packet if has_packet else "")
            )
            if has_packet:
                html = packet_link(self.env.docname, session_anchor(session))
                container += web_only(nodes.raw("", html, format="html"))
        return container

    def _register(self, units: list[Unit]) -> None:
        """Check the guide's ids against the anchor registry, as the paragraphs are."""
        found = self.env.edition_paragraphs.setdefault(self.env.docname, [])
        found += [Entry(u.page, u.number, u.anchor, first_words(u.text)) for u in units]

    def _anchor_questions(self, container: nodes.container, units: list[Unit]) -> None:
        """Give each question its stable id; on the study guide, also a label for {ref}."""
        items = [i for i in container.findall(nodes.list_item) if i.parent.parent is container]
        # The study guide is the questions' home; a chapter repeats its own questions.
        guide_page = chapter_slug(self.env, self.env.docname) is None
        std = self.env.domains["std"]
        for item, unit in zip(items, units, strict=True):
            item["ids"].insert(0, unit.anchor)
            item["classes"].append("question")
            if guide_page:
                self._register([unit])
                std.anonlabels[unit.anchor] = (self.env.docname, unit.anchor)
                title = f"Question {unit.number[1:]}"
                std.labels[unit.anchor] = (self.env.docname, unit.anchor, title)


HYPOTHESIS = "https://hypothes.is/embed.js"
DISCUSS_NOTE = (
    "Annotate this text with your study group. The annotations are made with Hypothesis, a "
    "separate service: nothing is loaded from it until you select the button, and from then "
    "on it sees the pages you read. To keep notes within your group, create a private group "
    "in your Hypothesis account and choose it before you annotate."
)


class Discuss(SphinxDirective):
    """The opt-in "Discuss with your group" control: Hypothesis loads only when asked for."""

    def run(self) -> list[nodes.Node]:
        container = nodes.container(classes=["editorial", "discuss"])
        heading = ":::{rubric} Discuss with your group\n:::\n\n"
        content = self.parse_text_to_nodes(heading + DISCUSS_NOTE)
        content.append(
            nodes.raw(
                "",
                f'<button type="button" class="discuss-open" data-src="{HYPOTHESIS}">'
                "Load Hypothesis to annotate</button>",
                format="html",
            )
        )
        container.extend(toolbar_item("Discuss", content))
        return [web_only(container)]


class Downloads(SphinxDirective):
    """The download links: with a text's slug, that text's PDF first; then the whole book."""

    optional_arguments = 1

    def run(self) -> list[nodes.Node]:
        slug = None
        if self.arguments:
            try:
                records(self)
                slug = model(self.env).record(self.arguments[0]).slug
            except EditionError as error:
                raise self.error(str(error)) from None
        links = nodes.raw("", download_links(self.env.docname, slug), format="html")
        container = nodes.container(classes=["editorial", "downloads"])
        # On a text's chapter the links are an item of its toolbar.
        container.extend(toolbar_item("Download", [links]) if slug else [links])
        return [web_only(container)]


def web_only(node: nodes.Node) -> nodes.Node:
    """``node`` left out of the EPUB, where it could not work (scripts, links to downloads)."""
    only = addnodes.only(expr="not epub")
    only += node
    return only
