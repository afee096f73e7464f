"""Citations of a text of the edition, whole or at a paragraph, response, author's note or
section, and of the edition itself.

The plain-text styles (APA 7th ed., Chicago 18th ed. author-date and notes-bibliography, MLA
9th ed.) are rendered by the CSL engine (``edition.apparatus.csl``) from one CSL-JSON item; nothing
here writes a citation's punctuation or order.  BibTeX, RIS and CSL-JSON are the same facts
for reference managers.  Every fact comes from the provenance record; where it says
"unknown" the field is left out and each style does what it does without it (APA's "n.d.",
an author-less entry led by the title or the site), and nothing is made up.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from edition.apparatus import csl
from edition.texts.dates import UNKNOWN, PartialDate, parse_date
from edition.texts.provenance import Record

STYLES = tuple(csl.STYLE_FILES)
FORMATS = ("bibtex", "ris", "csl-json")
STYLE_LABELS = {
    "apa": "APA",
    "chicago-author-date": "Chicago (author-date)",
    "chicago-notes-bibliography": "Chicago (notes)",
    "mla": "MLA",
    "bibtex": "BibTeX",
    "ris": "RIS",
    "csl-json": "CSL-JSON",
}
# Where in a text, as a CSL locator label.  CSL has no label for a reader's response; the
# responses are paragraphs of the page numbered R1, R2 …, so they are cited as paragraphs.
LOCATOR_LABELS = {
    "paragraph": "paragraph",
    "response": "paragraph",
    "note": "note",
    "section": "section",
}
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
    """This edition, as the container its texts are cited in: its title and year."""

    title: str
    year: str


@dataclass(frozen=True)
class Locator:
    """Where in the text: ``paragraph`` ("12"), ``response`` ("R1"), ``note`` (the author's
    note "3") or ``section`` (its title); ``anchor`` is its fragment on the page."""

    kind: str
    value: str
    anchor: str


@dataclass(frozen=True)
class Rendered:
    """One style's output: the entry of the reference list (bibliography, works cited) and
    the citation at the place cited (in-text citation, or the note of a note style)."""

    entry: str
    citation: str

    @property
    def text(self) -> str:
        """What a reader copies: the entry, and on the next line the citation."""
        return f"{self.entry}\n{self.citation}"


@dataclass(frozen=True)
class Citation:
    record: Record
    edition: Edition
    url: str
    locator: Locator | None = None

    @property
    def date(self) -> PartialDate | None:
        return parse_date(self.record.date)

    @property
    def first_published(self) -> PartialDate | None:
        return parse_date(self.record.first_published or UNKNOWN)

    @property
    def venue(self) -> str | None:
        return None if self.record.venue == UNKNOWN else self.record.venue

    @property
    def key(self) -> str:
        """The entry key: the text's slug, with the anchor of the place cited."""
        if self.locator is None:
            return self.record.slug
        anchor = self.locator.anchor
        return (
            anchor if anchor.startswith(f"{self.record.slug}-") else f"{self.record.slug}-{anchor}"
        )

    @property
    def csl_locator(self) -> tuple[str, str] | None:
        if self.locator is None:
            return None
        return LOCATOR_LABELS[self.locator.kind], self.locator.value


def sentence_case(title: str) -> str:
    """Capitals only at the start and after a colon: how CSL wants titles stored, since
    styles can raise sentence case to title case (Chicago, MLA) but not the reverse (APA)."""

    def word(match: re.Match[str]) -> str:
        text = match[0]
        start = match.start() == 0 or title[: match.start()].rstrip().endswith((":", "["))
        if start or (text.isupper() and len(text) > 1):
            return text[0].upper() + text[1:]
        return text.lower()

    return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", word, title)


def csl_item(c: Citation) -> dict[str, object]:
    """The text as a CSL-JSON item: a web page of the edition (its container)."""
    item: dict[str, object] = {
        "id": c.key,
        "type": "webpage",
        "title": c.record.display_title,
    }
    if name := c.record.author_name:
        item["author"] = [name]
    if c.date:
        item["issued"] = {"date-parts": [c.date.parts()]}
    if c.first_published:
        item["original-date"] = {"date-parts": [c.first_published.parts()]}
    item["container-title"] = c.edition.title
    item["URL"] = c.url
    return item


def render(item: dict[str, object], locator: tuple[str, str] | None = None) -> dict[str, Rendered]:
    """A CSL-JSON item in every plain-text style.

    The engine gets the title in sentence case, as CSL wants titles stored: the styles that
    want title case (Chicago, MLA) raise it, APA keeps it.  The records we hand out (the
    CSL-JSON download and menu entry) keep the title as the capture gives it.
    """
    engine_item = item | {"title": sentence_case(str(item["title"]))}
    return dict(_render(json.dumps(engine_item, ensure_ascii=False, sort_keys=True), locator))


