"""A book with chapters imported from saved web pages, built strictly (warnings are errors,
nitpicky) through the edition's extension and theme, and read in Chromium.

Three captures are imported with the import script into a copy of the fixture project: a real
company-blog interview (headings, lists, emphasis, links), a page written for this test
(footnotes, a block quotation, a left-out passage that reads as prose, bidi controls, one
override left open before a note mark, and the ways a hostile page tries to run script), and a
plain-text capture of the review's injection payloads (directives, roles that would copy or
include a host file, script, event handlers, javascript: links). The editor's part of adding a
text (a headnote, the study guide's reading order, a notebook page, the anchors) is done as the
README says.
"""

from __future__ import annotations

import json
import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT
from sphinx.testing.util import SphinxTestApp
from test_importer import import_capture

RLO, PDF = "\u202e", "\u202c"
PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><title>A Saved Essay | The Site</title>
<meta name="author" content="Ann Author"><script>alert("head")</script></head>
<body onload="alert('body')">
<nav><ul><li><a href="/">Home</a></li><li><a href="/essays">Essays</a></li></ul></nav>
<article>
<h1>A Saved Essay</h1>
<p>The first paragraph has <em>emphasis</em>, <strong>strong words</strong> and a
<a href="https://example.org/source">link to a source</a>, and a note mark.<sup id="r1"><a
href="#fn1">1</a></sup> It goes on long enough for the extractor to keep it whole.</p>
<h2>A Section of the Essay</h2>
<p>A paragraph before the list, which the extractor keeps as a paragraph of the text.</p>
<ul><li>The first item of the list</li><li>The second item of the list</li></ul>
<blockquote><p>A quotation the author gives at some length, as a block of its own.</p>
</blockquote>
<p>A name written right to left, {RLO}closed words{PDF}, and then a last sentence.</p>
<p onclick="alert('click')">A paragraph with a <a href="javascript:alert('link')">bad link</a>,
an <img src=x onerror="alert('img')"> image and a script<script>alert('inline')</script> that
must all stay inert, with words enough for the extractor.</p>
<p>An override left open: {RLO}moved words of the author<sup id="r2"><a
href="#fn2">2</a></sup> and more words after the mark.</p>
<div class="footnotes"><ol><li id="fn1">The first note, naming a source. <a
href="#r1">↩</a></li><li id="fn2">The second note of the essay. <a href="#r2">↩</a></li></ol>
</div>
</article>
<aside><p>Our reader survey is open this week. Tell us what you think of the essays here.</p>
</aside>
<footer><p>Copyright 2024 The Site</p></footer>
</body></html>
"""
RECORD = """
[[text]]
file = "{file}"
slug = "{slug}"
title = "{title}"
author = "unknown"
author_note = "Test record."
venue = "unknown"
venue_note = "Test record."
date = "unknown"
date_note = "Test record."
original_publication = "unknown"
rights = "No licence stated"
"""
# One line per payload of the review's injection cases (section 1a), in a plain-text capture.
PAYLOADS = [
    "```{raw} html",
    "<script>alert('raw')</script>",
    "```",
    "```{include} ../../../secret.txt",
    "```",
    "A line with the role {download}`../../../secret.txt` and {raw}`<b>x</b>` in its words.",
    "<img src=x onerror=\"alert('img')\"> an image that must stay text in the chapter.",
    "[a link](javascript:alert('link')) and <javascript:alert('auto')> written as text.",
    "{{ substitution }} and {% if x %}a template{% endif %} stay as they are written.",
]
SECRET = "a file of the host, outside the project"
TEXTS = [
    ("002_saved.html", "saved", "A Saved Essay"),
    ("003_spiceland.html", "spiceland", "Leader spotlight: Erin Spiceland"),
    ("004_hostile.txt", "hostile", "Hostile Lines"),
]


def _load_register_anchors():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "register_anchors", ROOT / "scripts" / "register_anchors.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _write(path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    project = tmp_path_factory.mktemp("html-book") / "project"
    shutil.copytree(FIXTURES / "project", project)
    captures = project / "sources" / "captures"
    _write(captures / "002_saved.html", PAGE)
    _write(captures / "004_hostile.txt", "Hostile Lines\n\n" + "\n\n".join(PAYLOADS) + "\n")
    # What the {include} and {download} payloads would bring in: a file outside the project.
    _write(project.parent / "secret.txt", SECRET + "\n")
    shutil.copy(FIXTURES / "html" / "github-blog-spiceland.html", captures / "003_spiceland.html")
    provenance = project / "sources" / "provenance.toml"
    records = "".join(RECORD.format(file=f, slug=s, title=t) for f, s, t in TEXTS)
    _write(provenance, provenance.read_text(encoding="utf-8") + records)
    for file, _, _ in TEXTS:
        arguments = [str(captures / file), "--provenance", str(provenance)]
        assert import_capture.main([*arguments, "--essays", str(project / "book" / "essays")]) == 0
    # What an editor adds with a new text before the strict build passes.
    _write(
        project / "apparatus" / "headnotes.toml",
        "".join(f'[{s}]\ntext = "A headnote."\n\n' for _, s, _ in TEXTS),
    )
    order = json.dumps(["whole", "part", *(s for _, s, _ in TEXTS)])
    _write(project / "apparatus" / "study-guide.toml", f"reading_order = {order}\n")
    _write(project / "book" / "study-guide.md", "# Study guide\n\nThe guide.\n")
    _write(project / "book" / "glossary.md", "# Glossary of the book\n\nThe terms.\n")
    for _, slug, _ in TEXTS:
        _write(project / "notebooks" / f"{slug}.md", f"# The notebook of {slug}\n\nA page.\n")
    notes = "".join(
        f"\n(textual-notes-{slug})=\n## {slug}\n\n```{{textual-notes}} {slug}\n```\n"
        for _, slug, _ in TEXTS
    )
    _write(project / "notes.md", (project / "notes.md").read_text(encoding="utf-8") + notes)
    pages = [f"book/essays/{s}" for _, s, _ in TEXTS]
    pages += ["book/study-guide", "book/glossary", *(f"notebooks/{s}" for _, s, _ in TEXTS)]
    index = project / "index.md"
    entries = "glossary\n" + "\n".join(pages) + "\n```"
    _write(index, index.read_text(encoding="utf-8").replace("glossary\n```", entries))
    anchors = _load_register_anchors().main(
        [
            "--sources", str(project / "sources"),
            "--study-guide", str(project / "apparatus" / "study-guide.toml"),
            "--registry", str(project / "registry" / "paragraphs.json"),
        ]
    )  # fmt: skip
    assert anchors == 0
    app = SphinxTestApp(
        "html",
        srcdir=project,
        freshenv=True,
        warningiserror=True,
        confoverrides={"html_theme": "sphinx_book_theme", "nitpicky": True},
    )
    app.build()
    yield app
    app.cleanup()


def page(app, name: str) -> BeautifulSoup:
    """A built page, without the theme's "#" links beside the headings."""
    soup = BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")
    for link in soup.select("a.headerlink"):
        link.decompose()
    return soup


