"""The built book: every citable unit besides paragraphs (author's notes, questions, sessions)
stands where a reader expects it, under the id the registry publishes."""

from __future__ import annotations

import pytest
from conftest import ROOT, SLUGS
from site_text import article, page

from edition.apparatus.registry import load_registry
from edition.apparatus.status import load_statuses

pytestmark = pytest.mark.site


def _registered(text: str, prefix: str) -> list[str]:
    registry = load_registry(ROOT / "registry" / "paragraphs.json")
    return [e.anchor for e in registry if e.text == text and e.anchor.startswith(prefix)]


@pytest.mark.parametrize("id", SLUGS)
def test_the_authors_notes_follow_the_text_under_their_registered_ids(site, records, cleaned, id):
    record, text = records[id], cleaned[id]
    body = article(page(site / f"{record.docname}.html"))
    block = body.select_one("div#authors-notes")
    if not text.endnotes:
        assert block is None
        return
    assert block.select_one("p.rubric").get_text() == "Author's notes"
    ids = [note["id"] for note in block.select("aside.footnote")]
    assert ids == [f"n{note.number}" for note in text.endnotes] == _registered(record.slug, "n")
    # Right after the text: the last numbered paragraph of the author comes before the block,
    # and no editorial block (figure, questions) stands between them.
    last = body.select("p.numbered[id^=p]")[-1]
    between = [
        el
        for el in last.find_all_next(["div", "p", "section"])
        if el in block.find_all_previous(["div", "p", "section"])
    ]
    assert not [el for el in between if "editorial" in el.get("class", [])]
    restored = {str(n) for b in text.body for n, _ in b.notes}
    marks = body.select("a.footnote-reference")
    assert {m["href"] for m in marks} == {f"#n{note.number}" for note in text.endnotes}
    for mark in marks:
        number = mark["href"].removeprefix("#n")
        is_restored = "restored-mark" in mark["class"]
        assert is_restored == (number in restored)
        if is_restored:
            assert mark.select_one(".restored-sign").get_text() == "°"
            assert mark["aria-describedby"] == "restored-marks"
            assert "restored by the editor" in mark["title"]
    if restored:
        assert "restored them" in block.select_one("#restored-marks").get_text()


def test_questions_and_sessions_carry_their_registered_ids(site, records):
    guide = article(page(site / "book/study-guide.html"))
    for record in records.values():
        registered = _registered(record.slug, "q-")
        chapter = article(page(site / f"{record.docname}.html"))
        assert [li["id"] for li in chapter.select("li.question")] == registered
        assert all(guide.select_one(f"li.question#{anchor}") for anchor in registered)
    across = _registered("study-guide", "q-across-")
    assert [li["id"] for li in guide.select("div.study-cross li.question")] == across
    sessions = _registered("study-guide", "session-")
    assert sessions and all(guide.select_one(f"#{anchor}") for anchor in sessions)


def test_a_doubted_paragraph_is_marked_where_it_stands(site, records):
    statuses = load_statuses(
        ROOT / "apparatus" / "paragraph-status.toml", {r.slug for r in records.values()}
    )
    assert statuses, "the edition records no doubted paragraph to check"
    by_slug = {r.slug: r for r in records.values()}
    for status in statuses:
        body = article(page(site / f"{by_slug[status.text].docname}.html"))
        paragraph = body.select_one(f"p#p{status.paragraph}")
        assert "status-uncertain" in paragraph["class"]
        marker = paragraph.find_previous_sibling()
        assert "paragraph-status" in marker["class"]
        assert status.status in marker.get_text()
        assert marker.select_one("a[href*='textual-notes']")
