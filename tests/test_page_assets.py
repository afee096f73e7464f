"""What a built page makes the browser fetch and run before its first paint: its stylesheets
(the theme's trimmed to what the book uses) and Sphinx's options script, nothing else."""

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
def test_the_head_runs_only_the_options_script_before_the_page_is_parsed(site, path):
    head = page(site / path).head
    blocking = [
        s["src"]
        for s in head.select("script[src]")
        if not (s.has_attr("defer") or s.has_attr("async"))
    ]
    assert [file_name(src) for src in blocking] == ["documentation_options.js"]
    assert head.select('link[rel="preload"]') == []
    assert not any("searchindex" in s["src"] for s in page(site / path).select("script[src]"))


def test_the_search_page_runs_its_search_tools_after_the_scripts_they_need(site):
    scripts = {file_name(s["src"]): s for s in page(site / "search.html").select("script[src]")}
    names = list(scripts)
    assert (
        names.index("doctools.js") < names.index("searchtools.js") < names.index("searchindex.js")
    )
    assert not any(scripts[name].has_attr("defer") for name in ("doctools.js", "searchtools.js"))


def test_the_theme_stylesheet_is_trimmed_and_linked_by_its_digest(site):
    css = (site / THEME_CSS).read_text(encoding="utf-8")
    assert len(css) < 150_000, "the theme's own file is 400 KB: is the trim still running?"
    for rule in (".bd-header", ".bd-sidebar-primary", ".tooltip-inner", ".dropdown-menu.show"):
        assert rule in css
    digest = hashlib.sha256(css.encode()).hexdigest()[:20]
    for path in PAGES:
        link = page(site / path).select_one('link[href*="pydata-sphinx-theme.css"]')["href"]
        assert link.endswith(f"?digest={digest}")
