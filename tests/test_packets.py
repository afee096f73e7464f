"""Session packets: a page and a PDF for each session of the study guide, holding its aim,
timings, ground rules, every passage its questions cite (in full, with its number and link)
and its questions with room to write."""

from __future__ import annotations

import re
import unicodedata

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from pypdf import PdfReader

from edition.apparatus.packets import cited, packet_docname, packet_markdown
from edition.apparatus.studyguide import load_study_guide, question_units, session_anchor
from edition.errors import EditionError
from edition.site.downloads import packet_pdf
from edition.site.exports import toc_pages
from edition.texts.provenance import load_provenance

RECORDS = load_provenance(ROOT / "sources" / "provenance.toml")
SLUGS = {r.slug for r in RECORDS.values()}
GUIDE = load_study_guide(ROOT / "apparatus" / "study-guide.toml", SLUGS)
SESSIONS = sorted(GUIDE.sessions, key=lambda s: s.number)

SMALL = """\
reading_order = ["b", "a"]
facilitation_note = "Speak for yourself."

[[question]]
text = "a"
from = "2"
to = "3"
question = "Why?"

[[question]]
text = "b"
from = "R1"
to = "R1"
question = "And the response?"

[[cross_question]]
question = "How do they differ?"
refs = [["a", "1"], ["a", "2"], ["b", "1"]]

[[session]]
number = 1
title = "All"
texts = ["a"]
plan = "Read both. About 30 minutes."
aim = "To compare."
timings = [[10, "a"], [20, "b"]]
questions = ["q-a-1", "q-b-1", "q-across-1"]
"""
NUMBERS = {"a": ["1", "2", "3", "4"], "b": ["1", "2", "R1"]}


def small(tmp_path, text=SMALL):
    path = tmp_path / "study-guide.toml"
    path.write_text(text, encoding="utf-8")
    return load_study_guide(path, {"a", "b"})


def test_a_session_cites_each_passage_once_its_texts_first(tmp_path):
    guide = small(tmp_path)
    assert cited(guide, guide.sessions[0], NUMBERS) == [
        ("a", "1"), ("a", "2"), ("a", "3"), ("b", "1"), ("b", "R1"),
    ]  # fmt: skip


def test_the_packet_holds_aim_timings_rules_passages_and_questions(tmp_path):
    guide = small(tmp_path)
    passages = {
        slug: {n: [f"Words of {slug} {n}."] for n in numbers} for slug, numbers in NUMBERS.items()
    }
    text = packet_markdown(
        guide, guide.sessions[0], passages, {"a": "A", "b": "B"}, {"a": "x/a", "b": "x/b"}
    )
    assert "To compare." in text and "Timings (30 minutes)" in text
    assert "- **10 minutes:** a" in text and "Speak for yourself." in text
    for slug, number in cited(guide, guide.sessions[0], NUMBERS):
        assert f"Words of {slug} {number}." in text
    assert "Words of a 4." not in text and "Words of b 2." not in text
    assert "[¶ 2](#a-p2) Words of a 2." in text and "[R1](#b-r1) Words of b R1." in text
    assert text.count("writing-space") == 3
    assert "**[A, Q1](#q-a-1).** Why?" in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('"q-b-1"', '"q-b-9"'), "unknown question 'q-b-9'"),
        (("[20, ", "[25, "), "the timings do not add up to the plan's About 30 minutes"),
        (('aim = "To compare."', 'aims = "x"'), "unknown key 'aims'"),
    ],
)
def test_a_broken_session_is_named_with_its_line(tmp_path, change, message):
    with pytest.raises(EditionError) as caught:
        small(tmp_path, SMALL.replace(*change))
    assert message in str(caught.value)
    assert re.search(r"study-guide\.toml:\d+: ", str(caught.value))


# ------------------------------------------------------------------ the built book


def page(site, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path).read_text("utf-8"), "html.parser")


def test_every_session_has_a_packet_page_in_the_book(site):
    toc = toc_pages(ROOT / "_toc.yml")
    for session in SESSIONS:
        path = f"{packet_docname(session)}.html"
        assert path in toc
        title = page(site, path).select_one("article h1").contents[0].strip()
        assert title == f"Session {session.number}: {session.title}"


