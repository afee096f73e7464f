"""The apparatus in the built book: glossary links, notes with sources, shared passages,
headnotes and study questions."""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, SLUGS
from site_text import article, page

from edition.apparatus.bibstyle import sorting_key
from edition.apparatus.headnotes import load_headnotes
from edition.apparatus.lexicon import load_lexicon
from edition.apparatus.studyguide import load_study_guide
from edition.texts.paragraphs import citable_paragraphs

CONCEPTS = load_lexicon(ROOT / "apparatus" / "concepts.toml")
GUIDE = ROOT / "apparatus" / "study-guide.toml"


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


@pytest.mark.parametrize("id", SLUGS)
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


def entries_by_label(soup) -> dict[str, str]:
    """Label → text of each entry of the source lists on a page."""
    return {
        e.select_one("span.label").get_text().strip("[]"): " ".join(e.p.get_text().split())
        for e in soup.select("div.citation")
    }


def test_notes_cite_by_the_labels_of_the_sources_list_that_ends_their_chapter(site, records):
    listed = entries_by_label(article(page(site / "book/about/references.html")))
    notes = 0
    for record in records.values():
        body = article(chapter(site, record))
        if not body.select("div.editorial-note"):
            assert body.select_one("div.note-sources") is None
            continue
        # The list comes last, after the questions for discussion.
        blocks = body.select("div.editorial")
        assert "note-sources" in blocks[-1]["class"]
        assert "study-questions" in blocks[-2]["class"]
        sources = blocks[-1]
        assert sources.select_one("p.rubric").get_text() == "Sources of the notes in this text"
        entries = sources.select("div.citation")
        for note in body.select("div.editorial-note"):
            notes += 1
            assert note.select_one("p.rubric").get_text().startswith("Editor's note")
            if "not-identified" in note["class"]:
                # The editor looked and found nothing: the note says so, and cites nothing.
                assert note.select_one("p:not(.rubric)").get_text().startswith("Not identified.")
                assert not note.select("span.bibtex-citation a")
                continue
            citations = note.select("span.bibtex-citation a")
            assert citations, note.get_text()[:80]
            for citation in citations:
                entry = body.select_one(citation["href"])
                assert entry in entries
                assert citation.get_text() == entry.select_one("span.label").get_text().strip("[]")
        # The same sources, under the same labels, as on the page of all sources; each with
        # its address as a link.
        here = entries_by_label(sources)
        assert {label: listed[label] for label in here} == here
        for entry in entries:
            if "URL:" in entry.get_text():
                assert entry.select_one("a.reference.external[href^='http']") is not None
    assert notes >= 5


def test_the_sources_are_listed_once_each_under_distinct_labels_in_alphabetical_order(site):
    listed = entries_by_label(article(page(site / "book/about/references.html")))
    bib = (ROOT / "apparatus" / "references.bib").read_text(encoding="utf-8")
    assert len(listed) == bib.count("\n@")
    assert len(set(listed.values())) == len(listed)
    labels = list(listed)
    assert labels == sorted(labels, key=sorting_key)
    wikipedia = [label for label in labels if label.startswith("Wikipedia")]
    assert len(wikipedia) >= 5 and all("“" in label for label in wikipedia)


def test_shared_paragraphs_link_to_each_other_both_ways(site, records):
    critique = article(chapter(site, records["critique-of-ally-politics"]))
    excerpt = article(chapter(site, records["from-charity-to-solidarity"]))
    for whole, part in [("5", "2"), ("6", "3"), ("7", "4")]:
        there = critique.select_one(f"p#p{whole} + div.editorial.parallel a")
        back = excerpt.select_one(f"p#p{part} + div.editorial.parallel a")
        assert there["href"].endswith(f"from-charity-to-solidarity.html#p{part}")
        assert back["href"].endswith(f"critique-of-ally-politics.html#p{whole}")
    # The editor's words stand outside the author's paragraphs.
    for body in (critique, excerpt):
        assert body.select("p.numbered .parallel, p.numbered .editorial") == []


def _guide(records):
    return load_study_guide(GUIDE, {r.slug for r in records.values()})


@pytest.mark.parametrize("id", SLUGS)
def test_each_chapter_shows_its_headnote_and_closes_with_its_questions(site, records, id):
    """Both optional: a text has them once the editor writes them, and then shows them."""
    record = records[id]
    body = article(chapter(site, record))
    headnote = body.select_one("div.editorial.headnote")
    if record.slug in load_headnotes(ROOT / "apparatus" / "headnotes.toml"):
        assert headnote is not None and len(headnote.get_text().split()) > 50
    else:
        assert headnote is None
    questions = body.select("div.study-questions li")
    assert len(questions) == sum(q.text == record.slug for q in _guide(records).questions)
    for question in questions:
        assert question.select_one("a[href*='#p'], a[href*='#r']") is not None


def test_the_study_guide_has_order_sessions_and_questions_across_texts(site, records):
    guide = article(page(site / "book/study-guide.html"))
    assert len(guide.select("div.study-order li")) == len(_guide(records).reading_order)
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
    note = previews["book/essays/critique-of-ally-politics.html#n1"]
    assert note["title"] == "Note 1"
    assert note["text"].startswith("This extract and the following ones")
