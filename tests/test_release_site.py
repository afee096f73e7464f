"""The built book and its downloads agree on the edition's version, date and rights, all read
from CITATION.cff, and on the changelog's newest entry."""

from __future__ import annotations

import re
import zipfile

import pytest
from conftest import ROOT
from pypdf import PdfReader
from site_text import article, page

from edition.apparatus.release import load_changelog, load_release
from edition.site.downloads import BOOK_EPUB, BOOK_PDF, text_pdf

pytestmark = pytest.mark.site

RELEASE = load_release(ROOT / "CITATION.cff")


def test_every_page_footer_gives_the_version_and_the_licences(site):
    pages = [*sorted((site / "book").rglob("*.html")), *sorted((site / "notebooks").glob("*.html"))]
    assert pages
    for path in pages:
        colophon = page(path).select_one(".edition-colophon")
        assert colophon is not None, path
        text = colophon.get_text()
        assert f"version {RELEASE.version} ({RELEASE.date})" in text
        assert "MIT" in text and "CC BY 4.0" in text and "not covered" in text


def test_the_epub_states_the_version_and_the_rights(site):
    with zipfile.ZipFile(site / BOOK_EPUB) as epub:
        opf = next(n for n in epub.namelist() if n.endswith(".opf"))
        rights = re.search(r"<dc:rights>(.*?)</dc:rights>", epub.read(opf).decode("utf-8"), re.S)
    assert rights is not None
    assert f"Version {RELEASE.version} ({RELEASE.date})" in rights[1]
    assert "CC BY 4.0" in rights[1] and "not covered" in rights[1]


@pytest.mark.parametrize("target", [BOOK_PDF, text_pdf("critique-of-ally-politics")])
def test_the_pdfs_state_the_version_and_the_rights(site, target):
    reader = PdfReader(site / target)
    subject = reader.metadata["/Subject"]
    assert f"version {RELEASE.version} ({RELEASE.date})" in subject
    assert "CC BY 4.0" in subject
    assert reader.metadata["/Author"] == RELEASE.editors
    assert f"version {RELEASE.version}" in reader.pages[0].extract_text()


def test_the_changelog_page_opens_on_this_version(site):
    newest = load_changelog(ROOT / "apparatus" / "changelog.toml")[0]
    assert (newest.version, newest.date) == (RELEASE.version, RELEASE.date)
    body = article(page(site / "book/about/changelog.html"))
    first = body.select_one("h2").get_text()
    assert f"Version {RELEASE.version} ({RELEASE.date})" in first


def test_the_editions_own_citation_gives_its_version(site):
    body = article(page(site / "book/about/how-to-cite.html"))
    edition = body.select_one("#how-to-cite-edition").find_parent("section")
    assert f"Version {RELEASE.version}" in edition.get_text() or (
        f"version {RELEASE.version}" in edition.get_text()
    )
