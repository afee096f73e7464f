"""The navigation column made once per folder: the theme's own column on every page, at the
cost of one table of contents per folder instead of one per page."""

from __future__ import annotations

import re
import textwrap

import pytest
from sphinx.builders.html import StandaloneHTMLBuilder

from edition.sphinxext.sidebar import Column

NESTED = (
    '<ul class="nav bd-sidenav">\n'
    '<li class="toctree-l1 has-children"><a class="reference internal" href="a.html">A</a>'
    '<details><summary aria-label="x"><span class="toctree-toggle" role="presentation">'
    '<i class="fa-solid fa-chevron-down"></i></span></summary><ul>\n'
    '<li class="toctree-l2"><a class="reference internal" href="b.html">B</a></li>\n'
    "</ul></details></li>\n"
    '<li class="toctree-l1"><a class="reference internal" href="c.html">C</a></li>\n'
    "</ul>"
)


def test_a_nested_entry_marks_its_branch_as_the_theme_does():
    marked = Column(NESTED).for_page("b.html")
    assert '<ul class="current nav bd-sidenav">' in marked
    assert '<li class="toctree-l1 current active has-children">' in marked
    assert '<details open="open"><summary' in marked and '<ul class="current">' in marked
    assert (
        '<li class="toctree-l2 current active"><a class="current reference internal" href="#">B'
        in marked
    )
    assert '<a class="reference internal" href="c.html">C' in marked


def test_an_entry_with_children_opens_them():
    marked = Column(NESTED).for_page("a.html")
    assert '<a class="current reference internal" href="#">A</a><details open="open">' in marked
    assert '<ul>\n<li class="toctree-l2">' in marked


def test_a_page_that_is_no_entry_marks_nothing():
    assert Column(NESTED).for_page("elsewhere.html") == NESTED


PAGES = {
    "index": """\
        Home
        ====

        .. toctree::
           :caption: Part one

           one
           essays/two

        .. toctree::
           :caption: Part two

           other/five
        """,
    "one": "One\n===\n\nText.\n",
    "essays/two": """\
        Two
        ===

        .. toctree::

           three
           four
        """,
    "essays/three": "Three\n=====\n\nSection\n-------\n\nText.\n",
    "essays/four": "Four\n====\n\nText.\n",
    "other/five": "Five\n====\n\nText.\n",
    "other/orphan": ":orphan:\n\nOrphan\n======\n\nText.\n",
}


def theme_project(folder, *, cached: bool):
    for name, text in PAGES.items():
        (folder / f"{name}.rst").parent.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.rst").write_text(textwrap.dedent(text))
    # conf.py's own setup(): an extension module would be imported once for both builds.
    setup = (
        "    sidebar.register(app)\n    app.connect('config-inited', themefiles.add_overrides)\n"
        if cached
        else ""
    )
    (folder / "conf.py").write_text(
        'html_theme = "sphinx_book_theme"\n'
        'html_theme_options = {"show_navbar_depth": 1, "max_navbar_depth": 4}\n'
        "from edition.sphinxext import a11y, sidebar, themefiles\n\n"
        f"def setup(app):\n    a11y.register(app)\n{setup}"
    )
    return folder


def columns(outdir):
    """Each page's navigation column (the other theme files the edition derives differ)."""
    found = {
        page.relative_to(outdir).as_posix(): re.search(
            r'<nav class="bd-links bd-docs-nav".*?</nav>', page.read_text(), re.S
        )
        for page in outdir.rglob("*.html")
    }
    return {name: column[0] for name, column in found.items() if column}


@pytest.fixture
def two_builds(make_app, tmp_path):
    built = {}
    for cached in (False, True):
        app = make_app("html", srcdir=theme_project(tmp_path / str(cached), cached=cached))
        app.build()
        built[cached] = app
    return built


def test_every_page_shows_the_themes_own_column(two_builds):
    theirs, ours = (columns(two_builds[c].outdir) for c in (False, True))
    assert set(theirs) == set(ours) and len(ours) == len(PAGES) + 2  # with search, genindex
    assert '<li class="toctree-l2 current active">' in ours["essays/three.html"]
    for name in theirs:
        assert ours[name] == theirs[name], name


def test_the_table_of_contents_is_resolved_once_per_folder(make_app, tmp_path, monkeypatch):
    resolved = []
    resolve = StandaloneHTMLBuilder._get_local_toctree

    def counting(self, docname, *args, **kwargs):
        resolved.append(docname)
        return resolve(self, docname, *args, **kwargs)

    monkeypatch.setattr(StandaloneHTMLBuilder, "_get_local_toctree", counting)
    make_app("html", srcdir=theme_project(tmp_path, cached=True)).build()
    folders = {name.rpartition("/")[0] for name in PAGES} | {""}
    assert len(resolved) == len(folders), resolved
