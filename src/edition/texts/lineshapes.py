"""The shapes of a capture's lines that mark them as the page's, whatever their wording:
where the author's text stands (its paragraphs of prose stand together), and lines that no
author sets so (dates alone under teasers, form fields, a headline said twice, a template's
buttons, links run into one word, a menu in one line). Each function gives a flag per line;
``edition.texts.furniture`` credits the flags to its shape rules.
"""

from __future__ import annotations

import re
from itertools import pairwise

from edition.texts.prose import MIN_PROSE_WORDS, is_sentence, reads_as_prose
from edition.texts.words import word_count


def prose_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The indexes of each two non-blank lines that follow each other and both read as
    prose. The author's paragraphs stand together; a standfirst, a caption, the blurbs and
    notices of the page's end matter stand alone."""
    filled = [i for i, text in enumerate(lines) if text.strip()]
    prose = {i for i in filled if reads_as_prose(lines[i])}
    return [(here, after) for here, after in pairwise(filled) if here in prose and after in prose]


def outside_text(lines: list[str]) -> list[bool]:
    """For each line, whether it stands where the author's text has not begun or has ended:
    before the first two lines of prose that stand together, or after the last."""
    runs = prose_runs(lines)
    if not runs:
        return [True] * len(lines)
    return [i < runs[0][0] or i > runs[-1][1] for i in range(len(lines))]


# A label is made of words; a code listing's short lines carry brackets and operators.
_CODE_MARKS = re.compile(r"[{}\[\]()<>=;|`$\\]")
LETTER = re.compile(r"[^\W\d_]")


def is_word_label(text: str) -> bool:
    """Whether a short line could be a label: it has letters, and no marks of code."""
    return bool(LETTER.search(text)) and not _CODE_MARKS.search(text)


_MONTH_WORD = (
    r"(?:jan|feb|mar|mär|apr|may|mai|jun|jui|jul|aug|aoû|sep|oct|okt|nov|dec|dez|déc|janv|févr"
    r"|fév|avr)[a-zéû]*\.?"
)
_WEEKDAY = (
    r"(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mer|jeu|ven|sam|dim)[a-z]*\.?,?"
)
# A date alone, in English, German or French order, perhaps with its weekday and time.
_DATE_ALONE = re.compile(
    rf"^\s*(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}\.?\s+{_MONTH_WORD},?\s+\d{{4}}"
    rf"|{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:,?\s+(?:at\s+|um\s+|à\s+)?\d{1,2}[:.h]\d{2}\s*(?:am|pm|uhr)?)?\s*$",
    re.IGNORECASE,
)
# Three dates alone after the text are a list's; one or two are the text's own date.
_MIN_TEASER_DATES = 3


def teaser_dates(lines: list[str]) -> list[bool]:
    """For each line, whether it is a date alone after the text's last two lines of prose
    that stand together, where at least ``_MIN_TEASER_DATES`` such lines stand."""
    outside = outside_text(lines)
    if all(outside):
        return [False] * len(lines)
    last = len(lines) - outside[::-1].index(False)
    flags = [i >= last and bool(_DATE_ALONE.match(text)) for i, text in enumerate(lines)]
    return flags if sum(flags) >= _MIN_TEASER_DATES else [False] * len(lines)


_FIELD = re.compile(
    r"(?:[:*]|\((?:required|optional|obligatoire|facultatif|pflichtfeld)\))\s*$",
    re.IGNORECASE,
)
_MAX_FIELD_WORDS = 4


def _is_field(text: str) -> bool:
    return (
        bool(text.strip())
        and word_count(text) <= _MAX_FIELD_WORDS
        and text.strip()[0].isupper()
        and bool(_FIELD.search(text))
    )


def form_fields(lines: list[str]) -> list[bool]:
    """For each line, whether it is one of two or more form fields' labels one right under
    the other (blank lines apart)."""
    filled = [i for i, text in enumerate(lines) if text.strip()]
    flags = [False] * len(lines)
    for here, after in pairwise(filled):
        if _is_field(lines[here]) and _is_field(lines[after]):
            flags[here] = flags[after] = True
    return flags


# A template repeats each of its labels under every unit, three at least; several labels
# repeat so (one repeated line is a refrain or a heading of the author's as easily).
_MIN_TEMPLATE_REPEATS = 3
_MIN_TEMPLATE_LABELS = 3
_MAX_TEMPLATE_WORDS = 4


# Besides the marks of code (``_CODE_MARKS``), a line of code shows a name joined by
# underscores, an import of a dotted module ("from django.contrib.staticfiles.testing import
# …"), a clause going on after a comma, or a comment's mark.
_CODE_SHAPES = re.compile(r"\w_\w|^\s*(?:from|import)\s+[a-z]\w*\.\w|,\s*$|^\s*(?:--|//|#)\s")


