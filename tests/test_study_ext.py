"""The study tools' part of the extension (edition.sphinxext.study), on the small project."""

from __future__ import annotations

import json
import shutil
import zlib

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES

from edition.apparatus.passages import GLOBAL


@pytest.fixture
def project(tmp_path):
    shutil.copytree(FIXTURES / "project", tmp_path / "project")
    root = tmp_path / "project"
    (root / "passages.md").write_text("# Passage set\n\n```{study-page} passages\n```\n", "utf-8")
    index = root / "index.md"
    index.write_text(
        index.read_text("utf-8").replace("glossary\n", "glossary\npassages\n"), "utf-8"
    )
    return root


def build(make_app, srcdir):
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    return app


def soup(app, name):
    return BeautifulSoup((app.outdir / f"{name}.html").read_text("utf-8"), "html.parser")


def test_chapters_get_the_loader_and_the_tools_page_gets_the_tools_and_data(make_app, project):
    app = build(make_app, project)
    assert app._warning.getvalue() == ""
    loader = soup(app, "book/essays/whole").select_one('script[src*="edition-study-loader.js"]')
    assert loader["data-slug"] == "whole"
    assert loader["data-passages"] == "passages.html"
    assert loader["data-tools"].startswith("_static/edition-study.js?v=")
    assert loader.has_attr("defer")
    chapter_scripts = " ".join(
        s["src"] for s in soup(app, "book/essays/whole").select("script[src]")
    )
    assert "edition-passages.js" not in chapter_scripts
    tools = soup(app, "passages")
    assert tools.select_one('#edition-study[data-study="passages"]') is not None
    sources = [s["src"].split("?")[0] for s in tools.select("script[src]")]
    assert sources[-3:-1] == ["_static/edition-passages.js", "_static/edition-study.js"]
    # The pages' script runs after the tools, in the bundle that follows them (edition.site.bundle).
    pages_code = (app.outdir / "_static" / "edition-study-pages.js").read_text("utf-8")
    assert json.dumps(pages_code) in (app.outdir / sources[-1]).read_text("utf-8")
    assert soup(app, "glossary").select_one('script[src*="edition-study"]') is None

    script = (app.outdir / "_static" / "edition-passages.js").read_text("utf-8")
    data = json.loads(script.removeprefix(f"window.{GLOBAL} = ").removesuffix(";\n"))
    assert [c["slug"] for c in data["chapters"]] == ["whole", "part"]
    whole = data["chapters"][0]
    assert whole["path"] == "book/essays/whole.html"
    page = soup(app, "book/essays/whole")
    for number, anchor, text in whole["paragraphs"]:
        paragraph = page.select_one(f"p#{anchor}")
        assert paragraph.select_one("a.para-num")["data-number"] == number
        for mark in paragraph.select("a.para-num, a.footnote-reference"):
            mark.decompose()
        assert text == " ".join(paragraph.get_text().split())


def test_an_unknown_kind_of_tools_page_is_an_error(make_app, project):
    (project / "passages.md").write_text("# Set\n\n```{study-page} bookmarks\n```\n", "utf-8")
    app = build(make_app, project)
    assert "study-page takes one of passages, notes, not 'bookmarks'" in app._warning.getvalue()


def test_the_tools_page_links_the_data_with_the_digest_of_the_data_written(make_app, project):
    """In a clean build and in one over an earlier build's output alike (as `make book` runs),
    the link carries the digest of the file this build wrote, as Sphinx's own files do."""

    def linked_and_written(app) -> tuple[str, str]:
        link = soup(app, "passages").select_one("script#edition-passages-data")["src"]
        written = (app.outdir / "_static" / "edition-passages.js").read_bytes()
        return link.partition("?v=")[2], f"{zlib.crc32(written):08x}"

    first = build(make_app, project)
    digest, expected = linked_and_written(first)
    assert digest == expected
    # Another title changes the data; the next build writes over the first one's output.
    again = make_app("html", srcdir=project, confoverrides={"html_title": "Another Title"})
    again.build()
    assert again.outdir == first.outdir
    digest_again, expected_again = linked_and_written(again)
    assert digest_again == expected_again != expected
