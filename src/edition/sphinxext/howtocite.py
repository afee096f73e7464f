"""The "How to cite" page: the texts' short titles, and citations worked in every style.

The examples are the CSL engine's output for units the edition really has (the first text
with responses gives the response example, and so on), so the page can never show a citation
the cite menu would not copy.
"""

from __future__ import annotations

from sphinx.util.docutils import SphinxDirective

from edition.apparatus.citation import STYLE_LABELS, Locator
from edition.apparatus.studyguide import question_units
from edition.errors import EditionError
from edition.sphinxext.context import (
    RELATIVE_URL_NOTE,
    cite_example,
    edition_citations,
    model,
    note_inputs,
    page_url,
)
from edition.sphinxext.directives import apparatus_file, records
from edition.texts.myst import escape, link
from edition.texts.paragraphs import citable_paragraphs
from edition.texts.provenance import Record


def sigla_table(known: dict[str, Record]) -> str:
    """A MyST table: each text's short title, full title (linked) and chapter page."""
    rows = [
        f"| {escape(r.siglum)} | {link(r.display_title, f'/{r.docname}.md')} | `{r.docname}.html` |"
        for r in known.values()
    ]
    head = "| Short title | Text | Page |\n| --- | --- | --- |"
    return "\n".join([head, *rows]) + "\n"


def _styles(citations: dict[str, str]) -> str:
    return "\n\n".join(
        f"{STYLE_LABELS[style]}\n: ```text\n  {text.replace(chr(10), chr(10) + '  ')}\n  ```"
        for style, text in citations.items()
    )


class _HowToCite(SphinxDirective):
    def run(self):
        try:
            text = self.markdown(records(self))
        except EditionError as error:
            raise self.error(str(error)) from None
        if not self.config.html_baseurl:
            text = f"{RELATIVE_URL_NOTE}\n\n{text}"
        return self.parse_text_to_nodes(text)

    def markdown(self, known: dict[str, Record]) -> str:
        raise NotImplementedError


class CiteSigla(_HowToCite):
    """The table of short titles, from the provenance records."""

    def run(self):
        try:
            return self.parse_text_to_nodes(sigla_table(records(self)))
        except EditionError as error:
            raise self.error(str(error)) from None


class CiteExamples(_HowToCite):
    """A paragraph, a response and an author's note, each cited in every style; then a
    question of the study guide, which is the editors' and so cited as the edition's."""

    def markdown(self, known: dict[str, Record]) -> str:
        edition = model(self.env)
        examples = []
        for kind, pick in (("paragraph", _paragraph), ("response", _response), ("note", _note)):
            for record in known.values():
                note_inputs(self.env, edition.text_inputs(record.slug))
                found = pick(edition.text(record.slug))
                if found:
                    examples.append((kind, record, *found))
                    break
        parts = []
        for kind, record, number, anchor, shown in examples:
            url = f"{page_url(self.config.html_baseurl, record.docname)}#{anchor}"
            citations = cite_example(record, self.config, url, Locator(kind, number, anchor))
            heading = f"**{escape(record.siglum)} {shown}** (`#{anchor}`)"
            parts.append(f"{heading}\n\n{_styles(citations)}")
        parts += self._question(known)
        return "\n\n".join(parts) + "\n"

    def _question(self, known: dict[str, Record]) -> list[str]:
        edition = model(self.env)
        if not edition.path("study_guide").exists():
            return []
        apparatus_file(self, "study_guide")
        units = question_units(edition.study_guide)
        if not units:
            return []
        unit = units[0]
        sigla = {r.slug: r.siglum for r in known.values()}
        where = f"{sigla[unit.page]} {unit.number}" if unit.page in sigla else unit.number
        url = f"{page_url(self.config.html_baseurl, 'book/study-guide')}#{unit.anchor}"
        heading = f"**Study guide, {escape(where)}** (`#{unit.anchor}`)"
        return [f"{heading}\n\n{_styles(edition_citations(self.config, url))}"]


def _paragraph(text):
    numbered = [p for p in citable_paragraphs(text) if not p.number.startswith("R")]
    # The second paragraph: the first of a letter is its salutation.
    p = numbered[min(1, len(numbered) - 1)] if numbered else None
    return (p.number, p.anchor, f"¶ {p.number}") if p else None


def _response(text):
    responses = [p for p in citable_paragraphs(text) if p.number.startswith("R")]
    return (responses[0].number, responses[0].anchor, responses[0].number) if responses else None


def _note(text):
    if not text.endnotes:
        return None
    number = str(text.endnotes[-1].number)
    return number, f"n{number}", f"n. {number}"


class CiteEdition(_HowToCite):
    """The edition itself, in every style, with its version."""

    def markdown(self, known: dict[str, Record]) -> str:
        url = page_url(self.config.html_baseurl, "book/index")
        return _styles(edition_citations(self.config, url)) + "\n"
