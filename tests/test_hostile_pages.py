"""Hostile titles and headings, built through the book's theme and opened in Chromium.

The record's title holds a script, a backtick and a ``{download}`` role (the workflow copies
a title "as the capture shows it"), and a heading opens an HTML comment before a script tag.
Each must stay text: no script runs, no file outside the project reaches the site, and the
page after the cite data (footer, navigation, scripts) is intact.
"""

from __future__ import annotations

import json
import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES
from sphinx.testing.util import SphinxTestApp

from edition.texts.myst import escape

TITLE = "<script>alert('title')</script> Evil `{download}`../../../secret.txt` x"
HEADING = "<!--<script> A Section"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    project = root / "project"
    shutil.copytree(FIXTURES / "project", project)
    # What the {download} role in the title would copy into the site: it lies outside the
    # project, three folders above the chapter that links to the whole text.
    (root / "secret.txt").write_text("a file of the host\n", encoding="utf-8")
    provenance = project / "sources" / "provenance.toml"
    provenance.write_text(
        provenance.read_text(encoding="utf-8").replace(
            'title = "The Whole"', f"title = {json.dumps(TITLE)}"
        ),
        encoding="utf-8",
    )
    capture = project / "sources" / "captures" / "000_whole.txt"
    capture.write_text(
        capture.read_text(encoding="utf-8").replace("The Whole", TITLE, 1), encoding="utf-8"
    )
    chapter = project / "book" / "essays" / "whole.md"
    chapter.write_text(
        chapter.read_text(encoding="utf-8")
        .replace("# The Whole", f"# {escape(TITLE)}")
        .replace("## A Section", f"## {escape(HEADING)}"),
        encoding="utf-8",
    )
    # Sphinx's own test application (make_app's), built once for the module's tests.
    app = SphinxTestApp(
        "html", srcdir=project, freshenv=True, confoverrides={"html_theme": "sphinx_book_theme"}
    )
    app.build()
    yield app
    app.cleanup()


def page(app, name: str) -> BeautifulSoup:
    return BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")


def test_the_hostile_project_builds_without_a_warning(hostile_site):
    assert hostile_site._warning.getvalue() == ""


def test_no_file_outside_the_project_is_copied_into_the_site(hostile_site):
    assert not (hostile_site.outdir / "_downloads").exists()
    assert not [p for p in hostile_site.outdir.rglob("secret.txt")]


def test_the_print_header_shows_the_title_as_text(hostile_site):
    whole = page(hostile_site, "book/essays/whole")
    header = whole.select_one("#jb-print-docs-body h1")
    assert header.get_text() == TITLE
    assert not header.find("script")
    # The title is in the cite data as JSON; no script element is the title's own.
    assert not [s for s in whole.find_all("script") if s.get_text().startswith("alert")]


def test_the_link_to_the_whole_text_shows_its_title_and_leads_to_it(hostile_site):
    part = page(hostile_site, "book/essays/part")
    links = [a for a in part.select("div.source-record a") if a.get_text() == TITLE]
    # In the line of facts and in the whole record.
    assert [a["href"] for a in links] == ["whole.html", "whole.html"]


def test_the_cite_data_holds_the_heading_with_no_markup_characters_in_the_page(hostile_site):
    whole = page(hostile_site, "book/essays/whole")
    data = whole.select_one("script#edition-cite-data").string
    assert not set("<>&") & set(data)
    titles = [s["title"] for s in json.loads(data)["sections"].values()]
    assert titles == [HEADING]


@pytest.mark.browser
@pytest.mark.parametrize(
    ("name", "title"), [("book/essays/whole", TITLE), ("book/essays/part", "[A Part]")]
)
def test_in_chromium_no_script_of_a_title_runs_and_the_page_is_whole(hostile_site, name, title):
    from chromium import watched_tab

    with watched_tab(hostile_site.outdir) as (base, tab, dialogs):
        tab.goto(f"{base}/{name}.html", wait_until="load")
        # Everything after the cite data is there: the theme's footer and its last scripts.
        assert tab.locator("footer.bd-footer-content").count() == 1
        assert tab.locator("#jb-print-docs-body h1").inner_text() == title
        if name.endswith("whole"):
            sections = tab.evaluate(
                "JSON.parse(document.getElementById('edition-cite-data').textContent).sections"
            )
            assert [s["title"] for s in sections.values()] == [HEADING]
            assert tab.locator("h2", has_text=HEADING).count() == 1
        else:
            relation = tab.locator("div.source-record").get_by_role("link", name=TITLE, exact=True)
            assert relation.get_attribute("href") == "whole.html"
    assert dialogs == []


def test_no_page_holds_a_title_in_a_script_or_as_markup(hostile_site):
    # Wherever the theme prints a title (<title>, print header, sidebar, breadcrumbs,
    # previous/next links, meta tags), it is text: only the cite data (JSON) may hold it.
    for path in hostile_site.outdir.rglob("*.html"):
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for script in soup.find_all("script"):
            if script.get("type") != "application/json":
                assert "alert('title')" not in script.get_text(), path
    whole = page(hostile_site, "book/essays/whole")
    assert whole.title.get_text().startswith("<script>alert('title')</script>")
    part = page(hostile_site, "book/essays/part")
    neighbours = [a.get_text(" ", strip=True) for a in part.select("a.left-prev, a.right-next")]
    assert any("<script>alert('title')</script>" in text for text in neighbours), neighbours


def test_the_search_index_holds_the_title_as_escaped_markup(hostile_site):
    # Sphinx's search page writes each result's title with innerHTML (searchtools.js).
    script = (hostile_site.outdir / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(script[script.index("(") + 1 : script.rindex(")")])
    title = index["titles"][index["docnames"].index("book/essays/whole")]
    assert "<script" not in title
    assert BeautifulSoup(title, "html.parser").get_text().startswith("<script>alert('title')")


@pytest.mark.browser
def test_in_chromium_a_search_shows_the_title_as_text(hostile_site):
    from chromium import watched_tab

    with watched_tab(hostile_site.outdir) as (base, tab, dialogs):
        tab.goto(f"{base}/search.html?q=Evil", wait_until="load")
        result = tab.locator("ul.search li a").first
        result.wait_for()
        assert result.inner_text().startswith("<script>alert('title')</script>")
    assert dialogs == []
