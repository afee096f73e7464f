"""Scoring the saved-page (HTML) import, and the structure both imports recognise, against the
labelled corpus (tests/corpus/).

Each corpus capture ``<name>.txt`` was made from a saved page, kept as ``html/<name>.html.gz``;
its sidecar labels every line of the capture (see ``edition_tools.importscore``) and may name, in a
``[structure]`` table, the lines that are the text's own headings (``heading``) and list items
(``list``). The HTML import is scored by the page's visible text as the capture gives it:

- a line labelled text is lost unless it appears whole (word for word, at word boundaries) in
  the imported chapter's text;
- a furniture line is kept when it appears whole in what is left of the chapter's text once
  every text line is taken out of it;
- metadata: the title the page gives is recognised when it is the labelled title line; the
  author when each word of it is in the labelled byline lines; the date (year, month, day)
  when its year and day are numbers of a labelled date line that has a year; the site name
  when it names the site's host (``site`` in the sidecar), letters and digits compared;
- structure: a heading is recognised when a heading of the chapter reads as it, a list item
  when a list item of the chapter holds it.

Lines are compared by their words: a token with no letter or digit (a permalink's "#") is
not a word; a line of no words (a code listing's "});") is compared as it is. A note mark of
a text line ("[1]", "(1)") whose note the chapter has as a footnote is not compared: the
chapter shows it as the footnote's mark.

The extractor (trafilatura) was not tuned on any page of the corpus, but the import's own
rules for what it leaves out were changed after seeing the 13 pages added last (issue 11):
their figures are no longer held out for the HTML path.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.texts.capture import read_capture
from edition.texts.cleaning import clean_lines
from edition.texts.document import CleanText, Line
from edition.texts.furniture import RULES, Rule, rules_not_tuned_on
from edition.texts.html_capture import PageMetadata, clean_page, decode_page
from edition.texts.provenance import line_numbers
from edition.texts.structure import (
    SHAPE_RULES,
    ShapeRule,
    classify_body,
    shape_rules_not_tuned_on,
)
from edition.tomlfile import load_toml
from edition_tools.importscore import Labelled, Score, in_processes, score_cleaned, title_of

STRUCTURE = ("heading", "list")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR = re.compile(r"\b(1[89]\d\d|2\d{3})\b")
_NUMBER = re.compile(r"\d+")
# A note's mark as a capture shows it: in brackets, or a superscript's digits run into the
# word or sign before them ("40 %1 alors"; not a number's own decimals, "2.9").
_MARK = re.compile(r"\s*(?:\[(\d+)\]|\((\d+)\))")
_RUN_IN_MARK = re.compile(
    r"(?:(?<=[^\W\d])|(?<=[^\d\s][%.,;:!?»”’\"')])|(?<=\s%))(\d{1,3})(?=\s|$)"
)
_HOST_PARTS = {"www", "com", "org", "net", "de", "fr", "co", "uk", "blog", "blogspot", "io"}


@dataclass(frozen=True)
class Structure:
    """The line numbers of the text's own headings and list items; ``labelled`` is False for a
    capture whose sidecar has no ``[structure]`` table (nothing of its structure is scored)."""

    headings: frozenset[int]
    items: frozenset[int]
    labelled: bool = True


@dataclass(frozen=True)
class HtmlScore:
    name: str
    platform: str
    text: int
    text_lost: tuple[int, ...]
    furniture: int
    furniture_kept: int
    metadata: int
    metadata_recognised: int
    headings: int
    headings_recognised: int
    items: int
    items_recognised: int

    @property
    def furniture_removed(self) -> int:
        return self.furniture - self.furniture_kept


@dataclass(frozen=True)
class StructureScore:
    """How much of the labelled structure a plain-text import recognised, and how many lines
    of the text it set as a heading or a list item that the labels do not name as one."""

    headings: int
    headings_recognised: int
    items: int
    items_recognised: int
    headings_false: int = 0
    items_false: int = 0


def load_structure(item: Labelled) -> Structure:
    """The sidecar's ``[structure]`` table (none: no structure is scored); every line it names
    must be labelled text."""
    sidecar = item.path.with_suffix(".toml")
    data, _ = load_toml(sidecar)
    table = data.get("structure", {})
    found: dict[str, frozenset[int]] = {}
    for kind in STRUCTURE:
        numbers = {n for spec in table.get(kind, []) for n in line_numbers(spec)}
        numbers = {n for n in numbers if n in item.labels}
        wrong = sorted(n for n in numbers if item.labels[n] != "text")
        if wrong:
            raise EditionError(sidecar, f"{kind} lines {wrong[:5]} are not labelled text")
        found[kind] = frozenset(numbers)
    if found["heading"] & found["list"]:
        raise EditionError(sidecar, "a line is both a heading and a list item")
    return Structure(found["heading"], found["list"], labelled="structure" in data)


def page_path(item: Labelled) -> Path:
    return item.path.parent / "html" / f"{item.path.stem}.html.gz"


# The marks of a page's controls that a capture may run into a word: a permalink, a back link.
_CONTROLS = "¶↩"


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _words(text: str) -> str:
    """The words of a line, normalised: a token with no letter or digit (a permalink's "#", a
    "¶" or "↩", a bullet) is a control of the page, not a word of the text, and so is such a
    mark that the capture runs into the word before it ("developer¶": a heading's permalink)."""
    tokens = (t.rstrip(_CONTROLS) for t in text.casefold().split())
    return " ".join(t for t in tokens if any(ch.isalnum() for ch in t))


def without_marks(text: str, notes: set[int], run_in: bool = False) -> str:
    """A capture line without the marks of the chapter's footnotes ("word [1]." reads as
    "word."; with ``run_in``, "40 %1 alors" as "40 % alors" too), so that the words around a
    mark are still compared."""
    bracketed = _MARK.sub(lambda m: "" if int(m[1] or m[2]) in notes else m[0], text)
    if not run_in:
        return bracketed
    return _RUN_IN_MARK.sub(lambda m: "" if int(m[1]) in notes else m[0], bracketed)


def _holds(haystack: str, needle: str) -> bool:
    """Whether ``needle`` is in ``haystack`` whole, between word boundaries (both normalised)."""
    return bool(needle) and f" {needle} " in f" {haystack} "


def _of(item: Labelled, *labels: str) -> list[int]:
    return sorted(n for n, label in item.labels.items() if label in labels)


def _metadata(item: Labelled, lines: list[str], site: str, page: PageMetadata) -> tuple[int, int]:
    """(fields the labels give, fields the page's metadata got right)."""

    def texts(*labels: str) -> list[str]:
        return [_normal(lines[n - 1]) for n in _of(item, *labels)]

    checks: list[bool] = []
    titles = texts("title")
    if titles:
        checks.append(page.title is not None and _normal(page.title) in titles)
    bylines = texts("byline")
    if bylines:
        words = re.findall(r"\w+", _normal(page.author or ""))
        known = set(re.findall(r"\w+", " ".join(bylines)))
        checks.append(bool(words) and set(words) <= known)
    dated = [d for d in texts("date") + texts("byline") if _YEAR.search(d)]
    if [d for d in texts("date") if _YEAR.search(d)]:
        found = _ISO_DATE.match(page.date or "")
        checks.append(
            found is not None
            and any(
                found[1] in _YEAR.findall(d) and int(found[3]) in map(int, _NUMBER.findall(d))
                for d in dated
            )
        )
    checks.append(_names_host(page.site_name, site))
    return len(checks), sum(checks)


def _names_host(site_name: str | None, site: str) -> bool:
    name = re.sub(r"[^0-9a-z]", "", (site_name or "").casefold())
    host = site.split("/")[0].casefold()
    parts = [p for p in host.split(".") if p not in _HOST_PARTS]
    squashed = re.sub(r"[^0-9a-z]", "", host)
    return bool(name) and (name in squashed or any(p.replace("-", "") in name for p in parts))


def score_html(item: Labelled, site: str, rules: tuple[Rule, ...] | None = None) -> HtmlScore:
    """Import the page behind a corpus capture as an editor would (the record's title is the
    capture's title line) and score it by the capture's labels. ``rules`` are the furniture
    rules that keep a left-out block beside the text out of it; by default those not tuned
    on the capture's platform."""
    lines = read_capture(item.path)
    path = page_path(item)
    try:
        data = gzip.decompress(path.read_bytes())
    except OSError as error:
        raise EditionError(path, f"cannot read the saved page: {error}") from None
    rules = rules_not_tuned_on(item.platform) if rules is None else rules
    page = clean_page(decode_page(data, path), path, title_of(item, lines), rules)
    # The readers' responses are shown apart: a line of the text there is lost, as on the
    # plain-text path, and furniture there is out of the text.
    blocks = (*page.text.head, *page.text.body, *page.text.endnotes)
    chapter = " ".join(_words(b.text) for b in blocks)
    # A line of no words (a code listing's "});") is looked for as it is.
    marks = " ".join(_normal(b.text) for b in blocks)

    def found(text: str, where: str = chapter) -> bool:
        words = _words(text)
        return _holds(where, words) if words else _holds(marks, _normal(text))

    notes = {note.number for note in page.text.endnotes}
    # A line is found without the bracketed marks of the chapter's notes, or failing that
    # without their superscripts' digits run into the words too (a number of the text's may
    # be run into a word: "évaluation2", a link's text).
    texts = {
        n: text if found(text) else without_marks(text, notes, run_in=True)
        for n, text in ((n, without_marks(lines[n - 1], notes)) for n in _of(item, "text"))
    }
    lost = tuple(n for n, text in texts.items() if not found(text))
    rest = f" {chapter} "
    for text in texts.values():
        rest = rest.replace(f" {_words(text)} ", " | ", 1)
    # Furniture of no words ("·", "|") is not counted as kept: it cannot be told apart.
    kept = sum(
        bool(_words(lines[n - 1])) and _holds(rest, _words(lines[n - 1]))
        for n in _of(item, "furniture")
    )
    metadata, recognised = _metadata(item, lines, site, page.metadata)
    structure = load_structure(item)
    body = page.text.body

    def recognised_as(kind: str, number: int) -> bool:
        line = _words(lines[number - 1])
        if kind == "heading":
            return any(b.kind == "heading" and _words(b.text) == line for b in body)
        return any(b.kind == "list-item" and _holds(_words(b.text), line) for b in body)

    return HtmlScore(
        name=item.path.stem,
        platform=item.platform,
        text=len(_of(item, "text")),
        text_lost=lost,
        furniture=len(_of(item, "furniture")),
        furniture_kept=kept,
        metadata=metadata,
        metadata_recognised=recognised,
        headings=len(structure.headings),
        headings_recognised=sum(recognised_as("heading", n) for n in structure.headings),
        items=len(structure.items),
        items_recognised=sum(recognised_as("list", n) for n in structure.items),
    )


def score_pages(items: list[Labelled], all_rules: bool = False) -> list[HtmlScore]:
    """``score_html`` for each capture, in processes of their own (``in_processes``): the
    extractor reads a page at a time. With ``all_rules``, every furniture rule is applied;
    else those not tuned on each platform."""
    rules = RULES if all_rules else None
    return in_processes(score_html, items, map(site_of, items), [rules] * len(items))


def score_text_structure(
    item: Labelled, rules: tuple[Rule, ...] = RULES, shapes: tuple[ShapeRule, ...] = SHAPE_RULES
) -> StructureScore:
    """The structure the plain-text import recognises: a labelled heading is recognised when
    the block at its line is a heading, a list item when it is a list item. The import
    classifies the body with every shape rule; its lines are classified again with
    ``shapes`` (a closing numbered list the import made list items stays so)."""
    lines = read_capture(item.path)
    cleaned = clean_lines(lines, str(item.path), title_of(item, lines), rules=rules)
    return structure_of(item, lines, cleaned, shapes)


def structure_of(
    item: Labelled, lines: list[str], cleaned: CleanText, shapes: tuple[ShapeRule, ...]
) -> StructureScore:
    """The structure score of a capture's cleaned text, its body classified again with
    ``shapes``."""
    kinds = {b.line: b.kind for b in cleaned.body}
    body = [Line(b.line, lines[b.line - 1]) for b in cleaned.body if b.number is None]
    kinds.update({b.line: b.kind for b in classify_body(body, shapes)})
    structure = load_structure(item)
    # Without the table no line's structure is known, so none is counted as set wrongly.
    text = [n for n in kinds if item.labels.get(n) == "text" and structure.labelled]
    return StructureScore(
        headings=len(structure.headings),
        headings_recognised=sum(kinds.get(n) == "heading" for n in structure.headings),
        items=len(structure.items),
        items_recognised=sum(kinds.get(n) == "list-item" for n in structure.items),
        headings_false=sum(kinds[n] == "heading" and n not in structure.headings for n in text),
        items_false=sum(kinds[n] == "list-item" and n not in structure.items for n in text),
    )


def score_plain_held_out(item: Labelled) -> tuple[Score, StructureScore]:
    """A capture's plain-text scores (``score_cleaned``) and structure (``structure_of``)
    with its platform's rules held out, from one cleaning."""
    lines = read_capture(item.path)
    rules = rules_not_tuned_on(item.platform)
    cleaned = clean_lines(lines, str(item.path), title_of(item, lines), rules=rules)
    shapes = shape_rules_not_tuned_on(item.platform)
    return score_cleaned(item, cleaned), structure_of(item, lines, cleaned, shapes)


def score_plain_corpus(items: list[Labelled]) -> list[tuple[Score, StructureScore]]:
    """``score_plain_held_out`` for each capture, in processes of their own."""
    return in_processes(score_plain_held_out, items)


def _text_structure_held_out(item: Labelled) -> StructureScore:
    return score_text_structure(
        item, rules_not_tuned_on(item.platform), shape_rules_not_tuned_on(item.platform)
    )


def score_texts_structure(items: list[Labelled], all_rules: bool = False) -> list[StructureScore]:
    """``score_text_structure`` for each capture, with the rules and shape rules not tuned on
    its platform (or, with ``all_rules``, every one), in processes of their own."""
    if all_rules:
        return in_processes(score_text_structure, items)
    return in_processes(_text_structure_held_out, items)


def site_of(item: Labelled) -> str:
    data, _ = load_toml(item.path.with_suffix(".toml"))
    return str(data.get("site", ""))
