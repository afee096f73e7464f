"""The study tools in real Chromium: private notes and passage sets, on the built book.

Every test runs in browser contexts that refuse and record any request leaving the local
server: the tools must work with this site alone.
"""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import ROOT

from edition.site.webcheck import serve

pytestmark = pytest.mark.browser
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CRITIQUE = "book/essays/critique-of-ally-politics.html"
NOT_ENOUGH = "book/essays/not-enough.html"
NOTES = "book/my-notes.html"
PASSAGES = "book/passages.html"
# Refuses what a page could do without storage: as browsers do when site data is turned off.
NO_STORAGE = """Object.defineProperty(window, "localStorage", {
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); },
});"""


@pytest.fixture(scope="module")
def server(site):
    with serve(site) as base:
        yield base


class Reader:
    """A fresh browser profile on the site; ``outside`` lists every request that left it."""

    def __init__(self, browser, base, **options):
        self.base = base
        self.outside = []
        self.errors = []
        self.context = browser.new_context(accept_downloads=True, **options)
        self.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
        self.context.route("**/*", self._only_this_site)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(f"{e}\n{e.stack}"))
        self.requested = []
        self.no_storage = False
        self.page.on("request", lambda r: self.requested.append(r.url))

    def _only_this_site(self, route):
        url = route.request.url
        if url.startswith(self.base + "/") or url.startswith("blob:") or url.startswith("data:"):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, path):
        self.page.goto(f"{self.base}/{path}", wait_until="load")
        return self.page

    def menu_item(self, number, label):
        """Choose ``label`` in the cite menu of paragraph ``number``, by keyboard."""
        page = self.page
        page.locator(f'a.para-num[data-number="{number}"]').first.focus()
        page.keyboard.press("Enter")
        page.get_by_role("menuitem", name=label).click()

    def stored(self, what):
        return self.page.evaluate(
            """what => {
              const root = new URL("/", location.href).pathname;
              return JSON.parse(localStorage.getItem(what + ":" + root) || "null");
            }""",
            what,
        )

    def own_errors(self):
        """Errors, except the theme's when the browser refuses storage (it reads its colour
        mode there): those are the theme's to mend."""
        if not self.no_storage:
            return self.errors
        return [e for e in self.errors if "edition-" in e]

    def close(self):
        self.context.close()


@pytest.fixture
def reader(browser, server):
    made = []

    def make(**options):
        one = Reader(browser, server, **options)
        made.append(one)
        return one

    yield make
    for one in made:
        assert one.outside == [], f"requests left the site: {one.outside}"
        assert one.own_errors() == [], one.errors
        one.close()


def select_words(page, anchor, words):
    """Select ``words`` in paragraph ``anchor`` as a reader dragging over them would."""
    page.evaluate(
        """([anchor, words]) => {
          const paragraph = document.getElementById(anchor);
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(words);
            if (at === -1) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            getSelection().removeAllRanges();
            getSelection().addRange(range);
            return;
          }
          throw new Error("words not found in one text node: " + words);
        }""",
        [anchor, words],
    )


def paragraph_words(page, anchor, count=6):
    """Some words from the middle of a paragraph's first text node."""
    return page.evaluate(
        """([anchor, count]) => {
          const node = [...document.getElementById(anchor).childNodes]
            .find(n => n.nodeType === 3 && n.data.trim().split(/\\s+/).length > count + 4);
          return node.data.trim().split(/\\s+/).slice(2, 2 + count).join(" ");
        }""",
        [anchor, count],
    )


def write_notes_on_two_chapters(one):
    """A note on the whole of Critique ¶ 3 (through the cite menu) and one on words selected
    in Not Enough ¶ 2; returns the words selected."""
    page = one.open(CRITIQUE)
    # A first visit loads only the loader: the tools come with their first use.
    assert not any("edition-study.js" in url for url in one.requested)
    one.menu_item("3", "Write a note on ¶ 3")
    form = page.get_by_role("form", name="Note on ¶ 3")
    form.wait_for()
    assert page.evaluate("document.activeElement.id") == "edition-note-text"
    assert "On the whole paragraph." in form.inner_text()
    page.keyboard.type("Compare with the zine's ending.")
    form.get_by_role("button", name="Save note").click()
    saved = page.get_by_role("complementary", name="Your note on ¶ 3")
    assert saved.is_visible()
    assert page.evaluate("document.activeElement.dataset.note") is not None
    page.get_by_role("status").filter(has_text="Note on ¶ 3 saved in this browser").wait_for()

    page = one.open(NOT_ENOUGH)
    words = paragraph_words(page, "p2")
    select_words(page, "p2", words)
    page.get_by_role("button", name="Note on selection").click()
    form = page.get_by_role("form", name="Note on ¶ 2")
    assert form.locator("blockquote").inner_text() == words
    form.get_by_label("Your note").fill("Solidarity and mutual aid, together.")
    form.get_by_role("button", name="Save note").click()
    page.get_by_role("complementary", name="Your note on ¶ 2").wait_for()
    return words