# citeproc-py takes about a tenth of a second per style and citation (it searches the style's
# XML for every macro it calls), and a build asks for the same citations more than once (the
# cite menu's data and the study tools' data); so does every later build in one process
# (the preview server, the tests). The styles are files of a pinned package, so the output
# depends on the item and the locator alone.
@functools.lru_cache(maxsize=4096)
def _render(item: str, locator: tuple[str, str] | None) -> dict[str, Rendered]:
    return {style: Rendered(*csl.render(json.loads(item), style, locator)) for style in STYLES}


def cite(
    record: Record, edition: Edition, url: str, locator: Locator | None = None
) -> dict[str, Rendered]:
    """The text, or a place in it, in every plain-text style."""
    c = Citation(record, edition, url, locator)
    return render(csl_item(c), c.csl_locator)


def _bibtex_escape(text: str) -> str:
    return re.sub(r"([&%$#_{}])", r"\\\1", text).replace("~", r"\textasciitilde{}")


def _bibtex_name(name: dict[str, str]) -> str:
    # "Family, Given" is BibTeX's own order; a literal name is braced so that BibTeX reads
    # it as one last name and never abbreviates or reorders it.
    if "literal" in name:
        return f"{{{_bibtex_escape(name['literal'])}}}"
    return _bibtex_escape(", ".join(filter(None, [name["family"], name.get("given")])))


def _where(c: Citation) -> str:
    """The place cited, for the note field of BibTeX and RIS, which have no locator."""
    if c.locator is None:
        return ""
    kind = "response" if c.locator.kind == "response" else LOCATOR_LABELS[c.locator.kind]
    value = c.locator.value
    return f"{kind.capitalize()} “{value}”" if kind == "section" else f"{kind.capitalize()} {value}"


def bibtex(c: Citation) -> str:
    fields = []
    if name := c.record.author_name:
        fields.append(("author", f"{{{_bibtex_name(name)}}}"))
    fields.append(("title", f"{{{{{_bibtex_escape(c.record.display_title)}}}}}"))
    if c.date:
        fields.append(("year", f"{{{c.date.year}}}"))
        if c.date.month:
            fields.append(("month", _BIBTEX_MONTHS[c.date.month - 1]))
    if c.venue:
        fields.append(("howpublished", f"{{{_bibtex_escape(c.venue)}}}"))
    fields.append(("booktitle", f"{{{_bibtex_escape(c.edition.title)}}}"))
    if where := _where(c):
        fields.append(("note", f"{{{_bibtex_escape(where)}}}"))
    fields.append(("url", f"{{{c.url}}}"))
    body = "\n".join(f"  {name} = {value}," for name, value in fields)
    return f"@misc{{{c.key},\n{body}\n}}"


def _ris_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return name["literal"]
    return ", ".join(filter(None, [name["family"], name.get("given")]))


def ris(c: Citation) -> str:
    lines = [("TY", "ELEC")]
    if name := c.record.author_name:
        lines.append(("AU", _ris_name(name)))
    lines.append(("TI", c.record.display_title))
    if c.date:
        lines.append(("PY", str(c.date.year)))
        month = f"{c.date.month:02d}" if c.date.month else ""
        day = f"{c.date.day:02d}" if c.date.day else ""
        lines.append(("DA", f"{c.date.year}/{month}/{day}/"))
    if c.venue:
        lines.append(("PB", c.venue))
    lines += [("T2", c.edition.title), ("UR", c.url)]
    if where := _where(c):
        lines.append(("N1", where))
    lines.append(("ER", ""))
    return "\n".join(
        f"{tag}  - {value}".rstrip() + (" " if tag == "ER" else "") for tag, value in lines
    )


def csl_json(c: Citation) -> str:
    return json.dumps([csl_item(c)], ensure_ascii=False, indent=2)


EXPORTS = {"bibtex": bibtex, "ris": ris, "csl-json": csl_json}


def cite_all(
    record: Record, edition: Edition, url: str, locator: Locator | None = None
) -> dict[str, str]:
    """What the cite menu copies, by style id: each plain-text style's entry and citation,
    and the BibTeX, RIS and CSL-JSON records."""
    c = Citation(record, edition, url, locator)
    texts = {
        style: rendered.text for style, rendered in cite(record, edition, url, locator).items()
    }
    return texts | {name: export(c) for name, export in EXPORTS.items()}


def edition_item(title: str, editors: str, release: str, year: str, url: str) -> dict[str, object]:
    """The edition as a CSL-JSON item: an online book whose editors are a corporate name."""
    item: dict[str, object] = {
        "id": "edition",
        "type": "book",
        "title": title,
        "editor": [{"literal": editors}],
        "issued": {"date-parts": [[int(year)]]},
        "URL": url,
    }
    if release:
        item["version"] = release
    return item


def cite_edition(
    title: str, editors: str, release: str, year: str, url: str
) -> dict[str, Rendered]:
    """The edition as a whole in every plain-text style."""
    return render(edition_item(title, editors, release, year, url))
