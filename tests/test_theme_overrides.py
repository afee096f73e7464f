"""The edition's overrides of pydata-sphinx-theme's files: the derived ones are made from the
installed theme and fail the build clearly when it changes; the hand-written ones are pinned
to the theme file they stand in for."""

from __future__ import annotations

import hashlib
import re

import pydata_sphinx_theme
import pytest
import sphinx_book_theme
from conftest import ROOT
from sphinx.errors import ConfigError

from edition.sphinxext import themefiles

THEME = themefiles.theme_templates()
TEMPLATES = ROOT / "src" / "edition" / "sphinxext" / "templates"
# The theme files our hand-written templates extend or wrap, as last checked against them.
# On a theme upgrade: re-read each template against the theme's new file, then record the
# version and the hashes the failure prints.
CHECKED_VERSION = "0.17.1"
CHECKED = {
    "layout.html": "fe5c35806042db60aacb114cbe8ae2a2601721ff7376f500961b2ce0fc456d3e",
    "sections/sidebar-primary.html": (
        "451dbb9c8132f260c7d084ff08f1003c5978f6ac096db85b1ee18223609ac245"
    ),
}


def sha256(name: str) -> str:
    return hashlib.sha256((THEME / name).read_bytes()).hexdigest()


def test_every_template_override_is_derived_or_pinned():
    written = {p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.html")}
    assert written == set(CHECKED)
    assert not written & set(themefiles.OVERRIDES)


@pytest.mark.parametrize("name", sorted(CHECKED))
def test_the_hand_written_templates_were_checked_against_the_installed_theme(name):
    found = sha256(name)
    assert (pydata_sphinx_theme.__version__, found) == (CHECKED_VERSION, CHECKED[name]), (
        f"pydata-sphinx-theme changed from {CHECKED_VERSION} to "
        f"{pydata_sphinx_theme.__version__} ({name}: sha256 {found}): re-check "
        f"src/edition/sphinxext/templates/{name} against the theme's file, then update "
        "CHECKED in this test"
    )


# Our layout.html extends "!layout.html", which under the book's theme is sphinx-book-theme's
# own layout over pydata's: it sets no extrahead block now, so ours replaces pydata's alone.
BOOK_THEME = sphinx_book_theme.get_html_theme_path()
BOOK_CHECKED_VERSION = "1.3.0"
BOOK_CHECKED_LAYOUT = "2cd2fbbe2caedf3afa8f78f405e43d27422370c34eeca9ead4d73660e3223bc9"


def test_the_book_themes_layout_between_ours_and_pydatas_was_checked():
    layout = BOOK_THEME / "layout.html"
    found = hashlib.sha256(layout.read_bytes()).hexdigest()
    assert (sphinx_book_theme.__version__, found) == (BOOK_CHECKED_VERSION, BOOK_CHECKED_LAYOUT), (
        f"sphinx-book-theme changed from {BOOK_CHECKED_VERSION} to "
        f"{sphinx_book_theme.__version__} (layout.html: sha256 {found}): check that it sets no "
        "extrahead block that src/edition/sphinxext/templates/layout.html would drop, then "
        "update BOOK_CHECKED_* in this test"
    )
    assert "block extrahead" not in layout.read_text(encoding="utf-8")


def test_our_head_keeps_every_meta_tag_of_the_theme_head():
    # templates/layout.html repeats the theme's extrahead block without its search scripts.
    def metas(text: str) -> list[str]:
        block = re.search(r"block extrahead %}(.*?)endblock extrahead", text, re.S)[1]
        return re.findall(r"<meta [^>]*>", block)

    ours = metas((TEMPLATES / "layout.html").read_text())
    assert metas((THEME / "layout.html").read_text()) == ours


def test_the_derived_overrides_are_made_from_the_installed_theme(tmp_path):
    themefiles.derive(tmp_path)
    original = (THEME / "static" / "webpack-macros.html").read_text()
    macros = (tmp_path / "static" / "webpack-macros.html").read_text()
    assert "fontawesome.js" in original and "fontawesome.js" not in macros
    assert 'rel="preload"' not in macros and "<!--" not in macros.split("-->", 1)[1]
    assert "_static/basic.css" in macros and "styles/theme.css" not in macros
    # The digests are the theme's own, whatever release is installed.
    assert set(re.findall(r"digest=(\w+)", macros)) == set(re.findall(r"digest=(\w+)", original))
    assert "bootstrap.js" in macros and "pydata-sphinx-theme.js" in macros
    button = (tmp_path / "search-button-field.html").read_text()
    assert "aria-label" not in button and "search-button__button" in button
    navigation = (tmp_path / "sbt-sidebar-nav.html").read_text()
    assert "generate_toctree_html" not in navigation
    assert "edition_navigation_column(" in navigation and 'kind="sidebar"' in navigation


def copied_themes(folder):
    """A copy of the files the overrides edit, laid out as the installed themes'."""
    for name, (theme, _) in themefiles.OVERRIDES.items():
        (folder / theme / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / theme / name).write_text((themefiles.theme_templates(theme) / name).read_text())
    return lambda theme: folder / theme


@pytest.mark.parametrize(
    ("theme", "name", "line", "message"),
    [
        (
            "pydata_sphinx_theme",
            "static/webpack-macros.html",
            "fontawesome.js",
            r"webpack-macros\.html: pydata-sphinx-theme .*asset_macros",
        ),
        (
            "sphinx_book_theme",
            "components/sbt-sidebar-nav.html",
            "generate_toctree_html",
            r"sbt-sidebar-nav\.html: sphinx-book-theme .*navigation_template",
        ),
    ],
)
def test_a_theme_file_without_the_line_an_override_edits_stops_the_build(
    tmp_path, theme, name, line, message
):
    templates = copied_themes(tmp_path / "themes")
    changed = templates(theme) / name
    changed.write_text(changed.read_text().replace(line, "something_else"))
    with pytest.raises(ConfigError, match=message):
        themefiles.derive(tmp_path / "out", templates)


@pytest.mark.parametrize("edit", [edit for _, edit in themefiles.OVERRIDES.values()])
def test_each_edit_needs_its_line(edit):
    with pytest.raises(themefiles.ThemeFileChanged):
        edit("{% macro head_pre_assets() %}\n{% endmacro %}\n<button>Search</button>\n")
