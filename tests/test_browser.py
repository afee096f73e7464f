"""Smoke test in a real headless Chromium (Debian's), driven by Playwright, over a local server."""

from __future__ import annotations

import pytest

from edition.site.webcheck import serve

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(site):
    with serve(site) as base:
        yield base


@pytest.fixture
def page(browser, server):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()


@pytest.mark.parametrize(
    ("path", "title", "first_words"),
    [
        ("book/index.html", "From Ally to Affinity", "question what it means to be an"),
        (
            "book/essays/critique-of-ally-politics.html",
            "A Critique of Ally Politics",
            "This essay is a love letter to you",
        ),
    ],
)
def test_a_page_opens_with_its_title_and_first_paragraph_and_no_console_error(
    server, page, path, title, first_words
):
    response = page.goto(f"{server}/{path}", wait_until="load")
    assert response.ok
    assert page.title().startswith(title)
    assert page.locator("article h1").first.inner_text().startswith(title)
    paragraph = page.locator("article p", has_text=first_words).first
    assert paragraph.is_visible()
    assert paragraph.bounding_box()["height"] > 0
    page.wait_for_load_state("networkidle")
    assert page.errors == []


def test_the_cite_menu_copies_a_chicago_citation_that_leads_back_to_the_paragraph(
    server, page, records
):
    from edition.apparatus.citation import Edition, Locator, cite_all

    path = "book/essays/critique-of-ally-politics.html"
    page.goto(f"{server}/{path}", wait_until="load")
    number = page.locator('a.para-num[data-number="12"]')
    number.focus()
    page.keyboard.press("Enter")
    menu = page.get_by_role("menu", name="Cite ¶ 12")
    assert menu.is_visible()
    assert number.get_attribute("aria-expanded") == "true"
    # Without a base URL the menu says whose address the citation carries.
    assert menu.get_attribute("aria-describedby") == "cite-menu-note"
    assert page.locator("#cite-menu-note").inner_text() == (
        "The address is this page as you opened it."
    )
    assert page.evaluate("document.activeElement.textContent") == "Copy link"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert page.evaluate("document.activeElement.textContent") == "Copy Chicago (notes)"
    page.keyboard.press("Enter")
    status = "Chicago (notes) citation of ¶ 12 copied"
    page.get_by_role("status").filter(has_text=status).wait_for()
    assert menu.count() == 0
    assert page.evaluate("document.activeElement.dataset.number") == "12"
    copied = page.evaluate("navigator.clipboard.readText()")
    link = f"{server}/{path}#p12"
    edition = Edition(
        "From Ally to Affinity: An Interactive Reader on Allyship and Solidarity", "2026"
    )
    record = records["critique-of-ally-politics"]
    expected = cite_all(record, edition, link, Locator("paragraph", "12", "p12"))
    assert copied == expected["chicago-notes-bibliography"]
    assert copied.splitlines()[1].startswith("M., “A Critique of Ally Politics,” ")

    page.goto("about:blank")
    page.goto(copied.split()[-1].rstrip("."), wait_until="load")
    target = page.locator("#p12")
    assert target.text_content().startswith("12All around me, young white professionals")
    box = target.bounding_box()
    viewport = page.viewport_size
    assert 0 <= box["y"] < viewport["height"] / 2
    assert page.errors == []


def test_the_menu_closes_with_escape_and_sections_offer_citations(server, page):
    page.goto(f"{server}/book/essays/critique-of-ally-politics.html", wait_until="load")
    number = page.locator('a.para-num[data-number="3"]')
    number.focus()
    page.keyboard.press(" ")
    assert page.get_by_role("menu").count() == 1
    page.keyboard.press("Escape")
    assert page.get_by_role("menu").count() == 0
    assert page.evaluate("document.activeElement.dataset.number") == "3"
    section = page.get_by_role("button", name="Cite the section “Allyship as Identity”")
    section.click()
    page.get_by_role("menuitem", name="Copy MLA").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    entry, citation = copied.splitlines()
    assert entry.startswith("M. “A Critique of Ally Politics.” 2013. From Ally to Affinity")
    assert entry.endswith("#critique-of-ally-politics-allyship-as-identity.")
    assert citation == "(M., sec. Allyship as Identity)"
    assert page.errors == []


def _preview(page):
    return page.locator("#edition-preview")


def test_a_glossary_link_previews_its_definition_on_hover_and_on_focus(server, page):
    page.goto(f"{server}/book/essays/critique-of-ally-politics.html", wait_until="load")
    link = page.locator("a:has(.concept-link)", has_text="solidarity").first
    link.hover()
    preview = _preview(page)
    preview.wait_for(state="visible")
    assert preview.locator(".edition-preview-title").inner_text() == "solidarity"
    assert len(preview.inner_text().split()) > 5
    assert link.get_attribute("aria-describedby") == "edition-preview"
    page.mouse.move(0, 0)
    preview.wait_for(state="hidden")
    link.focus()
    preview.wait_for(state="visible")
    page.keyboard.press("Escape")
    preview.wait_for(state="hidden")
    assert page.errors == []


