"""Every quotation in the glossary and the study guide occurs, word for word, in a paragraph
the entry or question cites: the editor's words may paraphrase, but what stands in quotation
marks must be the text's."""

from __future__ import annotations

import re

import pytest
from conftest import ROOT

from edition.apparatus.studyguide import load_study_guide
from edition.texts.paragraphs import anchor_for, citable_paragraphs

QUOTE = re.compile(r"“([^”]+)”")
REF = re.compile(r"<([a-z0-9-]+)-([pr]\d+)>`")
# Quotations that name a heading or a title, not a paragraph's words.
HEADINGS = {"Legitimacy, Justification, Authority", "From Charity to Solidarity"}


def _plain(text: str) -> str:
    """MyST source as it renders: escapes dropped, whitespace collapsed."""
    return " ".join(re.sub(r"\\(.)", r"\1", text).split())


@pytest.fixture(scope="module")
def paragraphs(records, cleaned) -> dict[tuple[str, str], str]:
    """(slug, anchor) → the paragraph's text, for every citable paragraph of every text."""
    return {
        (records[id].slug, p.anchor): _plain(p.block.text)
        for id, text in cleaned.items()
        for p in citable_paragraphs(text)
    }


def _unquoted(prose: str, cited: list[str]) -> list[str]:
    """The quotations in ``prose`` (each part of one cut by an ellipsis) found in none of the
    ``cited`` paragraph texts."""
    missing = []
    for quote in QUOTE.findall(_plain(prose)):
        if quote in HEADINGS:
            continue
        for part in filter(None, (p.strip() for p in quote.split("…"))):
            if not any(part in paragraph for paragraph in cited):
                missing.append(part)
    return missing


def test_glossary_quotations_occur_in_the_paragraphs_each_entry_cites(paragraphs):
    glossary = (ROOT / "book" / "glossary.md").read_text(encoding="utf-8")
    entries = [line for line in glossary.splitlines() if line.startswith("- ")]
    assert len(entries) > 30
    for entry in entries:
        cited = [paragraphs[ref] for ref in REF.findall(entry)]
        assert not _unquoted(entry, cited), entry[:80]


def test_study_guide_quotations_occur_in_the_paragraphs_each_question_cites(records, paragraphs):
    slugs = {r.slug for r in records.values()}
    guide = load_study_guide(ROOT / "apparatus" / "study-guide.toml", slugs)
    numbers = {slug: [anchor for s, anchor in paragraphs if s == slug] for slug in slugs}
    for question in guide.questions:
        anchors = numbers[question.text]
        start = anchors.index(anchor_for(question.first))
        end = anchors.index(anchor_for(question.last))
        cited = [paragraphs[(question.text, a)] for a in anchors[start : end + 1]]
        assert not _unquoted(question.question, cited), question.question[:80]
    for question in guide.cross_questions:
        cited = [paragraphs[(slug, anchor_for(n))] for slug, n in question.refs]
        assert not _unquoted(question.question, cited), question.question[:80]
    for session in guide.sessions:
        cited = [text for (slug, _), text in paragraphs.items() if slug in session.texts]
        assert not _unquoted(session.plan, cited), session.title


def test_a_misquotation_is_caught(paragraphs):
    cited = [paragraphs[("not-enough", "p3")]]
    assert _unquoted("It says liberation “is not right”.", cited) == ["is not right"]
    assert _unquoted("It says it “doesn’t sound quite right”.", cited) == []
