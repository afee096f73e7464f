"""Saved web pages (HTML) as captures.

trafilatura finds the page's main text; this module turns its tree into the edition's blocks
(headings, paragraphs, list items, block quotations, footnotes), keeping emphasis and web
links as MyST made here from the tree, never from the page's own markup.  A block of the page
the extractor left out is restored where it stands inside the text, or just beside it in the
part of the page that holds the text (a caption above it, a list of sources after it), and
so are a heading that opens the part of the page whose text comes next, the heading of a
chapter over its first kept block, the text's own blocks left out together between kept ones
however many (a colophon's lists), the lead in an article's own header or in an element the
page names a lead, prose set loose right before the text's first kept block in the element
that holds it (a mail's opening lines between <br>s), what stands under the text's last
heading, a caption of the article's figures that says what the picture shows (prose, or a
short phrase that credits no one; its credit on a line of its own stays out), and whole lines
left out of a block whose other lines were kept (a line at a time: restored blocks keep their
lines apart); a restored heading element stays a heading.  Notes are found by
their links back to the marks.  The spaces the extractor drops beside links and emphasis (a
line break at their edge counts as one) or between two words it runs together, and the
paragraphs it cuts into pieces, are put back as the page has them.  Where the extractor's
words are matched to the page's, a block goes to the run it fills whole (a title found first
in the site's menu, a heading found in the caption that repeats it).  Every other visible
text of the page that the extractor did not keep is set aside with the line of its element,
so the textual notes list it; a left-out passage that
reads as prose is flagged as possibly the author's text.  Where the extractor misreads the
page's structure, the page's own is taken: a <pre> of wrapped prose (a mail) is the text's
paragraphs, not a quotation; a paragraph that is one list item of the page is an item; and a
comment thread kept with the text is shown apart as the readers' responses.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import pairwise
from pathlib import Path
from urllib.parse import quote

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.utils import decode_file

from edition.errors import EditionError
from edition.texts.capture import read_capture_bytes
from edition.texts.document import Block, CleanText, Intervention, Line, SetAside
from edition.texts.endmatter import comment_thread_start
from edition.texts.furniture import RULES, Rule, strip_furniture
from edition.texts.html_page import CUT_SHORT_NOTE, RESTORED_EDGE_NOTE, RESTORED_NOTE
from edition.texts.myst import escape
from edition.texts.prose import (
    MIN_PROSE_WORDS,
    is_sentence,
    is_title_case,
    reads_as_prose,
)
from edition.texts.structure import (
    CREDIT,
    is_byline,
    is_dateline,
    is_title_line,
    split_responses,
)
from edition.texts.words import word_count
from edition.texts.wrapping import wrap_width

# A NUL byte means the file is not a web page (git reads a file so too). Tab, line feed,
# form feed and carriage return are whitespace in HTML; a browser shows no other C0 control,
# and a real page may hold one astray (a news page of set 15 held a U+0010 in its text): it
# is taken out, and the textual notes say where.
_NUL = "\x00"
_CONTROL = re.compile(r"[\x01-\x08\x0b\x0e-\x1f]")
CONTROL_NOTE = "control character U+{code:04X} taken out: a browser does not show it"
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
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# An element this wide holds the page's menus and footers as well as the text.
_PAGE_ROOTS = {"html", "body"}
# A left-out stretch inside the text of more runs than this is a region of its own (comments,
# a list of related pages), not a caption or a cell the extractor missed.
MAX_HOLE_RUNS = 7
# A heading left out of the text is as short as the plain-text path's headings by their shape
# (edition.texts.structure); one that ends in these characters leads into what follows.
MAX_HEADING_WORDS = 12
_NOT_HEADING_END = ":;,…-–—"


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


# An XHTML page opens with an XML declaration, which names the encoding of bytes the page
# no longer is once decoded: lxml refuses a string that has one.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_page(data: bytes, path: Path) -> str:
    """The page's text from its bytes, or an error naming the file (and line)."""
    if not data.strip():
        raise EditionError(path, "the capture is empty")
    text = decode_file(data).removeprefix("\ufeff")
    if _NUL in text:
        line = text.count("\n", 0, text.index(_NUL)) + 1
        raise EditionError(path, "binary content (control character U+0000)", line)
    return text


def without_controls(source: str) -> tuple[str, list[Intervention]]:
    """The page without the C0 controls a browser does not show, and where each stood."""
    notes = [
        Intervention(
            source.count("\n", 0, found.start()) + 1, CONTROL_NOTE.format(code=ord(found[0]))
        )
        for found in _CONTROL.finditer(source)
    ]
    return _CONTROL.sub("", source), notes


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
    # Where in its text the page's line breaks (<br>) stand: the offsets of the spaces
    # they became.
    breaks: tuple[int, ...] = ()


def _unseen(element: lxml.html.HtmlElement) -> bool:
    return (
        element.tag in _UNSEEN
        or element.get("hidden") is not None
        or bool(_HIDDEN_STYLE.search(element.get("style", "")))
    )


# A line break of the page inside a run; a NUL never stands in a page's text (decode_page).
_BREAK = "\0"


def visible_runs(page: lxml.html.HtmlElement) -> list[Run]:
    """The page's visible text, one run per stretch of text between block boundaries."""
    runs: list[Run] = []
    pieces: list[str] = []
    line, widget = 0, False
    where: lxml.html.HtmlElement | None = None
    blocks: list[lxml.html.HtmlElement] = []
    widgets = 0
    # An article's own header, and whether each run stands in one (and in no other region).
    headers, headed, in_header = 0, [], False

    def add(text: str | None, number: int | None) -> None:
        nonlocal line, where, widget, in_header
        if text and text.strip():
            if not "".join(pieces).replace(_BREAK, "").strip():
                line, where = number or 0, blocks[-1] if blocks else None
                widget, in_header = widgets > 0, headers > 0 and not widgets
            pieces.append(text)
        elif text:
            pieces.append(text)

    def flush() -> None:
        joined = "".join(pieces)
        text = _normal(joined.replace(_BREAK, " "))
        if text:
            lines = [shown for part in joined.split(_BREAK) if (shown := _normal(part))]
            ends = [len(" ".join(lines[: n + 1])) for n in range(len(lines) - 1)]
            tag = where.tag if where is not None else "p"
            runs.append(Run(line, text, tag, widget, where, tuple(ends)))
            headed.append(in_header)
        pieces.clear()

    # Iterative, so that a deeply nested page cannot exhaust Python's recursion limit.
    walker = etree.iterwalk(page, events=("start", "end", "comment", "pi"))
    for event, element in walker:
        if event in ("comment", "pi"):
            add(element.tail, element.sourceline)
            continue
        block = element.tag in _BLOCK_TAGS
        # A footnote mark is a word of its own, not the end of the word it follows; a line
        # break ends a word as the extractor's own line breaks do ("com.<br>meth." is two).
        if block:
            flush()
        elif element.tag == "sup":
            pieces.append(" ")
        elif element.tag == "br":
            pieces.append(_BREAK)
        if event == "start":
            # An unseen element's end is still reported, so it is pushed too.
            if block:
                blocks.append(element)
            if _article_header(element):
                headers += 1
            else:
                widgets += element.tag in _WIDGETS
            if _unseen(element):
                walker.skip_subtree()
            else:
                add(element.text, element.sourceline)
        else:
            if block:
                blocks.pop()
            if _article_header(element):
                headers -= 1
            else:
                widgets -= element.tag in _WIDGETS
            add(element.tail, element.sourceline)
    flush()
    return [
        replace(run, widget=True) if header and not _leads(runs, i) else run
        for i, (run, header) in enumerate(zip(runs, headed, strict=True))
    ]


def _article_header(element: lxml.html.HtmlElement) -> bool:
    return element.tag == "header" and any(a.tag == "article" for a in element.iterancestors())


def _leads(runs: list[Run], i: int) -> bool:
    """Whether a run in an article's own header is its lead, the author's text: a passage
    that reads as prose, or the line set before one in its block ("Berlin/Potsdam.", a place
    line over the lead). The header's other lines (the kicker, the byline, the date, a share
    row) are the page's, as any header's are."""
    if _reads_as_prose(runs[i].text):
        return True
    following = runs[i + 1] if i + 1 < len(runs) else None
    return (
        following is not None
        and runs[i].element is not None
        and following.element is not runs[i].element
        and _within(following.element, runs[i].element)
        and _reads_as_prose(following.text)
    )


