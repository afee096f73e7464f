"""Recognising the structure a capture's lines carry: head, body parts, endnotes, responses.

Every rule reads the shape of a line (its length, capitals, punctuation, a leading number),
never its position in one particular file.
"""

from __future__ import annotations

import re
import unicodedata

from edition.document import Block, Line, SetAside
from edition.words import words

# Lines of page metadata that the chapter shows in its heading and metadata block instead.
METADATA_RULES = {
    "title": "The title line, shown as the chapter title.",
    "dateline": "A date or dateline, shown in the metadata block.",
    "byline": "A byline, shown in the metadata block.",
    "responses-heading": "The comment system's count heading (“N thoughts on …”), "
    "replaced by the edition's “Responses” heading.",
}

# The head of a page (title, date, byline, standfirst) sits within its first few lines.
_HEAD_WINDOW = 8
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+(?:\d{{1,2}},\s*)?\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})\b"
)
_BYLINE = re.compile(r"^\s*By\s+\S")
_PUBLICATION = re.compile(r"\b(published|excerpt|reprinted)\b", re.IGNORECASE)
_RESPONSES_HEADING = re.compile(
    r"^\s*\d+\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\b", re.IGNORECASE
)
_ITEM = re.compile(r"^\s*(\d+)\.\s+(\S.*)$")
_SALUTATION = re.compile(r"^\s*Dear\b[^.!?]{0,80},\s*$")
# A trailing "—Source" of at most a few words after a closing sentence marks an epigraph.
_EPIGRAPH = re.compile(r"^(?P<text>.*[.!?”’])\s*—\s*(?P<source>[^—]+?)\s*$")
_MAX_ATTRIBUTION_WORDS = 10
_MIN_EPIGRAPH_WORDS = 15
# A list item opens with a short lead ("Slow down:", "Educate yourself.") and goes on.
_LEAD = re.compile(r"^(?P<lead>[^.:!?]+[.:])\s+\S")
_MAX_LEAD_WORDS = 10
_MIN_LIST_ITEMS = 3
_MAX_HEADING_WORDS = 20
_HEADING_CAPITALS = 0.6


def is_dateline(text: str) -> bool:
    return bool(_DATE.search(text)) and len(text.split()) <= _HEAD_WINDOW


def is_byline(text: str) -> bool:
    return bool(_BYLINE.match(text)) and len(text.split()) <= 6


def is_heading(text: str) -> bool:
    """A short line with no closing punctuation whose longer words are capitalised."""
    stripped = text.strip()
    if not stripped or len(stripped.split()) > _MAX_HEADING_WORDS:
        return False
    if stripped[-1] in '.!?:;,"”’…*)':
        return False
    long_words = [w for w in words(stripped) if len(w) > 3]
    if not long_words:
        return False
    capitals = sum(w[0].isupper() for w in long_words)
    return capitals / len(long_words) >= _HEADING_CAPITALS


def epigraph_parts(text: str) -> tuple[str, str] | None:
    """Split ``quotation —Source`` into its quotation and attribution, if it is one."""
    match = _EPIGRAPH.match(text.strip())
    if not match:
        return None
    quotation, source = match["text"], match["source"]
    if len(source.split()) > _MAX_ATTRIBUTION_WORDS or len(quotation.split()) < _MIN_EPIGRAPH_WORDS:
        return None
    return quotation, source


def list_lead(text: str) -> str | None:
    match = _LEAD.match(text.strip())
    if match and len(match["lead"].split()) <= _MAX_LEAD_WORDS:
        return match["lead"]
    return None


def _title_matches(text: str, title: str | None) -> bool:
    if not title:
        return False
    # Compared in NFC, so that a title typed with combining accents (NFD) matches; the
    # text itself is not changed.
    line_words = [w.casefold() for w in words(unicodedata.normalize("NFC", text))]
    title_words = [w.casefold() for w in words(unicodedata.normalize("NFC", title))]
    return bool(title_words) and line_words[-len(title_words) :] == title_words