def test_the_book_builds_with_no_warning(book):
    assert book._warning.getvalue() == ""


def test_headings_lists_emphasis_links_quotations_and_notes_survive(book):
    saved = page(book, "book/essays/saved")
    article = saved.select_one("article")
    # The paragraph numbers the edition adds (list items are numbered paragraphs too).
    for number in article.select("a.para-num"):
        number.decompose()
    assert article.select_one("h1").get_text(strip=True).startswith("A Saved Essay")
    assert [h.get_text(strip=True) for h in article.select("h2")][:1] == ["A Section of the Essay"]
    items = [li.get_text(" ", strip=True) for li in article.select("ul li")]
    assert "The first item of the list" in items and "The second item of the list" in items
    assert article.find("em", string="emphasis")
    assert article.find("strong", string="strong words")
    link = article.find("a", string="link to a source")
    assert link["href"] == "https://example.org/source"
    quote = article.select_one("blockquote")
    assert "A quotation the author gives at some length" in quote.get_text()
    marks = article.select("a.footnote-reference")
    assert [m.get_text(strip=True).strip("[]") for m in marks] == ["1", "2"]
    notes = article.select("aside.footnote, div.footnote, .footnote-list")
    text = " ".join(n.get_text(" ", strip=True) for n in notes)
    assert "The first note, naming a source." in text
    assert "The second note of the essay." in text
    spiceland = page(book, "book/essays/spiceland").select_one("article")
    assert "What was your first job in tech like?" in [
        h.get_text(strip=True) for h in spiceland.select("h2")
    ]
    assert len(spiceland.select("ul li")) >= 4
    assert spiceland.select_one("em a[href^='https://github.blog/']")


def test_the_left_out_blocks_are_in_the_textual_notes_and_the_review_list(book):
    notes = page(book, "notes").get_text(" ", strip=True)
    assert "Home" in notes and "Copyright 2024 The Site" in notes
    survey = "Our reader survey is open this week. Tell us what you think of the essays here."
    number = next(n for n, line in enumerate(PAGE.splitlines(), start=1) if survey[:30] in line)
    assert f"line {number}: “{survey}” ( possibly the author's text )" in notes
    review = (book.srcdir / "book" / "essays" / "saved.review.txt").read_text(encoding="utf-8")
    assert "removed, reads as text" in review and survey[:60] in review