def _empty(element: lxml.html.HtmlElement) -> bool:
    return not len(element) and not (element.text or "").strip()


def _named(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """The element an id names: an empty anchor that opens an element names that element (a
    note's "<li><span id=…></span>Its text…", as a WordPress footnotes plugin sets it)."""
    parent = element.getparent()
    opens = parent is not None and parent[0] is element and not (parent.text or "").strip()
    return parent if opens and _empty(element) else element


def _note_texts(page: lxml.html.HtmlElement) -> dict[str, str]:
    """The text of every element with an id, by id, as a footnote would read."""
    return {
        element.get("id"): _normal(_named(element).text_content())
        for element in page.iter()
        if isinstance(element.tag, str) and element.get("id")
    }


def back_linked(page: lxml.html.HtmlElement) -> frozenset[str]:
    """The ids of the elements of the page that a link points to and that link back to that
    link (or to the inline element around it, or to an empty anchor set right before
    either): a note and its mark, whatever names the publishing tool gives them ("#nb1" and
    "#nh1", "#cite_note-1" and "#cite_ref-1")."""
    ids = {e.get("id"): e for e in page.iter() if isinstance(e.tag, str) and e.get("id")}
    # The ids each target links to, read once: many links may point to one large element.
    links_back: dict[str, set[str]] = {}
    found = set()
    for link in page.iter("a"):
        href = link.get("href", "")
        target = ids.get(href[1:]) if href.startswith("#") else None
        if target is None:
            continue
        if href not in links_back:
            hrefs = (back.get("href", "") for back in _named(target).iter("a"))
            links_back[href] = {h[1:] for h in hrefs if h.startswith("#")}
        around = set()
        for element in (link, *link.iterancestors()):
            if element.tag in _BLOCK_TAGS:
                break
            anchor = element.getprevious()
            for named in (element, anchor if anchor is not None and _empty(anchor) else None):
                if named is not None and named.get("id"):
                    around.add(named.get("id"))
        if around & links_back[href]:
            found.add(href[1:])
    return frozenset(found)


# The page's inline elements that the extractor keeps as links or emphasis (<ref>, <hi>);
# a superscript or subscript is a note mark, spaced on its own.
_INLINE_KEPT = {"a", "b", "strong", "i", "em", "u", "kbd", "samp", "tt", "var"}


def _side(inner: str, outer: str | None, last: bool) -> bool | None:
    """Whether a space stands at one side of an inline element: at that edge inside it, or
    next to it outside; None where no text stands beside it (that tells nothing)."""
    edge = inner[-1:] if last else inner[:1]
    if edge.isspace():
        return True
    if not outer:
        return None
    return (outer[:1] if last else outer[-1:]).isspace()


def _text_with_breaks(element: lxml.html.HtmlElement) -> str:
    """An element's text, with a space for each line break (<br>) in it: a break at its edge
    ("<b>Colosseum Theater Essen<br></b>Altendorfer Str. 1") parts it from the text beside
    it as a space does."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(" " if child.tag == "br" else _text_with_breaks(child))
        parts.append(child.tail or "")
    return "".join(parts)


def inline_spaces(page: lxml.html.HtmlElement) -> dict[str, tuple[bool, bool]]:
    """For each text of a link or an emphasis of the page, whether a space stands before and
    after it, where every such element of that text that has text beside it agrees."""
    found: dict[str, set[tuple[bool | None, bool | None]]] = {}
    for element in page.iter(*_INLINE_KEPT):
        inner = _text_with_breaks(element)
        text = _normal(inner)
        if not text:
            continue
        previous = element.getprevious()
        before_text = previous.tail if previous is not None else element.getparent().text
        if previous is not None and previous.tag == "br" and not before_text:
            before_text = " "
        sides = (_side(inner, before_text, False), _side(inner, element.tail, True))
        found.setdefault(text, set()).add(sides)
    spaces = {}
    for text, sides in found.items():
        befores = {b for b, _ in sides} - {None}
        afters = {a for _, a in sides} - {None}
        spaces[text] = (befores == {True}, afters == {True})
    return spaces


def restore_inline_spaces(body: etree._Element, spaces: dict[str, tuple[bool, bool]]) -> None:
    """Put back the spaces the extractor drops beside links and emphasis ("partswere" for
    "parts</a> were", "Titel:Noch" for "<u>Titel: </u>Noch" on some pages), where the page
    has them: the words must be the page's words."""
    for inline in body.iter("ref", "hi"):
        if inline.get("rend") in ("#sup", "#sub"):
            continue
        before, after = spaces.get(_normal("".join(inline.itertext())), (False, False))
        if after and inline.tail and not inline.tail[0].isspace():
            inline.tail = " " + inline.tail
        previous = inline.getprevious()
        if before and previous is not None:
            if previous.tail and not previous.tail[-1].isspace():
                previous.tail += " "
        elif before and inline.getparent().text and not inline.getparent().text[-1].isspace():
            inline.getparent().text += " "


_SPACES = re.compile(r"(\s+)")


def split_run_together(body: etree._Element, runs: list[Run]) -> None:
    """Set apart the words the extractor ran together where the page has a space between
    them: a word of the extracted text that the page never shows, but that is two words the
    page shows one after the other ("braucht:A3" for "<strong>braucht:</strong> </span>
    <strong>A3", the space inside the span dropped)."""
    shown = {word for run in runs for word in run.text.split()}
    pairs: dict[str, str] = {}
    for run in runs:
        for first, second in pairwise(run.text.split()):
            pairs.setdefault(first + second, f"{first} {second}")

    def apart(text: str, opens_a_block: bool) -> str:
        pieces = _SPACES.split(text)
        # A word with a space on either side, or first in its block: one at the edge of a
        # text may be part of a longer word with the element beside it ("D" and "ata").
        for i in range(0 if opens_a_block else 2, len(pieces) - 2, 2):
            if pieces[i] in pairs and pieces[i] not in shown:
                pieces[i] = pairs[pieces[i]]
        return "".join(pieces)

    for element in body.iter():
        if element.text:
            element.text = apart(element.text, element.tag in _TREE_BLOCKS)
        if element.tail:
            element.tail = apart(element.tail, False)


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


# The brackets a page may set around a note mark outside its link ("[<a>1</a>]").
_MARK_BRACKETS = {"[": "]", "(": ")"}


def _note_id(target: str, notes: frozenset[str] | dict[str, int]) -> str | None:
    """The id of the note a link of the extractor's tree points to: a link to "#fn1" and the
    like, or to one of ``notes`` (the extractor may have made "#nb1" a web address, with the
    site's address before it)."""
    found = _NOTE_TARGET.match(target)
    if found:
        return found[1]
    fragment = target.partition("#")[2]
    return fragment if fragment in notes else None


def _sup(element: etree._Element | None) -> bool:
    return element is not None and element.tag == "hi" and element.get("rend") == "#sup"


def mark_note(element: etree._Element, notes: frozenset[str] | dict[str, int]) -> str | None:
    """The id of the note of which ``element`` is the mark: a superscript holding one link to
    a note, or a link to a note that stands outside a superscript."""
    if _sup(element):
        ids = [n for r in element.iter("ref") if (n := _note_id(r.get("target", ""), notes))]
        return ids[0] if len(ids) == 1 else None
    if element.tag == "ref" and not _sup(element.getparent()):
        return _note_id(element.get("target", ""), notes)
    return None


# The blocks of the extractor's tree that may stand inside another block (paragraphs in a
# list item).
_TREE_BLOCKS = {"p", "head", "quote", "list", "table"}


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
            taken = 0
            if isinstance(child.tag, str) and child.tag not in skip:
                taken = self.element(child)
            self.text(child.tail[taken:] if child.tail else child.tail)

    def element(self, element: etree._Element) -> int:
        """Render ``element``; how many characters of its tail it took (a mark's bracket)."""
        tag, rend = element.tag, element.get("rend", "")
        if tag == "lb":
            self.text(" ")
        elif tag == "ref" and _backlink(element):
            # A link back from a note is dropped.
            pass
        elif (number := self._mark_number(element)) is not None:
            return self._note_mark(element, number)
        elif tag == "hi" and rend in ("#i", "#b"):
            self._emphasis(element, "*" if rend == "#i" else "**")
        elif tag == "ref" and _WEB_URL.match(element.get("target", "").strip()):
            self._link(element)
        elif tag in _TREE_BLOCKS:
            # The extractor runs the paragraphs of one list item together ("saturation.</p>
            # <p>Finally"): the page sets them apart, so no two words may join.
            self.text(" ")
            self.content(element)
            self.text(" ")
        else:
            self.content(element)
        return 0

    def _mark_number(self, element: etree._Element) -> int | None:
        """The number of the note ``element`` is the mark of; a link outside a superscript
        is a mark only where it reads as that number."""
        number = self.notes.get(mark_note(element, self.notes) or "")
        if number is None or _sup(element):
            return number
        return number if _normal("".join(element.itertext())) == str(number) else None

    def _note_mark(self, element: etree._Element, number: int) -> int:
        """Write a footnote mark as [^n]: a superscript is a word of its own on the page;
        brackets around a link that stands for a mark go with it."""
        mark = "".join(element.itertext())
        if _sup(element):
            self.pieces.append(f"[^{number}]")
            self.seen.append(f" {mark} ")
            return 0
        # Only text written just before the mark can hold its opening bracket.
        last = self.plain[-1] if self.plain else ""
        before = last if self.pieces and self.pieces[-1] == escape_keep_space(last) else ""
        opener = next((o for o in _MARK_BRACKETS if before.rstrip().endswith(o)), None)
        closer = _MARK_BRACKETS.get(opener, "")
        taken = int(bool(closer) and (element.tail or "").startswith(closer))
        if taken:
            # The mark follows its word as [^n] does; what the page shows stays in ``seen``.
            self.plain[-1] = self.plain[-1].rstrip().removesuffix(opener).rstrip()
            self.pieces[-1] = escape_keep_space(self.plain[-1])
        self.pieces.append(f"[^{number}]")
        self.seen.append(f"{mark}{closer}" if taken else mark)
        return taken

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
    # A paragraph of preformatted text, parted from the next at a blank line.
    preformatted: bool = False


def _items(listing: etree._Element, quoted: bool) -> list[_Draft]:
    drafts = []
    for item in listing.iterchildren("item"):
        drafts.append(_Draft("list-item", item, frozenset({"list"})))
        for nested in item.iterchildren("list"):
            drafts += _items(nested, quoted)
    return drafts


def table_rows(table: etree._Element) -> list[etree._Element]:
    """Each row of a table of the extractor's tree as one paragraph: its cells in order,
    separated by " | ", and the blocks inside a cell set apart by a space, before and after,
    so no two words run together; a table within a cell gives its rows' text in place."""
    rows = []
    for row in table.iter("row"):
        if any(ancestor.tag == "row" for ancestor in row.iterancestors()):
            continue
        line = etree.Element("p")
        for number, cell in enumerate(row.iterchildren("cell")):
            piece = deepcopy(cell)
            piece.tail = None
            for inner in [e for e in piece.iter() if e is not piece]:
                if inner.tag in ("p", "head", "item", "row", "cell"):
                    _space_before(inner)
                    inner.tail = " " + (inner.tail or "")
            if number:
                line[-1].tail = " | "
            line.append(piece)
        if "".join(line.itertext()).strip():
            rows.append(line)
    return rows


def _space_before(element: etree._Element) -> None:
    """A space before an element, after the text that stands before it in its parent (a
    cell's text, then a paragraph in it: "… gekränkt hat." and "Heute werde …")."""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + " "
    else:
        parent = element.getparent()
        parent.text = (parent.text or "") + " "


# A blank line in text set directly in a container: the extractor keeps the line breaks of
# preformatted text (a mail's or a plain-text document's <pre>), where it parts paragraphs.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")


def wrapped_pres(page: lxml.html.HtmlElement) -> list[str]:
    """The text of each <pre> of the page whose lines are wrapped prose (a mail, a plain-text
    document: ``edition.texts.wrapping``), not a code listing."""
    texts = [pre.text_content() for pre in page.iter("pre")]
    return [_normal(text) for text in texts if wrap_width(text.splitlines()) is not None]


# As much of a container's text as tells which <pre> it came from.
_PRE_KEY = 80


def _preformatted(container: etree._Element, pres: list[str]) -> bool:
    """Whether a container holds a wrapped <pre>'s text (``wrapped_pres``), with its blank
    lines."""
    texts = [container.text, *(child.tail for child in container)]
    if not any(text and _BLANK_LINE.search(text) for text in texts):
        return False
    key = _normal("".join(container.itertext()))[:_PRE_KEY]
    return bool(key) and any(key in pre for pre in pres)


def _drafts(
    container: etree._Element, quoted: bool = False, pres: list[str] | None = None
) -> list[_Draft]:
    """The blocks of a container of the extractor's tree (its body, a div, a quotation).
    Wrapped preformatted text set in it (``_preformatted``) is the page's own text, not a
    quotation (the extractor makes a <pre> a quotation), and parts into paragraphs at its
    blank lines."""
    preformatted = _preformatted(container, pres or [])
    prose = "quote" if quoted and not preformatted else "paragraph"
    drafts: list[_Draft] = []
    stray = etree.Element("p")

    def stray_text(text: str | None) -> None:
        if not text:
            return
        # A line break that ends the text so far and one that begins this one make a blank
        # line too (the first inside emphasis, the second after it).
        if (
            preformatted
            and text.lstrip(" \t").startswith("\n")
            and "".join(stray.itertext()).rstrip(" \t").endswith("\n")
        ):
            flush()
        if preformatted and _BLANK_LINE.search(text):
            first, *others = _BLANK_LINE.split(text)
            stray_text(first)
            for other in others:
                flush()
                stray_text(other)
            return
        if len(stray):
            stray[-1].tail = (stray[-1].tail or "") + text
        else:
            stray.text = (stray.text or "") + text

    def flush() -> None:
        nonlocal stray
        # Text standing directly in a container is a paragraph of its own.
        if "".join(stray.itertext()).strip():
            drafts.append(_Draft(prose, stray, preformatted=preformatted))
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
                drafts += _drafts(child, quoted or tag == "quote", pres)
            stray_text(child.tail)
        elif isinstance(tag, str) and preformatted:
            # Its tail may part paragraphs: it is added as text.
            inline = deepcopy(child)
            inline.tail = None
            stray.append(inline)
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


# A note that opens with its number, the page's link back to its mark ("[1]", "(1)", "1.").
_OWN_NUMBER = re.compile(r"^[\[(]?(\d+)[\].)]?\s+(?=\S)")


def without_own_number(text: str, number: int) -> str:
    """A note's text without the number it opens with: the footnote shows its number."""
    found = _OWN_NUMBER.match(text)
    return text[found.end() :] if found and found[1] == str(number) else text


def _footnotes(
    drafts: list[_Draft], page: dict[str, str], back: frozenset[str]
) -> tuple[dict[str, int], dict[int, int]]:
    """The footnotes whose mark the extracted text has and whose note the page has: their
    numbers by note id, in the order of the marks, and by the index of the draft that is the
    note.  A note the extractor left out (it often drops a list of several notes, each ending
    in a link back, as if it were navigation) is added to ``drafts`` from the page, as plain
    text.  A mark is a superscript or a link pointing to "#fn1" and the like, or to an
    element of the page that links back to it (``back``, whatever the tool names it); one
    that does not read as its number is kept as text, like a note not found."""
    plains = [_without_backlink(_plain(draft, {})[0]) for draft in drafts]
    notes: dict[str, int] = {}
    note_drafts: dict[int, int] = {}
    for draft in list(drafts):
        for mark in draft.element.iter("hi", "ref"):
            note_id = mark_note(mark, back)
            if note_id is None:
                continue
            text = _without_backlink(page.get(note_id, ""))
            number = len(notes) + 1
            if note_id in notes or not text or _normal("".join(mark.itertext())) != str(number):
                continue
            index = next(
                (i for i, p in enumerate(plains) if p == text and drafts[i].kind != "heading"),
                None,
            )
            if index is None:
                note = etree.Element("p")
                # The footnote shows its number: the page's own ("[1]", a link back) goes.
                note.text = without_own_number(text, number)
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
    long_sentences = sum(word_count(s) >= _PROSE_SENTENCE_WORDS for s in sentences[:ended])
    return long_sentences >= 2 or (ended > 0 and word_count(text) >= _PROSE_WORDS)


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
    # The index of the run of the first kept word after it (-1: none).
    next_run: int = -1
    # Whether it begins and ends where lines of its run do (its run's edges, or <br>).
    lines: bool = False


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


def opens_the_text(gap: Gap, runs: list[Run]) -> bool:
    """Whether a left-out run is the text's opening: prose set loose, right before the first
    kept block, in the element that holds that block (a mail archive's message body, whose
    first lines stand between <br>s before its first <p>)."""
    if gap.after is not None or not gap.whole or gap.widget or gap.next_run != gap.run + 1:
        return False
    element, following = runs[gap.run].element, runs[gap.next_run].element
    return (
        element is not None
        and following is not None
        and following.getparent() is element
        and _reads_as_prose(gap.text)
    )


def in_the_flow(
    gap: Gap,
    runs: list[Run],
    container: lxml.html.HtmlElement | None,
    rules: tuple[Rule, ...] = RULES,
) -> bool:
    """Whether a left-out run between two kept words stands in the text's own flow, however
    many runs are left out with it: in a block of text (a heading, a list, a paragraph, a
    table, a figure's caption) set directly in the element that holds every kept word
    (``container``), as the kept blocks are; not a line the plain-text rules take for
    furniture, a byline or a date, nor a figure's credit. A box of the page inside the
    text (related stories, a table of contents) stands in an element of its own there."""
    if container is None or container.tag in _PAGE_ROOTS or runs[gap.run].element is None:
        return False
    if gap.after is None or gap.before is None or not gap.whole or gap.widget:
        return False
    element = runs[gap.run].element
    part = next(
        (a for a in (element, *element.iterancestors()) if a.getparent() is container), None
    )
    if part is None or part.tag not in _TEXT_BLOCKS:
        return False
    if part.tag == "figure":
        return reads_as_caption(gap.text, rules)
    return not (
        strip_furniture([gap.text], rules=rules)[1] or is_byline(gap.text) or is_dateline(gap.text)
    )


# How far above the text's container a copy of it may stand: the container, its part of the
# page and the row that holds it (an article body set in chunks between advertisements).
_COPY_LEVELS = 3


def _signature(element: lxml.html.HtmlElement) -> tuple[str, str]:
    return element.tag, " ".join((element.get("class") or "").split())


def _copies(container: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The elements that repeat the text's container after it: where an ancestor of it (or
    the container itself), a few levels up, has later siblings of the same tag and class,
    the element at the same path inside each of them. A page that sets the article's body
    in chunks, with an advertisement between them, repeats the chunk so."""
    copies = []
    path: list[tuple[str, str]] = []
    node = container
    for _ in range(_COPY_LEVELS):
        parent = node.getparent()
        if parent is None or node.tag in _PAGE_ROOTS or parent.tag in _PAGE_ROOTS:
            break
        if _signature(node)[1]:
            for sibling in node.itersiblings():
                copy: lxml.html.HtmlElement | None = sibling
                if _signature(sibling) != _signature(node):
                    continue
                for step in reversed(path):
                    copy = next((c for c in copy if _signature(c) == step), None)
                    if copy is None:
                        break
                if copy is not None:
                    copies.append(copy)
        path.append(_signature(node))
        node = parent
    return copies


def continues_the_text(
    runs: list[Run], container: lxml.html.HtmlElement | None, rules: tuple[Rule, ...] = RULES
) -> set[int]:
    """The runs that go on with the text in copies of its container (``_copies``) that the
    extractor did not keep: each a block of text set directly in a copy, as the kept blocks
    are in the container, not a line the plain-text rules take for furniture, a byline or a
    date, up to the last of them that reads as prose. After the text's last paragraph a
    chunk often holds the site's own list ("More Great WIRED Stories"), in the same place."""
    if container is None or container.tag in _PAGE_ROOTS:
        return set()
    copies = set(_copies(container))
    found = []
    for index, run in enumerate(runs):
        if run.element is None or run.widget:
            continue
        part = next(
            (a for a in (run.element, *run.element.iterancestors()) if a.getparent() in copies),
            None,
        )
        if part is None or part.tag not in _TEXT_BLOCKS or part.tag == "figure":
            continue
        text = run.text
        if strip_furniture([text], rules=rules)[1] or is_byline(text) or is_dateline(text):
            continue
        found.append(index)
    last = max((i for i in found if _reads_as_prose(runs[i].text)), default=-1)
    return {i for i in found if i <= last}


def lines_of_a_kept_block(
    gap: Gap, kept: set[int], title: str | None = None, rules: tuple[Rule, ...] = RULES
) -> bool:
    """Whether a left-out stretch is whole lines of a block of the page whose other lines the
    extractor kept (a listing whose lines are set apart by <br>, its first line dropped): a
    line of the text, unless the plain-text rules take it for furniture, the title, a byline
    or a date."""
    if not gap.lines or gap.whole or gap.widget or gap.run not in kept:
        return False
    return not (
        strip_furniture([gap.text], rules=rules, title=title)[1]
        or is_byline(gap.text)
        or is_dateline(gap.text)
        or is_title_line(gap.text, title)
    )


def cut_short(gap: Gap, runs: list[Run], plains: list[str]) -> str | None:
    """The line of the page that an extracted block is the beginning of, where a left-out
    stretch is the rest of it: the extractor may stop a paragraph at a link ("Ein Blick in
    das Inhaltsverzeichnis (" and nothing of "(PDF) zeigt aber: …"), or a heading at a span
    ("Kanae’s Review" and nothing of the reviewer's score after it, "8.5/10"). So it is where
    the stretch, inside the text and reading as prose or in a heading of the page, ends a
    line of its run (its end, or a <br>) that begins with the block's words, the words before
    the stretch."""
    if gap.whole or gap.widget or gap.after is None or gap.before is None:
        return None
    if not (_reads_as_prose(gap.text) or runs[gap.run].tag in _HEADINGS):
        return None
    begun = _normal(plains[gap.after])
    for line in run_lines(runs[gap.run]):
        page = _normal(line)
        if page.endswith(_normal(gap.text)) and page.startswith(begun) and page != begun:
            return line
    return None


def _block_name(tag: str) -> str:
    return "heading" if tag in _HEADINGS else "paragraph"


def _within(element: lxml.html.HtmlElement | None, ancestor: lxml.html.HtmlElement) -> bool:
    return element is not None and (element is ancestor or ancestor in element.iterancestors())


def reads_as_heading(text: str, rules: tuple[Rule, ...] = RULES) -> bool:
    """A short line of words (not a file's name) that is not a sentence, nor furniture, a
    byline or a date."""
    stripped = text.strip()
    words = stripped.split()
    return (
        0 < len(words) <= MAX_HEADING_WORDS
        and any(word.isalpha() for word in words)
        and not is_sentence(stripped)
        and stripped[-1] not in _NOT_HEADING_END
        and not strip_furniture([stripped], rules=rules)[1]
        and not (is_byline(stripped) or is_dateline(stripped))
    )


def opens_a_section(gap: Gap, runs: list[Run], rules: tuple[Rule, ...] = RULES) -> bool:
    """Whether a left-out run inside the text is the heading of the part of the page whose
    text the extractor kept next: the first run of the smallest element that holds both, a
    few runs before that text, reading as a heading. A page may set its section headings in
    plain elements, which the extractor leaves out with a box standing before them; the box
    stands apart from the section, so it is not restored."""
    if not gap.whole or gap.widget or gap.after is None or gap.before is None:
        return False
    if gap.next_run - gap.run > MAX_HOLE_RUNS:
        return False
    common = _holding_both(runs, gap)
    return common is not None and _first_in(runs, gap, common) and reads_as_heading(gap.text, rules)


def _holding_both(runs: list[Run], gap: Gap) -> lxml.html.HtmlElement | None:
    """The smallest element that holds a left-out run and the run of the next kept word,
    unless it is the page's body."""
    element, following = runs[gap.run].element, runs[gap.next_run].element
    if element is None or following is None:
        return None
    around = {element, *element.iterancestors()}
    common = next((a for a in (following, *following.iterancestors()) if a in around), None)
    return None if common is None or common.tag in _PAGE_ROOTS else common


def _first_in(runs: list[Run], gap: Gap, element: lxml.html.HtmlElement) -> bool:
    return gap.run == 0 or not _within(runs[gap.run - 1].element, element)


def heads_the_text(
    gaps: list[Gap], runs: list[Run], title: str | None = None, rules: tuple[Rule, ...] = RULES
) -> int | None:
    """The index of the left-out heading that heads the text, or None: the nearest whole run
    before the first kept word, under the page's title, that the page sets as a heading
    (h1-h6), reads as one, and is the first run of the smallest element that holds it and
    the text but for the title, a few runs before the text (a chapter's heading over the
    chapter's text). The
    title itself, a heading above it (the site's name), and a heading of the page around the
    text (in an element that holds a control of the page too) are not."""
    if title is None:
        return None
    for index in range(len(gaps) - 1, -1, -1):
        gap = gaps[index]
        if gap.after is not None or gap.before is None:
            continue
        if gap.next_run - gap.run > MAX_HOLE_RUNS:
            return None
        if not gap.whole or gap.widget or runs[gap.run].tag not in _HEADINGS:
            continue
        if is_title_line(gap.text, title) or not reads_as_heading(gap.text, rules):
            continue
        common = _holding_both(runs, gap)
        if common is None or _holds_a_widget(common):
            return None
        titled = any(is_title_line(run.text, title) for run in runs[: gap.run]) and not any(
            is_title_line(run.text, title) for run in runs[gap.run : gap.next_run]
        )
        # The title may open the element too (a service page's modules: its title, then
        # the heading over the text).
        first = not any(
            _within(run.element, common) and not is_title_line(run.text, title)
            for run in runs[: gap.run]
        )
        return index if first and titled else None
    return None


def _holds_a_widget(element: lxml.html.HtmlElement) -> bool:
    return any(e.tag in _WIDGETS for e in element.iter() if isinstance(e.tag, str))


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


def reads_as_caption(text: str, rules: tuple[Rule, ...] = RULES) -> bool:
    """A caption that says what a picture shows: prose, or a short phrase or sentence (a
    word of it in lower case: "Can you spot the anomaly?") that credits no one ("Foto: …",
    "© …" anywhere in it, or names alone: "Jo Lens | Harbour Photos"), nor is a file's
    name, furniture, a byline or a date."""
    words = text.split()
    phrase = any(word[0].islower() for word in words)
    short_sentence = is_sentence(text) and word_count(text) <= MAX_HEADING_WORDS
    return reads_as_prose(text) or (
        phrase and (reads_as_heading(text, rules) or short_sentence) and not _credits(text)
    )


def _credits(text: str) -> bool:
    # A credit may close the caption's line ("Demut hinter Masken Foto: Adobe Stock"); the
    # plain-text path's pattern of a credit is used, so that both paths read credits alike.
    words = text.split()
    return any(CREDIT.search(" ".join(words[i:])) for i in range(len(words)))


def caption_and_credit(gaps: list[Gap], runs: list[Run]) -> list[Gap]:
    """``gaps`` with each left-out caption whose credit stands on a line of its own after it
    (a <br> apart, in one <figcaption>) made two stretches: the caption's lines, and the
    credit's, which the page sets apart as a block of its own."""
    split: list[Gap] = []
    for gap in gaps:
        run = runs[gap.run]
        lines = run_lines(run) if gap.whole and run.breaks else []
        credit = next((i for i, line in enumerate(lines) if i and _credits(line)), None)
        if credit is None or not _in_figcaption(run):
            split.append(gap)
            continue
        caption, rest = " ".join(lines[:credit]), " ".join(lines[credit:])
        split += [replace(gap, text=caption, lines=True), replace(gap, text=rest, lines=True)]
    return split


def _in_figcaption(run: Run) -> bool:
    element = run.element
    return element is not None and any(
        a.tag == "figcaption" for a in (element, *element.iterancestors())
    )


def figures_beside(
    container: lxml.html.HtmlElement, runs: list[Run]
) -> list[lxml.html.HtmlElement]:
    """The figures standing next to ``container`` on either side: its nearest sibling that
    holds a run of the page's visible text, where that is a figure or a wrapper of one
    (``_wrapped_figure``); none beside the page's body."""
    if container.tag in _PAGE_ROOTS:
        return []
    showing = {
        a
        for run in runs
        if run.element is not None
        for a in (run.element, *run.element.iterancestors())
    }
    found = []
    for siblings in (container.itersiblings(preceding=True), container.itersiblings()):
        nearest = next((s for s in siblings if s in showing), None)
        if nearest is not None:
            found += _wrapped_figure(nearest, runs)
    return found


def _wrapped_figure(element: lxml.html.HtmlElement, runs: list[Run]) -> list[lxml.html.HtmlElement]:
    """The figure an element is, or the one figure it holds with no other visible text: a
    page may wrap the picture after the body in a media box of its own."""
    figures = list(element.iter("figure"))
    if len(figures) != 1:
        return []
    inside = [run for run in runs if _within(run.element, element)]
    return figures if all(_within(run.element, figures[0]) for run in inside) else []


def captions_of_the_article(
    gaps: list[Gap], runs: list[Run], kept: set[int], rules: tuple[Rule, ...] = RULES
) -> set[int]:
    """The indexes of the left-out stretches that are captions of the text's figures, and
    that say what the picture shows: the text's own, where a credit or a control beside it
    is not. The text's figures are those of the page's ``<article>`` holding the kept text,
    wherever in it they stand (a lead picture above the byline, in the article's header),
    or, on a page without one, a figure standing next to the element that holds the kept
    text (a lead picture set just before the body, both in the post's element)."""
    container = text_container(runs, kept)
    if container is None:
        return set()
    article = next((a for a in (container, *container.iterancestors()) if a.tag == "article"), None)
    # Where the page marks its article, a figure outside it is not the article's.
    owners = {article} if article is not None else set(figures_beside(container, runs))
    found = set()
    for index, gap in enumerate(gaps):
        element = runs[gap.run].element
        if not gap.whole or element is None:
            continue
        path = [element, *element.iterancestors()]
        caption = next((i for i, a in enumerate(path) if a.tag == "figcaption"), None)
        owner = next((i for i, a in enumerate(path) if a in owners), None)
        if caption is None or owner is None or caption > owner:
            continue
        # The article's header may hold its lead figure; no other region beside the text may.
        if not ({a.tag for a in path[:owner]} - {"header"}) & _WIDGETS and reads_as_caption(
            gap.text, rules
        ):
            found.add(index)
    return found


# The names pages give the element of a picture's caption: "caption", the newspapers'
# "cutline", the French "légende", the German "Bildunterschrift", an image's "description".
_CAPTION_CLASS = re.compile(
    r"caption|cutline|l[ée]gende?|bildunterschrift|(?:image|img|photo|picture)[-_]?desc",
    re.IGNORECASE,
)
# How far up from a run its caption's element may stand (a paragraph in a span in the caption).
_CAPTION_LEVELS = 3


def _in_a_caption(element: lxml.html.HtmlElement) -> bool:
    return _caption_element(element) is not None


def _caption_element(element: lxml.html.HtmlElement) -> lxml.html.HtmlElement | None:
    chain = [element, *element.iterancestors()][:_CAPTION_LEVELS]
    return next(
        (a for a in chain if a.tag == "figcaption" or _CAPTION_CLASS.search(a.get("class") or "")),
        None,
    )


def lead_captions(
    gaps: list[Gap],
    runs: list[Run],
    title: str | None,
    titles: set[int],
    container: lxml.html.HtmlElement | None,
    rules: tuple[Rule, ...] = RULES,
) -> set[int]:
    """The index of the left-out stretch that is the caption of the text's lead picture, if
    any: the first whole run set in a caption's element (a <figcaption>, or an element its
    page names a caption) after the title and before the first word the extractor kept
    after it (``titles``: the extracted blocks that are the title), that says what the
    picture shows (``_says_what_it_shows``) and credits no one; a credit or a button before
    it in its caption's block is passed over (``_beside_a_caption``). The lead picture stands
    there on most pages, and the extractor leaves its caption out with the masthead. Other
    matter between them (a teaser's link, ``_parts``) parts it from the text, and so does a
    text that stands in the page's body (``container``), which holds the menus too; the
    captions of a gallery's other pictures are the page's."""
    if container is None or container.tag in _PAGE_ROOTS:
        return set()
    title_text = _normal(title).casefold() if title else None
    title_run = next(
        (
            i
            for i, run in enumerate(runs)
            if title_text and _normal(run.text).casefold() == title_text
        ),
        None,
    )
    if title_run is None:
        return set()
    # The caption's element of a credit or a button passed over: the caption is in it.
    passed: lxml.html.HtmlElement | None = None
    for index, gap in enumerate(gaps):
        element = runs[gap.run].element
        if (
            (gap.after is None or gap.after in titles)
            and gap.whole
            and element is not None
            and title_run < gap.run < gap.next_run
            and _in_a_caption(element)
        ):
            if passed is not None and not _within(element, passed):
                return set()
            # A caption's block may hold the picture's credit or a button before the caption
            # ("click to enlarge"); the next caption outside that block is another picture's.
            if _beside_a_caption(gap.text):
                passed = passed if passed is not None else _caption_element(element)
                continue
            between = runs[gap.run + 1 : gap.next_run]
            if _says_what_it_shows(gap.text, rules) and not any(
                _parts(run, title_text) for run in between
            ):
                return {index}
            return set()
    return set()


# The name pages give the element of an article's lead paragraph, above its body
# ("article__lead", "b-article__lead"): a word of a class of its own.
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])lead(?:$|[\s_-])", re.IGNORECASE)
# How far up from a run its lead's element may stand (a paragraph in the lead's element).
_LEAD_LEVELS = 2


