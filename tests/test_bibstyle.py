"""The labels and order of the notes' sources (edition.apparatus.bibstyle), on the real
bibliography."""

from __future__ import annotations

from conftest import ROOT
from pybtex.database import parse_file, parse_string

from edition.apparatus.bibstyle import Style, sorting_key, source_label

BIB = """
@online{one, author = {Turl, Adam}, title = {{A}}, year = {2009}}
@online{two, author = {{Irish Left Archive}}, title = {{B}}}
@online{three, title = {{Oakland Occupation Commentaries}}}
@online{four, author = {A, X and B, Y and C, Z}, title = {{C}}, year = {2001}}
@online{five, author = {{Wikipedia contributors}}, title = {{Kerner Commission}},
        shorthand = {Wikipedia, “Kerner Commission”}}
@book{six, editor = {van Dyke, Anna and Berg, Ben}, title = {{D}}, year = {1999},
      publisher = {P}}
"""


def test_a_source_is_labelled_by_author_and_year_or_its_shorthand():
    entries = parse_string(BIB, "bibtex").entries
    assert {key: source_label(entry) for key, entry in entries.items()} == {
        "one": "Turl, 2009",
        "two": "Irish Left Archive, n.d.",
        "three": "“Oakland Occupation Commentaries”, n.d.",
        "four": "A et al., 2001",
        "five": "Wikipedia, “Kerner Commission”",
        "six": "van Dyke and Berg, 1999",
    }


def test_the_list_is_in_alphabetical_order_of_its_labels():
    entries = parse_string(BIB, "bibtex").entries.values()
    labels = [entry.label for entry in Style().format_entries(entries)]
    assert labels == [
        "A et al., 2001",
        "Irish Left Archive, n.d.",
        "“Oakland Occupation Commentaries”, n.d.",
        "Turl, 2009",
        "van Dyke and Berg, 1999",
        "Wikipedia, “Kerner Commission”",
    ]
    assert sorting_key("“Oakland”, n.d.") == "oakland n d"


def test_every_source_of_the_edition_has_a_label_of_its_own():
    entries = parse_file(ROOT / "apparatus" / "references.bib").entries
    labels = {key: source_label(entry) for key, entry in entries.items()}
    assert len(set(labels.values())) == len(labels), labels
    wikipedia = [label for key, label in labels.items() if key.startswith("wikipedia-")]
    assert len(wikipedia) >= 5
    assert all(label.startswith("Wikipedia, “") for label in wikipedia)
