"""What a built page makes the browser fetch and run before its first paint: one stylesheet
(the bundle of the site's, the theme's trimmed to what the book uses), and no script but
Sphinx's options, written into the page."""

from __future__ import annotations

import hashlib

import pytest
from site_text import page

PAGES = [
    "book/index.html",
    "book/essays/critique-of-ally-politics.html",
    "book/glossary.html",
    "notebooks/across-the-texts.html",
]
THEME_CSS = "_static/styles/pydata-sphinx-theme.css"


def file_name(src: str) -> str:
    return src.split("?")[0].rsplit("/", 1)[-1]


@pytest.mark.parametrize("path", PAGES)
def test_the_first_paint_waits_for_one_stylesheet_and_no_script(site, path):
    html = page(site / path)
    head = html.head
    blocking = [
        s["src"]
        for s in head.select("script[src]")
        if not (s.has_attr("defer") or s.has_attr("async"))
    ]
    assert blocking == []
    assert any("const DOCUMENTATION_OPTIONS" in s.get_text() for s in head.select("script"))
    [stylesheet] = html.select('link[rel="stylesheet"]')
    assert stylesheet["href"].startswith("../" * path.count("/") + "_static/bundles/")
    scripts = html.select("script[src]")
    assert all(s.has_attr("defer") for s in scripts)
    # Bundled, but for a script that reads its settings from its own tag.
    assert all("_static/bundles/" in s["src"] or s.has_attr("data-slug") for s in scripts)
    assert len(scripts) <= 3
    assert head.select('link[rel="preload"]') == []
    assert not any("searchindex" in s["src"] for s in scripts)


def test_the_search_page_runs_its_search_tools_after_the_scripts_they_need(site):
    scripts = {file_name(s["src"]): s for s in page(site / "search.html").select("script[src]")}
    names = list(scripts)
    assert (
        names.index("doctools.js") < names.index("searchtools.js") < names.index("searchindex.js")
    )
    assert not any(scripts[name].has_attr("defer") for name in ("doctools.js", "searchtools.js"))


def test_the_theme_stylesheet_is_trimmed_and_bundled_under_a_digest_of_the_bundle(site):
    css = (site / THEME_CSS).read_text(encoding="utf-8")
    assert len(css) < 150_000, "the theme's own file is 400 KB: is the trim still running?"
    for rule in (".bd-header", ".bd-sidebar-primary", ".tooltip-inner", ".dropdown-menu.show"):
        assert rule in css
    for path in PAGES:
        href = page(site / path).select_one('link[rel="stylesheet"]')["href"]
        bundle = (site / path).parent / href
        text = bundle.read_text(encoding="utf-8")
        assert css in text
        assert hashlib.sha256(text.encode()).hexdigest()[:20] == file_name(href).split(".")[0]
