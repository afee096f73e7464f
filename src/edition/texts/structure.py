"""Recognising the structure a capture's lines carry: head, body parts, endnotes, responses.

Every rule reads the shape of a line (its length, capitals, punctuation, a leading number),
never its position in one particular file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from edition.texts.document import Block, Intervention, Line, SetAside
from edition.texts.prose import MIN_PROSE_WORDS, is_sentence, is_title_case, led_in, reads_as_prose
from edition.texts.words import word_count, words

# Lines of page metadata that the chapter shows in its heading and metadata block instead.
METADATA_RULES = {
    "title": "The title line, shown as the chapter title.",
    "dateline": "A date or dateline, shown in the metadata block.",
    "byline": "A byline, shown in the metadata block.",
    "leading-furniture": "The page's navigation before the title (links, labels, icons).",
    "trailing-furniture": "The page's lines after the text's last sentence that are not "
    "sentences themselves (links, labels, menus, footers).",
    "responses-heading": "The comment system's count heading (“N thoughts on …”), "
    "replaced by the edition's “Responses” heading.",
    "responses-furniture": "Lines of the comment thread that are not responses: names, "
    "dates, reply buttons, the comment form and what follows the thread.",
}

# The head of a page (title, date, byline, standfirst) sits within a few lines of the title,
# which may follow the site's navigation.
_HEAD_WINDOW = 8
# The months as pages write them in English and, from how those languages write a date, in
# German, French, Spanish, Portuguese, Italian, Dutch and the Scandinavian languages.
_MONTH_NAME = (
    r"(?:jan(?:uary|uari?)?|feb(?:ruary|ruari?)?|mar(?:ch)?|apr(?:il)?|may|jun[ei]?|jul[yi]?"
    r"|aug(?:ust|usti|ustus)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|j[äa]nner|märz|oktober|dezember|janvier|février|fevrier|avril|mai|juin|juillet|août|aout"
    r"|septembre|novembre"
    r"|octobre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se(?:p)?tiembre"
    r"|octubre|noviembre|diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro"
    r"|novembro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre"
    r"|dicembre|maart|mei|maj|desember)\.?"
)
# Their shorter forms, French "mars" and the genitive a date takes in Polish, Czech and
# Russian ("11 maja 2021") are words of other kinds too ("out", "set", "Mars", "marca"): they
# count only after a day.
_MONTH = (
    rf"(?:{_MONTH_NAME}|(?:mär|mrz|okt|dez|févr|avr|juil|déc|ene|abr|ago|dic|fev|set|out|gen"
    r"|mag|giu|lug|ott|mrt|mars|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia"
    r"|września|października|listopada|grudnia|ledna|února|března|dubna|května|června"
    r"|července|srpna|září|října|listopadu|prosince|января|февраля|марта|апреля|мая|июня"
    r"|июля|августа|сентября|октября|ноября|декабря)\.?)"
)
# A day, perhaps with its ordinal's ending or full stop ("18. Okt 2023"); Spanish and
# Portuguese join the parts with "de" ("4 de mayo de 2022").
_DAY = r"\d{1,2}(?:st|nd|rd|th|\.)?"
_OF = r"(?:\s+de)?"
DATE = re.compile(
    rf"(?<![\w/])(?:{_MONTH_NAME}{_OF}\s+(?:{_DAY},?\s*)?\d{{4}}"
    rf"|{_DAY}{_OF}\s+{_MONTH}{_OF},?\s+\d{{4}}|\d{{1,2}}\.{_MONTH}\.?\d{{4}}"
    r"|\d{1,2}[/.]\s?\d{1,2}[/.]\s?\d{4}|\d{4}-\d{2}-\d{2}|\d{4}[/.]\d{1,2}[/.]\d{1,2}"
    r"|\d{4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?)(?![\w/])",
    re.IGNORECASE,
)
# The day of a date: a number of one or two digits in it, not its month ("2014年3月").
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?![\d月])")
# A numeric date run into the name before it, as a teaser sets a writer and a date
# ("Bettina Kugler19.10.2019").
_RUN_IN_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{4}(?!\d)")


def names_a_day(text: str) -> bool:
    """Whether a line holds a date that names its day ("Nov 19, 2019", "07.01.2020",
    "2019-11-19"). A month and year alone, or a year, is a headline's or a reference's as
    often ("Festival de Cannes 2014", "RFC 3987, January 2005")."""
    date = DATE.search(text)
    return bool(date and _DAY_NUMBER.search(date.group())) or bool(_RUN_IN_DATE.search(text))


_MAX_DATELINE_WORDS = 8
# A line that ends in a comma goes on below: a wrapped reference's date ("W3C Candidate
# Recommendation 29 January 2013",), no dateline.
_LEADS_ON = re.compile(r",[\"'”’)\]]*\s*$")
# A byline opens with the word for "by" (English, German, French, Spanish, Portuguese,
# Italian, Dutch, the Scandinavian languages), perhaps after a mark ("// By …") and with a
# colon ("Von: …", "Text: …"), or with a phrase that names the writer ("Written by",
# "Geschrieben von", "Escrito por", "Autor:"), after which the name may be written in lower
# case (a user's); the name runs up to a separator, after which a date, a place, an address or a
# role may follow ("By Amy Kuperinsky | NJ Advance Media", "Von Georg Kasch").
_BY = (
    r"(?:(?P<marked>(?:written|posted|words)\s+by|author\s*:|autor(?:in)?\s*:|auteur\s*:"
    r"|geschrieben\s+von|(?:ein\s+)?(?:gast)?(?:kommentar|beitrag)\s+von|escrito\s+por"
    r"|publicado\s+por|scritto\s+da|publié\s+par|écrit\s+par)"
    r"|(?:by|von|par|por|di|door|av|af|text(?:o)?|текст)(?:\s*:)?)"
)
_BYLINE = re.compile(rf"^[^\w\s]*\s*{_BY}\s*(?P<rest>(?<=\s|:)\S.*)$", re.IGNORECASE)
_LONE_BY = re.compile(rf"^[^\w\s]*\s*{_BY}\s*$", re.IGNORECASE)
_NAME_END = re.compile(
    r"\s[|•·–—-]\s|[,(|•·]|\s(?=\S*@)|\s(?:on|at|am|um|le|à|el|the)\s", re.IGNORECASE
)
_MAX_BYLINE_NAME_WORDS = 5
_MAX_BYLINE_WORDS = 16
# A name's words are capitalised but for its particles ("Ludwig van Beethoven"): "By the
# sea" and "Von Berlin nach Paris" are headings. After "Posted by" or "Author:" a user's
# name may be in small letters ("Posted by jdoe").
_PARTICLES = frozenset({
    "van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "bin",
    "ibn", "al", "y", "e", "dos", "das",
})  # fmt: skip
_PUBLICATION = re.compile(r"\b(published|excerpt|reprinted)\b", re.IGNORECASE)
# A note of where the text was published in its common forms ("First published at …",
# "Originally appeared in …", "Reprinted from …", "Zuerst erschienen in …", "Publié
# initialement dans …"): the page's words wherever it stands, on a short line that is not a
# sentence. The preposition is required: "First Published Works" is a heading.
_PUBLICATION_NOTE = re.compile(
    r"^\s*(?:(?:first|originally)\s+(?:published|appeared|posted|ran)\s+(?:at|in|on|by|as)\b"
    r"|reprinted\s+(?:with\s+(?:kind\s+)?permission\s+)?(?:from|by|in)\b"
    r"|(?:zuerst|erstmals)\s+(?:erschienen|veröffentlicht)\s+(?:in|im|bei|auf)\b"
    r"|(?:publié|paru)\s+(?:initialement|à\s+l['’]origine|d['’]abord)\s+(?:dans|sur|par)\b)",
    re.IGNORECASE,
)
_MAX_PUBLICATION_NOTE_WORDS = 12
# A date the page stamps on the text ("Published Nov 8, 2023", "Aktualisiert: 30.12.2016",
# "Article mis à jour le 7 janvier 2020."): a word of publishing leads it, so it is the page's
# wherever it stands, as a publication note is. Written before it was scored, in the languages
# of the months above; on 208 captures it finds seven dates kept in the text and loses no line.
# Besides the word and the date, a stamp says a few words at most (a weekday, a time, "by" and
# a name): "Updated on 3 May 2019, the rules now require each member to vote." is a sentence of
# the text's.
_STAMP_VERB = re.compile(
    r"^\W*(?:(?:originally\s+)?published|updated|posted(?:\s+on)?"
    r"|last\s+(?:updated|edited|modified)|aktualisiert|veröffentlicht"
    r"|zuletzt\s+(?:aktualisiert|geändert)|stand|publicado|atualizado|actualizado|pubblicato"
    r"|aggiornato|publié|(?:article\s+)?mis\s+à\s+jour|opublikowano|gepubliceerd|bijgewerkt)"
    r"(?:\s+(?:on|am|le|el|em|il|op))?\s*:?\s",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_MAX_STAMP_OTHER_WORDS = 6
_MAX_LEAD_LABEL_WORDS = 3
# A field of a block of details: a word, a colon, its value ("Telefon: 0201-2402-0").
_FIELD = re.compile(r"^\s*[^\W\d_][\w-]*:\s+\S+(?:\s+\S+){0,4}\s*$")
_RESPONSES_HEADING = re.compile(
    r"^\s*\d+\s+(thoughts?|comments?|responses?|replies)\s+(on|to)\s+(?P<what>.*)$",
    re.IGNORECASE,
)
_OPENING_QUOTE = "“\"‘'«"
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
# A heading known by its place rather than its capitals is a short line.
_MAX_SHAPED_HEADING_WORDS = 12
# Three short lines in a row are a listing; two may be a heading and its subheading.
_MIN_LISTING_LINES = 3
# Characters of code, which a list of words does not have.
_CODE = re.compile(r"[{}\[\]<>=;|`$\\]")
# A line ending so leads into what follows (a colon, a comma) or was cut off (an ellipsis).
_NOT_HEADING_END = ":;,…-–—"
# A table's row as a browser copies it: its cells separated by a tab (a plain-text table
# aligns its columns with runs of spaces instead).
_TABLE_ROW = re.compile(r"\S(?:\t| {3,})\s*\S")
# A line of code or of a command: a shell or interpreter prompt, a shell variable ("$20" is
# a price), braces, backticks or backslashes, an operator written tight ("A = B + C" is a
# formula in words), a call, a path, a command-line option. (A snake_case name is not
# enough: list items and headings name functions too.)
_CODE_LINE = re.compile(
    r"^\s*(?:\$|%|>>>)\s"
    r"|\$\{?[A-Za-z_]"
    r"|[{}`\\]"
    r"|\w=\S|==|&&|\|\|"
    r"|\w\(\)"
    r"|(?:^|\s)(?:\.{1,2}|~)?/\w[\w.-]*/|(?:^|\s)\.{1,2}/"
    r"|(?:^|\s)--?[a-z][\w-]*(?=\s|$)"
)
# A line wholly inside one pair of brackets is an aside or a caption's note ("(Symbolbild)").
_BRACKETED = re.compile(r"^\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*$")
# A picture's credit in its common forms ("Photo by …", "Image: …", "Foto: …", "© …"), alone
# or after the caption it closes ("… | photo by …"); "Bilder von der Reise" may head a
# gallery, so "von", "de" are not among its forms.
CREDIT = re.compile(
    r"(?:^|[|/–—]\s*)(?:photo(?:graph)?s?|images?|pictures?|illustrations?|fotos?|bild(?:er)?"
    r"|credits?)\b\s*(?:\([^)]*\)\s*)?(?::|by\b|par\b)|^\s*©",
    re.IGNORECASE,
)
# Punctuation that ends a sentence or leads into what follows, even set apart by a space.
_SPACED_PUNCTUATION = ".!?:;,…"


# A source named with its date ("Source: Russian Defense Ministry, October 25, 2019") says
# where a quotation of the text comes from: it is no dateline of the page's. So does the line
# under a quoted post ("— NHK (@nhk_news) January 28, 2019", an embedded tweet's; set 15).
_SOURCE = re.compile(
    r"^\W*(?:sources?|quellen?|fuentes?|fontes?)\s*:|^\W*[—–-]\s.*\(@\w+\)", re.IGNORECASE
)


def is_dateline(text: str) -> bool:
    """A short line with a date in a common form, which is not a sentence ("In May 2020 we
    met again." is the author's) nor a quotation's source."""
    return (
        bool(DATE.search(text))
        and word_count(text) <= _MAX_DATELINE_WORDS
        and not is_sentence(text)
        and not _SOURCE.match(text)
        and not _LEADS_ON.search(text)
    )


def is_byline(text: str) -> bool:
    """A byline ("By …", "Written by …", "Author: …", "Von …", "Par …", "Por …"): a name
    of a few words up to a separator, a short line, and not a sentence ("By then, it was too
    late." is the author's)."""
    match = _BYLINE.match(text)
    if match is None or is_sentence(text) or word_count(text) > _MAX_BYLINE_WORDS:
        return False
    name = _NAME_END.split(match["rest"], maxsplit=1)[0]
    return 0 < word_count(name) <= _MAX_BYLINE_NAME_WORDS and (
        bool(match["marked"]) or _is_name(name)
    )


def _is_name(text: str) -> bool:
    return all(not word[0].islower() or word.casefold() in _PARTICLES for word in text.split())


def _name_under_lone_by(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` is the name under a byline's word set on its own line ("Von",
    then "Denis Dilba")."""
    return (
        i > 0
        and bool(_LONE_BY.match(lines[i - 1].text))
        and 0 < word_count(lines[i].text) <= _MAX_BYLINE_NAME_WORDS
        and _is_name(lines[i].text)
        and not is_sentence(lines[i].text)
    )


def is_heading(text: str) -> bool:
    """A short line with no closing punctuation whose longer words are capitalised."""
    stripped = text.strip()
    if not stripped or word_count(stripped) > _MAX_HEADING_WORDS:
        return False
    # A sentence closed inside brackets or quotes ("[Alden: Et tu, Lexi?]") is no heading.
    if stripped[-1] in '.!?:;,"”’…*)' or is_sentence(stripped):
        return False
    return is_title_case(stripped)


def epigraph_parts(text: str) -> tuple[str, str] | None:
    """Split ``quotation —Source`` into its quotation and attribution, if it is one."""
    match = _EPIGRAPH.match(text.strip())
    if not match:
        return None
    quotation, source = match["text"], match["source"]
    if word_count(source) > _MAX_ATTRIBUTION_WORDS or word_count(quotation) < _MIN_EPIGRAPH_WORDS:
        return None
    return quotation, source


def list_lead(text: str) -> str | None:
    match = _LEAD.match(text.strip())
    if match and word_count(match["lead"]) <= _MAX_LEAD_WORDS:
        return match["lead"]
    return None


def _folded_words(text: str) -> list[str]:
    # NFC first: a title typed with combining accents is the same title.
    return [w.casefold() for w in words(unicodedata.normalize("NFC", text))]


def _title_matches(text: str, title: str | None) -> bool:
    """A short line that ends with the title's words (a site may prefix its page title), and
    is no longer than a title with such a prefix; a sentence ending in them is the author's."""
    if not title:
        return False
    line_words, title_words = _folded_words(text), _folded_words(title)
    if not title_words or line_words[-len(title_words) :] != title_words:
        return False
    return line_words == title_words or (
        len(line_words) <= len(title_words) + _MAX_BYLINE_WORDS and not is_sentence(text)
    )


def is_title_line(text: str, title: str | None) -> bool:
    """A line that gives exactly the title's words."""
    return bool(title) and _folded_words(text) == _folded_words(title)


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
    # The article's title is the last title line before its first sentence: a site may repeat
    # the title in its header, above the menus.
    matches = [i for i, line in enumerate(lines) if _title_matches(line.text, title)]
    first_prose = next((i for i, ln in enumerate(lines) if reads_as_prose(ln.text)), len(lines))
    before = [i for i in matches if i < first_prose]
    first_title = before[-1] if before else (matches[0] if matches else None)
    # Before the title: a date or byline set above it, a line that reads as prose (the page's
    # prose: kept, and listed for review), a sentence right above the title (a kicker), or
    # else the site's navigation: skip links, menus, icons, and the short questions and
    # greetings of its widgets ("Ready to publish?").
    set_aside: list[SetAside] = []
    head: list[Block] = []
    titles: list[Line] = []
    above = lines[: first_title or 0]
    for i, line in enumerate(above):
        rule = _metadata_rule(line.text, title)
        kicker = i == len(above) - 1 and is_sentence(line.text)
        if rule is None and (kicker or reads_as_prose(line.text)):
            head.append(Block("standfirst", line.number, line.text.strip()))
            continue
        set_aside.append(SetAside(line.number, line.text, rule or "leading-furniture"))
        if rule == "title":
            titles.append(line)
    lines = lines[first_title or 0 :]
    window = lines[:_HEAD_WINDOW]
    rules = [
        "byline"
        if _LONE_BY.match(line.text) or _name_under_lone_by(window, i)
        else _metadata_rule(line.text, title)
        for i, line in enumerate(window)
    ]
    # After a paragraph of prose the text has begun: the title said again there is a heading of
    # the author's (a column's reading under its own title), not the page's head.
    text_begins = next(
        (
            i
            for i, (line, rule) in enumerate(zip(window, rules, strict=True))
            if rule != "title" and reads_as_prose(line.text)
        ),
        len(window),
    )
    rules = [None if rule == "title" and i > text_begins else rule for i, rule in enumerate(rules)]
    last = max((i for i, rule in enumerate(rules) if rule), default=-1)
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


def is_publication_note(text: str) -> bool:
    """A note of where the text was published ("First published at Cultured"): short, and not
    a sentence ("Originally published in 1850, the novel …" is the author's)."""
    return (
        bool(_PUBLICATION_NOTE.match(text))
        and word_count(text) <= _MAX_PUBLICATION_NOTE_WORDS
        and not is_sentence(text)
    )


def is_date_stamp(text: str) -> bool:
    """A date the page stamps on the text, led by a word of publishing ("Published Nov 8,
    2023", "Stand: 26. Februar 2020, 12:30 Uhr"); "Published in 1850, the novel …" names no
    day and is the author's."""
    verb = _STAMP_VERB.match(text)
    if verb is None or not (DATE.search(text) or _CLOCK.search(text)):
        return False
    others = _CLOCK.sub(" ", DATE.sub(" ", text[verb.end() :]))
    return word_count(others) <= _MAX_STAMP_OTHER_WORDS


def split_date_stamps(lines: list[Line]) -> tuple[list[Line], list[SetAside]]:
    """The lines of the text without the date stamps set among them (``is_date_stamp``),
    which are set aside as datelines: the page's, below the head as above it."""
    stamps = [line for line in lines if is_date_stamp(line.text)]
    set_aside = [SetAside(line.number, line.text, "dateline") for line in stamps]
    return [line for line in lines if line not in stamps], set_aside


def lift_publication_notes(
    lines: list[Line],
) -> tuple[list[Line], list[Block], list[Intervention]]:
    """The lines of the text without the publication notes set among them, which the chapter
    shows with its head instead (as a note right under the title and byline is shown), each
    move listed as an intervention: short and title-cased, such a note would otherwise read as
    a heading of the author's."""
    notes = [line for line in lines if is_publication_note(line.text)]
    moved = [
        Intervention(
            line.number,
            f"A note of where the text was published (“{line.text.strip()}”) stands here on "
            "the page, among the text's lines; it is shown with the chapter's head, not as "
            "the author's words.",
        )
        for line in notes
    ]
    head = [Block("publication-note", line.number, line.text.strip()) for line in notes]
    return [line for line in lines if line not in notes], head, moved


def is_responses_heading(text: str, title: str | None) -> bool:
    """A comment system's count heading: "N thoughts on “<the post's title>”". The words after
    "on" or "to" are the post's title, quoted or not; "3 responses to racism that do not
    work:" is the author's sentence."""
    match = _RESPONSES_HEADING.match(text)
    if not match or is_sentence(text):
        return False
    what = match["what"].strip()
    if title is None:
        return what[:1] in _OPENING_QUOTE
    # The heading may cut the title short, but it is the title's beginning.
    what_words, title_words = _folded_words(what), _folded_words(title)
    return bool(what_words) and title_words[: len(what_words)] == what_words


_LIST_MARK = re.compile(r"^\s*(?:\d+[.)]|[-+•*–])\s+\S")
# The mark a note of the author's opens with: "[1]", "(2)", "³".
NOTE_MARK = r"\[\d{1,3}\]|\(\d{1,3}\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
# A note that opens with its mark, or with a number set apart by a no-break space or two
# spaces ("1   IEA, The Future of Hydrogen"), as a page's notes copy.
_NOTE_MARK = re.compile(rf"^\s*(?:{NOTE_MARK}|\d{{1,3}}(?:\u00a0|\s{{2,}}))\s*\S")


_MIN_CLAUSE_WORDS = 4


def _is_clause(text: str) -> bool:
    """Some words capitalised as a sentence is, not as a headline or a label."""
    stripped = text.strip()
    return (
        word_count(stripped) >= _MIN_CLAUSE_WORDS
        and stripped[:1].isupper()
        and not is_title_case(stripped)
    )


# A writer's sign-off under the last paragraph, after a dash ("--Ken", "— Ann B."): a name,
# a word or three. Written from a mail of set 12 (marc), whose archive's matter follows it.
_SIGN_OFF = re.compile(r"^\s*(?:--?|[—–~])\s*[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,2}\s*$")


# A table's row as a browser copies it, its cells set apart by tabs (not by runs of spaces,
# as ``_TABLE_ROW`` allows too: a row of the page's labels may be spaced out so).
_TABBED_ROW = re.compile(r"\S\t\s*\S")


def _table(lines: list[Line]) -> list[bool]:
    """For each line, whether it is a row of a table: one of two or more rows in a row."""
    rows = [bool(_TABBED_ROW.search(ln.text)) for ln in lines]
    return [
        row and (rows[i - 1 : i] == [True] or rows[i + 1 : i + 2] == [True])
        for i, row in enumerate(rows)
    ]


def _numbered(text: str) -> bool:
    """A list item or a note, by the mark it opens with."""
    return bool(_LIST_MARK.match(text) or _NOTE_MARK.match(text))


def _is_lead_label(text: str) -> bool:
    """A label of a word or a few that ends in a colon ("Adresse:", "Sources:")."""
    stripped = text.strip()
    return word_count(stripped) <= _MAX_LEAD_LABEL_WORDS and stripped.endswith(":")


def _opened_by_a_label(tail: list[Line], keep: list[bool]) -> list[bool]:
    """For each line, whether it stands in a block that a lead label opens and a kept line of
    the text closes ("Adresse:", the address's lines, then a paragraph of the text again):
    the label's lines, between the author's, are the author's, and so are the fields right
    after the closing line where the block has fields of that shape ("Telefon: …" inside,
    "Fax: …" after). A label no kept line follows ("Share this:", its buttons, the page's
    end) opens nothing."""
    flags = [False] * len(tail)
    for i, line in enumerate(tail):
        if keep[i] or not _is_lead_label(line.text):
            continue
        close = next((k for k in range(i + 1, len(tail)) if keep[k]), None)
        if close is None:
            continue
        flags[i:close] = [True] * (close - i)
        if any(_FIELD.match(ln.text) for ln in tail[i + 1 : close]):
            after = close + 1
            while after < len(tail) and _FIELD.match(tail[after].text) and not keep[after]:
                flags[after] = True
                after += 1
    return flags


def split_tail(
    lines: list[Line], end_matter: int | None = None
) -> tuple[list[Line], list[SetAside]]:
    """Separate what follows the text's last sentence: links, labels, menus and footers.

    The text ends at its last line that reads as prose before the page's end matter (from
    line ``end_matter`` on, when ``edition.texts.endmatter`` finds where it begins). After it, a
    short line that is neither a sentence nor a list item, nor a heading over such lines (a
    closing section of short demands is the author's), is the page's. In the end matter only
    lines that read as prose or are numbered are kept: there, a short sentence is a widget's
    ("Sign me up!"), and a teaser's blurb is kept only because it reads as prose.
    (Ending the text earlier, after a long run of lines that are not prose, was measured on
    the corpus and lost code listings and lists of the authors': see
    scripts/benchmark_import.py.)
    """

    def in_end_matter(line: Line) -> bool:
        return end_matter is not None and line.number >= end_matter

    last = max(
        (
            i
            for i, line in enumerate(lines)
            if reads_as_prose(line.text) and not in_end_matter(line)
        ),
        default=None,
    )
    if last is None:
        return lines, []
    tail = lines[last + 1 :]
    led = led_in([ln.text for ln in lines])[last + 1 :]
    keep = [
        bool(reads_as_prose(ln.text) or _numbered(ln.text))
        if in_end_matter(ln)
        # Before the page's end matter begins, a short line is the author's sign-off, sources
        # or closing list as often as the page's (measured on platforms the rules were not
        # written from: "Love / Pamela", "Quellen:" and its numbered addresses); only a
        # byline or dateline in its common forms is taken for the page's.
        else (end_matter is not None and _metadata_rule(ln.text, None) is None)
        or bool(is_sentence(ln.text) or _numbered(ln.text))
        # A long line cut off mid-sentence is a paragraph the capture broke off.
        or word_count(ln.text) >= MIN_PROSE_WORDS
        # What the text announces ("a few more tips:") is the author's, however short.
        or is_led
        # Right under the last paragraph, where no end matter follows, a line written as a
        # sentence but for its full stop is the text's closing line, a link to a document as
        # often as not ("Hier geht es zur neuen Vorstandsstruktur").
        or (i == 0 and end_matter is None and _is_clause(ln.text))
        or (i == 0 and bool(_SIGN_OFF.match(ln.text)))
        for i, (ln, is_led) in enumerate(zip(tail, led, strict=True))
    ]
    # A table (two rows or more, their cells set apart by tabs) is kept wherever it stands:
    # the page's matter is lists and labels, an author's schedule or figures a table.
    table = _table(tail)
    keep = [k or t for k, t in zip(keep, table, strict=True)]
    # Where no end matter was found, the lines a lead label opens between kept lines.
    if end_matter is None:
        keep = [a or b for a, b in zip(keep, _opened_by_a_label(tail, keep), strict=True)]
    # A heading that introduces kept lines (a closing section of short items) is kept too;
    # a byline or dateline is not a heading.
    keep = [
        k
        or (
            (not in_end_matter(ln) or table[i + 1 : i + 2] == [True])
            and is_heading(ln.text)
            and not _metadata_rule(ln.text, None)
            and keep[i + 1 : i + 2] == [True]
        )
        for i, (ln, k) in enumerate(zip(tail, keep, strict=True))
    ]
    kept = [ln for ln, k in zip(tail, keep, strict=True) if k]
    # A byline or dateline right under the text ("Posted by … at …") is the page's metadata;
    # after the page's other lines have begun, a date is a teaser's.
    set_aside: list[SetAside] = []
    for ln in (ln for ln, k in zip(tail, keep, strict=True) if not k):
        rule = _metadata_rule(ln.text, None)
        if rule is None or any(s.rule == "trailing-furniture" for s in set_aside):
            rule = "trailing-furniture"
        set_aside.append(SetAside(ln.number, ln.text, rule))
    return lines[: last + 1] + kept, set_aside


# A commenter's signature line ("lexismanzara says:").
_SIGNATURE = re.compile(r"\b(?:says|said|wrote)\s*:\s*$", re.IGNORECASE)


def _is_response(text: str) -> bool:
    """A line of a reader's response: numbered, signed, a sentence, or a long line; the
    thread's names, dates and buttons are not."""
    return bool(
        _ITEM.match(text)
        or _SIGNATURE.search(text)
        or is_sentence(text)
        or word_count(text) >= MIN_PROSE_WORDS
    )


def split_responses(
    lines: list[Line], title: str | None = None, thread: int | None = None
) -> tuple[list[Line], list[Block], list[SetAside]]:
    """Separate reader responses from the text: after an "N thoughts on …" heading, which
    comes after the text (some prose stands before it), or from line ``thread`` on, where
    ``edition.texts.endmatter`` found the heading of a comment thread.

    A thread's lines that are not a reader's words (names, dates, "Reply" buttons, the
    comment form) are set aside. Where the page numbers its responses, a response runs to
    the next number; where it does not, each run of a reader's lines is one response.
    """
    start = next(
        (
            i
            for i, ln in enumerate(lines)
            if is_responses_heading(ln.text, title)
            and any(reads_as_prose(before.text) for before in lines[:i])
        ),
        None,
    )
    if thread is not None:
        found = next((i for i, ln in enumerate(lines) if ln.number >= thread), None)
        if found is not None and (start is None or found < start):
            start = found
    if start is None:
        return lines, [], []
    set_aside: list[SetAside] = []
    first = start
    if is_responses_heading(lines[start].text, title) or lines[start].number == thread:
        heading = lines[start]
        set_aside.append(SetAside(heading.number, heading.text, "responses-heading"))
        first = start + 1
    thread_lines = lines[first:]
    numbered = any(_ITEM.match(line.text) for line in thread_lines)
    responses: list[Block] = []
    number = 0
    apart = True
    for line in thread_lines:
        if not _is_response(line.text):
            set_aside.append(SetAside(line.number, line.text, "responses-furniture"))
            apart = True
            continue
        item = _ITEM.match(line.text)
        if item:
            number = int(item[1])
            text = item[2]
        else:
            text = line.text
            number = number + 1 if apart and not numbered else number or 1
        apart = False
        responses.append(Block("response", line.number, text.strip(), number=number))
    return lines[:start], responses, set_aside


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


def _shape_text(text: str) -> str:
    """The line without the marks a page sets after a heading (a permalink's "#", "¶"). A
    mark of punctuation set apart by a space stays: French typography spaces "?", "!", ":"
    and ";" from their word ("Combien d’articles ?" is a question)."""
    stripped = text.strip()
    if stripped[-1:].isalnum():
        return stripped
    tokens = text.split()
    while tokens and not any(ch.isalnum() or ch in _SPACED_PUNCTUATION for ch in tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def _no_other(text: str) -> bool:
    """Whether a line has no shape that is not a heading's: a list's mark, a dash before an
    attribution, a lower-case start (a line broken off its paragraph), a salutation, a
    byline or a date, a table's row, a line of code, an aside in brackets, a picture's
    credit."""
    shaped = _shape_text(text)
    return (
        bool(shaped)
        and not CREDIT.search(shaped)
        and not _BRACKETED.match(shaped)
        and not _TABLE_ROW.search(text)
        and not _CODE_LINE.search(shaped)
        and not _LIST_MARK.match(shaped)
        and shaped[0] not in _NOT_HEADING_END
        and not shaped[0].islower()
        and not _SALUTATION.match(shaped)
        and _metadata_rule(shaped, None) is None
    )


def _stands_alone(text: str) -> bool:
    """A line that is not a sentence, of a few words, that no heading would end as it does
    (a colon's lead-in, a clause cut at a comma) nor open as it does: a heading's shape."""
    shaped = _shape_text(text)
    return (
        0 < word_count(shaped) <= _MAX_SHAPED_HEADING_WORDS
        and not is_sentence(shaped)
        and shaped[-1] not in _NOT_HEADING_END
        and _no_other(text)
    )


def _is_phrase(text: str) -> bool:
    """A list item's shape once its mark is lost: a few words opening with a letter, not a
    sentence, not a lead-in (":"), not a table's row, and no code (braces, brackets, "=",
    ";", a path, an option)."""
    stripped = _shape_text(text)
    return (
        stripped[:1].isalpha()
        and not _TABLE_ROW.search(text)
        and not _CODE_LINE.search(stripped)
        and not is_sentence(stripped)
        and word_count(stripped) <= _MAX_HEADING_WORDS
        and stripped[-1] != ":"
        and not _CODE.search(stripped)
        and _metadata_rule(stripped, None) is None
    )


def _runs(flags: list[bool]) -> list[range]:
    """The maximal runs of consecutive True flags."""
    found: list[range] = []
    start = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            found.append(range(start, index))
            start = None
    return found


@dataclass(frozen=True)
class ShapeRule:
    """A rule that tells a heading or a list from the shape of lines. ``tuned_on`` names the
    platforms whose captures it was written from: the benchmark scores it on the others."""

    id: str
    description: str
    tuned_on: frozenset[str] = frozenset()


HEADING_BETWEEN_PARAGRAPHS = "heading-between-paragraphs"
HEADING_BEFORE_LEAD_IN = "heading-before-lead-in"
MARKED_LIST = "marked-list"
INTRODUCED_LIST = "introduced-list"
PHRASE_LIST = "phrase-list"
SHAPE_RULES: tuple[ShapeRule, ...] = (
    ShapeRule(
        HEADING_BETWEEN_PARAGRAPHS,
        "A short line that is not a sentence, standing alone after a sentence and before a "
        "line that reads as prose, is a heading.",
    ),
    ShapeRule(
        HEADING_BEFORE_LEAD_IN,
        "So is one before a long line that leads into a listing or quotation with a colon.",
        frozenset({"static"}),
    ),
    ShapeRule(MARKED_LIST, "Two or more lines opening with a bullet or a number are a list."),
    ShapeRule(
        INTRODUCED_LIST,
        "Two or more phrases, or lines that open with a lead (“Web APIs: …”), after a line "
        "that ends with a colon are a list.",
        frozenset({"aem", "blogger", "gatsby", "news-custom", "static"}),
    ),
    ShapeRule(
        PHRASE_LIST,
        "Three or more phrases alike in their first letter's case, after a sentence, are a "
        "list whose marks the capture lost.",
        frozenset({"aem", "medium"}),
    ),
)


def shape_rules_not_tuned_on(platform: str) -> tuple[ShapeRule, ...]:
    """The shape rules not written from ``platform``'s captures."""
    return tuple(rule for rule in SHAPE_RULES if platform not in rule.tuned_on)


def _item_runs(lines: list[Line], rules: frozenset[str]) -> set[int]:
    """Indexes of lines that are a list whose marks the capture lost or kept, by the list
    rules among ``rules``."""
    texts = [line.text for line in lines]
    members: set[int] = set()
    if MARKED_LIST in rules:
        for run in _runs([bool(_LIST_MARK.match(t)) for t in texts]):
            if len(run) >= 2:
                members.update(run)
    phrases = [_is_phrase(t) for t in texts]

    def alike(run: range) -> bool:
        # A list's items open alike; a table's cells mix names, values and words.
        return len({_shape_text(texts[i])[0].isupper() for i in run}) == 1

    if INTRODUCED_LIST in rules:
        leads = [bool(list_lead(t)) and not _LIST_MARK.match(t) for t in texts]
        for flags in (phrases, leads):
            for run in _runs(flags):
                introduced = run.start and texts[run.start - 1].rstrip().endswith(":")
                if len(run) >= 2 and introduced and alike(run):
                    members.update(run)
    if PHRASE_LIST in rules:
        for run in _runs(phrases):
            before = texts[run.start - 1] if run.start else None
            after_sentence = before is None or is_sentence(before)
            if len(run) >= _MIN_LIST_ITEMS and alike(run) and after_sentence:
                members.update(run)
    return members


def _heading_between_paragraphs(lines: list[Line], index: int, rules: frozenset[str]) -> bool:
    """A line of a heading's shape that stands alone between two paragraphs: after a line
    that ends a sentence (or at the start) and before a paragraph (a line that reads as
    prose, or with ``HEADING_BEFORE_LEAD_IN`` a long one that ends with a colon)."""
    if HEADING_BETWEEN_PARAGRAPHS not in rules:
        return False
    if index and not is_sentence(lines[index - 1].text):
        return False
    following = lines[index + 1].text.rstrip() if index + 1 < len(lines) else ""
    lead_in = (
        HEADING_BEFORE_LEAD_IN in rules
        and following.endswith(":")
        and word_count(following) >= MIN_PROSE_WORDS
    )
    return (reads_as_prose(following) or lead_in) and _stands_alone(lines[index].text)


def _opening_sections(lines: list[Line], headings: list[bool]) -> list[bool]:
    """For each line, whether it stands where a heading does: before a paragraph (a
    sentence, or a line of some length) or a list's first item, after any other headings;
    not at the text's end nor among short lines that end no sentence (a signature, a
    table's cells, code). Read from the end, so that a long run of headings costs one pass."""
    opens = [False] * len(lines)
    for index in range(len(lines) - 2, -1, -1):
        following = lines[index + 1].text
        opens[index] = (
            opens[index + 1]
            if headings[index + 1]
            else bool(
                is_sentence(following)
                or word_count(following) >= MIN_PROSE_WORDS
                or list_lead(following)
                or _LIST_MARK.match(following)
            )
        )
    return opens


def _listings(lines: list[Line]) -> set[int]:
    """Indexes of lines inside a listing: a run of short lines that end no sentence nor
    lead into what follows, long enough that it is not a heading over a subheading (a table
    of contents, a menu, a table's cells, a list of names). Its last line may still be the
    heading of what follows it (release notes end a section's unpunctuated items there)."""
    short = [
        0 < word_count(line.text) <= _MAX_SHAPED_HEADING_WORDS
        and not is_sentence(line.text)
        and not line.text.rstrip().endswith(":")
        for line in lines
    ]
    return {i for run in _runs(short) if len(run) >= _MIN_LISTING_LINES for i in run[:-1]}


def may_head_a_section(previous: str | None, text: str, following: str | None) -> bool:
    """Whether a line kept as a paragraph is a short question standing alone between
    paragraphs, which a page sets as a section's heading about as often as it writes it as a
    paragraph ("So what's next?"): the rules cannot tell, the editor can."""
    return (
        word_count(text) <= _MAX_SHAPED_HEADING_WORDS
        and text.rstrip().endswith("?")
        and (previous is None or is_sentence(previous))
        and following is not None
        and reads_as_prose(following)
    )


def classify_body(lines: list[Line], rules: tuple[ShapeRule, ...] = SHAPE_RULES) -> list[Block]:
    """Give each body line its kind; ``rules`` are the shape rules to apply (all of them, but
    when a benchmark holds some out)."""
    ids = frozenset(rule.id for rule in rules)
    headings = [is_heading(line.text) for line in lines]
    opens = _opening_sections(lines, headings)
    listings = _listings(lines)
    kinds: list[str] = []
    for index, line in enumerate(lines):
        if _SALUTATION.match(line.text):
            kinds.append("salutation")
        elif index not in listings and (
            (headings[index] and opens[index] and _no_other(line.text))
            or _heading_between_paragraphs(lines, index, ids)
        ):
            kinds.append("heading")
        elif epigraph_parts(line.text):
            kinds.append("epigraph")
        else:
            kinds.append("paragraph")
    # A list's items may have a heading's capitals (a table of contents); never a
    # salutation's or an epigraph's shape.
    in_lists = _list_runs(lines, kinds) | {
        i for i in _item_runs(lines, ids) if kinds[i] in ("paragraph", "heading")
    }
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
