"""A capture that reaches a file of the host, built through the book and opened in Chromium.

A symbolic link in the captures folder, or a record whose ``file`` climbs out of it, would
put a host file's text into the chapter, the textual notes and the build log. The build must
name the capture and refuse it, and no page, log line or file of the site may hold the host
file's text.
"""

from __future__ import annotations

import shutil

import pytest
from conftest import FIXTURES
from sphinx.testing.util import SphinxTestApp

SECRET = "HOST-ONLY-7f3a"
CAPTURE = "000_whole.txt"


def _symbolic_link(project, host):
    capture = project / "sources" / "captures" / CAPTURE
    capture.unlink()
    capture.symlink_to(host)
    return "a symbolic link"


def _path_out_of_the_folder(project, host):
    provenance = project / "sources" / "provenance.toml"
    text = provenance.read_text(encoding="utf-8")
    provenance.write_text(text.replace(f'"{CAPTURE}"', '"../../host.txt"', 1), encoding="utf-8")
    return "must be a file name of the captures folder"


@pytest.fixture(scope="module", params=[_symbolic_link, _path_out_of_the_folder])
def reaching_site(request, tmp_path_factory):
    root = tmp_path_factory.mktemp("reaching")
    project = root / "project"
    shutil.copytree(FIXTURES / "project", project)
    capture = project / "sources" / "captures" / CAPTURE
    host = root / "host.txt"
    host.write_text(capture.read_text(encoding="utf-8") + f"\n{SECRET}\n", encoding="utf-8")
    message = request.param(project, host)
    app = SphinxTestApp(
        "html", srcdir=project, freshenv=True, confoverrides={"html_theme": "sphinx_book_theme"}
    )
    app.build()
    yield app, message
    app.cleanup()


def test_the_build_names_the_capture_and_says_why_it_is_refused(reaching_site):
    app, message = reaching_site
    warnings = app._warning.getvalue()
    assert message in warnings
    assert f"captures/{CAPTURE}:" in warnings or "provenance.toml:2:" in warnings


def test_no_page_log_or_file_of_the_site_holds_the_host_files_text(reaching_site):
    app, _ = reaching_site
    assert SECRET not in app._warning.getvalue() + app._status.getvalue()
    holding = [
        path
        for path in app.outdir.rglob("*")
        if path.is_file() and SECRET.encode() in path.read_bytes()
    ]
    assert holding == []


@pytest.mark.browser
def test_in_chromium_the_textual_notes_and_the_chapter_show_no_host_text(reaching_site):
    from chromium import watched_tab

    app, _ = reaching_site
    with watched_tab(app.outdir) as (base, tab, dialogs):
        for name in ("notes", "book/essays/whole"):
            tab.goto(f"{base}/{name}.html", wait_until="load")
            assert tab.locator("main").count() == 1
            assert SECRET not in tab.inner_text("body")
    assert dialogs == []
