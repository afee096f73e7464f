"""The apparatus in the built book: glossary links, notes with sources, shared passages,
headnotes and study questions."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from conftest import IDS, ROOT
from site_text import article, page

from edition.lexicon import load_lexicon
from edition.paragraphs import citable_paragraphs

CONCEPTS = load_lexicon(ROOT / "apparatus" / "concepts.toml")


def chapter(site, record) -> BeautifulSoup:
    return page(site / f"{record.docname}.html")


def glossary_terms(site) -> dict[str, str]:
    """Term id → term text of every glossary entry."""
    soup = page(site / "book/glossary.html")
    return {dt["id"]: dt.get_text().strip().rstrip("#").strip() for dt in soup.select("dt[id]")}


def test_the_glossary_has_at_least_fifteen_concepts_each_linked_from_a_chapter(site, records):
    terms = glossary_terms(site)
    assert len(terms) >= 15
    linked = set()
    for record in records.values():
        for link in article(chapter(site, record)).select(
            "a.reference.internal[href*='glossary.html#term-']"
        ):
            linked.add(link["href"].split("#", 1)[1])
    concept_terms = {f"term-{c.glossary.replace(' ', '-')}" for c in CONCEPTS}
    assert concept_terms <= set(terms)
    assert concept_terms <= linked


@pytest.mark.parametrize("id", IDS)
def test_each_concept_is_linked_at_its_first_use_in_each_text(site, records, cleaned, id):
    paragraphs = citable_paragraphs(cleaned[id])
    soup = article(chapter(site, records[id]))
    for concept in CONCEPTS:
        first = next(
            ((p, concept.find(p.block.text)) for p in paragraphs if concept.find(p.block.text)),
            None,
        )
        links = soup.select(
            f"a[href$='glossary.html#term-{concept.glossary.replace(' ', '-')}'] .concept-link"
        )
        if first is None:
            assert links == [], (id, concept.id)
            continue
        paragraph, spans = first
        start, end = spans[0]
        assert len(links) == 1, (id, concept.id)
        assert links[0].get_text() == paragraph.block.text[start:end]
        assert links[0].find_parent("p")["id"] == paragraph.anchor


def test_every_editorial_note_cites_a_source_listed_in_the_bibliography(site, records):
    references = page(site / "book/about/references.html")
    entries = {e["id"] for e in references.select("[id]")}
    notes = [
        n for r in records.values() for n in article(chapter(site, r)).select("div.editorial-note")
    ]
    assert len(notes) >= 5
    for note in notes:
        assert note.select_one("p.rubric").get_text().startswith("Editor's note")
        if "not-identified" in note["class"]:
            # The editor looked and found nothing: the note says so, and cites nothing.
            assert note.select_one("p:not(.rubric)").get_text().startswith("Not identified.")
            assert not note.select("a[href*='references.html#']")
            continue
        citations = note.select("a[href*='references.html#']")
        assert citations, note.get_text()[:80]
        for citation in citations:
            assert citation["href"].split("#", 1)[1] in entries


def test_shared_paragraphs_link_to_each_other_both_ways(site, records):
    critique = article(chapter(site, records["002_c9f1f77838594bad"]))
    excerpt = article(chapter(site, records["001_9e55e6b4ff835bd3"]))
    for whole, part in [("5", "2"), ("6", "3"), ("7", "4")]:
        there = critique.select_one(f"p#p{whole} .parallel a")
        back = excerpt.select_one(f"p#p{part} .parallel a")
        assert there["href"].endswith(f"from-charity-to-solidarity.html#p{part}")
        assert back["href"].endswith(f"critique-of-ally-politics.html#p{whole}")


@pytest.mark.parametrize("id", IDS)
def test_each_chapter_has_a_headnote_and_closes_with_its_questions(site, records, id):
    body = article(chapter(site, records[id]))
    headnote = body.select_one("div.editorial.headnote")
    assert headnote is not None and len(headnote.get_text().split()) > 50
    questions = body.select("div.study-questions li")
    assert len(questions) >= 2
    for question in questions:
        assert question.select_one("a[href*='#p'], a[href*='#r']") is not None


def test_the_study_guide_has_order_sessions_and_questions_across_texts(site):
    guide = article(page(site / "book/study-guide.html"))
    assert len(guide.select("div.study-order li")) == 5
    assert guide.get_text().count("Session ") >= 3
    assert len(guide.select("div.study-cross li")) >= 4
    assert len(guide.select("div.study-questions li")) >= 13


def test_the_previews_file_describes_paragraphs_terms_and_notes(site):
    previews = json.loads((site / "_static/edition-previews.json").read_text(encoding="utf-8"))
    p12 = previews["book/essays/critique-of-ally-politics.html#p12"]
    assert p12["title"] == "A Critique of Ally Politics, ¶ 12"
    assert p12["text"].startswith("All around me, young white professionals")
    assert previews["book/glossary.html#term-solidarity"]["title"] == "solidarity"
    assert previews["book/glossary.html#term-solidarity"]["text"]
    assert any(key.startswith("book/essays/critique-of-ally-politics.html#id") for key in previews)


def test_every_index_of_names_link_reaches_a_paragraph_that_exists(site):
    index = page(site / "book/about/index-of-names.html").select_one("div.index-of-names")
    links = index.select("li a[href]")
    assert len(links) >= 15
    kinds = [h.get_text() for h in index.select("h2")]
    assert kinds[:2] == ["People", "Organizations"] and kinds[-1] == "Mentioned but not identified"
    for link in links:
        target, _, anchor = link["href"].partition("#")
        ids = {e["id"] for e in page(site / "book/about" / target).select("[id]")}
        assert anchor in ids, link["href"]
        number = link.get_text().removeprefix("¶ ")
        assert anchor == ("r" + number[1:] if number.startswith("R") else "p" + number)


def test_the_unidentified_references_have_notes_and_index_entries(site, records):
    index = page(site / "book/about/index-of-names.html").get_text()
    for slug, phrase in [
        ("critique-of-ally-politics", "the Dream Team"),
        ("not-enough", "this list of ways men can be allies to women"),
        ("allyship-just-isnt-enough", "You Need More People"),
    ]:
        notes = page(site / f"book/essays/{slug}.html").select("div.not-identified")
        assert any(phrase in n.select_one("p.rubric").get_text() for n in notes), phrase
        assert f"“{phrase}”" in index


@pytest.mark.parametrize(
    "id, paragraphs",
    [("002_c9f1f77838594bad", {"p18", "p48"}), ("004_2127ceb29908a7ff", {"p3"})],
)
def test_chapters_open_with_a_folded_content_note_linking_its_paragraphs(
    site, records, id, paragraphs
):
    body = article(chapter(site, records[id]))
    note = body.select_one("div.content-note")
    assert note.find_next("div", class_="headnote") is not None
    assert note.select_one("details > summary").get_text() == "Content note"
    linked = {a["href"].partition("#")[2] for a in note.select("details a[href]")}
    assert paragraphs <= linked
    assert all(body.select_one(f"p#{anchor}") for anchor in linked)


def test_only_the_chapters_with_a_content_note_have_one(site, records):
    with_note = {
        r.id for r in records.values() if article(chapter(site, r)).select("div.content-note")
    }
    assert with_note == {"002_c9f1f77838594bad", "004_2127ceb29908a7ff"}
