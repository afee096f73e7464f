"""How the sources of the editorial notes are labelled and listed (a pybtex style).

One label serves the citation in a note and the entry in a list, so a reader finds "[Turl,
2009]" under that label in the list at the end of the chapter and on the sources page: the
author's (or editor's) surname and the year, "n.d." when the source has none, the title where
a source has no author. Where that would not tell two sources apart (five Wikipedia articles
are all "Wikipedia contributors, n.d."), the entry's ``shorthand`` field, biblatex's field for
exactly this, gives the label instead. Lists are sorted alphabetically by label.
"""

from __future__ import annotations

import re

from pybtex.backends.plaintext import Backend as PlainText
from pybtex.database import Entry, Person
from pybtex.richtext import Text
from pybtex.style.formatting.unsrt import Style as UnsrtStyle
from pybtex.style.labels import BaseLabelStyle
from pybtex.style.sorting import BaseSortingStyle

# One backend, not ``render_as("text")``: that looks the backend up among every installed
# package's entry points on each call, which cost most of an incremental build's time.
_PLAIN_TEXT = PlainText()


def _plain(latex: str) -> str:
    """A field's text as the reader sees it: without BibTeX's braces and escapes."""
    return Text.from_latex(latex).render(_PLAIN_TEXT)


def _surname(person: Person) -> str:
    return _plain(" ".join(person.prelast_names + person.last_names))


def source_label(entry: Entry) -> str:
    """The label the notes cite ``entry`` by and the lists show it under."""
    if "shorthand" in entry.fields:
        return _plain(entry.fields["shorthand"])
    persons = entry.persons.get("author") or entry.persons.get("editor") or []
    names = [_surname(person) for person in persons]
    if len(names) > 2:
        who = f"{names[0]} et al."
    elif names:
        who = " and ".join(names)
    else:
        who = f"“{_plain(entry.fields['title'])}”"
    return f"{who}, {entry.fields.get('year', 'n.d.')}"


def sorting_key(label: str) -> str:
    """Alphabetical order of labels: letters and digits only, case ignored (a title's
    opening quotation mark does not send it to the end)."""
    return " ".join(re.findall(r"\w+", label)).casefold()


class LabelStyle(BaseLabelStyle):
    def format_labels(self, sorted_entries):
        return [source_label(entry) for entry in sorted_entries]


class SortingStyle(BaseSortingStyle):
    def sorting_key(self, entry):
        return sorting_key(source_label(entry))


class Style(UnsrtStyle):
    """BibTeX's unsrt entries, labelled and sorted as above."""

    default_label_style = LabelStyle
    default_sorting_style = SortingStyle