def test_notes_on_two_chapters_are_there_after_a_reload(reader):
    one = reader()
    words = write_notes_on_two_chapters(one)
    page = one.open(CRITIQUE)
    note = page.get_by_role("complementary", name="Your note on ¶ 3")
    assert "Compare with the zine's ending." in note.inner_text()
    assert page.locator("p#p3").evaluate("p => p.classList.contains('has-note')")
    page = one.open(NOT_ENOUGH)
    note = page.get_by_role("complementary", name="Your note on ¶ 2")
    assert words in note.inner_text()
    assert "Solidarity and mutual aid, together." in note.inner_text()
    assert page.evaluate("CSS.highlights.get('edition-note').size") == 1
    highlighted = page.evaluate("[...CSS.highlights.get('edition-note')][0].toString()")
    assert highlighted == words

    stored = one.stored("edition-notes")
    assert stored["format"] == "edition-notes" and stored["version"] == 1
    selected = next(a for a in stored["annotations"] if a["target"]["source"].endswith(NOT_ENOUGH))
    assert selected["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert selected["type"] == "Annotation" and selected["motivation"] == "commenting"
    assert selected["id"].startswith("urn:uuid:")
    selector = selected["target"]["selector"]
    assert (selector["type"], selector["value"]) == ("FragmentSelector", "p2")
    quote = selector["refinedBy"]
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == words
    text = page.evaluate("editionStudy.paragraphText(document.getElementById('p2'))")
    assert text.index(quote["prefix"] + words + quote["suffix"]) >= 0
    assert 0 < len(quote["prefix"]) <= 32 and 0 < len(quote["suffix"]) <= 32


def test_notes_exported_cleared_and_imported_into_a_fresh_profile_come_back_identical(
    reader, tmp_path
):
    one = reader()
    write_notes_on_two_chapters(one)
    before = one.stored("edition-notes")["annotations"]
    page = one.open(NOTES)
    assert page.locator("article.edition-my-note").count() == 2
    with page.expect_download() as markdown:
        page.get_by_role("button", name="Export as Markdown").click()
    text = markdown.value.path().read_text(encoding="utf-8")
    assert text.startswith("# My notes on From Ally to Affinity: An Interactive Reader")
    assert "## A Critique of Ally Politics" in text and "### ¶ 3" in text
    assert "Compare with the zine's ending." in text and "## Works cited" in text
    assert f"{one.base}/{CRITIQUE}#p3" in text
    with page.expect_download() as exported:
        page.get_by_role("button", name="Export as Web Annotation JSON").click()
    saved = tmp_path / "notes.json"
    exported.value.save_as(saved)
    collection = json.loads(saved.read_text(encoding="utf-8"))
    assert collection["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 2
    assert collection["label"].startswith("Notes on From Ally to Affinity")
    assert collection["first"]["items"] == before

    page.get_by_role("button", name="Delete all notes…").click()
    dialog = page.get_by_role("dialog", name="Delete all 2 notes?")
    # Clearing offers an export first.
    assert dialog.get_by_role("button", name="Export as Web Annotation JSON").is_visible()
    dialog.get_by_role("button", name="Delete all notes").click()
    assert one.stored("edition-notes")["annotations"] == []
    assert "You have no notes" in page.locator("#edition-study").inner_text()

    fresh = reader()
    page = fresh.open(NOTES)
    page.locator("#edition-import").set_input_files(saved)
    result = page.locator("#edition-import-result")
    result.filter(has_text="2 new notes").wait_for()
    assert fresh.stored("edition-notes")["annotations"] == before
    page.locator("#edition-import").set_input_files(saved)
    result.filter(has_text="0 new notes, 2 notes already here").wait_for()
    assert fresh.stored("edition-notes")["annotations"] == before
    page = fresh.open(CRITIQUE)
    page.get_by_role("complementary", name="Your note on ¶ 3").wait_for()


@pytest.mark.parametrize(
    ("content", "why"),
    [
        ("{not json", "it is not JSON"),
        ('{"type": "Feature", "geometry": null}', "it holds no Web Annotations"),
        (
            json.dumps(
                [
                    {
                        "type": "Annotation",
                        "target": {
                            "source": "https://example.org/a.html",
                            "selector": {"type": "FragmentSelector", "value": "p1"},
                        },
                    }
                ]
            ),
            "annotation 1 is about a page that is not a chapter of this edition",
        ),
    ],
)
def test_a_malformed_or_foreign_file_is_refused_and_changes_nothing(reader, tmp_path, content, why):
    one = reader()
    write_notes_on_two_chapters(one)
    before = one.stored("edition-notes")
    page = one.open(NOTES)
    bad = tmp_path / "bad.json"
    bad.write_text(content, encoding="utf-8")
    page.locator("#edition-import").set_input_files(bad)
    result = page.locator("#edition-import-result")
    result.filter(has_text="Nothing was changed").wait_for()
    assert f"bad.json cannot be imported: {why}" in result.inner_text()
    assert one.stored("edition-notes") == before


@pytest.fixture
def copied_site(site, tmp_path):
    """A copy of the built book (without its downloads), to change a paragraph's text in."""
    copy = tmp_path / "html"
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns("downloads"))
    with serve(copy) as base:
        yield copy, base


def test_a_note_whose_paragraph_changed_is_shown_detached_not_moved(browser, copied_site):
    copy, base = copied_site
    one = Reader(browser, base)
    try:
        page = one.open(NOT_ENOUGH)
        words = paragraph_words(page, "p4", 4)
        select_words(page, "p4", words)
        page.get_by_role("button", name="Note on selection").click()
        page.get_by_label("Your note").fill("Caucuses: ask the group.")
        page.get_by_role("button", name="Save note").click()
        page.get_by_role("complementary", name="Your note on ¶ 4").wait_for()

        chapter = copy / NOT_ENOUGH
        html = chapter.read_text(encoding="utf-8")
        start = html.index('id="p4"')
        end = html.index("</p>", start)
        changed = html[start:end].replace(words, words.upper(), 1)
        assert changed != html[start:end]
        chapter.write_text(html[:start] + changed + html[end:], encoding="utf-8")

        page = one.open(NOT_ENOUGH)
        note = page.get_by_role("complementary", name="Detached note on ¶ 4")
        assert "no longer holds the words" in note.inner_text()
        assert words in note.locator("blockquote").inner_text()
        # Not moved onto the changed words: nothing is highlighted.
        assert page.evaluate("CSS.highlights.get('edition-note').size") == 0
        assert page.get_by_role("complementary", name="Your note on ¶ 4").count() == 0
        assert one.outside == [] and one.errors == []
    finally:
        one.close()


def test_a_passage_set_link_round_trip_names_the_ids_it_cannot_find(reader):
    one = reader()
    page = one.open(CRITIQUE)
    one.menu_item("12", "Add ¶ 12 to passage set")
    page.get_by_role("status").filter(
        has_text="¶ 12 added to your passage set (1 passage)"
    ).wait_for()
    # The number says so to assistive technology too.
    label = page.locator('a.para-num[data-number="12"]').get_attribute("aria-label")
    assert label == "Paragraph 12, in your passage set: link and citation"
    page = one.open(NOT_ENOUGH)
    one.menu_item("3", "Add ¶ 3 to passage set")
    page.get_by_role("status").filter(
        has_text="¶ 3 added to your passage set (2 passages)"
    ).wait_for()
    link = page.locator("a.edition-study-set")
    assert link.inner_text() == "Passage set (2)"
    href = link.get_attribute("href")
    assert href.endswith(f"{PASSAGES}#p=critique-of-ally-politics:p12,not-enough:p3")
    expected = {
        anchor: page.evaluate(f"editionStudy.paragraphText(document.getElementById('{anchor}'))")
        for anchor in ["p3"]
    }
    link.click()
    page.wait_for_url(f"**/{PASSAGES}#p=*")
    items = page.locator("li.edition-passage")
    assert items.count() == 2
    assert items.nth(0).locator("h2").inner_text() == "A Critique of Ally Politics, ¶ 12"
    assert items.nth(1).locator("blockquote").inner_text() == expected["p3"]
    assert items.nth(0).get_by_role("link").get_attribute("href") == f"{one.base}/{CRITIQUE}#p12"
    page.get_by_label("Citation style").select_option("mla")
    assert "par. 12" in items.nth(0).locator(".edition-passage-citation").inner_text()
    page.get_by_role("button", name="Copy all").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.count("Works cited") == 1 and "par. 12" in copied and "par. 3" in copied

    other = reader()
    page = other.open(f"{PASSAGES}#p=not-enough:p3,gone-text:p1,critique-of-ally-politics:p9999")
    note = page.locator(".edition-set-missing")
    assert "gone-text:p1, critique-of-ally-politics:p9999" in note.inner_text()
    assert "2 passages of this link are not in this edition" in note.inner_text()
    assert page.locator("li.edition-passage").count() == 1
    assert "The passage set of the link you opened: 1 passage." in page.inner_text("#edition-study")


def test_without_storage_the_reader_is_told_and_nothing_breaks(reader):
    one = reader()
    one.context.add_init_script(NO_STORAGE)
    one.no_storage = True
    page = one.open(CRITIQUE)
    one.menu_item("5", "Add ¶ 5 to passage set")
    page.get_by_role("status").filter(has_text="not letting this site keep anything").wait_for()
    assert (
        page.locator("a.edition-study-set")
        .get_attribute("href")
        .endswith("#p=critique-of-ally-politics:p5")
    )
    one.menu_item("5", "Write a note on ¶ 5")
    form = page.get_by_role("form", name="Note on ¶ 5")
    assert "last only while this page stays open" in form.inner_text()
    form.get_by_label("Your note").fill("Kept for now.")
    form.get_by_role("button", name="Save note").click()
    assert (
        "Kept for now." in page.get_by_role("complementary", name="Your note on ¶ 5").inner_text()
    )
    page = one.open(NOTES)
    assert "not letting this site keep anything" in page.inner_text("#edition-study")


def test_touch_reaches_the_set_and_notes(reader):
    one = reader(has_touch=True, viewport={"width": 412, "height": 915})
    page = one.open(NOT_ENOUGH)
    number = page.locator('a.para-num[data-number="1"]')
    number.scroll_into_view_if_needed()
    number.tap()
    page.get_by_role("menuitem", name="Add ¶ 1 to passage set").tap()
    page.get_by_role("status").filter(has_text="added to your passage set").wait_for()
    assert one.stored("edition-passage-set")["passages"] == ["not-enough:p1"]
    select_words(page, "p1", paragraph_words(page, "p1", 3))
    offer = page.get_by_role("button", name="Note on selection")
    offer.wait_for()
    offer_box = offer.bounding_box()
    assert offer_box["height"] >= 44 and offer_box["width"] >= 44


def test_printing_the_notes_page_prints_each_note_with_its_passage(reader):
    one = reader()
    write_notes_on_two_chapters(one)
    page = one.open(CRITIQUE)
    page.emulate_media(media="print")
    assert not page.locator(".edition-note").first.is_visible()
    page = one.open(NOTES)
    page.emulate_media(media="print")
    first = page.locator("article.edition-my-note").first
    assert first.locator("blockquote").is_visible()
    assert first.locator(".edition-passage-citation").is_visible()
    assert not page.get_by_role("button", name="Export as Markdown").is_visible()


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_axe_finds_nothing_with_notes_and_sets_open(reader, mode):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make test` installs axe-core with npm ci")
    one = reader(color_scheme=mode)
    one.context.add_init_script(f"localStorage.setItem('mode', '{mode}');")
    write_notes_on_two_chapters(one)
    page = one.page
    one.menu_item("2", "Add ¶ 2 to passage set")
    one.menu_item("1", "Write a note on ¶ 1")
    select_words(page, "p3", paragraph_words(page, "p3", 3))
    page.get_by_role("button", name="Note on selection").wait_for()
    found = {}

    def check(where):
        page.add_script_tag(path=str(AXE))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            found.setdefault(where, []).append(f"{violation['id']}: {targets}")

    check("chapter with a note, its form and the selection offer")
    one.open(PASSAGES)
    check("passage set")
    one.open(f"{PASSAGES}#p=not-enough:p2,gone:p1")
    check("passage set with a missing id")
    one.open(NOTES)
    check("my notes")
    page.get_by_role("button", name="Delete all notes…").click()
    check("my notes, clearing")
    assert found == {}


def test_every_paragraph_reads_the_same_in_the_browser_as_in_the_build(browser, server, site):
    """A note's words are compared with the build's text of its paragraph on the notes page
    and with the page's own on the chapter: both must read every paragraph alike."""
    script = (site / "_static" / "edition-passages.js").read_text(encoding="utf-8")
    data = json.loads(script.removeprefix("window.editionPassages = ").removesuffix(";\n"))
    one = Reader(browser, server)
    try:
        for chapter in data["chapters"]:
            page = one.open(chapter["path"])
            page.add_script_tag(url=f"{server}/_static/edition-study.js")
            shown = page.evaluate(
                """() => [...document.querySelectorAll("p.numbered")].map(
                  p => [p.id, editionStudy.paragraphText(p)])"""
            )
            assert shown == [[anchor, text] for _, anchor, text in chapter["paragraphs"]]
        assert one.outside == [] and one.errors == []
    finally:
        one.close()


def test_the_note_form_takes_focus_and_escape_gives_it_back(reader):
    one = reader()
    page = one.open(NOT_ENOUGH)
    one.menu_item("2", "Write a note on ¶ 2")
    page.get_by_role("form", name="Note on ¶ 2").wait_for()
    assert page.evaluate("document.activeElement.id") == "edition-note-text"
    page.keyboard.press("Escape")
    assert page.get_by_role("form").count() == 0
    assert page.evaluate("document.activeElement.dataset.number") == "2"
    assert one.stored("edition-notes") is None
