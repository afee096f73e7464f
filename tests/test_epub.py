import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from edition.site.downloads import BOOK_EPUB
from edition.site.epub import declare_properties, normalise_refuri, strip_scripts, xhtml_links

EPUBCHECK = Path("/usr/share/java/epubcheck.jar")


def test_scripts_are_removed_and_the_rest_kept():
    html = '<p>a</p><script type="text/x-config">{"x": 1}</script>\n<SCRIPT>b()</SCRIPT><p>c</p>'
    assert strip_scripts(html) == "<p>a</p>\n<p>c</p>"


def test_relative_page_links_point_to_xhtml_pages():
    html = (
        '<a href="../book/essays/not-enough.html#p3">3</a> <a href="ally.html">ally</a> '
        '<a xlink:href="../glossary.html">g</a> <a href="https://example.org/a.html">x</a> '
        '<a href="#p1">1</a> <a href="notes.html.txt">n</a>'
    )
    assert xhtml_links(html) == (
        '<a href="../book/essays/not-enough.xhtml#p3">3</a> <a href="ally.xhtml">ally</a> '
        '<a xlink:href="../glossary.xhtml">g</a> <a href="https://example.org/a.html">x</a> '
        '<a href="#p1">1</a> <a href="notes.html.txt">n</a>'
    )


def test_table_of_contents_entries_lose_their_detours():
    assert normalise_refuri("book/../notebooks/a.xhtml") == "notebooks/a.xhtml"
    assert normalise_refuri("book/../notebooks/a.xhtml#s") == "notebooks/a.xhtml#s"
    assert normalise_refuri("book/index.xhtml") == "book/index.xhtml"


def test_pages_with_inline_svg_or_scripts_are_declared():
    opf = (
        '<item id="e1" href="a.xhtml" media-type="application/xhtml+xml" />\n'
        '<item id="e2" href="b.xhtml" media-type="application/xhtml+xml" />\n'
        '<item id="e3" href="c.css" media-type="text/css" />'
    )
    pages = {"a.xhtml": "<p><svg></svg></p>", "b.xhtml": "<p>plain</p>"}
    assert declare_properties(opf, pages.__getitem__).splitlines() == [
        '<item id="e1" href="a.xhtml" media-type="application/xhtml+xml" properties="svg" />',
        '<item id="e2" href="b.xhtml" media-type="application/xhtml+xml" />',
        '<item id="e3" href="c.css" media-type="text/css" />',
    ]


def test_the_epub_of_the_book_passes_epubcheck(site):
    java = shutil.which("java")
    if not (java and EPUBCHECK.is_file()):
        message = "EPUBCheck is not installed (apt-get install epubcheck)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    result = subprocess.run(
        [java, "-jar", str(EPUBCHECK), str(site / BOOK_EPUB)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "0 fatals / 0 errors / 0 warnings" in report


def test_the_epub_keeps_numbers_and_links_and_drops_scripts(site):
    with zipfile.ZipFile(site / BOOK_EPUB) as epub:
        chapter = epub.read("book/essays/not-enough.xhtml").decode("utf-8")
        notebook = epub.read("notebooks/not-enough.xhtml").decode("utf-8")
    assert 'class="para-num" href="#p4"' in chapter
    assert 'href="../glossary.xhtml#term-ally"' in chapter
    assert "../book/essays/not-enough.xhtml#p" in notebook
    assert "<script" not in chapter + notebook
    assert "discuss-open" not in chapter and "downloads" not in chapter
