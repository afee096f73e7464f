"""Page titles the theme prints: made inert text, whatever characters a title holds."""

from __future__ import annotations

from html import escape

from sphinx.application import Sphinx


def escape_theme_titles(app: Sphinx, pagename: str, templatename: str, context, doctree) -> None:
    """Escape the titles sphinx-book-theme prints without escaping.

    sphinx-book-theme 1.3 sets ``pagetitle`` to the title's plain text
    (``sphinx_book_theme/__init__.py``, ``add_metadata_to_page``) and prints it as
    ``<h1>{{ pagetitle }}</h1>`` in its print header (``theme/sphinx_book_theme/layout.html``),
    and ``root_title`` likewise in ``components/sbt-sidebar-nav.html``; templates are not
    autoescaped, so a text's title such as ``<script>…`` would run. Upstream should escape
    both; until it does, this handler (after the theme's) puts escaped text in their place.
    Nothing else reads them."""
    for key in ("pagetitle", "root_title"):
        if key in context:
            context[key] = escape(context[key], quote=True)
