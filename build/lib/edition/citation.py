"""Citations of a text of the edition, whole or at a paragraph or section, in six formats.

Chicago (17th ed., bibliography), MLA (9th ed.) and APA (7th ed.) give plain text for pasting;
BibTeX, RIS and CSL-JSON are for reference managers.  Every fact comes from the provenance
record; where it says "unknown", each style's own convention applies (Chicago's and APA's
"n.d.", MLA's omission, an author-less entry led by the title), and nothing is made up.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from edition.dates import MONTH_NAMES, UNKNOWN, PartialDate, parse_date
from edition.provenance import Record

STYLES = ("chicago", "mla", "apa", "bibtex", "ris", "csl-json")
STYLE_LABELS = {
    "chicago": "Chicago",
    "mla": "MLA",
    "apa": "APA",
    "bibtex": "BibTeX",
    "ris": "RIS",
    "csl-json": "CSL-JSON",
}
_MLA_MONTHS = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
_BIBTEX_MONTHS = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
]


@dataclass(frozen=True)
class Edition:
    """This edition, as it is cited: its title and year."""

    title: str
    year: str


@dataclass(frozen=True)
class Locator:
    """Where in the text: ``paragraph`` (12), ``response`` (R1) or ``section`` (its title)."""

    kind: str
    value: str
    anchor: str


@dataclass(frozen=True)
class Citation:
    record: Record
    edition: Edition
    url: str
    locator: Locator | None = None

    @property
    def author(self) -> str | None:
        return None if self.record.author == UNKNOWN else self.record.author

    @property
    def venue(self) -> str | None:
        return None if self.record.venue == UNKNOWN else self.record.venue

    @property
    def date(self) -> PartialDate | None:
        return parse_date(self.record.date)

    @property
    def first_published(self) -> PartialDate | None:
        return parse_date(self.record.first_published or UNKNOWN)

    @property
    def key(self) -> str:
        """The entry key: the text's slug, with the anchor of the place cited."""
        if self.locator is None:
            return self.record.slug
        anchor = self.locator.anchor
        return (
            anchor if anchor.startswith(f"{self.record.slug}-") else f"{self.record.slug}-{anchor}"
        )


def _sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _quoted_title(title: str) -> str:
    return f"“{title}”" if title.endswith(("?", "!")) else f"“{title}.”"


def _long_date(date: PartialDate) -> str:
    month = MONTH_NAMES[date.month - 1] if date.month else None
    if month and date.day:
        return f"{month} {date.day}, {date.year}"
    return f"{month} {date.year}" if month else str(date.year)


def _locator_phrase(locator: Locator | None, paragraph: str, section: str) -> str | None:
    if locator is None:
        return None
    if locator.kind == "section":
        return f"{section} “{locator.value}”"
    if locator.kind == "response":
        return f"response {locator.value}"
    return f"{paragraph} {locator.value}"


def chicago(c: Citation) -> str:
    parts = [_sentence(c.author)] if c.author else []
    parts.append(_quoted_title(c.record.display_title))
    date = _long_date(c.date) if c.date else "n.d."
    parts.append(_sentence(", ".join(filter(None, [c.venue, date]))))
    if c.first_published:
        parts.append(f"First published {c.first_published.year}.")
    if where := _locator_phrase(c.locator, "¶", "Section"):
        parts.append(_sentence(where))
    parts.append(f"In {c.edition.title}, {c.edition.year}.")
    parts.append(f"{c.url}.")
    return " ".join(parts)


def _mla_date(date: PartialDate) -> str:
    pieces = [str(date.day) if date.day else None]
    pieces.append(_MLA_MONTHS[date.month - 1] if date.month else None)
    return " ".join(filter(None, [*pieces, str(date.year)]))


def mla(c: Citation) -> str:
    parts = [_sentence(c.author)] if c.author else []
    parts.append(_quoted_title(c.record.display_title))
    if c.first_published:
        parts.append(f"Originally published {c.first_published.year}.")
    where = _locator_phrase(c.locator, "par.", "section")
    container = [c.venue, _mla_date(c.date) if c.date else None, where]
    if any(container):
        parts.append(_sentence(", ".join(filter(None, container))))
    parts.append(f"{c.edition.title}, {c.edition.year}, {c.url}.")
    return " ".join(parts)


