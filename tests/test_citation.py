"""Each style, with every fact known and with author and date unknown."""

import json

from conftest import RECORD_TOML

from edition.citation import (
    Citation,
    Edition,
    Locator,
    apa,
    bibtex,
    chicago,
    cite,
    mla,
    ris,
    sentence_case,
)
from edition.provenance import parse_provenance

EDITION = Edition("From Ally to Affinity", "2026")
URL = "https://example.org/critique.html"
KNOWN = parse_provenance(
    RECORD_TOML.replace('title = "A Title"', 'title = "A Critique of Ally Politics"')
    .replace('author = "unknown"', 'author = "M."')
    .replace('date = "unknown"', 'date = "Aug 28, 2017"')
    .replace('venue = "unknown"', 'venue = "A Venue"')
    + 'first_published = "2013"\n',
    "p.toml",
)["000_a"]
UNKNOWN = parse_provenance(
    RECORD_TOML.replace('title = "A Title"', 'supplied_title = "Allyship: Moving Past It"'),
    "p.toml",
)["000_a"]
P12 = Locator("paragraph", "12", "p12")


def test_chicago():
    assert chicago(Citation(KNOWN, EDITION, f"{URL}#p12", P12)) == (
        "M. “A Critique of Ally Politics.” A Venue, August 28, 2017. First published 2013. "
        "¶ 12. In From Ally to Affinity, 2026. https://example.org/critique.html#p12."
    )
    assert chicago(Citation(UNKNOWN, EDITION, URL)) == (
        "“[Allyship: Moving Past It].” n.d. In From Ally to Affinity, 2026. "
        "https://example.org/critique.html."
    )


def test_mla():
    assert mla(Citation(KNOWN, EDITION, f"{URL}#p12", P12)) == (
        "M. “A Critique of Ally Politics.” Originally published 2013. A Venue, 28 Aug. 2017, "
        "par. 12. From Ally to Affinity, 2026, https://example.org/critique.html#p12."
    )
    assert mla(Citation(UNKNOWN, EDITION, URL, Locator("response", "R1", "r1"))) == (
        "“[Allyship: Moving Past It].” response R1. From Ally to Affinity, 2026, "
        "https://example.org/critique.html."
    )


def test_apa():
    assert apa(Citation(KNOWN, EDITION, f"{URL}#p12", P12)) == (
        "M. (2017, August 28). A critique of ally politics (para. 12). A Venue. "
        "In From Ally to Affinity. https://example.org/critique.html#p12 "
        "(Original work published 2013)"
    )
    section = Locator("section", "Allyship as Identity", "s")
    assert apa(Citation(UNKNOWN, EDITION, URL, section)) == (
        "[Allyship: Moving past it] (section “Allyship as Identity”). (n.d.). "
        "In From Ally to Affinity. https://example.org/critique.html"
    )


def test_bibtex_and_ris_give_only_known_fields():
    assert bibtex(Citation(KNOWN, EDITION, f"{URL}#p12", P12)) == (
        "@misc{first-text-p12,\n"
        "  author = {M.},\n"
        "  title = {{A Critique of Ally Politics}},\n"
        "  year = {2017},\n"
        "  month = aug,\n"
        "  howpublished = {A Venue},\n"
        "  note = {Paragraph 12. First published 2013. In From Ally to Affinity, 2026},\n"
        "  url = {https://example.org/critique.html#p12},\n"
        "}"
    )
    assert ris(Citation(UNKNOWN, EDITION, URL)) == (
        "TY  - ELEC\n"
        "TI  - [Allyship: Moving Past It]\n"
        "T2  - From Ally to Affinity\n"
        "UR  - https://example.org/critique.html\n"
        "N1  - In From Ally to Affinity, 2026\n"
        "ER  - "
    )


def test_csl_json_dates_are_as_precise_as_the_capture():
    known = json.loads(cite(Citation(KNOWN, EDITION, URL))["csl-json"])[0]
    assert known["author"] == [{"literal": "M."}]
    assert known["issued"] == {"date-parts": [[2017, 8, 28]]}
    assert known["original-date"] == {"date-parts": [[2013]]}
    unknown = json.loads(cite(Citation(UNKNOWN, EDITION, URL))["csl-json"])[0]
    assert "author" not in unknown and "issued" not in unknown


def test_bibtex_escapes_latex_specials():
    record = parse_provenance(RECORD_TOML.replace("A Title", "50% & More_Things"), "p.toml")
    assert "title = {{50\\% \\& More\\_Things}}" in bibtex(Citation(record["000_a"], EDITION, URL))


def test_sentence_case():
    assert sentence_case("Not Enough: Being an Ally") == "Not enough: Being an ally"
    assert sentence_case("Allyship Just Isn’t Enough") == "Allyship just isn’t enough"
