"""The edition's overrides of pydata-sphinx-theme's files: the derived ones are made from the
installed theme and fail the build clearly when it changes; the hand-written ones are pinned
to the theme file they stand in for."""

from __future__ import annotations

import hashlib
import re

import pydata_sphinx_theme
import pytest
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


def test_our_head_keeps_every_meta_tag_of_the_theme_head():
    # templates/layout.html repeats the theme's extrahead block without its search scripts.
    def metas(text: str) -> list[str]:
        block = re.search(r"block extrahead %}(.*?)endblock extrahead", text, re.S)[1]
        return re.findall(r"<meta [^>]*>", block)

    ours = metas((TEMPLATES / "layout.html").read_text())
    assert metas((THEME / "layout.html").read_text()) == ours


def test_the_derived_overrides_are_made_from_the_installed_theme(tmp_path):
    themefiles.derive(THEME, tmp_path)
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


def test_a_theme_file_without_the_line_an_override_edits_stops_the_build(tmp_path):
    theme = tmp_path / "theme"
    for name in themefiles.OVERRIDES:
        (theme / name).parent.mkdir(parents=True, exist_ok=True)
        (theme / name).write_text((THEME / name).read_text())
    macros = theme / "static" / "webpack-macros.html"
    macros.write_text(macros.read_text().replace("fontawesome.js", "icons.js"))
    with pytest.raises(
        ConfigError, match=r"webpack-macros\.html: pydata-sphinx-theme .*asset_macros"
    ):
        themefiles.derive(theme, tmp_path / "out")


@pytest.mark.parametrize("edit", themefiles.OVERRIDES.values())
def test_each_edit_needs_its_line(edit):
    with pytest.raises(themefiles.ThemeFileChanged):
        edit("{% macro head_pre_assets() %}\n{% endmacro %}\n<button>Search</button>\n")