def test_a_paragraph_link_previews_the_paragraph_on_the_glossary_page(server, page):
    page.goto(f"{server}/book/glossary.html", wait_until="load")
    link = page.locator("a.reference.internal[href*='critique-of-ally-politics.html#p']").first
    target = link.get_attribute("href").split("#")[1]
    link.focus()
    preview = _preview(page)
    preview.wait_for(state="visible")
    number = target.removeprefix("p")
    assert preview.locator(".edition-preview-title").inner_text() == (
        f"A Critique of Ally Politics, ¶ {number}"
    )
    assert page.errors == []


def test_on_a_touch_screen_the_first_tap_previews_and_the_second_follows(browser, server):
    context = browser.new_context(has_touch=True, viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(f"{server}/book/essays/not-enough.html", wait_until="load")
    link = page.locator("a:has(.concept-link)").first
    link.scroll_into_view_if_needed()
    link.tap()
    preview = _preview(page)
    preview.wait_for(state="visible")
    assert page.url.endswith("not-enough.html")
    assert preview.locator("a.edition-preview-go").is_visible()
    link.tap()
    page.wait_for_url("**/glossary.html#term-*")
    context.close()


def test_a_notebook_page_shows_its_figures_and_previews_its_links(server, page):
    page.goto(f"{server}/notebooks/critique-of-ally-politics.html", wait_until="load")
    figures = page.locator("figure.edition-chart svg[role='img']")
    assert figures.count() == 2
    for index in range(2):
        box = figures.nth(index).bounding_box()
        assert box["width"] > 300 and box["height"] > 100
    static = page.locator("table.kwic")
    static.scroll_into_view_if_needed()
    assert static.is_visible()
    assert static.locator("a[href*='#p']").count() > 5
    link = page.locator(
        "article a.reference.internal[href*='book/essays/critique-of-ally-politics']"
    ).first
    link.focus()
    preview = _preview(page)
    preview.wait_for(state="visible")
    assert "A Critique of Ally Politics" in preview.inner_text()
    page.wait_for_load_state("networkidle")
    assert page.errors == []


def test_a_chart_mark_leads_to_its_paragraph(server, page):
    page.goto(f"{server}/notebooks/not-enough.html", wait_until="load")
    mark = page.locator("figure.edition-chart svg a").first
    href = mark.get_attribute("xlink:href") or mark.get_attribute("href")
    mark.click()
    page.wait_for_url(f"**/book/essays/not-enough.html#{href.split('#')[1]}")
    assert page.locator(f"#{href.split('#')[1]}").is_visible()


@pytest.mark.parametrize("path", ["book/concepts/ally.html", "notebooks/across-the-texts.html"])
def test_the_themes_menus_and_tooltips_work_from_the_first_input(server, page, path):
    """The theme's Bootstrap runs on the first input (edition.sphinxext.bundling), not at load:
    the first click opens the download menu, and pointing at a button shows its tooltip."""
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(f"{server}/{path}", wait_until="load")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof window.bootstrap") == "undefined"
    toggle = page.get_by_role("button", name="Download this page")
    toggle.click()
    # The theme also shows the menu while the pointer is over it; Bootstrap's is the "show".
    assert toggle.get_attribute("aria-expanded") == "true"
    page.keyboard.press("Escape")
    assert toggle.get_attribute("aria-expanded") == "false"
    page.locator("button.theme-switch-button").first.hover()
    page.locator(".tooltip", has_text="Color mode").wait_for(state="visible")
    assert page.errors == []


def test_hypothesis_loads_only_when_the_reader_asks(server, page):
    outside = []
    page.route(
        "https://hypothes.is/**",
        lambda route: (
            outside.append(route.request.url),
            route.fulfill(body="", content_type="text/javascript"),
        ),
    )
    page.on("request", lambda r: r.url.startswith(server) or outside.append(r.url))
    page.goto(f"{server}/book/essays/not-enough.html", wait_until="networkidle")
    assert outside == []
    page.locator("#edition-toolbar summary", has_text="Discuss").click()
    button = page.get_by_role("button", name="Load Hypothesis to annotate")
    assert "private group" in page.locator(".editorial.discuss").inner_text()
    button.click()
    page.wait_for_load_state("networkidle")
    assert outside and all(url.startswith("https://hypothes.is/") for url in outside)
    assert page.locator("script[data-edition-hypothesis]").count() == 1


@pytest.mark.parametrize("media", ["screen", "print"])
def test_reader_responses_show_their_r_numbers_and_no_list_numerals(server, page, media):
    page.goto(f"{server}/book/essays/not-enough.html", wait_until="load")
    page.emulate_media(media=media)
    items = page.locator("div.responses ol > li")
    assert items.count() == 2
    for n in range(2):
        item = items.nth(n)
        assert item.evaluate("li => getComputedStyle(li).listStyleType") == "none"
        assert item.locator("a.para-num").first.inner_text() == f"R{n + 1}"
        assert item.locator("a.para-num").first.is_visible()


def test_printing_keeps_the_text_and_its_numbers_and_drops_the_navigation(server, page):
    page.goto(f"{server}/book/essays/critique-of-ally-politics.html", wait_until="load")
    page.emulate_media(media="print")
    assert page.locator("a.para-num").first.is_visible()
    assert page.locator("article p#p12").is_visible()
    for hidden in [
        ".bd-sidebar-primary",
        ".bd-header",
        ".prev-next-area",
        ".cite-this",
        ".discuss",
    ]:
        assert not page.locator(hidden).first.is_visible(), hidden
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
