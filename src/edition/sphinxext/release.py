"""The edition as a versioned, published work: its version from CITATION.cff, its address
from the environment, its footer, its EPUB rights, its changelog page and its sitemap.

The address the book is published at is not in the sources: the publishing workflow knows it
(``actions/configure-pages``) and passes it in ``EDITION_BASEURL``, which overrides
``html.baseurl``; every canonical URL (citations, meta tags, bibliography files, sitemap, PDF
links) then comes from it.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from edition.apparatus.release import (
    LICENCE_STATEMENT,
    load_changelog,
    load_release,
    published_baseurl,
    render_changelog,
)
from edition.errors import EditionError
from edition.sphinxext.context import page_url, web_build

logger = logging.getLogger(__name__)

SITEMAP = "sitemap.xml"


def apply_release(app: Sphinx, config: Config) -> None:
    """Version, year, published address, footer and EPUB rights, each from its one source."""
    config.html_baseurl = published_baseurl(config.html_baseurl)
    path = Path(app.srcdir) / config.edition_citation_file
    try:
        release = load_release(path)
    except EditionError as error:
        logger.warning(str(error), type="edition", subtype="release")
        return
    config.version = config.release = release.version
    config.edition_year = release.date[:4]
    config.edition_editors = release.editors
    statement = f"Version {release.version} ({release.date}). {LICENCE_STATEMENT}"
    config.epub_copyright = f"{release.editors}, {release.date[:4]}. {statement}"
    if config.html_theme != "sphinx_book_theme":
        return  # other themes (the extension's tests use Sphinx's default) have no such slot
    # The theme prints this string as HTML: escape what comes from the citation file.
    config.html_theme_options["extra_footer"] = (
        f'<p class="edition-colophon">{escape(release.title)}, version '
        f"{escape(release.version)} ({escape(release.date)}). {escape(LICENCE_STATEMENT)}</p>"
    )


class Changelog(SphinxDirective):
    """The changelog and errata (apparatus/changelog.toml), newest version first."""

    def run(self):
        path = Path(self.env.srcdir) / self.config.edition_changelog
        self.env.note_dependency(str(path))
        try:
            entries = load_changelog(path)
        except EditionError as error:
            raise self.error(str(error)) from None
        return self.parse_text_to_nodes(render_changelog(entries))


def write_sitemap(app: Sphinx, exception: Exception | None) -> None:
    """A sitemap of every page, for search engines, when the book knows its address."""
    baseurl = app.config.html_baseurl
    if exception is not None or not baseurl or not web_build(app):
        return
    urls = [page_url(baseurl, docname) for docname in sorted(app.env.found_docs)]
    body = "".join(f"  <url><loc>{xml_escape(url)}</loc></url>\n" for url in urls)
    (Path(app.outdir) / SITEMAP).write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{body}</urlset>\n",
        encoding="utf-8",
    )
