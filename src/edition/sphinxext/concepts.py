"""The concept analysis in the book, without a kernel: a chapter's concept figure and one
page per concept listing every use with its paragraph, built from the texts at build time."""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from edition import paths
from edition.apparatus.model import EditionModel
from edition.errors import EditionError
from edition.sphinxext.context import model, note_inputs, rendered
from edition.texts.myst import escape_inline

# pandas and matplotlib (the analysis, its charts) take seconds to import: they are imported
# where a page needs an analysis made afresh, which an incremental build mostly does not.
if TYPE_CHECKING:
    from edition.analysis.notebook import Corpus

# One analysis of all texts per build (per model), not one per chapter and concept page:
# each page's own would make the build grow with the square of the texts.
_ANALYSED: WeakKeyDictionary[EditionModel, Corpus] = WeakKeyDictionary()


def _inputs(directive: SphinxDirective) -> list[Path]:
    """What the analysis is made from: the lexicon and every text; the page depends on them."""
    edition = model(directive.env)
    inputs = [edition.path("lexicon"), *edition.text_inputs()]
    note_inputs(directive.env, inputs)
    return inputs


def _corpus(directive: SphinxDirective) -> Corpus:
    from edition.analysis.notebook import Corpus

    edition = model(directive.env)
    _inputs(directive)
    if edition not in _ANALYSED:
        _ANALYSED[edition] = Corpus(model=edition)
    return _ANALYSED[edition]


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()


def _raw(html: str) -> nodes.raw:
    return nodes.raw("", html, format="html")


class ConceptFigure(SphinxDirective):
    """Where the concepts occur in this chapter's text, linked to its paragraphs and notebook."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        try:
            record = model(self.env).record(self.arguments[0])
            # The figure is made from the capture and the lexicon, not from the chapter's
            # source: a chapter read again for its words keeps the figure it had.
            key = ("concept-figure", record.slug, _digest(_inputs(self)))
            svg = rendered(self.env, key, lambda: self._figure(record.slug))
        except (EditionError, KeyError) as error:
            raise self.error(str(error)) from None
        container = nodes.container(classes=["editorial", "concept-figure"])
        container += self.parse_text_to_nodes(":::{rubric} Concepts in this text\n:::\n")
        container += _raw(svg)
        container += self.parse_text_to_nodes(
            "Each point links to its paragraph; the concepts are those of the "
            "{doc}`glossary </book/glossary>`. Explore them further in this text's notebook, "
            f"{{doc}}`/{paths.notebook(record.slug)}`."
        )
        return [container]

    def _figure(self, slug: str) -> str:
        # On the chapter page itself, each point links to its paragraph's anchor.
        return _corpus(self).text(slug).occurrence_figure(link=lambda anchor: f"#{anchor}")


class ConceptOccurrences(SphinxDirective):
    """A concept page: its rate in each text, then every use in context with its paragraph."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        import pandas as pd

        from edition.analysis import charts
        from edition.analysis import corpus as analysis
        from edition.analysis.notebook import figure

        try:
            corpus = _corpus(self)
            concept = corpus.concept(self.arguments[0])
        except (EditionError, StopIteration) as error:
            raise self.error(f"unknown concept {self.arguments[0]!r} ({error})") from None
        counts = corpus.counts[concept.id].groupby(corpus.paragraphs["text"]).sum()
        lengths = corpus.paragraphs.groupby("text")["words"].sum()
        order = list(dict.fromkeys(corpus.paragraphs["text"]))
        rates = (counts * 1000 / lengths).loc[order]
        svg = charts.bar_chart(
            rates,
            corpus.titles,
            f"“{concept.label}” in each text",
            "uses per 1,000 words",
            lambda slug: f"#concept-{concept.id}-in-{slug}",
        )
        table = pd.DataFrame(
            {"uses": counts.loc[order], "words": lengths.loc[order], "per 1,000 words": rates}
        ).rename(index=corpus.titles)
        intro = (
            f"The glossary entry: {{term}}`{concept.glossary}`. Each bar links to the text's "
            "uses below, and each use to its paragraph."
        )
        result = self.parse_text_to_nodes(intro)
        result.append(_raw(figure(svg, table, f"Uses of “{concept.label}” in each text")))
        lines = analysis.keyword_in_context(corpus.paragraphs, concept)
        # The chart's links are inside an image to assistive technology (and to a PDF);
        # the same links as text reach every reader.
        jumps = " · ".join(
            f'<a href="#concept-{concept.id}-in-{slug}">{escape(corpus.titles[slug])}</a> '
            f"({int((lines['text'] == slug).sum())})"
            for slug in order
        )
        result.append(_raw(f'<p class="kwic-jump">Uses in each text: {jumps}</p>'))
        for slug in order:
            mine = lines[lines["text"] == slug]
            section = nodes.container(
                ids=[f"concept-{concept.id}-in-{slug}"], classes=["kwic-text"]
            )
            uses = f"{len(mine)} use{'s' if len(mine) != 1 else ''}"
            heading = f"{escape_inline(corpus.titles[slug])}: {uses}"
            section += self.parse_text_to_nodes(f":::{{rubric}} {heading}\n:::\n")
            items = [
                f"- {{ref}}`¶ {row.number} <{slug}-{row.anchor}>` …{escape_inline(row.left)}"
                f"**{escape_inline(row.keyword)}**{escape_inline(row.right)}…"
                for row in mine.itertuples()
            ]
            if items:
                section += self.parse_text_to_nodes("\n".join(items))
            result.append(section)
        return result
