"""The Sphinx extension on a small project, with Sphinx's own testing fixtures."""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES


@pytest.fixture
def project(tmp_path):
    shutil.copytree(FIXTURES / "project", tmp_path / "project")
    return tmp_path / "project"


def built(make_app, srcdir):
    app = make_app("html", srcdir=srcdir, freshenv=True)
    app.build()
    return app


def html(app, name: str) -> BeautifulSoup:
    return BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")


def test_the_metadata_block_renders_the_record_with_no_warnings(make_app, project):
    app = built(make_app, project)
    assert app._warning.getvalue() == ""
    block = html(app, "book/essays/part").select_one("div.editorial.source-record")
    text = " ".join(block.get_text(" ").split())
    assert "Author: Someone (The byline reads “By Someone”.)" in text
    assert "Title: supplied by the editor (the capture has none)" in text
    assert "Venue in the capture: unknown (None named.)" in text
    assert "Rights: No licence stated." in text
    assert block.select_one('a[href$="whole.html"]').get_text() == "The Whole"
    assert block.select_one('a[href$="notes.html#textual-notes-part"]') is not None
    whole = html(app, "book/essays/whole").select_one("div.source-record")
    assert whole.select_one('a[href$="part.html"]').get_text() == "[A Part]"


def test_the_textual_notes_list_removed_and_moved_lines(make_app, project):
    app = built(make_app, project)
    assert app._warning.getvalue() == ""
    text = " ".join(html(app, "notes").select_one("article, body").get_text(" ").split())
    assert "line 5: “Tagged , , ,”" in text
    assert "line 5: “Continue Reading” line 6: “Another article”" in text
    assert "line 1: “By Someone” (A byline, shown in the metadata block.)" in text
    assert "“[A Part]” is the editor's" in text


def test_a_changed_capture_rebuilds_its_notes(make_app, project):
    built(make_app, project)
    capture = project / "sources" / "captures" / "000_whole.txt"
    capture.write_text(capture.read_text() + "\nShare this:\n", encoding="utf-8")
    app = make_app("html", srcdir=project)
    app.build()
    assert "line 7: “Share this:”" in html(app, "notes").get_text()


def test_an_unknown_text_id_is_a_warning_naming_the_record_file(make_app, project):
    page = project / "book" / "essays" / "whole.md"
    page.write_text(page.read_text().replace("000_whole", "999_nope"), encoding="utf-8")
    app = built(make_app, project)
    warnings = app._warning.getvalue()
    assert "whole.md" in warnings
    assert "provenance.toml: no record for '999_nope'" in warnings


def test_a_broken_record_file_is_a_warning_naming_its_line(make_app, project):
    record = project / "sources" / "provenance.toml"
    record.write_text(
        record.read_text().replace('venue = "A Venue"', 'venue = "A Venue"\nvenu = "typo"')
    )
    app = built(make_app, project)
    assert "provenance.toml:8: unknown key 'venu'" in app._warning.getvalue()


def test_a_script_registered_twice_is_written_once():
    from sphinx.builders.html._assets import _JavaScript

    from edition.sphinxext import _scripts_once

    config = "const THEBE_JS_URL = 'x'"
    context = {
        "script_files": [
            _JavaScript(None, body=config),
            _JavaScript("a.js"),
            _JavaScript("", body=config),
            _JavaScript("a.js", priority=200),
        ]
    }
    _scripts_once(None, "page", "page.html", context, None)
    assert [(s.filename, s.priority) for s in context["script_files"]] == [
        (None, 500),
        ("a.js", 500),
        ("a.js", 200),
    ]
