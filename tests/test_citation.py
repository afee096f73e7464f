"""Each style, with every fact known, with a personal name, and with author and date unknown.

The expected strings follow the manuals' own patterns for a web page:
APA 7 (9.16, web page): Author, A. A. (Year, Month Day). Title. Site Name. URL — and in text
  (Author, Year, para. 12); no date: (n.d.); no author: the title moves to the front.
Chicago 18 bibliography: Last, First. “Title.” Site, Month Day, Year. URL. — note: First Last,
  “Title,” Site, ..., URL.
MLA 9 works cited: Last, First. “Title.” Site, Day Mon. Year, URL. — in text (Last, par. 12).
"""

import json

import pytest
from conftest import RECORD_TOML

from edition.apparatus.citation import (
    Citation,
    Edition,
    Locator,
    bibtex,
    cite,
    cite_all,
    cite_edition,
    csl_item,
    ris,
    sentence_case,
)
from edition.texts.provenance import parse_provenance

EDITION = Edition("From Ally to Affinity", "2026")
URL = "https://example.org/critique.html"
KNOWN = parse_provenance(
    RECORD_TOML.replace('title = "A Title"', 'title = "A Critique of Ally Politics"')
    .replace('author = "unknown"', 'author = "M."')
    .replace('date = "unknown"', 'date = "Aug 28, 2017"')
    + 'first_published = "2013"\n',
    "p.toml",
)["first-text"]
PERSON = parse_provenance(
    RECORD_TOML.replace('title = "A Title"', 'supplied_title = "Allyship: Moving Past It"')
    .replace('author = "unknown"', 'author = "Regine Malibiran"')
    .replace("author_note", 'author_family = "Malibiran"\nauthor_given = "Regine"\nauthor_note'),
    "p.toml",
)["first-text"]
UNKNOWN = parse_provenance(
    RECORD_TOML.replace('title = "A Title"', 'title = "Not Enough: Being an Ally"'), "p.toml"
)["first-text"]
P12 = Locator("paragraph", "12", "p12")
P3 = Locator("paragraph", "3", "p3")


def test_apa():
    known = cite(KNOWN, EDITION, f"{URL}#p12", P12)["apa"]
    assert known.entry == (
        "M. (2017, August 28). A critique of ally politics. From Ally to Affinity. "
        "https://example.org/critique.html#p12 (Original work published 2013)"
    )
    assert known.citation == "(M., 2013/2017, para. 12)"
    person = cite(PERSON, EDITION, URL, P3)["apa"]
    assert person.entry.startswith("Malibiran, R. (n.d.). [Allyship: Moving past it]. ")
    assert person.citation == "(Malibiran, n.d., para. 3)"
    anonymous = cite(UNKNOWN, EDITION, URL, P3)["apa"]
    assert anonymous.entry.startswith("Not enough: Being an ally. (n.d.). From Ally to Affinity.")
    assert anonymous.citation == "(Not Enough: Being an Ally, n.d., para. 3)"


def test_chicago_notes_and_bibliography():
    known = cite(KNOWN, EDITION, f"{URL}#p12", P12)["chicago-notes-bibliography"]
    assert known.citation == (
        "M., “A Critique of Ally Politics,” From Ally to Affinity, 2013, August 28, 2017, "
        "para. 12, https://example.org/critique.html#p12."
    )
    person = cite(PERSON, EDITION, URL, P3)["chicago-notes-bibliography"]
    assert person.entry == (
        "Malibiran, Regine. “[Allyship: Moving Past It].” From Ally to Affinity. "
        "https://example.org/critique.html."
    )
    assert person.citation.startswith("Regine Malibiran, “[Allyship: Moving Past It],” ")
    assert person.citation.endswith(", para. 3, https://example.org/critique.html.")


def test_chicago_author_date():
    person = cite(PERSON, EDITION, URL, P3)["chicago-author-date"]
    assert person.entry.startswith("Malibiran, Regine. n.d. “[Allyship: Moving Past It].” ")
    assert person.citation == "(Malibiran, n.d., para. 3)"
    # CMOS 18 14.104: a web page without an author is listed under its site.
    anonymous = cite(UNKNOWN, EDITION, URL)["chicago-author-date"]
    assert anonymous.entry == (
        "From Ally to Affinity. n.d. “Not Enough: Being an Ally.” https://example.org/critique.html."
    )