def named_leads(
    gaps: list[Gap],
    runs: list[Run],
    container: lxml.html.HtmlElement | None,
    rules: tuple[Rule, ...] = RULES,
) -> set[int]:
    """The indexes of the left-out stretches before the first kept word that are the text's
    lead: a passage reading as prose, in an element the page names a lead (``_LEAD_CLASS``)
    and no caption, beside the element that holds the text (``container``) in its part of
    the page. The extractor leaves a lead set apart from the body out with the masthead."""
    around = container.getparent() if container is not None else None
    # A part of the page as wide as its body holds its menus and teasers too.
    if around is None or container.tag in _PAGE_ROOTS or around.tag in _PAGE_ROOTS:
        return set()
    found = set()
    for index, gap in enumerate(gaps):
        element = runs[gap.run].element
        if gap.after is not None or gap.before is None or not gap.whole or gap.widget:
            continue
        if element is None or not _within(element, around) or _in_a_caption(element):
            continue
        named = any(
            _LEAD_CLASS.search(a.get("class") or "")
            for a in [element, *element.iterancestors()][:_LEAD_LEVELS]
        )
        if named and _reads_as_prose(gap.text) and not strip_furniture([gap.text], rules=rules)[1]:
            found.add(index)
    return found


# A line of names ("Natalie Naccache | Bloomberg | Getty Images", "PAP/ Rafał Guz"): each of
# its words capitalised, and a few of them. A picture's or a gallery's own buttons are a few
# words ("Back to Gallery", "Image 1 of 13").
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_MAX_NAMES_WORDS = 8
_MAX_BUTTON_WORDS = 3


