"""Scoring the importer against a labelled corpus of real captures (tests/corpus/).

Each capture ``<name>.txt`` has a sidecar ``<name>.toml`` that labels every non-blank line:
``text`` (the author's words), ``furniture``, or metadata (``title``, ``byline``, ``date``,
``publication``, ``credit``), as lists of line numbers and ranges ("12-40"). A score says
which of the author's lines the cleaning removed (it must be none), how much furniture it
removed, and how much metadata it recognised. Furniture is either set aside (removed from
the page) or moved to the reader responses shown apart from the text (a comment thread's
prose): both take it out of the author's text, and are counted apart. A line of the text
moved to the responses is lost like one set aside; of the lines lost, those the import's
review list does not show the editor are counted too. Rules are scored on the platforms they
were not written from: holding a platform out disables the rules tuned on it.
"""

from __future__ import annotations

import itertools
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from edition.errors import EditionError
from edition.texts import endmatter
from edition.texts.capture import read_capture
from edition.texts.cleaning import clean_lines
from edition.texts.document import CleanText
from edition.texts.furniture import (
    COMMENT_SHAPE,
    PAGE_MARKS,
    RULES,
    SHAPE_RULES,
    Rule,
    rules_not_tuned_on,
)
from edition.texts.provenance import line_numbers
from edition.texts.review import RESPONSES_REASON, TEXT_END_REASON, review_items
from edition.tomlfile import load_toml

T = TypeVar("T")

LABELS = ("text", "furniture", "title", "byline", "date", "publication", "credit")
METADATA = ("title", "byline", "date", "publication", "credit")
# The rule that recognises each kind of metadata, where one kind has one rule.
_METADATA_RULES = {"title": {"title"}, "byline": {"byline"}, "date": {"dateline"}}


@dataclass(frozen=True)
class Labelled:
    """A corpus capture and its labels: line number → label."""

    path: Path
    platform: str
    source: str
    labels: dict[int, str]


@dataclass(frozen=True)
class Score:
    name: str
    platform: str
    text: int
    text_lost: tuple[int, ...]
    furniture: int
    furniture_removed: int
    metadata: int
    metadata_recognised: int
    # Furniture moved to the reader responses (not counted in furniture_removed).
    furniture_separated: int = 0
    # The lost lines that the import's review list does not bring to the editor's eyes.
    text_lost_unreviewed: tuple[int, ...] = ()


def load_labelled(sidecar: Path) -> Labelled:
    """Read a sidecar and check that it labels every non-blank line of its capture once (a
    range may span the blank lines between paragraphs; they carry no label)."""
    data, _ = load_toml(sidecar)
    capture = sidecar.with_suffix(".txt")
    lines = read_capture(capture)
    labels: dict[int, str] = {}
    for label, specs in data.get("lines", {}).items():
        if label not in LABELS:
            raise EditionError(sidecar, f"unknown label {label!r}")
        for spec in specs:
            for number in line_numbers(spec):
                if number > len(lines):
                    raise EditionError(sidecar, f"line {number} is past the capture's end")
                if not lines[number - 1].strip():
                    continue
                if number in labels:
                    raise EditionError(sidecar, f"line {number} has two labels")
                labels[number] = label
    unlabelled = [n for n, t in enumerate(lines, start=1) if t.strip() and n not in labels]
    if unlabelled:
        raise EditionError(sidecar, f"unlabelled lines {unlabelled[:5]}")
    return Labelled(capture, str(data.get("platform", "")), str(data.get("source", "")), labels)


def title_of(item: Labelled, lines: list[str]) -> str | None:
    """The title as an editor records it: the capture's last title line is the article's own
    (a page title, when there is one, comes first)."""
    titles = [n for n, label in sorted(item.labels.items()) if label == "title"]
    return lines[titles[-1] - 1].strip() if titles else None


def score(item: Labelled, rules: tuple[Rule, ...] = RULES) -> Score:
    lines = read_capture(item.path)
    title = title_of(item, lines)
    return score_cleaned(item, clean_lines(lines, str(item.path), title, rules=rules))


