"""The notebooks in the repository: no outputs, linked to their chapters, widgets with a
static figure beside them; and their pages in the built book."""

import json
import re

import pytest
from conftest import ROOT
from site_text import article, page

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_there_is_a_notebook_per_text_and_one_across_them(records):
    names = {path.stem for path in NOTEBOOKS}
    assert names == {r.slug for r in records.values()} | {"across-the-texts"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebooks_are_committed_without_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    assert "widgets" not in notebook["metadata"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_every_widget_has_a_static_figure_after_it(path):
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    for index, cell in enumerate(cells):
        if "explorer()" in "".join(cell["source"]):
            assert "remove-output" in cell["metadata"].get("tags", [])
            following = "".join(cells[index + 1]["source"])
            assert "kwic(" in following and "default_concept()" in following


def test_chapters_and_notebooks_link_both_ways(site, records):
    for record in records.values():
        chapter = article(page(site / f"{record.docname}.html"))
        assert chapter.select_one(f".concept-figure a[href$='notebooks/{record.slug}.html']")
        notebook = article(page(site / f"notebooks/{record.slug}.html"))
        assert notebook.select_one(f"a[href$='book/essays/{record.slug}.html']")


@pytest.mark.parametrize("name", ["not-enough", "critique-of-ally-politics"])
def test_notebook_pages_show_linked_figures_and_the_static_keyword_table(site, name):
    body = article(page(site / f"notebooks/{name}.html"))
    charts = body.select("figure.edition-chart svg[role='img']")
    assert len(charts) == 2
    links = [a["xlink:href"] for a in charts[0].select("a")]
    assert links and all(link.startswith(f"../book/essays/{name}.html#p") for link in links)
    assert len(body.select("details.edition-chart-data table")) == 2
    kwic = body.select_one("table.kwic")
    assert kwic is not None and kwic.select("a[href*='#p']")
    assert "Dropdown" not in body.get_text()


def test_every_concept_has_a_page_listing_its_uses(site, cleaned):
    from edition.apparatus.lexicon import load_lexicon

    for concept in load_lexicon(ROOT / "apparatus" / "concepts.toml"):
        body = article(page(site / f"book/concepts/{concept.id}.html"))
        uses = sum(
            len(concept.find(b.text))
            for text in cleaned.values()
            for b in text.body
            if b.kind in {"paragraph", "salutation", "list-item", "epigraph"}
        )
        lines = body.select("div.kwic-text li")
        assert len(lines) == uses, concept.id
        assert all(line.select_one("a[href*='#p']") for line in lines)
        assert body.select_one("figure.edition-chart svg")
    glossary = page(site / "book/glossary.html")
    assert len(glossary.select("a[href*='concepts/']")) >= 17


_NUMBERS = {"no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_DATED = re.compile(
    r"\b(no|one|two|three|four|five|six)(?: of the)? (?:texts|captured pages|captures)"
    r" (?:carry|carries) dates?\b",
    re.IGNORECASE,
)


def _prose() -> dict[str, str]:
    """The reader-facing prose that speaks of the texts' history: every notebook's Markdown
    cells and the home page."""
    found = {"book/index.md": (ROOT / "book" / "index.md").read_text(encoding="utf-8")}
    for path in NOTEBOOKS:
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        found[path.name] = "\n".join(
            "".join(c["source"]) for c in cells if c["cell_type"] == "markdown"
        )
    return found


def test_the_prose_counts_the_dated_texts_as_the_records_do(records):
    """C1 of the editorial review: a notebook said only two texts are dated."""
    dated = sum(r.date != "unknown" for r in records.values())
    claims = [(name, m[1]) for name, text in _prose().items() for m in _DATED.finditer(text)]
    assert claims, "no prose states how many texts are dated: has the wording moved?"
    for name, number in claims:
        assert _NUMBERS[number.lower()] == dated, (name, number)


def test_no_prose_makes_an_excerpt_an_excerpt_of_the_zine(records):
    """C1: the Excerpt's page calls it an excerpt from a chapter of an anthology, which is
    what the record says; no prose may call it an excerpt of the zine."""
    assert any(r.excerpt_of for r in records.values())
    for name, text in _prose().items():
        assert not re.search(r"excerpt (?:of|from) the (?:2013 )?zine", text, re.I), name