def _parts(run: Run, title_text: str | None) -> bool:
    """Whether a run between a lead caption and the text parts them: a line of words that is
    not the masthead's (a credit, a byline, a date, names, another caption, the title again),
    the text's own left-out lead (prose), nor a button of the picture's."""
    text = run.text
    return not (
        _beside_a_caption(text)
        or is_byline(text)
        or is_dateline(text)
        or _reads_as_prose(text)
        or reads_as_prose(text)
        or _normal(text).casefold() == title_text
        or (run.element is not None and _in_a_caption(run.element))
    )


def _beside_a_caption(text: str) -> bool:
    """Whether a line is one a picture's caption has beside it: a credit, names, a button."""
    words = _NAME_WORD.findall(text)
    return (
        _credits(text)
        or (0 < len(words) <= _MAX_NAMES_WORDS and all(w[0].isupper() for w in words))
        or len(words) <= _MAX_BUTTON_WORDS
    )


def _says_what_it_shows(text: str, rules: tuple[Rule, ...]) -> bool:
    """A caption of some length that is no headline, which no furniture rule takes: a
    sentence (a headline does not end as one, however capitalised for its names: "Torre De
    Mariscos (Seafood Tower) is among the unique menu items at Mezcal Mexican."), or a long
    line not capitalised as a headline ("Po głosowaniach w Sejmie (na zdjęciu …) …"). A lead
    picture's caption says what it shows; a short phrase there is a button's ("Click to
    enlarge")."""
    return (
        word_count(text) >= MIN_PROSE_WORDS
        and (is_sentence(text) or not is_title_case(text))
        and not strip_furniture([text], rules=rules)[1]
    )


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

    def fits(index: int) -> bool:
        return _belongs(runs[gaps[index].run].element, container, holding)

    restored: set[int] = set()
    before = [i for i, g in enumerate(gaps) if g.after is None and g.before is not None]
    after = [i for i, g in enumerate(gaps) if g.before is None and g.after is not None]
    last = runs[max(kept)] if kept else None
    for side, heading in ((before[::-1], None), (after, last)):
        # A stretch that is only part of a run stands in a kept run: the extractor's own cut.
        whole = [i for i in side if gaps[i].whole]
        stretch = _stretch([(i, runs[gaps[i].run]) for i in whole], fits, heading)
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