def test_mla():
    known = cite(KNOWN, EDITION, f"{URL}#p12", P12)["mla"]
    assert known.entry == (
        "M. “A Critique of Ally Politics.” 2013. From Ally to Affinity, 28 Aug. 2017, "
        "https://example.org/critique.html#p12."
    )
    assert known.citation == "(M., par. 12)"
    person = cite(PERSON, EDITION, URL, P3)["mla"]
    assert person.entry.startswith("Malibiran, Regine. “[Allyship: Moving Past It].” ")
    assert person.citation == "(Malibiran, par. 3)"
    anonymous = cite(UNKNOWN, EDITION, URL, Locator("response", "R1", "r1"))["mla"]
    assert anonymous.entry.startswith("“Not Enough: Being an Ally.” From Ally to Affinity, ")
    assert anonymous.citation == "(“Not Enough: Being an Ally,” par. R1)"


@pytest.mark.parametrize(
    ("locator", "apa", "chicago"),
    [
        (Locator("response", "R1", "r1"), "para. R1", "para. R1"),
        (Locator("note", "3", "n3"), "Note 3", "n. 3"),
        (Locator("section", "Allyship as Identity", "s"), "Section Allyship", "sec. Allyship"),
    ],
)
def test_every_kind_of_place_is_a_csl_locator(locator, apa, chicago):
    cited = cite(KNOWN, EDITION, URL, locator)
    assert apa in cited["apa"].citation
    assert chicago in cited["chicago-notes-bibliography"].citation


def test_a_copied_citation_is_the_entry_then_the_citation():
    copied = cite_all(PERSON, EDITION, URL, P3)
    rendered = cite(PERSON, EDITION, URL, P3)
    for style, r in rendered.items():
        assert copied[style] == f"{r.entry}\n{r.citation}"
    assert set(copied) - set(rendered) == {"bibtex", "ris", "csl-json"}


def test_bibtex_and_ris_carry_structured_names():
    assert bibtex(Citation(KNOWN, EDITION, f"{URL}#p12", P12)) == (
        "@misc{first-text-p12,\n"
        "  author = {{M.}},\n"
        "  title = {{A Critique of Ally Politics}},\n"
        "  year = {2017},\n"
        "  month = aug,\n"
        "  booktitle = {From Ally to Affinity},\n"
        "  note = {Paragraph 12},\n"
        "  url = {https://example.org/critique.html#p12},\n"
        "}"
    )
    assert "  author = {Malibiran, Regine},\n" in bibtex(Citation(PERSON, EDITION, URL))
    assert ris(Citation(PERSON, EDITION, URL)) == (
        "TY  - ELEC\n"
        "AU  - Malibiran, Regine\n"
        "TI  - [Allyship: Moving Past It]\n"
        "T2  - From Ally to Affinity\n"
        "UR  - https://example.org/critique.html\n"
        "ER  - "
    )


def test_csl_json_names_and_dates_are_as_precise_as_the_capture():
    known = json.loads(cite_all(KNOWN, EDITION, URL)["csl-json"])[0]
    assert known["author"] == [{"literal": "M."}]
    assert known["issued"] == {"date-parts": [[2017, 8, 28]]}
    assert known["original-date"] == {"date-parts": [[2013]]}
    assert csl_item(Citation(PERSON, EDITION, URL))["author"] == [
        {"family": "Malibiran", "given": "Regine"}
    ]
    unknown = csl_item(Citation(UNKNOWN, EDITION, URL))
    assert "author" not in unknown and "issued" not in unknown


def test_bibtex_escapes_latex_specials():
    records = parse_provenance(RECORD_TOML.replace("A Title", "50% & More_Things"), "p.toml")
    entry = bibtex(Citation(records["first-text"], EDITION, URL))
    assert "title = {{50\\% \\& More\\_Things}}" in entry


def test_the_edition_is_cited_with_its_editors_version_and_year():
    cited = cite_edition("From Ally to Affinity", "the editors of X", "0.1.0", "2026", URL)
    assert cited["apa"].entry == (
        "the editors of X (ed.). (2026). From ally to affinity (Version 0.1.0). "
        "https://example.org/critique.html"
    )
    assert cited["chicago-notes-bibliography"].entry == (
        "the editors of X. From Ally to Affinity. Version 0.1.0. 2026. "
        "https://example.org/critique.html."
    )
    assert cited["mla"].entry.startswith("the editors of X, editor. From Ally to Affinity. ")


def test_sentence_case():
    assert sentence_case("Not Enough: Being an Ally") == "Not enough: Being an ally"
    assert sentence_case("Allyship Just Isn’t Enough") == "Allyship just isn’t enough"