def score_cleaned(item: Labelled, cleaned: CleanText) -> Score:
    """The scores of a capture by its labels, from its cleaned text."""
    removed = {s.line: s.rule for s in cleaned.set_aside}
    separated = {b.line for b in cleaned.responses}
    head = {b.line for b in cleaned.head if b.kind == "publication-note"}

    def recognised(number: int, label: str) -> bool:
        if label in _METADATA_RULES:
            return removed.get(number) in _METADATA_RULES[label]
        return number in removed or (label == "publication" and number in head)

    def of(*wanted: str) -> list[int]:
        return [n for n, label in item.labels.items() if label in wanted]

    lost = tuple(sorted(n for n in of("text") if n in removed or n in separated))
    return Score(
        name=item.path.stem,
        platform=item.platform,
        text=len(of("text")),
        text_lost=lost,
        furniture=len(of("furniture")),
        furniture_removed=sum(n in removed for n in of("furniture")),
        metadata=len(of(*METADATA)),
        metadata_recognised=sum(recognised(n, item.labels[n]) for n in of(*METADATA)),
        furniture_separated=sum(n in separated for n in of("furniture")),
        text_lost_unreviewed=unreviewed(cleaned, lost),
    )


def unreviewed(cleaned: CleanText, lines: tuple[int, ...]) -> tuple[int, ...]:
    """Those of ``lines`` that the review list neither names nor follows where it says the text
    ends or the readers' responses begin: an editor who reads the list would not see them go."""
    if not lines:
        return ()
    items = review_items(cleaned)
    named = {item.line for item in items}
    ends = (TEXT_END_REASON, RESPONSES_REASON)
    end = min((item.line for item in items if item.reason in ends), default=None)
    return tuple(n for n in lines if n not in named and (end is None or n < end))


def corpus(folder: Path) -> list[Labelled]:
    return [load_labelled(sidecar) for sidecar in sorted(folder.rglob("*.toml"))]


def _held_out(item: Labelled) -> Score:
    return score(item, rules_not_tuned_on(item.platform))


def in_processes(function: Callable[..., T], *iterables: Iterable[Any]) -> list[T]:
    """``function`` over ``iterables`` as ``map`` does it, in as many processes as the
    machine has processors: the corpus has over a hundred captures to clean."""
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        return list(pool.map(function, *iterables, chunksize=4))


def score_corpus(items: list[Labelled], all_rules: bool = False) -> list[Score]:
    """``score`` for each capture, with the rules not tuned on its platform (or, with
    ``all_rules``, every rule), in processes of their own (``in_processes``)."""
    return in_processes(partial(score, rules=RULES) if all_rules else _held_out, items)


# The shape rules whose figures are chosen below; the later ones (comment-stamps, label-runs)
# are left out there, since a thread they find would hide what the figures change.
CHOSEN_RULES = (COMMENT_SHAPE, PAGE_MARKS)
# The comment-shape rule's figures (edition.texts.endmatter) and the values tried for each.
SHAPE_FIGURES = {
    "_MIN_UNITS": (2, 3, 4),
    "_MAX_BUTTON_WORDS": (1, 2, 3),
    "_MAX_STAMP_WORDS": (8, 12, 16),
}


def choose_shape_figures(
    items: list[Labelled],
) -> dict[str, tuple[list[tuple[int, ...]], int, int, int]]:
    """For each platform, the figures of the comment-shape rule that lose least of the text
    and remove most furniture on the other platforms' captures (every one tied for best), and
    what the first of them removes and loses on the platform itself. The wording rules are
    held out as in the benchmark; the shape rules are applied everywhere, since their figures
    are what is chosen (``CHOSEN_RULES``)."""
    saved = {name: getattr(endmatter, name) for name in SHAPE_FIGURES}
    totals: dict[tuple[int, ...], dict[str, list[int]]] = {}
    try:
        for values in itertools.product(*SHAPE_FIGURES.values()):
            for name, value in zip(SHAPE_FIGURES, values, strict=True):
                setattr(endmatter, name, value)
            by_platform: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
            for item in items:
                wording = tuple(
                    r for r in rules_not_tuned_on(item.platform) if r not in SHAPE_RULES
                )
                result = score(item, wording + CHOSEN_RULES)
                row = by_platform[item.platform]
                row[0] += result.furniture_removed + result.furniture_separated
                row[1] += result.furniture
                row[2] += len(result.text_lost)
            totals[values] = dict(by_platform)
    finally:
        for name, value in saved.items():
            setattr(endmatter, name, value)
    platforms = sorted({item.platform for item in items})
    choices = {}
    for held in platforms:

        def merit(values: tuple[int, ...], held: str = held) -> tuple[int, int]:
            others = [totals[values][p] for p in platforms if p != held]
            return (-sum(o[2] for o in others), sum(o[0] for o in others))

        best = max(merit(values) for values in totals)
        ties = [values for values in totals if merit(values) == best]
        out, furniture, lost = totals[ties[0]][held]
        choices[held] = (ties, out, furniture, lost)
    return choices