def _stretch(
    side: list[tuple[int, Run]], fits: Callable[[Gap], bool], heading: Run | None
) -> list[int]:
    """The indexes of the left-out stretches of one side of the text, going out from it, up
    to the first that does not stand where the text does (``fits``). A text does not end
    with a heading: after one (``heading``, the last kept block, or a restored one), what
    stands in the element holding it is the section it opens, the author's too (a linked
    line under the last heading), unless it stands in a part of that element that holds a
    control of the page (a row of buttons)."""
    stretch: list[int] = []
    section = heading.element.getparent() if _is_heading(heading) else None
    for index, run in side:
        if not (fits(index) or _in_section(run.element, section)):
            break
        stretch.append(index)
        if _is_heading(run):
            section = run.element.getparent()
    return stretch


def _in_section(
    element: lxml.html.HtmlElement | None, section: lxml.html.HtmlElement | None
) -> bool:
    if element is None or section is None or not _within(element, section):
        return False
    part = next((a for a in (element, *element.iterancestors()) if a.getparent() is section), None)
    return part is not None and not any(
        e.tag in _WIDGETS for e in part.iter() if isinstance(e.tag, str)
    )


def _is_heading(run: Run | None) -> bool:
    return run is not None and run.element is not None and run.tag in _HEADINGS


