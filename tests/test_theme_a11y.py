"""The accessibility repairs to the theme's and the writers' markup are in the built pages
and in the EPUB themselves, so that readers without JavaScript and of the e-book get them:
checked in the HTML, and by axe-core in Chromium with the pages' scripts turned off."""

from __future__ import annotations

import zipfile

import pytest
from bs4 import BeautifulSoup
from conftest import SITE
from test_accessibility import AXE, PAGES

from edition.site.downloads import BOOK_EPUB
from edition.site.webcheck import serve
from edition.sphinxext.a11y import TOGGLE_NAME

LANDMARK = "Contents of the book"


@pytest.fixture(scope="module")
def pages(site):
    return {
        path: BeautifulSoup((site / path).read_text(encoding="utf-8"), "html.parser")
        for path in PAGES
    }


@pytest.fixture(scope="module")
def epub_pages(site):
    with zipfile.ZipFile(site / BOOK_EPUB) as epub:
        return {
            name: epub.read(name).decode("utf-8")
            for name in epub.namelist()
            if name.endswith(".xhtml")
        }


def test_no_page_loads_a_script_to_repair_its_markup(pages):
    for path, soup in pages.items():
        assert not soup.select('script[src*="a11y"]'), path


def test_the_search_field_is_named_by_the_words_it_shows(pages):
    fields = [b for soup in pages.values() for b in soup.select("button.search-button-field")]
    assert fields
    for button in fields:
        assert not button.has_attr("aria-label")
        assert "Search" in button.get_text()


def test_the_navigation_column_is_one_landmark_holding_the_title_and_the_search(pages):
    for path, soup in pages.items():
        column = soup.select_one("#pst-primary-sidebar")
        if column is None:
            continue
        landmarks = column.find_all("nav", recursive=False)
        assert [nav.get("aria-label") for nav in landmarks] == [LANDMARK], path
        assert landmarks[0].select_one(".navbar-brand, button.search-button-field"), path


def test_every_summary_is_named_by_what_it_shows_or_else_labelled(pages):
    toggles = 0
    for path, soup in pages.items():
        for summary in soup.find_all("summary"):
            if summary.get_text(strip=True):
                assert not summary.has_attr("aria-label"), (path, str(summary)[:120])
            else:
                assert summary.get("aria-label") == TOGGLE_NAME, (path, str(summary)[:120])
                toggles += summary.select_one(".toctree-toggle") is not None
    assert toggles


def test_the_bibliography_uses_no_deprecated_role_on_the_web_or_in_the_epub(pages, epub_pages):
    lists = [c for soup in pages.values() for c in soup.select(".citation-list, .citation")]
    assert lists
    assert not [c for c in lists if c.has_attr("role")]
    assert [name for name, text in epub_pages.items() if 'class="citation-list"' in text]
    for name, text in epub_pages.items():
        assert "doc-biblioentry" not in text, name


def test_the_folded_code_cells_of_the_epub_are_named_by_what_they_show(epub_pages):
    summaries = [
        summary
        for text in epub_pages.values()
        for summary in BeautifulSoup(text, "html.parser").find_all("summary")
    ]
    assert summaries
    assert not [s for s in summaries if s.has_attr("aria-label") or not s.get_text(strip=True)]


def _without_scripts(route) -> None:
    """Serve a page as a browser without JavaScript reads it: no script runs or loads, and what
    the page says in <noscript> is shown."""
    request = route.request
    if request.resource_type == "script":
        route.abort()
        return
    if request.resource_type != "document":
        route.continue_()
        return
    response = route.fetch()
    soup = BeautifulSoup(response.text(), "html.parser")
    for script in soup.find_all("script"):
        script.decompose()
    for noscript in soup.find_all("noscript"):
        noscript.unwrap()
    route.fulfill(response=response, body=str(soup))


@pytest.mark.browser
def test_without_javascript_no_page_has_an_accessibility_violation(browser):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make test` installs axe-core with npm ci")
    axe = AXE.read_text(encoding="utf-8")
    # Chromium with JavaScript off would not run axe either (its timers never fire): the pages
    # are served without their scripts instead, their <noscript> content shown as it would be.
    context = browser.new_context()
    page = context.new_page()
    page.route("**/*", _without_scripts)
    found = {}
    with serve(SITE) as base:
        for path in PAGES:
            page.goto(f"{base}/{path}", wait_until="load")
            assert page.evaluate("typeof DOCUMENTATION_OPTIONS === 'undefined'")
            page.evaluate(axe)
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            for violation in result["violations"]:
                targets = [node["target"] for node in violation["nodes"]][:3]
                found.setdefault(path, []).append(f"{violation['id']}: {targets}")
            if path.startswith("book/essays/"):
                landmark = page.get_by_role("navigation", name=LANDMARK)
                assert landmark.get_by_role("link").first.is_visible()
    context.close()
    assert found == {}