def sentence_case(title: str) -> str:
    """APA's sentence case: capitals only at the start and after a colon."""

    def word(match: re.Match[str]) -> str:
        text = match[0]
        start = match.start() == 0 or title[: match.start()].rstrip().endswith((":", "["))
        if start or (text.isupper() and len(text) > 1):
            return text[0].upper() + text[1:]
        return text.lower()

    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", word, title)


def _apa_date(date: PartialDate | None) -> str:
    if date is None:
        return "(n.d.)."
    month = MONTH_NAMES[date.month - 1] if date.month else None
    day = f" {date.day}" if date.day else ""
    return f"({date.year}, {month}{day})." if month else f"({date.year})."


def apa(c: Citation) -> str:
    where = _locator_phrase(c.locator, "para.", "section")
    title = sentence_case(c.record.display_title) + (f" ({where})" if where else "")
    if c.author:
        parts = [_sentence(c.author), _apa_date(c.date), _sentence(title)]
    else:
        parts = [_sentence(title), _apa_date(c.date)]
    if c.venue:
        parts.append(_sentence(c.venue))
    parts.append(f"In {_sentence(c.edition.title)}")
    parts.append(c.url)
    if c.first_published:
        parts.append(f"(Original work published {c.first_published.year})")
    return " ".join(parts)


def _note(c: Citation) -> str:
    where = _locator_phrase(c.locator, "Paragraph", "Section")
    first = f"First published {c.first_published.year}" if c.first_published else None
    edition = f"In {c.edition.title}, {c.edition.year}"
    return ". ".join(
        filter(None, [where[0].upper() + where[1:] if where else None, first, edition])
    )


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([&%$#_{}])", r"\\\1", text).replace("~", r"\textasciitilde{}")


def bibtex(c: Citation) -> str:
    fields = []
    if c.author:
        fields.append(("author", f"{{{_bibtex_escape(c.author)}}}"))
    fields.append(("title", f"{{{{{_bibtex_escape(c.record.display_title)}}}}}"))
    if c.date:
        fields.append(("year", f"{{{c.date.year}}}"))
        if c.date.month:
            fields.append(("month", _BIBTEX_MONTHS[c.date.month - 1]))
    if c.venue:
        fields.append(("howpublished", f"{{{_bibtex_escape(c.venue)}}}"))
    fields.append(("note", f"{{{_bibtex_escape(_note(c))}}}"))
    fields.append(("url", f"{{{c.url}}}"))
    body = "\n".join(f"  {name} = {value}," for name, value in fields)
    return f"@misc{{{c.key},\n{body}\n}}"


def ris(c: Citation) -> str:
    lines = [("TY", "ELEC")]
    if c.author:
        lines.append(("AU", c.author))
    lines.append(("TI", c.record.display_title))
    if c.date:
        lines.append(("PY", str(c.date.year)))
        month = f"{c.date.month:02d}" if c.date.month else ""
        day = f"{c.date.day:02d}" if c.date.day else ""
        lines.append(("DA", f"{c.date.year}/{month}/{day}/"))
    if c.venue:
        lines.append(("PB", c.venue))
    lines += [("T2", c.edition.title), ("UR", c.url), ("N1", _note(c)), ("ER", "")]
    return "\n".join(
        f"{tag}  - {value}".rstrip() + (" " if tag == "ER" else "") for tag, value in lines
    )


def csl_item(c: Citation) -> dict[str, object]:
    item: dict[str, object] = {"id": c.key, "type": "webpage", "title": c.record.display_title}
    if c.author:
        item["author"] = [{"literal": c.author}]
    if c.date:
        item["issued"] = {"date-parts": [c.date.parts()]}
    if c.first_published:
        item["original-date"] = {"date-parts": [c.first_published.parts()]}
    if c.venue:
        item["publisher"] = c.venue
    item["container-title"] = c.edition.title
    item["URL"] = c.url
    item["note"] = _note(c)
    return item


def csl_json(c: Citation) -> str:
    return json.dumps([csl_item(c)], ensure_ascii=False, indent=2)


FORMATTERS = {
    "chicago": chicago,
    "mla": mla,
    "apa": apa,
    "bibtex": bibtex,
    "ris": ris,
    "csl-json": csl_json,
}


def cite(citation: Citation) -> dict[str, str]:
    """The citation in every style, by style id."""
    return {style: FORMATTERS[style](citation) for style in STYLES}