def _found(page: list[str], kept: list[tuple[int, str]]) -> list[int | None]:
    """For each page word, the extracted block it was found in, or None."""
    matcher = SequenceMatcher(None, page, [t for _, t in kept], autojunk=False)
    found: list[int | None] = [None] * len(page)
    for op, i1, i2, j1, _ in matcher.get_opcodes():
        if op == "equal":
            for offset in range(i2 - i1):
                found[i1 + offset] = kept[j1 + offset][0]
    return found


def line_starts(runs: list[Run]) -> set[int]:
    """The indexes, among all the page's words, of the words that begin a line: the first of
    each run and the first after each of its line breaks (<br>)."""
    starts: set[int] = set()
    count = 0
    for run in runs:
        starts.add(count)
        starts.update(count + len(run.text[:offset].split()) for offset in run.breaks)
        count += len(run.text.split())
    return starts


def slide_to_lines(
    words: list[str], found: list[int | None], starts: set[int], runs_of: list[int]
) -> list[int | None]:
    """``found`` with each stretch of words not found moved, where the words around it allow
    it, to begin and end where lines of its run do. The matcher may find a line's first
    words in the next line that begins with them ("$ sudo mkdir /a", "$ sudo mkdir -p /b":
    "/a $ sudo mkdir" not found): the same words are found either way, but only the line
    whole is the block the extractor left out."""
    found = list(found)
    end = len(found)

    def aligned(a: int, b: int) -> bool:
        return a in starts and (b == end or b in starts) and runs_of[a] == runs_of[b - 1]

    k = 0
    while k < end:
        if found[k] is not None:
            k += 1
            continue
        a = k
        while k < end and found[k] is None and runs_of[k] == runs_of[a]:
            k += 1
        b = k
        if aligned(a, b):
            continue
        shift = 0
        while a - shift > 0 and found[a - shift - 1] is not None:
            if words[a - shift - 1] != words[b - shift - 1]:
                break
            shift += 1
            if aligned(a - shift, b - shift):
                found[b - shift : b] = found[a - shift : a]
                found[a - shift : a] = [None] * shift
                break
    return found


