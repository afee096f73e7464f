"""Overrides of the installed theme's own template files, derived from them at each build.

A copied template goes stale silently when the theme changes; these are made from the
theme's file as installed, each by one small edit, and the build stops with a clear error
when the line an edit needs is no longer there. They are written under the build's doctree
folder and put first on the template path.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import ConfigError

try:
    import pydata_sphinx_theme
    import sphinx_book_theme
except ImportError:  # the extension also serves themes without them (its tests use Sphinx's)
    pydata_sphinx_theme = sphinx_book_theme = None


class ThemeFileChanged(ValueError):
    """An installed theme file no longer holds the line an override edits."""


def _one(pattern: str, text: str, what: str) -> re.Match:
    found = list(re.finditer(pattern, text, flags=re.M))
    if len(found) != 1:
        raise ThemeFileChanged(f"expected one {what}, found {len(found)}")
    return found[0]


def asset_macros(text: str) -> str:
    """The theme's asset macros (``static/webpack-macros.html``) without Font Awesome's
    script: the book draws the icons it uses with _static/edition-icons.css
    (scripts/make_icons.py). Two more changes, for the first paint on a slow connection:
    basic.css is linked directly, since the theme's styles/theme.css only @imports it (one
    more round trip before anything shows); and the theme's scripts are not preloaded, since
    a preload fetches them at high priority beside the stylesheets the first paint waits for,
    although they run only after parsing. The theme's digests are kept as it writes them.

    Upstream: pydata-sphinx-theme #2379 and PR #2494 (a lean Font Awesome build, only the
    icons used) and #2115 (Font Awesome holding up the first paint)."""
    icons = _one(r"^.*scripts/fontawesome\.js.*\n", text, "line loading fontawesome.js")
    text = text.replace(icons[0], "")
    theme_css = _one(r"^.*_static/styles/theme\.css.*$", text, "link to styles/theme.css")
    text = text.replace(
        theme_css[0], """  <link href="{{ pathto('_static/basic.css', 1) }}" rel="stylesheet" />"""
    )
    preloads = re.findall(r'^.*<link rel="preload" as="script".*\n', text, flags=re.M)
    if not preloads:
        raise ThemeFileChanged("expected the scripts' preload links, found none")
    for line in preloads:
        text = text.replace(line, "")
    # The theme's HTML comments inside the macros would be printed into every page.
    return re.sub(r"^\s*<!--[^\n]*-->\n", "", text, flags=re.M)


def search_button(text: str) -> str:
    """The theme's search button without its ``aria-label``: "Search" would hide the
    keyboard shortcut the button shows, and a name must hold the visible text (WCAG 2.5.3,
    axe's label-content-name-mismatch). Its name comes from its content instead.
    Upstream: pydata-sphinx-theme's search-button-field.html should drop the label (its
    #1499 discusses the shortcut text, not the name); no issue found for it yet."""
    label = _one(r""" aria-label="\{\{ _\('Search'\) \}\}\"""", text, "aria-label on the button")
    return text.replace(label[0], "")


def navigation_template(text: str) -> str:
    """sphinx-book-theme's navigation column calling the edition's
    ``edition_navigation_column`` (edition.sphinxext.sidebar), which makes the column once per
    folder of pages, in place of the theme's ``generate_toctree_html``, which makes it anew
    for every page. Upstream: pydata-sphinx-theme's toctree.py caches it per page only."""
    call = _one(r"\bgenerate_toctree_html\(", text, "call of generate_toctree_html")
    return text.replace(call[0], "edition_navigation_column(")


# Each override: the theme that has the file, its path under the theme's template folder,
# and the edit that makes it.
OVERRIDES: dict[str, tuple[str, Callable[[str], str]]] = {
    "static/webpack-macros.html": ("pydata_sphinx_theme", asset_macros),
    "components/search-button-field.html": ("pydata_sphinx_theme", search_button),
    "components/sbt-sidebar-nav.html": ("sphinx_book_theme", navigation_template),
}
_THEMES = {"pydata_sphinx_theme": pydata_sphinx_theme, "sphinx_book_theme": sphinx_book_theme}


def theme_templates(theme: str = "pydata_sphinx_theme") -> Path | None:
    module = _THEMES[theme]
    if module is None:
        return None
    return Path(module.__file__).parent / "theme" / theme


def derive(out: Path, templates: Callable[[str], Path | None] = theme_templates) -> None:
    """Write every override under ``out``, made from the file of the theme's templates
    folder (``templates(theme)``) it edits."""
    for name, (theme, edit) in OVERRIDES.items():
        source = templates(theme) / name
        try:
            derived = edit(source.read_text(encoding="utf-8"))
        except (OSError, ThemeFileChanged) as error:
            version = getattr(_THEMES[theme], "__version__", "?")
            raise ConfigError(
                f"{source}: {theme.replace('_', '-')} {version} changed this file ({error}); "
                f"re-check edition.sphinxext.themefiles.{edit.__name__}"
            ) from None
        # The theme puts its components folder itself on the template path and includes
        # them by bare name ("search-button-field.html"); so does the override.
        target = out / name.removeprefix("components/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.is_file() or target.read_text(encoding="utf-8") != derived:
            target.write_text(derived, encoding="utf-8")


def add_overrides(app: Sphinx, config) -> None:
    if theme_templates() is None:
        return
    out = Path(app.doctreedir) / "edition-templates"
    derive(out)
    # A new list: the setting's default list is shared by every application in the process.
    config.templates_path = [str(out), *config.templates_path]
