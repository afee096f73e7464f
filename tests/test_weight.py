"""Budgets of a first visit, served gzip-compressed as static hosts serve the book: at most
200 KB transferred in all and 10 requests, no request to another host, no console error."""

from __future__ import annotations

import pytest
from conftest import ROOT

from edition.site.webcheck import first_visit, serve

pytestmark = pytest.mark.browser
BUDGET = 200 * 1024
REQUESTS = 10
PAGES = [
    *sorted(f"book/essays/{p.stem}.html" for p in (ROOT / "book" / "essays").glob("*.md")),
    "book/glossary.html",
    "book/index.html",
    # The study tools' pages load the tools and every paragraph's text at once.
    "book/passages.html",
    "book/my-notes.html",
    "book/concepts/ally.html",
    *sorted(f"notebooks/{p.stem}.html" for p in (ROOT / "notebooks").glob("*.ipynb")),
]


@pytest.fixture(scope="module")
def compressed(site):
    with serve(site) as base:
        yield base


@pytest.mark.parametrize("path", PAGES)
def test_a_first_visit_stays_within_budget_on_this_host(browser, compressed, path):
    visit = first_visit(browser, f"{compressed}/{path}")
    assert visit.console_errors == []
    assert visit.hosts() == {compressed.removeprefix("http://")}
    heaviest = sorted(visit.requests, key=lambda r: -r[1])[:3]
    assert visit.transferred <= BUDGET, f"{visit.transferred:,} bytes; heaviest {heaviest}"
    assert len(visit.requests) <= REQUESTS, [url for url, _ in visit.requests]
    assert not any("fontawesome" in url or url.endswith(".woff2") for url, _ in visit.requests)