def _spans(page: list[tuple[int, str]]) -> dict[int, list[int]]:
    """For each run, the indexes of its words among the page's words."""
    spans: dict[int, list[int]] = {}
    for k, (run, _) in enumerate(page):
        spans.setdefault(run, []).append(k)
    return spans


def nearest_copies(
    page: list[tuple[int, str]], found: list[int | None], headings: set[int]
) -> list[int | None]:
    """``found`` with each block that fills one run whole moved, where the same words stand
    as a heading of their own (a run of ``headings``) before the next found word, onto the
    last such heading: the matcher finds a title in the site's menu ("Essen-Westviertel")
    rather than in the heading over the text, leaving everything between the two out as one
    hole."""
    found = list(found)
    spans = _spans(page)
    order = list(spans)
    first: dict[int, int] = {}
    for k, block in enumerate(found):
        if block is not None:
            first.setdefault(block, k)
    for position, run in enumerate(order):
        here = spans[run]
        blocks = {found[k] for k in here}
        if len(blocks) != 1 or None in blocks:
            continue
        block = blocks.pop()
        if first[block] < here[0] or (here[-1] + 1 < len(found) and found[here[-1] + 1] == block):
            continue
        words = [page[k][1] for k in here]
        copies = []
        for other in order[position + 1 :]:
            there = spans[other]
            if any(found[k] is not None for k in there):
                break
            if other in headings and [page[k][1] for k in there] == words:
                copies.append(there)
        if copies:
            for source, target in zip(here, copies[-1], strict=True):
                found[target], found[source] = found[source], None
    return found


def fill_whole_runs(page: list[tuple[int, str]], found: list[int | None]) -> list[int | None]:
    """``found`` with the words of a run none of whose words were found taken, where a
    neighbouring run has the same words found in it among words not found, from that run:
    the matcher may find a kept heading ("Hauptquartier ThyssenKrupp") in the caption under
    it that repeats it after a word of its own ("Essen-Westviertel Hauptquartier
    ThyssenKrupp"), leaving the heading out and the caption cut. The kept block is the run
    it fills whole."""
    found = list(found)
    spans = _spans(page)
    for run, here in spans.items():
        if any(found[k] is not None for k in here):
            continue
        words = [page[k][1] for k in here]
        stretches = (
            _one_block_saying(words, spans.get(other, []), page, found)
            for other in (run + 1, run - 1)
        )
        stretch = next((s for s in stretches if s), None)
        if stretch:
            for source, target in zip(stretch, here, strict=True):
                found[target], found[source] = found[source], None
    return found


def _one_block_saying(
    words: list[str], there: list[int], page: list[tuple[int, str]], found: list[int | None]
) -> list[int]:
    """The indexes of a stretch of the page's words ``there`` that says ``words`` and was
    found in one block, where some other word ``there`` was not found; or an empty list."""
    if all(found[k] is not None for k in there):
        return []
    for i in range(len(there) - len(words) + 1):
        stretch = there[i : i + len(words)]
        blocks = {found[k] for k in stretch}
        if len(blocks) == 1 and None not in blocks and [page[k][1] for k in stretch] == words:
            return stretch
    return []


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
    headings = {i for i, run in enumerate(runs) if run.tag in _HEADINGS}
    found = fill_whole_runs(page, nearest_copies(page, found, headings))
    starts = line_starts(runs)
    found = slide_to_lines([t for _, t in page], found, starts, [run for run, _ in page])
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
        following = next((k for k in range(last + 1, len(found)) if found[k] is not None), None)
        before = None if following is None else found[following]
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
                -1 if following is None else page[following][0],
                first in starts and (last + 1 == len(page) or last + 1 in starts),
            )
        )
    kept: dict[int, set[int]] = {}
    for (run, _), block in zip(page, found, strict=True):
        if block is not None:
            kept.setdefault(run, set()).add(block)
    return gaps, lines, kept


def left_out_rule(gap: Gap, title: str | None, in_text: bool = False) -> str:
    """How the textual notes list a left-out stretch: as the title, as possibly the author's
    text (a passage that reads as prose anywhere on the page, or, ``in_text``, where the
    text stands, one sentence of some length: a short note, a closing line), or as the
    page's."""
    if title and gap.text.casefold() == _normal(title).casefold():
        return "title"
    if _reads_as_prose(gap.text) or (in_text and reads_as_prose(gap.text)):
        return "html-left-out-prose"
    return "html-left-out"


def text_region(runs: list[Run], kept: set[int]) -> lxml.html.HtmlElement | None:
    """The element that holds the kept text, or the page's ``<article>`` around it; None
    where that is the page's body, which holds its menus too."""
    container = text_container(runs, kept)
    if container is None or container.tag in _PAGE_ROOTS:
        return None
    return next((a for a in container.iterancestors() if a.tag == "article"), container)


def in_the_text(gap: Gap, runs: list[Run], region: lxml.html.HtmlElement | None) -> bool:
    """Whether a left-out stretch stands where the text does: between two kept words, or
    after the last one inside the ``region`` that holds the text."""
    if gap.after is None:
        return False
    return gap.before is not None or (region is not None and _within(runs[gap.run].element, region))


def run_lines(run: Run) -> list[str]:
    """The lines of a run, as its line breaks (<br>) set them apart."""
    edges = [0, *run.breaks, len(run.text)]
    return [run.text[a:b].strip() for a, b in pairwise(edges)]


def _restored_blocks(gap: Gap, runs: list[Run]) -> list[Block]:
    """A left-out stretch of whole lines of a kept block is restored a line to a block, as
    the extractor sets the block's other lines: never joined into one."""
    if gap.whole or not gap.lines:
        return [_restored_block(gap)]
    lines = run_lines(runs[gap.run])
    for start in range(len(lines)):
        for stop in range(start + 1, len(lines) + 1):
            if " ".join(lines[start:stop]) == gap.text:
                return [_restored_block(replace(gap, text=line)) for line in lines[start:stop]]
    return [_restored_block(gap)]


def _restored_block(gap: Gap) -> Block:
    """A left-out block put back as the kind of block its element is on the page: the
    extractor may leave out every heading of a text whose sections stand in plain elements,
    and a heading set as a paragraph loses the text's structure."""
    kind = "heading" if gap.tag in _HEADINGS else "list-item" if gap.tag == "li" else "paragraph"
    return Block(kind, gap.line, gap.text, markup=escape(gap.text))


def split_joins(texts: list[str], runs: list[Run]) -> list[str | None]:
    """For each text after the first, how it continues the text before it where the page
    shows the two as one paragraph that the extractor split ("" or " ", as the page has it),
    or None where it starts a block of its own. A page that writes one link as several
    ("<a>D</a><a>ata</a>"), or that sets a paragraph's text directly in a <div> beside
    emphasis, can make the extractor cut the paragraph into pieces at each; where the page
    has a line break (<br>) between the two, they stay apart."""
    joins: list[str | None] = []
    current = texts[0] if texts else ""
    for text in texts[1:]:
        join = next(
            (j for j in ("", " ") if current and text and _one_line(current, j, text, runs)),
            None,
        )
        joins.append(join)
        current = f"{current}{join}{text}" if join is not None else text
    return joins


