import re

import pandas as pd
from bs4 import BeautifulSoup

from edition.analysis.charts import bar_chart, heatmap, occurrence_chart

LABELS = {"ally": "ally / allyship", "charity": "charity"}


def occurrence():
    paragraphs = pd.DataFrame(
        {"position": [1, 2, 3], "anchor": ["p1", "p2", "p3"], "number": ["1", "2", "3"]}
    )
    counts = pd.DataFrame({"ally": [1, 0, 2], "charity": [0, 1, 0]})
    return occurrence_chart(paragraphs, counts, LABELS, "Where", lambda a: f"text.html#{a}")


def test_points_link_to_their_paragraphs_and_the_chart_is_described():
    svg = BeautifulSoup(occurrence(), "html.parser").svg
    links = sorted(a["xlink:href"] for a in svg.find_all("a"))
    assert links == ["text.html#p1", "text.html#p2", "text.html#p3"]
    titles = sorted(a.title.string for a in svg.find_all("a"))
    assert titles == ["Paragraph 1", "Paragraph 2", "Paragraph 3"]
    assert svg["role"] == "img"
    assert svg["aria-label"] == "Where: ally / allyship in 2 paragraphs, charity in 1 paragraph."
    text = svg.get_text(" ")
    assert "Where" in text and "Paragraph number" in text and "Concept" in text


def test_the_paragraph_axis_has_whole_numbers_only():
    svg = BeautifulSoup(occurrence(), "html.parser").svg
    ticks = [g.get_text(" ", strip=True) for g in svg.select('g[id*="-xtick_"]')]
    # A three-paragraph text: matplotlib's default ticks would be 1.00, 1.25 … 3.00.
    assert ticks and all(re.fullmatch(r"\d+", tick) for tick in ticks), ticks


def test_charts_are_drawn_the_same_every_time():
    assert occurrence() == occurrence()


def test_bars_and_cells_link_to_concept_pages():
    bars = bar_chart(
        pd.Series({"ally": 2.0, "charity": 5.0}),
        LABELS,
        "Rates",
        "per 1,000",
        lambda c: f"{c}.html",
    )
    assert [a["xlink:href"] for a in BeautifulSoup(bars, "html.parser").find_all("a")] == [
        "charity.html",
        "ally.html",
    ]
    table = pd.DataFrame({"ally": [1.0, 0.0]}, index=["t1", "t2"])
    cells = heatmap(
        table, {"t1": "T1", "t2": "T2"}, LABELS, "Heat", "uses", lambda r, c: f"{c}#{r}"
    )
    assert [a["xlink:href"] for a in BeautifulSoup(cells, "html.parser").find_all("a")] == [
        "ally#t1",
        "ally#t2",
    ]


def test_two_charts_on_a_page_share_no_id_and_keep_their_references():
    first = occurrence()
    second = bar_chart(pd.Series({"ally": 2.0}), LABELS, "Rates", "per 1,000", str)
    ids = [
        [tag["id"] for tag in BeautifulSoup(svg, "html.parser").find_all(id=True)]
        for svg in (first, second)
    ]
    assert ids[0] and ids[1] and not set(ids[0]) & set(ids[1])
    for svg, defined in zip((first, second), ids, strict=True):
        references = re.findall(r'(?:url\(#|href="#)([^)"]+)', svg)
        assert references and set(references) <= set(defined)


def test_charts_carry_no_metadata_block():
    assert "<metadata" not in occurrence() and "rdf:" not in occurrence()
