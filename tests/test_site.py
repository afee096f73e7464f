"""The built book: the texts are the authors' words, without furniture, and every link resolves."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT, SLUGS
from site_text import article, broken_links, chapter_title, essay_text, page

from edition.apparatus.registry import check, current_entries, load_registry
from edition.texts.furniture import RULES_BY_ID
from edition.texts.paragraphs import citable_paragraphs
from edition.texts.words import words


def chapter(site, record):
    return page(site / f"{record.docname}.html")


@pytest.mark.parametrize("id", SLUGS)
def test_the_chapter_has_exactly_the_words_of_the_cleaned_capture(site, records, cleaned, id):
    expected = [
        w
        for block in cleaned[id].blocks()
        for w in words(f"{block.text} {block.attribution or ''}")
    ]
    shown = words(essay_text(chapter(site, records[id])))
    assert len(expected) > 100
    if shown != expected:
        first = next(
            (i for i, (a, b) in enumerate(zip(shown, expected, strict=False)) if a != b), None
        )
        first = min(len(shown), len(expected)) if first is None else first
        pytest.fail(
            f"{id}: words differ at word {first}: page has {shown[first : first + 8]}, "
            f"capture has {expected[first : first + 8]} ({len(shown)} vs {len(expected)} words)"
        )


@pytest.mark.parametrize("id", SLUGS)
def test_the_chapter_title_is_the_captures_or_the_editors_in_brackets(site, records, cleaned, id):
    record = records[id]
    title = chapter_title(chapter(site, record))
    assert title == record.display_title
    if record.title is None:
        assert title.startswith("[") and title.endswith("]")
        assert cleaned[id].title_lines == ()
    else:
        assert all(
            words(record.title)[-3:] == words(line.text)[-3:] for line in cleaned[id].title_lines
        )


def _normal(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("id", SLUGS)
def test_no_furniture_line_appears_on_the_chapter_page(site, records, cleaned, id):
    text = _normal(article(chapter(site, records[id])).get_text(" "))
    furniture = [s for s in cleaned[id].set_aside if s.rule in RULES_BY_ID]
    for line in furniture:
        if len(line.text.split()) >= 2:
            assert _normal(line.text) not in text, f"{id} line {line.line}: {line.text!r}"


def test_furniture_was_found_where_the_captures_have_it(cleaned):
    rules = {id: {s.rule for s in text.set_aside} for id, text in cleaned.items()}
    assert {"tag-list", "comment-form", "responses-heading"} <= rules["not-enough"]
    assert "teaser-block" in rules["from-charity-to-solidarity"]
    assert {"rating-prompt", "trending-block", "subscription-block"} <= rules[
        "critique-of-ally-politics"
    ]
    assert "comment-form" in rules["moving-past-performative-action"]


def test_the_textual_notes_list_every_line_set_aside_and_every_intervention(site, cleaned):
    notes = _normal(article(page(site / "book/about/textual-notes.html")).get_text(" "))
    for text in cleaned.values():
        for line in text.set_aside:
            assert f"line {line.line}: “{_normal(line.text)}”" in notes, (text.source, line)
        for intervention in text.interventions:
            assert _normal(intervention.description) in notes
    assert "“[Allyship: Moving Past Performative Action]” is the editor's" in notes


def test_the_critique_has_its_structure(site, records):
    soup = chapter(site, records["critique-of-ally-politics"])
    body = article(soup)
    assert [h.get_text().strip("#").strip() for h in body.select("h2")][:2] == [
        "Allyship as Identity",
        "Legitimacy, Justification, Authority",
    ]
    assert len(body.select("h2")) == 6
    assert [a.get_text() for a in body.select("blockquote.epigraph p.attribution")] == [
        "—Escalating Identity, “Who Is Oakland?”",
        "—US Riot Commission Report, 1968",
    ]
    assert len(body.select("ul > li")) >= 6
    marks = body.select("a.footnote-reference")
    assert [m.get_text() for m in marks] == ["[1]°", "[2]°", "[3]°", "[4]°"]
    assert body.select_one("#critique-of-ally-politics-allyship-as-identity") is not None
    assert "standfirst" in body.select_one("div.standfirst")["class"]


def test_the_responses_are_a_separate_part(site, records):
    body = article(chapter(site, records["not-enough"]))
    assert body.select_one("p.rubric.editorial").get_text() == "Responses"
    items = body.select("div.responses ol > li")
    assert len(items) == 2
    assert [item.select_one("a.para-num").get_text() for item in items] == ["R1", "R2"]
    assert items[0].get_text(" ").split()[:3] == ["R1", "lexismanzara", "says:"]


def test_the_excerpt_links_to_the_whole_and_back(site, records):
    excerpt = article(chapter(site, records["from-charity-to-solidarity"]))
    whole = article(chapter(site, records["critique-of-ally-politics"]))
    assert excerpt.select_one('.source-record a[href$="critique-of-ally-politics.html"]')
    assert whole.select_one('.source-record a[href$="from-charity-to-solidarity.html"]')


def test_every_internal_link_and_anchor_resolves(site):
    broken, checked = broken_links(site)
    assert broken == []
    assert checked > 100


def test_every_page_of_the_book_is_built(site):
    for name in [
        "book/index",
        "book/about/editorial-method",
        "book/about/textual-notes",
        "book/about/sources",
    ]:
        assert (site / f"{name}.html").is_file()
    assert re.search(r"No licence stated", page(site / "book/about/sources.html").get_text())


@pytest.mark.parametrize("id", SLUGS)
def test_the_page_numbers_its_paragraphs_as_the_package_does(site, records, cleaned, id):
    expected = [(p.number, p.anchor, p.first_words) for p in citable_paragraphs(cleaned[id])]
    shown = []
    for mark in article(chapter(site, records[id])).select("a.para-num"):
        number, paragraph = mark.get_text(), mark.parent
        assert mark["href"] == f"#{paragraph['id']}"
        for element in paragraph.select("a.para-num, a.footnote-reference"):
            element.decompose()
        shown.append((number, paragraph["id"], " ".join(words(paragraph.get_text())[:6])))
    assert shown == expected


def test_the_registry_lists_every_published_anchor():
    current = current_entries(ROOT / "sources", ROOT / "apparatus" / "study-guide.toml")
    assert check(load_registry(ROOT / "registry" / "paragraphs.json"), current) == []


@pytest.mark.parametrize("id", SLUGS)
def test_chapter_pages_carry_highwire_meta_tags(site, records, id):
    soup = chapter(site, records[id])
    meta = {m["name"]: m["content"] for m in soup.select('meta[name^="citation_"]')}
    record = records[id]
    assert meta["citation_title"] == record.display_title
    assert meta.get("citation_author") == (None if record.author == "unknown" else record.author)
    assert ("citation_publication_date" in meta) == (record.date != "unknown")


def test_the_sources_page_links_the_bibliography_files(site):
    links = [a["href"] for a in page(site / "book/about/sources.html").select("a[download]")]
    assert [link.rsplit(".", 1)[1] for link in links] == ["bib", "ris", "json"]
    for link in links:
        text = (site / "book/about" / link).resolve().read_text(encoding="utf-8")
        assert text.count("critique-of-ally-politics") >= 1
        assert "A Critique of Ally Politics" in text


def test_the_bibliography_downloads_read_back_with_names_titles_dates_and_urls(site, records):
    """The .bib through pybtex, the .ris through rispy, the .json through citeproc-py."""
    import json

    import rispy
    from pybtex.database import parse_file

    from edition.apparatus.citation import render

    folder = site / "bibliography"
    base = "book/essays/"
    bib = parse_file(str(folder / "from-ally-to-affinity.bib"), bib_format="bibtex").entries
    ris = {e["title"]: e for e in rispy.loads((folder / "from-ally-to-affinity.ris").read_text())}
    items = {i["id"]: i for i in json.loads((folder / "from-ally-to-affinity.json").read_text())}
    assert len(bib) == len(ris) == len(items) == len(records)
    for record in records.values():
        entry, ris_entry, item = bib[record.slug], ris[record.display_title], items[record.slug]
        url = f"{base}{record.slug}.html"
        assert entry.fields["title"] == "{" + record.display_title + "}"
        assert entry.fields["url"].endswith(url) and ris_entry["urls"] == [entry.fields["url"]]
        assert item["URL"] == entry.fields["url"]
        assert item["title"] == ris_entry["title"] == record.display_title
        date = record.date if record.date != "unknown" else None
        assert ("year" in entry.fields) == bool(date) == ("issued" in item)
        assert ("year" in ris_entry) == bool(date)
        if date:
            assert (
                entry.fields["year"] == ris_entry["year"] == str(item["issued"]["date-parts"][0][0])
            )
        rendered = render(item)
        assert record.display_title.lower() in rendered["mla"].entry.lower()
        assert item["URL"] in rendered["apa"].entry
    malibiran = bib["moving-past-performative-action"].persons["author"]
    assert [(p.last_names, p.first_names) for p in malibiran] == [(["Malibiran"], ["Regine"])]
    assert [str(p) for p in bib["critique-of-ally-politics"].persons["author"]] == ["{M.}"]
    assert ris["[Allyship: Moving Past Performative Action]"]["authors"] == ["Malibiran, Regine"]
    assert ris["A Critique of Ally Politics"]["authors"] == ["M."]
    assert items["moving-past-performative-action"]["author"] == [
        {"family": "Malibiran", "given": "Regine"}
    ]
    assert items["critique-of-ally-politics"]["author"] == [{"literal": "M."}]
    malibiran_apa = render(items["moving-past-performative-action"])["apa"].entry
    assert malibiran_apa.startswith("Malibiran, R. (n.d.).")
    assert render(items["moving-past-performative-action"])["mla"].entry.startswith(
        "Malibiran, Regine."
    )