def _metadata_rule(text: str, title: str | None) -> str | None:
    if _title_matches(text, title):
        return "title"
    if is_byline(text):
        return "byline"
    if is_dateline(text):
        return "dateline"
    return None


def split_head(
    lines: list[Line], title: str | None
) -> tuple[tuple[Line, ...], list[Block], list[SetAside], list[Line]]:
    """Separate the page head from the rest.

    Returns the title lines, the head blocks (standfirst, publication note), the metadata
    lines set aside, and the remaining lines.
    """
    window = lines[:_HEAD_WINDOW]
    rules = [_metadata_rule(line.text, title) for line in window]
    last = max((i for i, rule in enumerate(rules) if rule), default=-1)
    titles: list[Line] = []
    head: list[Block] = []
    set_aside: list[SetAside] = []
    for line, rule in zip(window[: last + 1], rules, strict=False):
        if rule is None:
            head.append(Block("standfirst", line.number, line.text.strip()))
            continue
        set_aside.append(SetAside(line.number, line.text, rule))
        if rule == "title":
            titles.append(line)
    rest = lines[last + 1 :]
    # A note on where the text was published follows the title and byline, when there is one.
    if last >= 0 and rest and _PUBLICATION.search(rest[0].text):
        head.append(Block("publication-note", rest[0].number, rest[0].text.strip()))
        rest = rest[1:]
    return tuple(titles), head, set_aside, rest


def split_responses(lines: list[Line]) -> tuple[list[Line], list[Block], list[SetAside]]:
    """Separate reader responses (after an "N thoughts on …" heading) from the text."""
    start = next((i for i, ln in enumerate(lines) if _RESPONSES_HEADING.match(ln.text)), None)
    if start is None:
        return lines, [], []
    heading = lines[start]
    responses: list[Block] = []
    number = 0
    for line in lines[start + 1 :]:
        item = _ITEM.match(line.text)
        if item:
            number = int(item[1])
            text = item[2]
        else:
            text = line.text
            number = number or 1
        responses.append(Block("response", line.number, text.strip(), number=number))
    return lines[:start], responses, [SetAside(heading.number, heading.text, "responses-heading")]


def split_endnotes(lines: list[Line]) -> tuple[list[Line], list[Block]]:
    """Take the numbered notes 1..n that close the text, if there are any."""
    start = len(lines)
    while start > 0 and _ITEM.match(lines[start - 1].text):
        start -= 1
    items = [(_ITEM.match(line.text), line) for line in lines[start:]]
    numbers = [int(match[1]) for match, _ in items]
    if not items or numbers != list(range(1, len(items) + 1)):
        return lines, []
    notes = [Block("endnote", ln.number, m[2].strip(), number=int(m[1])) for m, ln in items]
    return lines[:start], notes


def _list_runs(lines: list[Line], kinds: list[str]) -> set[int]:
    """Indexes of lines that form lists: runs of lead-led paragraphs closing a section."""
    members: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and kinds[j] == "paragraph" and list_lead(lines[j].text):
            j += 1
        closes_section = j == len(lines) or kinds[j] == "heading"
        if j - i >= _MIN_LIST_ITEMS and closes_section:
            members.update(range(i, j))
        i = max(j, i + 1)
    return members


def classify_body(lines: list[Line]) -> list[Block]:
    """Give each body line its kind."""
    kinds: list[str] = []
    for line in lines:
        if _SALUTATION.match(line.text):
            kinds.append("salutation")
        elif is_heading(line.text):
            kinds.append("heading")
        elif epigraph_parts(line.text):
            kinds.append("epigraph")
        else:
            kinds.append("paragraph")
    in_lists = _list_runs(lines, kinds)
    blocks: list[Block] = []
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        text = line.text.strip()
        if kind == "epigraph":
            quotation, source = epigraph_parts(text)  # type: ignore[misc]
            blocks.append(Block("epigraph", line.number, quotation, attribution=source))
        elif index in in_lists:
            blocks.append(Block("list-item", line.number, text))
        else:
            blocks.append(Block(kind, line.number, text))
    return blocks
