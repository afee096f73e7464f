"""Charts of the concept analysis as inline SVG whose marks link to what they count.

Every chart has a title and labelled axes, uses colours that stay distinct for colour-blind
readers (the Okabe–Ito palette; cividis for scales), carries a text alternative, and is
drawn reproducibly (fixed SVG ids, no date).  Marks carry links: a point to the paragraph it
counts, a bar or a cell to the concept's page.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
from collections.abc import Callable

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import MaxNLocator

# Okabe–Ito, without its yellow, which is too pale on white.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"]
STYLE = {
    "svg.hashsalt": "from-ally-to-affinity",
    "svg.fonttype": "none",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
# No RDF metadata block: it only says "made by matplotlib", and XHTML (EPUB) rejects it.
_NO_METADATA = {"Creator": None, "Date": None, "Format": None, "Type": None}


def to_svg(figure: plt.Figure, description: str, link_titles: dict[str, str]) -> str:
    """The figure as an inline SVG element with ``description`` as its text alternative, and
    each linked mark titled by ``link_titles`` (URL to title), as EPUB readers expect."""
    buffer = io.StringIO()
    with plt.rc_context(STYLE):
        figure.savefig(buffer, format="svg", metadata=_NO_METADATA, bbox_inches="tight")
    plt.close(figure)
    svg = buffer.getvalue()
    # Links stay in the book's tab: matplotlib opens every link in a new one.
    svg = svg[svg.index("<svg") :].replace(' target="_blank"', "")
    # Hundredths of a point are finer than any screen shows; six decimals only add weight.
    svg = re.sub(r"(\d\.\d\d)\d+", r"\1", svg)
    svg = _titled_links(_scoped_ids(svg), link_titles)
    return re.sub(
        r"<svg ", f'<svg role="img" aria-label="{_attribute(description)}" ', svg, count=1
    )


def _attribute(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _scoped_ids(svg: str) -> str:
    """Every id of the figure prefixed by a digest of it: matplotlib numbers its groups
    (``axes_1``, ``xtick_1``) afresh in each figure, so two figures on a page would share ids."""
    scope = "f" + hashlib.sha1(svg.encode("utf-8")).hexdigest()[:8]
    defined = set(re.findall(r'\bid="([^"]+)"', svg))
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{scope}-\1"', svg)

    def scoped(match: re.Match[str]) -> str:
        prefix, name = match.groups()
        return f"{prefix}{scope}-{name}" if name in defined else match.group(0)

    return re.sub(r'(url\(#|href="#)([^)"]+)', scoped, svg)


def _titled_links(svg: str, link_titles: dict[str, str]) -> str:
    def titled(match: re.Match[str]) -> str:
        title = link_titles[html.unescape(match.group(1))]
        return f"{match.group(0)}<title>{_attribute(title)}</title>"

    return re.sub(r'<a xlink:href="([^"]*)">', titled, svg)


def _paragraphs(number: int) -> str:
    """The count as a text alternative reads it: "1 paragraph", "2 paragraphs"."""
    return f"{number} paragraph" if number == 1 else f"{number} paragraphs"


def occurrence_chart(
    paragraphs: pd.DataFrame,
    counts: pd.DataFrame,
    labels: dict[str, str],
    title: str,
    link: Callable[[str], str],
) -> str:
    """Where each concept occurs along a text: one row per concept, a point per paragraph
    that uses it (larger for more uses), each point linked to its paragraph."""
    used = [c for c in counts.columns if counts[c].sum() > 0]
    titles = {
        link(anchor): f"Paragraph {number}"
        for anchor, number in zip(paragraphs["anchor"], paragraphs["number"], strict=True)
    }
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(8, 0.35 * len(used) + 1.4))
        for row, concept in enumerate(used):
            hits = counts[concept] > 0
            points = axes.scatter(
                paragraphs.loc[hits, "position"],
                [row] * int(hits.sum()),
                s=30 * counts.loc[hits, concept],
                color=OKABE_ITO[row % len(OKABE_ITO)],
            )
            points.set_urls([link(a) for a in paragraphs.loc[hits, "anchor"]])
        axes.set_yticks(range(len(used)), [labels[c] for c in used])
        axes.set_ylim(-0.7, len(used) - 0.3)
        axes.invert_yaxis()
        # Paragraphs are counted whole: a short text would otherwise get ticks at 1.25, 1.5 …
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))
        axes.set_xlabel("Paragraph number")
        axes.set_ylabel("Concept")
        axes.set_title(title)
        axes.grid(axis="x", alpha=0.3)
        axes.set_axisbelow(True)
    found = {c: int((counts[c] > 0).sum()) for c in used}
    described = ", ".join(f"{labels[c]} in {_paragraphs(n)}" for c, n in found.items())
    return to_svg(figure, f"{title}: {described}.", titles)


def bar_chart(
    values: pd.Series,
    labels: dict[str, str],
    title: str,
    xlabel: str,
    link: Callable[[str], str],
) -> str:
    """Horizontal bars, largest first, each linked by ``link`` from its index value."""
    values = values.sort_values(ascending=False)
    titles = {link(key): labels[key] for key in values.index}
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(7, 0.3 * len(values) + 1.2))
        bars = axes.barh([labels[k] for k in values.index], values.values, color=OKABE_ITO[0])
        for bar, key in zip(bars, values.index, strict=True):
            bar.set_url(link(key))
        axes.invert_yaxis()
        axes.set_xlabel(xlabel)
        axes.set_ylabel("Concept")
        axes.set_title(title)
    described = ", ".join(f"{labels[k]} {v:.1f}" for k, v in values.items())
    return to_svg(figure, f"{title} ({xlabel}): {described}.", titles)


def heatmap(
    table: pd.DataFrame,
    row_labels: dict[str, str],
    column_labels: dict[str, str],
    title: str,
    legend: str,
    link: Callable[[str, str], str],
    xlabel: str = "Concept",
    ylabel: str = "Text",
) -> str:
    """A table as coloured cells (cividis), each cell showing its value and linked."""
    with plt.rc_context(STYLE):
        width = 0.55 * len(table.columns) + 2.5
        figure, axes = plt.subplots(figsize=(width, 0.45 * len(table.index) + 1.6))
        image = axes.imshow(table.values, cmap="cividis", aspect="auto")
        axes.set_xticks(range(len(table.columns)), [column_labels[c] for c in table.columns])
        axes.set_yticks(range(len(table.index)), [row_labels[r] for r in table.index])
        plt.setp(axes.get_xticklabels(), rotation=45, ha="right")
        top = table.values.max() or 1
        for (i, row), (j, column) in (
            ((i, r), (j, c)) for i, r in enumerate(table.index) for j, c in enumerate(table.columns)
        ):
            value = table.loc[row, column]
            text = axes.text(
                j,
                i,
                f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}",
                ha="center",
                va="center",
                fontsize=8,
                color="black" if value > top * 0.55 else "white",
            )
            text.set_url(link(row, column))
        axes.set_xlabel(xlabel)
        axes.set_ylabel(ylabel)
        axes.set_title(title)
        figure.colorbar(image, ax=axes, label=legend)
    return to_svg(
        figure,
        f"{title}. {legend}, shown in each cell; the table beside it gives the values.",
        _cell_titles(table, row_labels, column_labels, link),
    )


def grouped_bars(
    table: pd.DataFrame,
    row_labels: dict[str, str],
    column_labels: dict[str, str],
    title: str,
    ylabel: str,
    link: Callable[[str, str], str],
) -> str:
    """Bars grouped by row (texts), one colour per column (concepts), each bar linked."""
    with plt.rc_context(STYLE):
        figure, axes = plt.subplots(figsize=(8, 3.8))
        width = 0.8 / len(table.columns)
        for j, column in enumerate(table.columns):
            positions = [i + (j - (len(table.columns) - 1) / 2) * width for i in range(len(table))]
            bars = axes.bar(
                positions,
                table[column].values,
                width,
                label=column_labels[column],
                color=OKABE_ITO[j % len(OKABE_ITO)],
            )
            for bar, row in zip(bars, table.index, strict=True):
                bar.set_url(link(row, column))
        axes.set_xticks(range(len(table)), [row_labels[r] for r in table.index])
        plt.setp(axes.get_xticklabels(), rotation=20, ha="right")
        axes.set_xlabel("Text")
        axes.set_ylabel(ylabel)
        axes.set_title(title)
        axes.legend(frameon=False)
    described = "; ".join(
        f"{row_labels[r]}: "
        + ", ".join(f"{column_labels[c]} {table.loc[r, c]:.1f}" for c in table.columns)
        for r in table.index
    )
    return to_svg(
        figure,
        f"{title} ({ylabel}). {described}.",
        _cell_titles(table, row_labels, column_labels, link),
    )


def _cell_titles(
    table: pd.DataFrame,
    row_labels: dict[str, str],
    column_labels: dict[str, str],
    link: Callable[[str, str], str],
) -> dict[str, str]:
    return {
        link(row, column): f"{row_labels[row]}: {column_labels[column]}"
        for row in table.index
        for column in table.columns
    }
