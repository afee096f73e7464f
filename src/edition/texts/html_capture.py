"""Saved web pages (HTML) as captures.

trafilatura finds the page's main text; this module turns its tree into the edition's blocks
(headings, paragraphs, list items, block quotations, footnotes), keeping emphasis and web
links as MyST made here from the tree, never from the page's own markup.  A block of the page
the extractor left out is restored where it stands inside the text, or just beside it in the
part of the page that holds the text (a caption above it, a list of sources after it).  Every
other visible text of the page that the extractor did not keep is set aside with the line of
its element, so the textual notes list it; a left-out passage that reads as prose is flagged
as possibly the author's text.
"""

from __future__ import annotations

import re
from collections import Counter
from copy import deepcopy
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from urllib.parse import quote

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import decode_file

from edition.errors import EditionError
from edition.texts.capture import read_capture_bytes
from edition.texts.document import Block, CleanText, Intervention, Line, SetAside
from edition.texts.furniture import RULES, Rule, strip_furniture
from edition.texts.html_page import RESTORED_EDGE_NOTE, RESTORED_NOTE
from edition.texts.myst import escape
from edition.texts.structure import is_byline, is_dateline, is_title_line

# Tab, line feed, form feed and carriage return are whitespace in HTML; other C0 controls
# mean the file is not a web page.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
# Elements whose text a reader never sees on the page.
_UNSEEN = {"head", "script", "style", "noscript", "template", "svg", "iframe", "object"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Elements that start a new block of text on the page; everything else runs inline.
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section",
    "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip
# Elements that hold a control of the page or a region beside its text, never the text.
_WIDGETS = {
    "aside", "button", "footer", "form", "header", "input", "label", "menu", "nav", "select",
    "textarea",
}  # fmt: skip
# A footnote mark links to the note by one of the names blogging tools give notes.
_NOTE_TARGET = re.compile(r"^#((?:fn|footnote|_ftn|endnote|cite_note)[\w:.-]*)$", re.IGNORECASE)
_WEB_URL = re.compile(r"^(?:https?://[^\s/]|mailto:[^\s@]+@)", re.IGNORECASE)
# What MyST may read as markup inside a link destination is percent-encoded, and so are the
# entity-forming semicolon and any space or non-ASCII character.
_URL_SAFE = ":/?#@!$&'*+,=%~-._"
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*(?=\s|$)")
# A left-out passage reads as prose with two sentences of some length, or one long one.
_PROSE_SENTENCE_WORDS = 4
_PROSE_WORDS = 25
# Elements that hold a block of text of their own: one beside the kept text, where the kept
# text stands, belongs to it (a list of sources after it, a figure above it).
_TEXT_BLOCKS = {
    "blockquote", "dl", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "ol", "p", "pre", "table",
    "ul",
}  # fmt: skip
# An element this wide holds the page's menus and footers as well as the text.
_PAGE_ROOTS = {"html", "body"}
# A left-out stretch inside the text of more runs than this is a region of its own (comments,
# a list of related pages), not a caption or a cell the extractor missed.
MAX_HOLE_RUNS = 7


@dataclass(frozen=True)
class PageMetadata:
    """What the extractor read of the page's origin; the editor compares it with the record."""

    title: str | None
    author: str | None
    date: str | None
    site_name: str | None


@dataclass(frozen=True)
class HtmlCapture:
    text: CleanText
    metadata: PageMetadata


def _normal(text: str) -> str:
    return " ".join(text.split())


def decode_page(data: bytes, path: Path) -> str:
    """The page's text from its bytes, or an error naming the file (and line)."""
    if not data.strip():
        raise EditionError(path, "the capture is empty")
    text = decode_file(data).removeprefix("\ufeff")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise EditionError(path, f"binary content (control character U+{ord(bad[0]):04X})", line)
    return text


# --- the page as a reader sees it -------------------------------------------------------


@dataclass(frozen=True)
class Run:
    """The text between two block boundaries of the page, with its element's line."""

    line: int
    text: str
    # The innermost block element the run stands in ("li", "td", "p", ...).
    tag: str = "p"
    # Whether it stands in a control or a region beside the text (a button, a form, an aside).
    widget: bool = False
    # The innermost block element itself, where the run stands in the page's tree.
    element: lxml.html.HtmlElement | None = field(default=None, compare=False, repr=False)


def _unseen(element: lxml.html.HtmlElement) -> bool:
    return (
        element.tag in _UNSEEN
        or element.get("hidden") is not None
        or bool(_HIDDEN_STYLE.search(element.get("style", "")))
    )


def visible_runs(page: lxml.html.HtmlElement) -> list[Run]:
    """The page's visible text, one run per stretch of text between block boundaries."""
    runs: list[Run] = []
    pieces: list[str] = []
    line, widget = 0, False
    where: lxml.html.HtmlElement | None = None
    blocks: list[lxml.html.HtmlElement] = []
    widgets = 0

    def add(text: str | None, number: int | None) -> None:
        nonlocal line, where, widget
        if text and text.strip():
            if not "".join(pieces).strip():
                line, where = number or 0, blocks[-1] if blocks else None
                widget = widgets > 0
            pieces.append(text)
        elif text:
            pieces.append(text)

    def flush() -> None:
        text = _normal("".join(pieces))
        if text:
            runs.append(Run(line, text, where.tag if where is not None else "p", widget, where))
        pieces.clear()

    # Iterative, so that a deeply nested page cannot exhaust Python's recursion limit.
    walker = etree.iterwalk(page, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            add(element.tail, element.sourceline)
            continue
        block = element.tag in _BLOCK_TAGS
        # A footnote mark is a word of its own, not the end of the word it follows.
        if block:
            flush()
        elif element.tag == "sup":
            pieces.append(" ")
        if event == "start":
            # An unseen element's end is still reported, so it is pushed too.
            if block:
                blocks.append(element)
            widgets += element.tag in _WIDGETS
            if _unseen(element):
                walker.skip_subtree()
            else:
                add(element.text, element.sourceline)
        else:
            if block:
                blocks.pop()
            widgets -= element.tag in _WIDGETS
            add(element.tail, element.sourceline)
    flush()
    return runs


def _note_texts(page: lxml.html.HtmlElement) -> dict[str, str]:
    """The text of every element with an id, by id, as a footnote would read."""
    return {
        element.get("id"): _normal(element.text_content())
        for element in page.iter()
        if isinstance(element.tag, str) and element.get("id")
    }


def _link_spaces(page: lxml.html.HtmlElement) -> dict[str, tuple[bool, bool]]:
    """For each link text of the page, whether a space stands before and after the link, where
    every link of that text agrees (a link with no text beside it tells nothing)."""
    found: dict[str, set[tuple[bool | None, bool | None]]] = {}
    for link in page.iter("a"):
        text = _normal(link.text_content())
        if not text:
            continue
        previous = link.getprevious()
        before_text = previous.tail if previous is not None else link.getparent().text
        before = before_text[-1].isspace() if before_text else None
        after = link.tail[0].isspace() if link.tail else None
        found.setdefault(text, set()).add((before, after))
    spaces = {}
    for text, sides in found.items():
        befores, afters = {b for b, _ in sides}, {a for _, a in sides}
        spaces[text] = (befores == {True}, afters == {True})
    return spaces


def _restore_link_spaces(body: etree._Element, spaces: dict[str, tuple[bool, bool]]) -> None:
    """Put back the spaces the extractor drops beside links ("partswere" for "parts</a> were"
    on some pages), where the page has them: the words must be the page's words."""
    for ref in body.iter("ref"):
        before, after = spaces.get(_normal("".join(ref.itertext())), (False, False))
        if after and ref.tail and not ref.tail[0].isspace():
            ref.tail = " " + ref.tail
        previous = ref.getprevious()
        if before and previous is not None:
            if previous.tail and not previous.tail[-1].isspace():
                previous.tail += " "
        elif before and ref.getparent().text and not ref.getparent().text[-1].isspace():
            ref.getparent().text += " "


# --- the extractor's tree as blocks ------------------------------------------------------


@dataclass(frozen=True)
class _Mark:
    """An emphasis delimiter; kept only where CommonMark would read it as one."""

    delimiter: str
    pair: int
    opening: bool


def _backlink(element: etree._Element) -> bool:
    """A link back from a note to its mark (↩, ↑): a control of the page, not a word."""
    target = element.get("target", "")
    return target.startswith("#") and not any(ch.isalnum() for ch in "".join(element.itertext()))


class _Inline:
    """Plain text and MyST markup of one block of the extractor's tree."""

    def __init__(self, notes: dict[str, int]) -> None:
        self.notes = notes
        self.plain: list[str] = []
        # The words as the page shows them, footnote marks included: what is compared with
        # the page's visible text.
        self.seen: list[str] = []
        self.pieces: list[str | _Mark] = []
        self.pairs = 0

    def text(self, text: str | None) -> None:
        if text:
            self.plain.append(text)
            self.seen.append(text)
            self.pieces.append(escape_keep_space(text))

    def content(self, element: etree._Element, skip: frozenset[str] = frozenset()) -> None:
        self.text(element.text)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in skip:
                self.element(child)
            self.text(child.tail)

    def element(self, element: etree._Element) -> None:
        tag, rend = element.tag, element.get("rend", "")
        if tag == "lb":
            self.text(" ")
        elif (tag == "ref" and _backlink(element)) or (
            tag == "hi" and rend == "#sup" and self._note_mark(element)
        ):
            # A link back from a note is dropped; a footnote mark was written as [^n].
            return
        elif tag == "hi" and rend in ("#i", "#b"):
            self._emphasis(element, "*" if rend == "#i" else "**")
        elif tag == "ref" and _WEB_URL.match(element.get("target", "").strip()):
            self._link(element)
        else:
            self.content(element)

    def _note_mark(self, element: etree._Element) -> bool:
        refs = [r for r in element.iter("ref") if _NOTE_TARGET.match(r.get("target", ""))]
        if len(refs) != 1:
            return False
        number = self.notes.get(_NOTE_TARGET.match(refs[0].get("target"))[1])
        if number is None:
            return False
        self.pieces.append(f"[^{number}]")
        self.seen.append(f" {''.join(element.itertext())} ")
        return True

    def _emphasis(self, element: etree._Element, delimiter: str) -> None:
        pair, self.pairs = self.pairs, self.pairs + 1
        start = len(self.pieces)
        self.content(element)
        inner = self.pieces[start:]
        # Spaces at the edges go outside the delimiters, where CommonMark needs them.
        lead = trail = ""
        if inner and isinstance(inner[0], str):
            stripped = inner[0].lstrip()
            lead, inner[0] = inner[0][: len(inner[0]) - len(stripped)], stripped
        if inner and isinstance(inner[-1], str):
            stripped = inner[-1].rstrip()
            trail, inner[-1] = inner[-1][len(stripped) :], stripped
        opening, closing = _Mark(delimiter, pair, True), _Mark(delimiter, pair, False)
        self.pieces[start:] = [lead, opening, *inner, closing, trail]

    def _link(self, element: etree._Element) -> None:
        url = quote(element.get("target").strip(), safe=_URL_SAFE)
        start = len(self.pieces)
        self.content(element)
        inner = self.pieces[start:]
        # A link whose text is only space, or that would hold another link, is kept as text.
        if not "".join(p for p in inner if isinstance(p, str)).strip() or any(
            isinstance(p, str) and p.startswith("[") for p in inner
        ):
            return
        self.pieces[start:] = ["[", *inner, f"]({url})"]

    def result(self) -> tuple[str, str, str]:
        """The block's plain text, its MyST markup and its words as the page shows them."""
        plain, seen = _normal("".join(self.plain)), _normal("".join(self.seen))
        return plain, _normal(_resolve(self.pieces)), seen


def escape_keep_space(text: str) -> str:
    """``myst.escape`` for a piece of a line: its spaces are the neighbours' word breaks."""
    escaped = escape(text)
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{escaped}{trail}" if escaped else (" " if text else "")


def _flanks(before: str, after: str) -> bool:
    """Whether a delimiter between ``before`` and ``after`` (one character each, '' at the
    ends) opens (or, swapped, closes) emphasis in CommonMark."""
    if not after or after.isspace():
        return False
    # Before punctuation, a delimiter opens only after a space, punctuation or the start.
    return after.isalnum() or not before.isalnum()


def _resolve(pieces: list[str | _Mark]) -> str:
    """Join the pieces, dropping emphasis delimiters that would print as asterisks."""
    dropped: set[int] = set()
    changed = True
    while changed:
        changed = False
        kept = [p for p in pieces if not (isinstance(p, _Mark) and p.pair in dropped)]
        flat = "".join(p if isinstance(p, str) else p.delimiter for p in kept)
        position = 0
        for piece in kept:
            if isinstance(piece, str):
                position += len(piece)
                continue
            before = flat[position - 1] if position else ""
            after = flat[position + len(piece.delimiter) : position + len(piece.delimiter) + 1]
            ok = _flanks(before, after) if piece.opening else _flanks(after, before)
            if not ok and piece.pair not in dropped:
                dropped.add(piece.pair)
                changed = True
            position += len(piece.delimiter)
    kept = [p for p in pieces if not (isinstance(p, _Mark) and p.pair in dropped)]
    return "".join(p if isinstance(p, str) else p.delimiter for p in kept)


@dataclass(frozen=True)
class _Draft:
    """A block of the extractor's tree; ``skip`` names children rendered as blocks of their own."""

    kind: str
    element: etree._Element
    skip: frozenset[str] = frozenset()


def _items(listing: etree._Element, quoted: bool) -> list[_Draft]:
    drafts = []
    for item in listing.iterchildren("item"):
        drafts.append(_Draft("list-item", item, frozenset({"list"})))
        for nested in item.iterchildren("list"):
            drafts += _items(nested, quoted)
    return drafts


def table_rows(table: etree._Element) -> list[etree._Element]:
    """Each row of a table of the extractor's tree as one paragraph: its cells in order,
    separated by " | ", and the blocks inside a cell by a space, so no two words run
    together; a table within a cell gives its rows' text in place."""
    rows = []
    for row in table.iter("row"):
        if any(ancestor.tag == "row" for ancestor in row.iterancestors()):
            continue
        line = etree.Element("p")
        for number, cell in enumerate(row.iterchildren("cell")):
            piece = deepcopy(cell)
            piece.tail = None
            for inner in piece.iter():
                if inner is not piece and inner.tag in ("p", "head", "item", "row", "cell"):
                    inner.tail = " " + (inner.tail or "")
            if number:
                line[-1].tail = " | "
            line.append(piece)
        if "".join(line.itertext()).strip():
            rows.append(line)
    return rows


def _drafts(container: etree._Element, quoted: bool = False) -> list[_Draft]:
    """The blocks of a container of the extractor's tree (its body, a div, a quotation)."""
    prose = "quote" if quoted else "paragraph"
    drafts: list[_Draft] = []
    stray = etree.Element("p")

    def stray_text(text: str | None) -> None:
        if not text:
            return
        if len(stray):
            stray[-1].tail = (stray[-1].tail or "") + text
        else:
            stray.text = (stray.text or "") + text

    def flush() -> None:
        nonlocal stray
        # Text standing directly in a container is a paragraph of its own.
        if "".join(stray.itertext()).strip():
            drafts.append(_Draft(prose, stray))
        stray = etree.Element("p")

    stray_text(container.text)
    for child in container:
        tag = child.tag
        if tag in ("head", "p", "code", "list", "quote", "div", "body", "table"):
            flush()
            if tag == "table":
                drafts += [_Draft(prose, row) for row in table_rows(child)]
            elif tag == "head":
                drafts.append(_Draft("heading", child))
            elif tag in ("p", "code"):
                drafts.append(_Draft(prose, child))
            elif tag == "list":
                drafts += _items(child, quoted)
            else:
                drafts += _drafts(child, quoted or tag == "quote")
            stray_text(child.tail)
        elif isinstance(tag, str):
            # deepcopy keeps the tail, which belongs with the inline element.
            stray.append(deepcopy(child))
        else:
            stray_text(child.tail)
    flush()
    return drafts


def _without_backlink(text: str) -> str:
    tokens = text.split()
    while tokens and not any(ch.isalnum() for ch in tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def _plain(draft: _Draft, notes: dict[str, int]) -> tuple[str, str, str]:
    inline = _Inline(notes)
    inline.content(draft.element, draft.skip)
    return inline.result()


def _footnotes(drafts: list[_Draft], page: dict[str, str]) -> tuple[dict[str, int], dict[int, int]]:
    """The footnotes whose mark the extracted text has and whose note the page has: their
    numbers by note id, in the order of the marks, and by the index of the draft that is the
    note.  A note the extractor left out (it often drops a list of several notes, each ending
    in a link back, as if it were navigation) is added to ``drafts`` from the page, as plain
    text.  A mark that does not read as its number is kept as text, like a note not found."""
    plains = [_without_backlink(_plain(draft, {})[0]) for draft in drafts]
    notes: dict[str, int] = {}
    note_drafts: dict[int, int] = {}
    for draft in list(drafts):
        for sup in draft.element.iter("hi"):
            refs = [r for r in sup.iter("ref") if _NOTE_TARGET.match(r.get("target", ""))]
            if sup.get("rend") != "#sup" or len(refs) != 1:
                continue
            note_id = _NOTE_TARGET.match(refs[0].get("target"))[1]
            text = _without_backlink(page.get(note_id, ""))
            number = len(notes) + 1
            if note_id in notes or not text or _normal("".join(sup.itertext())) != str(number):
                continue
            index = next(
                (i for i, p in enumerate(plains) if p == text and drafts[i].kind != "heading"),
                None,
            )
            if index is None:
                note = etree.Element("p")
                note.text = text
                drafts.append(_Draft("paragraph", note))
                plains.append(text)
                index = len(drafts) - 1
            if index not in note_drafts:
                notes[note_id] = number
                note_drafts[index] = number
    return notes, note_drafts


# --- comparing the two ------------------------------------------------------------------


def _reads_as_prose(text: str) -> bool:
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    ended = len(_SENTENCE_END.findall(text))
    long_sentences = sum(len(s.split()) >= _PROSE_SENTENCE_WORDS for s in sentences[:ended])
    return long_sentences >= 2 or (ended > 0 and len(text.split()) >= _PROSE_WORDS)


@dataclass(frozen=True)
class Gap:
    """A stretch of a run of the page that the extracted blocks do not have: ``after`` and
    ``before`` are the extracted blocks whose words the page shows just before and just after
    it (None: no kept word on that side), ``whole`` whether it is the whole run."""

    line: int
    text: str
    tag: str
    after: int | None
    before: int | None
    whole: bool
    widget: bool = False
    # How many runs of the page are left out together between the same two kept words.
    hole: int = 1
    # The index of its run among the page's runs.
    run: int = -1


def inside_the_text(gap: Gap) -> bool:
    """Whether a left-out stretch stands inside the text: between the first and the last word
    the extractor kept, as a block of the page of its own (a caption, a table, a list item,
    a paragraph the extractor dropped). Where the extractor put the article, there the
    author's text is, so such a block is the author's by its place; a stretch before the
    first or after the last kept word is the page around the text."""
    return (
        gap.after is not None
        and gap.before is not None
        and gap.whole
        and not gap.widget
        and gap.hole <= MAX_HOLE_RUNS
    )


def text_container(runs: list[Run], kept: set[int]) -> lxml.html.HtmlElement | None:
    """The nearest element of the page that holds every run of which a word was kept."""
    chains = [
        [*reversed(list(element.iterancestors())), element]
        for element in {runs[i].element for i in kept}
        if element is not None
    ]
    if not chains:
        return None
    container = None
    for level in zip(*chains, strict=False):
        if any(element is not level[0] for element in level):
            break
        container = level[0]
    return container


def _belongs(
    element: lxml.html.HtmlElement | None,
    container: lxml.html.HtmlElement,
    holding: set[lxml.html.HtmlElement],
) -> bool:
    """Whether a run in ``element`` stands where the text does: inside ``container``, and at
    each level down from it in an element that holds kept text too, until a block of text of
    its own (a paragraph, a figure, a list). A byline row or a teaser beside the kept text
    stands in an element that holds none of it."""
    if element is None:
        return False
    path = [element, *element.iterancestors()]
    depth = next((i for i, ancestor in enumerate(path) if ancestor is container), None)
    if depth is None:
        return False
    for node in reversed(path[:depth]):
        if node.tag in _TEXT_BLOCKS:
            return True
        if node not in holding:
            return False
    return True


def beside_the_text(
    gaps: list[Gap],
    runs: list[Run],
    kept: set[int],
    rules: tuple[Rule, ...] = RULES,
    title: str | None = None,
) -> set[int]:
    """The indexes of the left-out stretches just before the first or just after the last
    word the extractor kept that are the author's by their place: inside the element that
    holds every kept word (the article's body), or the page's ``<article>`` around it, in a
    block of text of its own there (a paragraph, a figure, a list) or in a part of it that
    holds kept text too. Going out from the kept text, the first stretch that is not, or that
    the plain-text rules take for furniture or for the page's title, byline or date, ends
    what is restored on that side: the page around the text begins there. A control of the
    page there (a button) is passed over, never restored."""
    container = text_container(runs, kept)
    if container is None or container.tag in _PAGE_ROOTS:
        return set()
    holding = set()
    # The page's own mark of the article, where it has one, holds its figures beside the body.
    article = next((a for a in container.iterancestors() if a.tag == "article"), None)
    if article is not None:
        container = article
    for element in {runs[i].element for i in kept}:
        for node in (element, *element.iterancestors()):
            if node is container:
                break
            holding.add(node)

    def fits(gap: Gap) -> bool:
        return _belongs(runs[gap.run].element, container, holding)

    restored: set[int] = set()
    before = [i for i, g in enumerate(gaps) if g.after is None and g.before is not None]
    after = [i for i, g in enumerate(gaps) if g.before is None and g.after is not None]
    for side in (before[::-1], after):
        # A stretch that is only part of a run stands in a kept run: the extractor's own cut.
        whole = [i for i in side if gaps[i].whole]
        stretch = next((whole[:n] for n, i in enumerate(whole) if not fits(gaps[i])), whole)
        if not stretch:
            continue
        ordered = sorted(stretch)
        texts = [gaps[i].text for i in ordered]
        _, removed = strip_furniture(texts, rules=rules, title=title)
        furniture = {ordered[s.line - 1] for s in removed} | {
            i
            for i, text in zip(ordered, texts, strict=True)
            if is_byline(text) or is_dateline(text) or is_title_line(text, title)
        }
        for index in stretch:
            if index in furniture:
                break
            # A control inside the article (a caption's "More" button) is never restored,
            # and does not end the article's side.
            if not gaps[index].widget:
                restored.add(index)
    return restored


def _found(page: list[str], kept: list[tuple[int, str]]) -> list[int | None]:
    """For each page word, the extracted block it was found in, or None."""
    matcher = SequenceMatcher(None, page, [t for _, t in kept], autojunk=False)
    found: list[int | None] = [None] * len(page)
    for op, i1, i2, j1, _ in matcher.get_opcodes():
        if op == "equal":
            for offset in range(i2 - i1):
                found[i1 + offset] = kept[j1 + offset][0]
    return found


def _gaps(
    runs: list[Run], seen: list[list[str]]
) -> tuple[list[Gap], list[int | None], dict[int, set[int]]]:
    """Every stretch of page words the extracted blocks do not have, for each block the line
    of the first of its words found on the page, and for each run of which a word was kept
    the blocks its kept words are in."""
    page = [(i, token) for i, run in enumerate(runs) for token in run.text.split()]
    kept = [(i, token) for i, words in enumerate(seen) for token in words]
    found = _found([t for _, t in page], kept)
    # A run the extracted blocks have less than half of is left out whole, and the words are
    # matched again without it: the few words found in it belong elsewhere (a caption "Kenya
    # is getting ready" above the heading "Kenya trip" took the heading's first word).
    missing = Counter(run for (run, _), block in zip(page, found, strict=True) if block is None)
    dropped = {run for run, n in missing.items() if 2 * n > len(runs[run].text.split())}
    if dropped:
        # A NUL never stands in a word of the extracted text, so a dropped run matches nothing.
        found = _found(["\0" if run in dropped else t for run, t in page], kept)
    lines: list[int | None] = [None] * len(seen)
    for (run, _), block in zip(page, found, strict=True):
        if block is not None and lines[block] is None:
            lines[block] = runs[run].line
    groups: list[list[int]] = []
    # A hole is named by the last kept page word before it.
    holes: list[int] = []
    last_kept = -1
    for k, block in enumerate(found):
        if block is not None:
            last_kept = k
        elif groups and groups[-1][-1] == k - 1 and page[k - 1][0] == page[k][0]:
            groups[-1].append(k)
        else:
            groups.append([k])
            holes.append(last_kept)
    gaps = []
    for group, hole in zip(groups, holes, strict=True):
        first, last = group[0], group[-1]
        index = page[first][0]
        run = runs[index]
        after = found[hole] if hole >= 0 else None
        before = next((b for b in found[last + 1 :] if b is not None), None)
        text = " ".join(page[k][1] for k in group)
        gaps.append(
            Gap(
                run.line,
                text,
                run.tag,
                after,
                before,
                text == run.text,
                run.widget,
                holes.count(hole),
                index,
            )
        )
    kept: dict[int, set[int]] = {}
    for (run, _), block in zip(page, found, strict=True):
        if block is not None:
            kept.setdefault(run, set()).add(block)
    return gaps, lines, kept


def _set_aside(gap: Gap, title: str | None) -> SetAside:
    if title and gap.text.casefold() == _normal(title).casefold():
        rule = "title"
    else:
        rule = "html-left-out-prose" if _reads_as_prose(gap.text) else "html-left-out"
    return SetAside(gap.line, gap.text, rule)


def _restored_block(gap: Gap) -> Block:
    kind = "list-item" if gap.tag == "li" else "paragraph"
    return Block(kind, gap.line, gap.text, markup=escape(gap.text))


def split_joins(texts: list[str], runs: list[str]) -> list[str | None]:
    """For each text after the first, how it continues the text before it where the page
    shows the two as one paragraph that the extractor split ("" or " ", as the page has it),
    or None where it starts a block of its own. A page that writes one link as several
    ("<a>D</a><a>ata</a>") can make the extractor cut its paragraph into pieces at each."""
    joins: list[str | None] = []
    current = texts[0] if texts else ""
    for text in texts[1:]:
        join = next(
            (j for j in ("", " ") if any(f"{current}{j}{text}" in run for run in runs)), None
        )
        joins.append(join)
        current = f"{current}{join}{text}" if join is not None else text
    return joins


def _link_only(element: etree._Element) -> bool:
    """Whether a block of the extractor's tree is nothing but one link: where it cuts a
    paragraph of the page, it cuts at a link."""
    children = [child for child in element if isinstance(child.tag, str)]
    return (
        not (element.text or "").strip()
        and len(children) == 1
        and children[0].tag == "ref"
        and not (children[0].tail or "").strip()
    )


def _rejoin(
    drafts: list[_Draft],
    rendered: list[tuple[str, str, str]],
    note_drafts: dict[int, int],
    runs: list[Run],
) -> tuple[list[_Draft], list[tuple[str, str, str]], dict[int, int]]:
    """Paragraphs of the extracted text that are pieces of one paragraph of the page cut at a
    link, put together again (``split_joins``); the footnotes' indexes follow. Only at a
    link: a page that breaks its paragraphs with <br> alone shows them as one run too."""
    joins = split_joins([plain for plain, _, _ in rendered], [run.text for run in runs])
    kept_drafts, kept_rendered = [drafts[0]] if drafts else [], rendered[:1]
    moved = {0: 0} if drafts else {}
    for index, join in enumerate(joins, start=1):
        joinable = {drafts[index].kind, kept_drafts[-1].kind} == {"paragraph"} and (
            _link_only(drafts[index].element) or _link_only(drafts[index - 1].element)
        )
        if join is None or not joinable or {index, index - 1} & set(note_drafts):
            kept_drafts.append(drafts[index])
            kept_rendered.append(rendered[index])
        else:
            previous = kept_rendered[-1]
            kept_rendered[-1] = tuple(
                f"{before}{join}{after}"
                for before, after in zip(previous, rendered[index], strict=True)
            )
        moved[index] = len(kept_drafts) - 1
    return kept_drafts, kept_rendered, {moved[i]: n for i, n in note_drafts.items()}


def read_html_capture(path: str | Path, title: str | None) -> HtmlCapture:
    """Clean a saved web page: ``title`` is the record's title as the page gives it, or None.
    The file is read as every capture is (a regular file, no link followed, size capped)."""
    path = Path(path)
    return clean_page(decode_page(read_capture_bytes(path), path), path, title)


def clean_page(
    source: str, path: Path, title: str | None, rules: tuple[Rule, ...] = RULES
) -> HtmlCapture:
    """Clean the text of a saved web page; ``path`` names it in errors and notes, ``rules``
    are the furniture rules that keep a left-out block beside the text out of it (all of
    them, but when a benchmark holds some out)."""
    try:
        page = lxml.html.document_fromstring(source)
    except (etree.ParserError, ValueError) as error:
        raise EditionError(path, f"not a web page ({error})") from None
    runs = visible_runs(page)
    document = trafilatura.bare_extraction(
        source,
        with_metadata=True,
        include_comments=False,
        # A table of the text is the author's: its rows are kept as lines of text.
        include_tables=True,
        include_formatting=True,
        include_links=True,
    )
    if document is None or not runs:
        raise EditionError(path, "the extractor found no text in the page")
    _restore_link_spaces(document.body, _link_spaces(page))
    drafts = _drafts(document.body)
    notes, note_drafts = _footnotes(drafts, _note_texts(page))
    rendered = [_plain(draft, notes) for draft in drafts]
    drafts, rendered, note_drafts = _rejoin(drafts, rendered, note_drafts, runs)
    gaps, lines, holders = _gaps(runs, [seen.split() for _, _, seen in rendered])
    title_text = _normal(title).casefold() if title else None
    titles = {
        index
        for index, (draft, (plain, _, _)) in enumerate(zip(drafts, rendered, strict=True))
        if draft.kind == "heading" and plain.casefold() == title_text
    }
    # The title often stands apart from the text, above the byline and the date: where the
    # text stands on the page is where the extracted blocks other than the title do.
    kept = {run for run, blocks in holders.items() if blocks - titles}
    beside = beside_the_text(gaps, runs, kept, rules, title)
    # Blocks restored after each extracted block, by its index; -1 before the first.
    restored: dict[int, list[Gap]] = {}
    set_aside, interventions = [], []
    for index, gap in enumerate(gaps):
        inside = inside_the_text(gap)
        if (inside or index in beside) and gap.text.casefold() != title_text:
            restored.setdefault(-1 if gap.after is None else gap.after, []).append(gap)
            note = RESTORED_NOTE if inside else RESTORED_EDGE_NOTE
            interventions.append(
                Intervention(gap.line, note.format(text=gap.text), restored=gap.text)
            )
        else:
            set_aside.append(_set_aside(gap, title))
    title_lines, endnotes = [], []
    body = [_restored_block(gap) for gap in restored.get(-1, ())]
    line = 0
    for index, (draft, (plain, markup, _)) in enumerate(zip(drafts, rendered, strict=True)):
        # A block the page does not show word for word stands at its neighbour's line.
        line = lines[index] or line
        restore = [_restored_block(gap) for gap in restored.get(index, ())]
        if not plain:
            body += restore
            continue
        if index in titles:
            title_lines.append(Line(line, plain))
            set_aside.append(SetAside(line, plain, "title"))
        elif index in note_drafts:
            number = note_drafts[index]
            note = Block("endnote", line, _without_backlink(plain), number=number, markup=markup)
            endnotes.append(note)
        else:
            body.append(Block(draft.kind, line, plain, markup=markup))
        body += restore
    if not body:
        raise EditionError(path, "the extractor found no text in the page")
    metadata = PageMetadata(document.title, document.author, document.date, document.sitename)
    text = CleanText(
        source=str(path),
        title_lines=tuple(title_lines),
        head=(),
        body=tuple(body),
        responses=(),
        endnotes=tuple(sorted(endnotes, key=lambda b: b.number)),
        set_aside=tuple(sorted(set_aside, key=lambda s: s.line)),
        interventions=tuple(interventions),
    )
    return HtmlCapture(text, metadata)
