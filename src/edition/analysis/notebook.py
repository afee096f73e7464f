"""What the notebooks call: the analysis of one text or of all, shown as linked charts with
their data tables, and a keyword-in-context explorer.

Links are relative to the notebook pages of the built book (``notebooks/<name>.html``), so
every point, bar and line leads to the paragraph or concept page it counts.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from itertools import count
from pathlib import Path

import pandas as pd

from edition import paths
from edition.analysis import charts
from edition.analysis import corpus as analysis
from edition.apparatus.lexicon import Concept
from edition.apparatus.model import EditionModel, Settings
from edition.errors import EditionError

_EXPLORERS = count()


def find_root(start: str | Path = ".") -> Path:
    """The edition's root folder: the nearest one from ``start`` up holding the book's
    configuration (``_config.yml``), which says where the sources are."""
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        if (folder / "_config.yml").is_file():
            return folder
    raise EditionError(start, "no edition here or above: no folder holds a _config.yml")


def paragraph_link(text: str, anchor: str) -> str:
    return f"../{paths.page(paths.chapter(text))}#{anchor}"


def concept_link(concept: str) -> str:
    return f"../{paths.page(paths.concept(concept))}"


class Html(str):
    """HTML that Jupyter displays as such (and MyST-NB renders inline, links and all)."""

    def _repr_html_(self) -> str:
        return str(self)


def figure(svg: str, table: pd.DataFrame, caption: str) -> Html:
    """A chart and, beside it, its data table: the accessible alternative to the chart."""
    return Html(
        f'<figure class="edition-chart">{svg}<figcaption>{escape(caption)}</figcaption></figure>'
        f'<details class="edition-chart-data"><summary>Data table: {escape(caption)}</summary>'
        f"{table.to_html(float_format=lambda v: f'{v:.1f}', border=0)}</details>"
    )


def kwic_html(lines: pd.DataFrame, titles: dict[str, str], caption: str) -> Html:
    """Keyword-in-context lines as a table whose paragraph cells link to the paragraphs."""
    if lines.empty:
        return Html(f"<p>{escape(caption)}: no uses.</p>")
    rows = "".join(
        "<tr>"
        f"<td>{escape(titles[row.text])}</td>"
        f'<td><a href="{paragraph_link(row.text, row.anchor)}">¶ {escape(row.number)}</a></td>'
        f'<td class="kwic-left">{escape(row.left)}</td>'
        f"<td><strong>{escape(row.keyword)}</strong></td>"
        f"<td>{escape(row.right)}</td>"
        "</tr>"
        for row in lines.itertuples()
    )
    return Html(
        f'<table class="kwic"><caption>{escape(caption)}</caption><thead><tr><th>Text</th>'
        "<th>Paragraph</th><th>Before</th><th>Keyword</th><th>After</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


class Corpus:
    """All texts' paragraphs, the lexicon and the counts, loaded once."""

    def __init__(self, root: str | Path | None = None, model: EditionModel | None = None) -> None:
        # The build passes its model (its texts are cleaned already); a notebook finds the
        # edition's root and reads it with the settings of the book's _config.yml.
        if model is None:
            root = Path(root) if root else find_root(".")
            model = EditionModel(root, Settings.from_book(root))
        self.root = model.root
        self.model = model
        self.paragraphs, self.concepts = analysis.model_corpus(model)
        self.counts = analysis.concept_counts(self.paragraphs, self.concepts)
        self.labels = {c.id: c.label for c in self.concepts}
        self.titles = dict(zip(self.paragraphs["text"], self.paragraphs["title"], strict=False))

    def concept(self, id: str) -> Concept:
        """The lexicon's concept ``id``; an id the lexicon lacks is an error naming the lexicon."""
        return self.model.concept(id)

    def text(self, slug: str) -> TextAnalysis:
        return TextAnalysis(self, slug)

    def rates(self) -> pd.DataFrame:
        return analysis.rates_per_thousand(self.paragraphs, self.counts)

    def profile_figure(self) -> Html:
        rates = self.rates()
        svg = charts.heatmap(
            rates,
            self.titles,
            self.labels,
            "Concepts across the texts",
            "uses per 1,000 words",
            lambda _text, concept: concept_link(concept),
        )
        table = rates.rename(index=self.titles, columns=self.labels).T
        return figure(svg, table, "Uses per 1,000 words of each concept in each text")

    def cooccurrence_figure(self) -> Html:
        pairs = analysis.cooccurrence(self.counts)
        used = [c for c in pairs.index if pairs.loc[c, c] > 0]
        pairs = pairs.loc[used, used]
        svg = charts.heatmap(
            pairs,
            self.labels,
            self.labels,
            "Concepts used in the same paragraph",
            "paragraphs in which both occur",
            lambda _row, concept: concept_link(concept),
            ylabel="Concept",
        )
        return figure(
            svg,
            pairs.rename(index=self.labels, columns=self.labels),
            "Number of paragraphs, in all the texts, in which both concepts occur",
        )

    def analogy_figure(self) -> Html:
        """The Critique's analogy, "charity is to solidarity what ally is to affinity"."""
        pairs = ["charity", "solidarity", "ally", "affinity"]
        rates = self.rates()[pairs]
        svg = charts.grouped_bars(
            rates,
            self.titles,
            self.labels,
            "Charity : solidarity :: ally : affinity, in each text",
            "uses per 1,000 words",
            lambda _text, concept: concept_link(concept),
        )
        return figure(
            svg,
            rates.rename(index=self.titles, columns=self.labels),
            "Uses per 1,000 words of the four terms of the analogy",
        )

    def comparison_figure(self, first: str, second: str) -> Html:
        """Concept rates of two texts side by side."""
        rates = self.rates().loc[[first, second]]
        rates = rates.loc[:, (rates > 0).any()]
        svg = charts.grouped_bars(
            rates.T,
            self.labels,
            self.titles,
            f"Vocabulary of {self.titles[first]} and {self.titles[second]} compared",
            "uses per 1,000 words",
            lambda concept, _text: concept_link(concept),
        )
        table = rates.T.rename(index=self.labels, columns=self.titles)
        return figure(svg, table, "Uses per 1,000 words in each of the two texts")


