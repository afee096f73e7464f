"""axe-core (npm, injected into Debian's Chromium) finds no violation on any page of the
built book, in light and in dark mode."""

from __future__ import annotations

import pytest
from conftest import ROOT, SITE

from edition.site.webcheck import serve

pytestmark = pytest.mark.browser
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# Every page a reader opens; the site's root index.html only redirects to book/index.html.
PAGES = sorted(
    str(path.relative_to(SITE))
    for path in SITE.rglob("*.html")
    if "_static" not in path.parts and path.relative_to(SITE).as_posix() != "index.html"
)


# Waits for the CSS transitions under way to end (not for animations, which may repeat).
SETTLED = """() => Promise.all(document.getAnimations()
    .filter(animation => animation instanceof CSSTransition)
    .map(animation => animation.finished.catch(() => null)))"""


@pytest.fixture(scope="module")
def axe():
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: `make test` installs axe-core with npm ci")
    return AXE


@pytest.fixture(scope="module")
def served(site):
    with serve(site) as base:
        yield base


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_no_page_has_an_accessibility_violation(browser, served, axe, mode):
    context = browser.new_context(color_scheme=mode)
    context.add_init_script(f"localStorage.setItem('mode', '{mode}');")
    page = context.new_page()
    found = {}
    assert len(PAGES) > 30
    for path in PAGES:
        page.goto(f"{served}/{path}", wait_until="load")
        assert page.evaluate("document.documentElement.dataset.theme") == mode
        # The theme's buttons fade their colours in as the mode is set; axe measures the page
        # at rest (read mid-fade, the search button's text once failed the contrast check).
        page.evaluate(SETTLED)
        page.add_script_tag(path=str(axe))
        result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            found.setdefault(path, []).append(f"{violation['id']}: {targets}")
    context.close()
    assert found == {}