def _is_code(text: str) -> bool:
    return bool(_CODE_MARKS.search(text) or _CODE_SHAPES.search(text)) and not reads_as_prose(text)


# A template's buttons are words; a line that carries a path, an address, a version or a
# quoted value ("FROM python:3.7", "Host: example.org:443", "HTTP/1.1 200 OK", 'ETag: "12"')
# is a line of a listing or a transcript, repeated as the author shows it again (a credit's
# "Name/Agency" is no such line). Written after reading the Dockerfile and HTTP lines that a
# jekyll post and an Internet-Draft lost.
_VALUE = re.compile(r"[^\W\d_]:\w|(?:^|\s)/[^\W\d_]|[^\W\d_]/\d|\d\.\d|://|\"")


def template_labels(lines: list[str]) -> list[bool]:
    """For each line from the text's first paragraphs on, whether it is a short capitalised
    label of words said at least ``_MIN_TEMPLATE_REPEATS`` times there, where at least
    ``_MIN_TEMPLATE_LABELS`` labels are."""
    outside = outside_text(lines)
    if all(outside):
        return [False] * len(lines)
    first = outside.index(False)

    def key(text: str) -> str | None:
        stripped = text.strip()
        if (
            not stripped
            or word_count(stripped) > _MAX_TEMPLATE_WORDS
            or not stripped[0].isupper()
            or is_sentence(stripped)
            or not is_word_label(stripped)
            or _VALUE.search(stripped)
        ):
            return None
        return stripped.casefold()

    keys = [key(text) if i >= first else None for i, text in enumerate(lines)]
    # A keyword on a line of its own among lines of code ("SELECT", "FROM" over a query's
    # clauses) is a line of the listing, however often it is said.
    filled = [i for i, text in enumerate(lines) if text.strip()]
    for previous, here, following in zip(
        [None, *filled[:-1]], filled, [*filled[1:], None], strict=True
    ):
        if keys[here] and any(n is not None and _is_code(lines[n]) for n in (previous, following)):
            keys[here] = None
    counts: dict[str, int] = {}
    for k in keys:
        if k:
            counts[k] = counts.get(k, 0) + 1
    template = {k for k, n in counts.items() if n >= _MIN_TEMPLATE_REPEATS}
    if len(template) < _MIN_TEMPLATE_LABELS:
        return [False] * len(lines)
    return [k in template for k in keys]


# Four capitalised words run together: three joins of a small letter and a capital in one
# word. A name may have two ("OutInChurch", a heading of an unseen page that three words took
# for glued links) and a brand one ("JavaScript").
_GLUED = re.compile(r"^[A-Z](?:[a-z]+[A-Z]){3,}")
_MAX_GLUED_WORDS = 6


def is_glued(text: str) -> bool:
    return (
        word_count(text) <= _MAX_GLUED_WORDS
        and not is_sentence(text)
        and is_word_label(text)
        and not _is_code(text)
        and any(_GLUED.match(word) for word in text.split())
    )


# Not a slash: an author lists a place, a note and its address so (a squarespace page).
_SEPARATOR = re.compile(r"\s+[▪•|·◦‣]\s+")
_MIN_ROW_ITEMS = 3
_MAX_ITEM_WORDS = 5


def is_separated_row(text: str) -> bool:
    items = _SEPARATOR.split(text.strip())
    return (
        len(items) >= _MIN_ROW_ITEMS
        and not reads_as_prose(text)
        and all(0 < word_count(item) <= _MAX_ITEM_WORDS for item in items)
    )


# A headline of three words at least, said again right after itself.
_MIN_DOUBLED_WORDS = 3


def is_doubled(text: str) -> bool:
    said = text.split()
    return not reads_as_prose(text) and any(
        said[:k] == said[k : 2 * k] for k in range(_MIN_DOUBLED_WORDS, len(said) // 2 + 1)
    )


# A teaser list sets each article the same way: its headline, its author's name, its date,
# perhaps a blurb. So do other lists of articles (related, most popular, an archive), inside
# the text or after it. Three units at least, of two to five lines each.
_MIN_TEASER_UNITS = 3
_TEASER_PERIODS = range(2, 6)
_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,3}")


def _teaser_shape(text: str) -> str:
    if _DATE_ALONE.match(text):
        return "d"
    if reads_as_prose(text):
        return "p"
    return "n" if _NAME.fullmatch(text.strip()) and not any(c.isdigit() for c in text) else "h"


def _is_teaser_unit(shapes: list[str]) -> bool:
    """A unit of a teaser list: one date, a name (the author's) and a headline, one blurb at
    most; or, undated, one name, one headline or more and one blurb. A diary's entry (a
    date, a heading, a paragraph) names no one."""
    names, others, blurbs = shapes.count("n"), shapes.count("h"), shapes.count("p")
    if shapes.count("d") == 1:
        return names >= 1 and names + others >= 2 and blurbs <= 1
    return "d" not in shapes and names == 1 and others >= 1 and blurbs == 1