def test_bidi_controls_are_kept_flagged_with_their_lines_and_isolated(book):
    chapter = (book.srcdir / "book" / "essays" / "saved.md").read_text(encoding="utf-8")
    assert f"{RLO}closed words{PDF}" in chapter and f"{RLO}moved words of the author" in chapter
    review = (book.srcdir / "book" / "essays" / "saved.review.txt").read_text(encoding="utf-8")
    source = PAGE.splitlines()
    flagged = [line for line in review.splitlines() if "bidi control kept" in line]
    for words in ("closed words", "moved words of the author"):
        number = next(n for n, text in enumerate(source, start=1) if words in text)
        [item] = [line for line in flagged if words in line]
        assert item.startswith(f"line {number:>4}") and "U+202E RIGHT-TO-LEFT OVERRIDE" in item
        assert "<U+202E>" in item
    assert not [line for line in review.splitlines() if RLO in line or PDF in line]
    article = page(book, "book/essays/saved").select_one("article")
    isolated = [b.get_text() for b in article.select("bdi")]
    assert any(f"{RLO}closed words{PDF}" in t for t in isolated)
    [open_override] = [t for t in isolated if "moved words" in t]
    # The note mark is outside the isolate, so the override cannot move it.
    assert "2" not in open_override


@pytest.mark.browser
def test_in_chromium_an_open_override_moves_nothing_outside_its_text(book):
    """The note mark after an unclosed U+202E stays after the author's words; without the
    isolation (a copy of the paragraph without <bdi>, added to the page) it is drawn before
    them, which is the harm the isolation prevents."""
    from chromium import watched_tab

    with watched_tab(book.outdir) as (base, tab, dialogs):
        tab.goto(f"{base}/book/essays/saved.html", wait_until="load")
        positions = tab.evaluate(
            """() => {
            const bdi = [...document.querySelectorAll('article bdi')]
                .find(b => b.textContent.includes('moved words'));
            const paragraph = bdi.closest('p');
            const mark = paragraph.querySelector('a.footnote-reference');
            const control = paragraph.cloneNode(true);
            control.querySelectorAll('bdi').forEach(b => b.replaceWith(b.textContent));
            paragraph.after(control);
            const text = node => {
                const range = document.createRange();
                range.selectNodeContents(node);
                return range.getBoundingClientRect();
            };
            const controlText = [...control.childNodes]
                .find(n => n.nodeType === 3 && n.textContent.includes('moved words'));
            return {
                text: bdi.getBoundingClientRect().right,
                mark: mark.getBoundingClientRect().left,
                controlText: text(controlText).right,
                controlMark: control.querySelector('a.footnote-reference')
                    .getBoundingClientRect().left,
            };
        }"""
        )
    assert dialogs == []
    assert positions["mark"] >= positions["text"] - 1
    assert positions["controlMark"] < positions["controlText"] - 1


def test_no_file_outside_the_project_reaches_the_site(book):
    assert not (book.outdir / "_downloads").exists()
    assert not list(book.outdir.rglob("secret.txt"))
    for built in book.outdir.rglob("*.html"):
        assert SECRET not in built.read_text(encoding="utf-8"), built


def test_the_payloads_are_text_on_their_pages(book):
    hostile = page(book, "book/essays/hostile").select_one("article")
    shown = hostile.get_text(" ")
    notes = page(book, "notes").get_text(" ")
    for payload in PAYLOADS:
        assert payload in shown or payload in notes, payload
    for name in ("book/essays/hostile", "book/essays/saved", "notes"):
        article = page(book, name).select_one("article")
        # The only script of an article is the edition's cite data, which is JSON.
        assert not article.select('script:not([type="application/json"]), img, iframe')
        assert not [a for a in article.select("a[href]") if "javascript" in a["href"].lower()]
        handlers = [k for e in article.find_all(True) for k in e.attrs if k.startswith("on")]
        assert handlers == []


@pytest.mark.browser
@pytest.mark.parametrize("name", ["book/essays/hostile", "book/essays/saved", "notes"])
def test_in_chromium_no_payload_runs_and_the_page_is_whole(book, name):
    from chromium import watched_tab

    with watched_tab(book.outdir) as (base, tab, dialogs):
        tab.goto(f"{base}/{name}.html", wait_until="load")
        # A click on each paragraph of the text (where an onclick payload would fire).
        for paragraph in tab.locator("article p").all()[:40]:
            paragraph.dispatch_event("click")
        assert tab.locator("footer.bd-footer-content").count() == 1
        assert tab.locator("article h1").count() == 1
    assert dialogs == []
