"""Each text's concept notebook (``notebooks/<slug>.ipynb``), rendered from one template.

The notebooks differ only in the text they name, so they are made, not copied: the command
that adds a text writes its notebook from here, ``scripts/render_notebooks.py`` rewrites
them all when the template changes, and a test checks that each committed notebook is this
rendering of its record. They are committed without outputs; the build runs them.
"""

from __future__ import annotations

import json

from edition import paths
from edition.texts.myst import escape_inline, link
from edition.texts.provenance import Record

# The notebook every text shares, which is not rendered from this template.
ACROSS = "across-the-texts"

_INTRO = (
    "Where the concepts of the edition's {{doc}}`glossary </book/glossary>` occur in {chapter}, "
    "which dominate, and how each is used in context. Every point, bar and line links to the "
    "paragraph or concept page it counts; each chart has its data table below it. Which words "
    "count as each concept is set in the edition's concept lexicon "
    "(`apparatus/concepts.toml`). Reader responses are not counted."
)

# (cell id, kind, tags, source): ``{slug}`` is the text's slug, a Python string literal.
_CELLS = (
    (
        "load",
        "code",
        ("hide-input",),
        "from edition.analysis.notebook import Corpus\n\n"
        "corpus = Corpus()\ntext = corpus.text({slug})",
    ),
    (
        "occurrences-heading",
        "markdown",
        (),
        "## Where each concept occurs\n\nOne row per concept, one point per paragraph that "
        "uses it; the larger the point, the more uses. Select a point to read its paragraph.",
    ),
    ("occurrences", "code", ("hide-input",), "text.occurrence_figure()"),
    (
        "rates-heading",
        "markdown",
        (),
        "## Which concepts dominate\n\nUses of each concept per 1,000 words of the text.",
    ),
    ("rates", "code", ("hide-input",), "text.rate_figure()"),
    (
        "kwic-heading",
        "markdown",
        (),
        "## Keyword in context\n\nEvery use of a concept with the words around it, and a link "
        "to its paragraph. In Binder or Jupyter, choose the concept with the control; the "
        "table after it shows the default choice, for readers of the book without a running "
        "kernel.",
    ),
    # A widget shows nothing without a kernel: the static table of its default state follows.
    ("kwic-explorer", "code", ("remove-output",), "text.kwic_explorer()"),
    ("kwic", "code", ("hide-input",), "text.kwic(text.default_concept())"),
)

_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


def notebook_path(slug: str) -> str:
    """The notebook's path from the book's root, without suffix (as ``_toc.yml`` names it)."""
    return paths.notebook(slug)


def _lines(text: str) -> list[str]:
    # Jupyter keeps a cell's source as its lines, each with its line feed but the last.
    return text.splitlines(keepends=True)


def _cell(id: str, kind: str, tags: tuple[str, ...], source: str) -> dict:
    cell: dict = {"cell_type": kind, "id": id, "metadata": {}, "source": _lines(source)}
    if tags:
        cell["metadata"]["tags"] = list(tags)
    if kind == "code":
        cell |= {"execution_count": None, "outputs": []}
    return cell


def render_notebook(record: Record) -> str:
    """The text's notebook as the .ipynb file's content, as Jupyter itself writes it."""
    chapter = link(record.display_title, f"/{record.docname}.md")
    title = (
        f"(notebook-{record.slug})=\n# Concepts in “{escape_inline(record.display_title)}”\n\n"
        f"{_INTRO.format(chapter=chapter)}\n\nBack to the chapter: {chapter}."
    )
    cells = [_cell("title", "markdown", (), title)]
    # json.dumps gives a Python string literal for any slug the records allow.
    cells += [
        _cell(id, kind, tags, source.replace("{slug}", json.dumps(record.slug)))
        for id, kind, tags, source in _CELLS
    ]
    notebook = {"cells": cells, "metadata": _METADATA, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(notebook, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