def _one_line(before: str, join: str, after: str, runs: list[Run]) -> bool:
    """Whether a run of the page shows ``before``, ``join`` and ``after`` in a row, with no
    line break where the two meet."""
    joined = f"{before}{join}{after}"
    for run in runs:
        start = run.text.find(joined)
        while start >= 0:
            if start + len(before) not in run.breaks:
                return True
            start = run.text.find(joined, start + 1)
    return False


def _rejoin(
    drafts: list[_Draft],
    rendered: list[tuple[str, str, str]],
    note_drafts: dict[int, int],
    runs: list[Run],
) -> tuple[list[_Draft], list[tuple[str, str, str]], dict[int, int]]:
    """Paragraphs of the extracted text that are pieces of one paragraph of the page, put
    together again (``split_joins``); the footnotes' indexes follow. A page that breaks its
    paragraphs with <br> alone shows them as one run, but with a break between: those stay
    apart."""
    joins = split_joins([plain for plain, _, _ in rendered], runs)
    kept_drafts, kept_rendered = [drafts[0]] if drafts else [], rendered[:1]
    moved = {0: 0} if drafts else {}
    for index, join in enumerate(joins, start=1):
        joinable = {drafts[index].kind, kept_drafts[-1].kind} == {"paragraph"} and not (
            drafts[index].preformatted or kept_drafts[-1].preformatted
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


def items_of_the_page(
    drafts: list[_Draft],
    rendered: list[tuple[str, str, str]],
    holders: dict[int, set[int]],
    runs: list[Run],
) -> set[int]:
    """The paragraphs of the extracted text that are, whole, the text of one list item of the
    page: the extractor can make a list it does not see as one (its items set in spans or
    divs) a run of paragraphs."""
    held: dict[int, list[int]] = {}
    for run, blocks in holders.items():
        for block in blocks:
            held.setdefault(block, []).append(run)
    return {
        index
        for index, (draft, (_, _, seen)) in enumerate(zip(drafts, rendered, strict=True))
        if draft.kind == "paragraph"
        and len(held.get(index, ())) == 1
        and holders[held[index][0]] == {index}
        and runs[held[index][0]].tag == "li"
        and _normal(runs[held[index][0]].text) == _normal(seen)
    }


def reader_responses(
    body: list[Block], title: str | None, rules: tuple[Rule, ...] = RULES
) -> tuple[list[Block], list[Block], list[SetAside]]:
    """A comment thread the extractor kept with the text (a forum's or a news site's markup
    it does not know), found by the plain-text rules (``comment_thread_start``) in the
    blocks' text and shown apart as the page's responses, its names, dates and buttons set
    aside: the text, its responses and what was set aside from them."""
    texts = [block.text for block in body]
    thread = comment_thread_start(texts, rules)
    if thread is None:
        return body, [], []
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    rest, responses, set_aside = split_responses(lines, title, thread)
    at = {number: block.line for number, block in enumerate(body, start=1)}
    return (
        [body[line.number - 1] for line in rest],
        [replace(response, line=at[response.line]) for response in responses],
        [replace(aside, line=at[aside.line]) for aside in set_aside],
    )


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
    source, controls = without_controls(source)
    try:
        page = lxml.html.document_fromstring(_XML_DECLARATION.sub("", source, count=1))
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
    restore_inline_spaces(document.body, inline_spaces(page))
    split_run_together(document.body, runs)
    drafts = _drafts(document.body, pres=wrapped_pres(page))
    extracted = len(drafts)
    notes, note_drafts = _footnotes(drafts, _note_texts(page), back_linked(page))
    from_page = len(drafts) - extracted
    rendered = [_plain(draft, notes) for draft in drafts]
    drafts, rendered, note_drafts = _rejoin(drafts, rendered, note_drafts, runs)
    gaps, lines, holders = _gaps(runs, [seen.split() for _, _, seen in rendered])
    listed = items_of_the_page(drafts, rendered, holders, runs)
    # Notes taken from the page stand after the text there, often past other matter (a box
    # of related articles): where the text ends is where the extracted blocks do.
    page_notes = set(range(len(drafts) - from_page, len(drafts)))
    gaps = [replace(gap, before=None) if gap.before in page_notes else gap for gap in gaps]
    title_text = _normal(title).casefold() if title else None
    titles = {
        index
        for index, (draft, (plain, _, _)) in enumerate(zip(drafts, rendered, strict=True))
        if draft.kind == "heading" and plain.casefold() == title_text
    }
    # The title often stands apart from the text, above the byline and the date: where the
    # text stands on the page is where the extracted blocks other than the title do.
    kept = {run for run, blocks in holders.items() if blocks - titles - page_notes}
    gaps = caption_and_credit(gaps, runs)
    beside = beside_the_text(gaps, runs, kept, rules, title) | captions_of_the_article(
        gaps, runs, kept, rules
    )
    heading = heads_the_text(gaps, runs, title, rules)
    if heading is not None:
        beside.add(heading)
    # Blocks restored after each extracted block, by its index; -1 before the first.
    restored: dict[int, list[Gap]] = {}
    # Blocks the extractor cut short, by index: the line of the page that is the whole block.
    completed: dict[int, str] = {}
    plains = [plain for plain, _, _ in rendered]
    region = text_region(runs, kept)
    # A byline or a date the extractor keeps may stand far from the text, in the masthead.
    signed = {
        index
        for index, (plain, _, _) in enumerate(rendered)
        if is_byline(plain) or is_dateline(plain)
    }
    flow = text_container(
        runs, {run for run, blocks in holders.items() if blocks - titles - page_notes - signed}
    )
    beside |= lead_captions(gaps, runs, title, titles, flow, rules)
    beside |= named_leads(gaps, runs, flow, rules)
    beside |= {index for index, gap in enumerate(gaps) if opens_the_text(gap, runs)}
    continued = continues_the_text(runs, flow, rules)
    set_aside, interventions = [], []
    for index, gap in enumerate(gaps):
        page_line = cut_short(gap, runs, plains)
        if page_line is not None:
            completed[gap.after] = page_line
            interventions.append(
                Intervention(
                    gap.line,
                    CUT_SHORT_NOTE.format(text=gap.text, block=_block_name(gap.tag)),
                    restored=gap.text,
                )
            )
            continue
        inside = (
            inside_the_text(gap)
            or in_the_flow(gap, runs, flow, rules)
            or (gap.whole and gap.run in continued)
            or opens_a_section(gap, runs, rules)
            or lines_of_a_kept_block(gap, kept, title, rules)
        )
        if (inside or index in beside) and gap.text.casefold() != title_text:
            restored.setdefault(-1 if gap.after is None else gap.after, []).append(gap)
            note = RESTORED_NOTE if inside else RESTORED_EDGE_NOTE
            interventions.append(
                Intervention(gap.line, note.format(text=gap.text), restored=gap.text)
            )
        else:
            rule = left_out_rule(gap, title, in_the_text(gap, runs, region))
            set_aside.append(SetAside(gap.line, gap.text, rule))
    title_lines, endnotes = [], []
    body = [block for gap in restored.get(-1, ()) for block in _restored_blocks(gap, runs)]
    line = 0
    for index, (draft, (plain, markup, _)) in enumerate(zip(drafts, rendered, strict=True)):
        # A block the page does not show word for word stands at its neighbour's line.
        line = lines[index] or line
        restore = [
            block for gap in restored.get(index, ()) for block in _restored_blocks(gap, runs)
        ]
        if index in completed:
            # The page's words, whole; the extractor's links and emphasis in it are lost.
            plain = completed[index]
            markup = escape(plain)
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
            kind = "list-item" if index in listed else draft.kind
            body.append(Block(kind, line, plain, markup=markup))
        body += restore
    body, responses, thread = reader_responses(body, title, rules)
    set_aside += thread
    if not body:
        raise EditionError(path, "the extractor found no text in the page")
    metadata = PageMetadata(document.title, document.author, document.date, document.sitename)
    text = CleanText(
        source=str(path),
        title_lines=tuple(title_lines),
        head=(),
        body=tuple(body),
        responses=tuple(responses),
        endnotes=tuple(sorted(endnotes, key=lambda b: b.number)),
        set_aside=tuple(sorted(set_aside, key=lambda s: s.line)),
        interventions=(*controls, *interventions),
    )
    return HtmlCapture(text, metadata)