@pytest.mark.parametrize("session", SESSIONS, ids=lambda s: session_anchor(s))
def test_the_guide_and_the_packet_link_the_packets_pdf(site, session):
    pdf = packet_pdf(session_anchor(session))
    guide = page(site, "book/study-guide.html")
    heading = guide.select_one(f"#{session_anchor(session)}")
    following = heading.find_all_next(["p", "a"], limit=12)
    hrefs = [a.get("href", "") for tag in following for a in [tag, *tag.select("a")]]
    assert f"study/{session_anchor(session)}.html" in hrefs
    assert f"../{pdf}" in hrefs
    packet = page(site, f"{packet_docname(session)}.html")
    assert packet.select_one(f'p.downloads a[href="../../{pdf}"][download]')
    assert (site / pdf).stat().st_size > 10_000


def chapter_passages(site, slug: str) -> dict[str, str]:
    """Each numbered paragraph of a built chapter, by number, as its words (a response with
    all its paragraphs), without its number and note marks."""
    record = next(r for r in RECORDS.values() if r.slug == slug)
    chapter = page(site, f"{record.docname}.html")
    for mark in chapter.select("a.footnote-reference, a.restored-mark, div.parallel"):
        mark.decompose()
    found = {}
    for number in chapter.select("a.para-num"):
        paragraph, label = number.parent, number["data-number"]
        unit = paragraph.parent if label.startswith("R") else paragraph
        number.decompose()
        found[label] = " ".join(unit.get_text(" ").split())
    return found


def cited_from_the_data(session) -> set[tuple[str, str]]:
    """What a session's questions cite, read from the guide's data and the chapters' order."""
    units = {u.anchor: u for u in question_units(GUIDE)}
    chapter_questions = dict(zip([u.anchor for u in units.values()][: len(GUIDE.questions)],
                                 GUIDE.questions, strict=True))  # fmt: skip
    across = {f"q-across-{n}": q for n, q in enumerate(GUIDE.cross_questions, start=1)}
    wanted = set()
    for question_id in session.questions:
        if question_id in across:
            wanted |= set(across[question_id].refs)
        else:
            q = chapter_questions[question_id]
            wanted |= {(q.text, q.first), (q.text, q.last)}
            numbers = [str(n) for n in range(int(q.first), int(q.last) + 1)] if (
                q.first.isdigit() and q.last.isdigit()) else []  # fmt: skip
            wanted |= {(q.text, n) for n in numbers}
    return wanted


def squeezed(text: str) -> str:
    """Text without spaces, ligatures as letters: a PDF's text may break lines anywhere."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("session", SESSIONS, ids=lambda s: session_anchor(s))
def test_each_packets_pdf_holds_every_passage_its_questions_cite(site, session):
    wanted = cited_from_the_data(session)
    assert wanted
    reader = PdfReader(site / packet_pdf(session_anchor(session)))
    # Each sheet's last line is its footer, which may stand in the middle of a passage.
    text = squeezed("".join(p.extract_text().rsplit("\n", 1)[0] for p in reader.pages))
    packet = page(site, f"{packet_docname(session)}.html")
    for slug, number in sorted(wanted):
        words = chapter_passages(site, slug)[number]
        assert squeezed(words) in text, (slug, number)
        # On the page, the passage links to its paragraph in the chapter.
        anchor = f"r{number[1:]}" if number.startswith("R") else f"p{number}"
        passage = packet.select_one(f"div.passage#passage-{slug}-{anchor}")
        assert passage.select_one(f'a[href$="essays/{slug}.html#{anchor}"]')
    for question in session.questions:
        assert packet.select_one(f'li a[href$="study-guide.html#{question}"]')
    assert len(packet.select("div.writing-space")) == len(session.questions)
    assert session.aim and squeezed(session.aim) in text


@pytest.mark.browser
def test_packets_print_with_room_to_write(browser, site):
    from edition.site.webcheck import serve

    with serve(site) as base:
        tab = browser.new_page()
        tab.goto(f"{base}/{packet_docname(SESSIONS[0])}.html", wait_until="load")
        tab.emulate_media(media="print")
        space = tab.locator("div.writing-space").first.bounding_box()
        assert space["height"] > 150
        assert not tab.locator("p.downloads").first.is_visible()
        tab.close()


def test_each_packet_page_is_printed_alone():
    from edition.site.exports import print_jobs

    pages = ["book/index.html", "book/study-guide.html", "book/study/session-1.html"]
    jobs = print_jobs(pages, {"book/study/session-1.html": "Session 1: All"}, "The book")
    assert [(job.target, job.pages, job.title) for job in jobs][1:] == [
        (packet_pdf("session-1"), ["book/study/session-1.html"], "Session 1: All"),
    ]