class TextAnalysis:
    """The concept analysis of one text."""

    def __init__(self, corpus: Corpus, slug: str) -> None:
        self.corpus = corpus
        self.slug = slug
        self.title = corpus.titles[slug]
        rows = corpus.paragraphs["text"] == slug
        self.paragraphs = corpus.paragraphs[rows]
        self.counts = corpus.counts[rows]

    def used_concepts(self) -> list[str]:
        return [c for c in self.counts.columns if self.counts[c].sum() > 0]

    def occurrence_figure(self, link: Callable[[str], str] | None = None) -> Html:
        """Where each concept occurs; ``link`` turns an anchor into the URL its point opens
        (by default the chapter's paragraph, seen from a notebook page)."""
        svg = charts.occurrence_chart(
            self.paragraphs,
            self.counts,
            self.corpus.labels,
            f"Where each concept occurs in “{self.title}”",
            link or (lambda anchor: paragraph_link(self.slug, anchor)),
        )
        used = self.used_concepts()
        table = (
            self.counts[used].set_axis(self.paragraphs["number"]).rename(columns=self.corpus.labels)
        )
        table = table.loc[table.sum(axis=1) > 0]
        table.index.name = "¶"
        return figure(svg, table, "Uses of each concept in each paragraph that has any")

    def rate_figure(self) -> Html:
        words = int(self.paragraphs["words"].sum())
        rates = self.counts[self.used_concepts()].sum() * 1000 / words
        svg = charts.bar_chart(
            rates,
            self.corpus.labels,
            f"Which concepts dominate “{self.title}”",
            "uses per 1,000 words",
            concept_link,
        )
        table = (
            pd.DataFrame({"uses": self.counts[rates.index].sum(), "per 1,000 words": rates})
            .rename(index=self.corpus.labels)
            .sort_values("uses", ascending=False)
        )
        return figure(svg, table, f"Uses of each concept in {words:,} words")

    def default_concept(self) -> str:
        return self.counts.sum().idxmax()

    def kwic(self, concept: str) -> Html:
        lines = analysis.keyword_in_context(self.paragraphs, self.corpus.concept(concept))
        caption = f"“{self.corpus.labels[concept]}” in context, in “{self.title}”"
        return kwic_html(lines, self.corpus.titles, caption)

    def kwic_explorer(self):
        """A control to choose the concept, and its lines in context below it."""
        import ipywidgets as widgets
        from IPython.display import display

        # Widget ids are random by default and are saved with the executed notebook; ids
        # counted per kernel keep two builds of the book identical, and a re-run distinct.
        prefix = f"edition-{self.slug}-kwic-{next(_EXPLORERS)}"

        def ids(name: str) -> dict:
            return {
                "model_id": f"{prefix}-{name}",
                "layout": widgets.Layout(model_id=f"{prefix}-{name}-layout"),
            }

        choice = widgets.Dropdown(
            options=[(self.corpus.labels[c], c) for c in self.used_concepts()],
            value=self.default_concept(),
            description="Concept",
            style=widgets.widget_description.DescriptionStyle(model_id=f"{prefix}-concept-style"),
            **ids("concept"),
        )
        output = widgets.Output(**ids("output"))

        def show(change: dict | None = None) -> None:
            output.clear_output()
            with output:
                display(self.kwic(choice.value))

        choice.observe(show, names="value")
        show()
        return widgets.VBox([choice, output], **ids("box"))