def teaser_units(lines: list[str]) -> list[bool]:
    """For each line, whether it stands in a run of at least ``_MIN_TEASER_UNITS`` units of
    the same shape (``_is_teaser_unit``), one under the other: a list of other articles."""
    filled = [i for i, text in enumerate(lines) if text.strip()]
    shapes = [_teaser_shape(lines[i]) for i in filled]
    flags = [False] * len(lines)
    for period in _TEASER_PERIODS:
        for start in range(len(shapes) - period * _MIN_TEASER_UNITS + 1):
            unit = shapes[start : start + period]
            if not _is_teaser_unit(unit):
                continue
            end = start + period
            while end < len(shapes) and shapes[end] == shapes[end - period]:
                end += 1
            units = (end - start) // period
            if units >= _MIN_TEASER_UNITS:
                for i in filled[start : start + units * period]:
                    flags[i] = True
    return flags


# A printed page's footer or header names its page ("[Page 4]", "Page 4 of 22", "Seite 4"):
# said on every page, with the number going up. The word must be there: numbers alone, or
# "Part 2 of 3", "p. 34", are an author's headings and citations as often.
_PAGE_NUMBER = re.compile(r"\b(?:page|seite|página|pagina|pagină|strona)\s*\d+\b", re.IGNORECASE)
# Three pages at least: two could be the author's "page 1" and "page 2".
_MIN_PAGES = 3
_MAX_HEAD_WORDS = 8


def running_heads(lines: list[str]) -> list[bool]:
    """For each line, whether it is a printed page's running head or foot carried into the
    capture (a paginated document shown as text): a line naming its page, said on three pages
    or more with the number changing, and a line said each time beside it (the document's
    short title and date). They break into the text wherever a page ended, mid-sentence too."""

    def page_key(text: str) -> str | None:
        stripped = text.strip()
        if (
            not stripped
            or word_count(stripped) > _MAX_HEAD_WORDS
            or reads_as_prose(stripped)
            or not _PAGE_NUMBER.search(stripped)
        ):
            return None
        return re.sub(r"\d+", "#", stripped.casefold())

    keys = [page_key(text) for text in lines]
    numbered: dict[str, set[str]] = {}
    for key, text in zip(keys, lines, strict=True):
        if key:
            numbered.setdefault(key, set()).add(text.strip())
    pages = {key for key, texts in numbered.items() if len(texts) >= _MIN_PAGES}
    flags = [key in pages for key in keys]
    if not any(flags):
        return flags
    filled = [i for i, text in enumerate(lines) if text.strip()]
    beside: dict[str, list[bool]] = {}
    for previous, here, following in zip(
        [None, *filled[:-1]], filled, [*filled[1:], None], strict=True
    ):
        if flags[here] or word_count(lines[here]) > _MAX_HEAD_WORDS:
            continue
        next_to_page = any(n is not None and flags[n] for n in (previous, following))
        beside.setdefault(lines[here].strip().casefold(), []).append(next_to_page)
    heads = {
        text
        for text, sides in beside.items()
        if len(sides) >= _MIN_PAGES and all(sides) and not reads_as_prose(text)
    }
    return [
        f or (bool(t.strip()) and t.strip().casefold() in heads)
        for f, t in zip(flags, lines, strict=True)
    ]


# A piece of a sentence that the capture set on a line of its own (inline code, a link) is a
# word or a few.
_MAX_PIECE_WORDS = 3
# The sentence goes on after it with its punctuation, or in small letters.
_PUNCTUATION_GOING_ON = ".,;:!?)]”’"


def _goes_on(text: str) -> bool:
    first = text.strip()[:1]
    return bool(first) and (first in _PUNCTUATION_GOING_ON or first.islower())


def sentence_pieces(lines: list[str]) -> list[bool]:
    """For each line, whether it is a piece of a sentence the capture broke around it: a word
    or a few between a line of prose length that breaks off mid-sentence and a line that
    goes on with it ("… all spaces must be replaced with a", "+", ". To build the URL …")."""
    filled = [i for i, text in enumerate(lines) if text.strip()]
    flags = [False] * len(lines)
    for previous, here, following in zip(filled, filled[1:], filled[2:], strict=False):
        above, below = lines[previous], lines[following]
        flags[here] = (
            word_count(lines[here]) <= _MAX_PIECE_WORDS
            and word_count(above) >= MIN_PROSE_WORDS
            and not is_sentence(above)
            and not above.rstrip().endswith((":", "…"))
            and _goes_on(below)
        )
    return flags
