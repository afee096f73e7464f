"""The edition as a versioned, published work: version, changelog, release check, address."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES, ROOT

from edition.apparatus.release import (
    BASEURL_VARIABLE,
    load_changelog,
    load_release,
    load_zenodo,
    published_baseurl,
    release_problems,
    render_changelog,
    zenodo_problems,
)
from edition.errors import EditionError

CHANGELOG = """\
[[release]]
version = "1.2.3"
date = "2025-06-01"
summary = "Second."

[[release.change]]
kind = "correction"
text = "A date was wrong."

[[release]]
version = "1.0.0"
date = "2025-01-01"
summary = "First."
"""
ZENODO = {
    "title": "A Fixture Edition",
    "version": "1.2.3",
    "description": "<p>An edition.</p>",
    "upload_type": "publication",
    "publication_type": "book",
    "creators": [{"name": "The fixture's editors"}],
    "license": "cc-by-4.0",
}


@pytest.fixture
def release():
    return load_release(FIXTURES / "project" / "CITATION.cff")


@pytest.fixture
def changelog(tmp_path):
    path = tmp_path / "changelog.toml"
    path.write_text(CHANGELOG, encoding="utf-8")
    return load_changelog(path)


def test_the_release_is_read_from_the_citation_file(release):
    assert (release.version, release.date, release.editors) == (
        "1.2.3",
        "2025-06-01",
        "The fixture's editors",
    )
    assert release.licenses == ("MIT", "CC-BY-4.0")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("version: 1.2.3", "version: 1.2"), "version must be MAJOR.MINOR.PATCH, not '1.2'"),
        (('date-released: "2025-06-01"', "date-released: soon"), "date-released must be a date"),
        (("title:", "title: [unclosed"), ":4: not valid YAML"),
    ],
)
def test_a_broken_citation_file_is_named(tmp_path, change, message):
    path = tmp_path / "CITATION.cff"
    text = (FIXTURES / "project" / "CITATION.cff").read_text(encoding="utf-8")
    path.write_text(text.replace(*change), encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        load_release(path)
    assert message in str(caught.value)
    assert str(caught.value).startswith(str(path))


def test_the_changelog_is_newest_first_and_renders_its_corrections(changelog):
    assert [e.version for e in changelog] == ["1.2.3", "1.0.0"]
    text = render_changelog(changelog)
    assert "(changelog-1-2-3)=\n## Version 1.2.3 (2025-06-01)" in text
    assert "**Corrections**\n\n- A date was wrong." in text
    assert text.index("Version 1.2.3") < text.index("Version 1.0.0")


def test_a_broken_changelog_entry_is_named_by_line(tmp_path):
    path = tmp_path / "changelog.toml"
    path.write_text(CHANGELOG.replace('kind = "correction"', 'kind = "fix"'), encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        load_changelog(path)
    assert str(caught.value).startswith(f"{path}:1: each change needs a kind")


def test_a_release_needs_changelog_zenodo_and_address(release, changelog):
    address = "https://owner.github.io/edition/"
    assert release_problems(release, changelog, ZENODO, address) == []
    assert release_problems(release, changelog[1:], ZENODO, address) == [
        "the changelog has no entry for version 1.2.3",
        "the changelog's newest version is 1.0.0, not 1.2.3",
    ]
    assert release_problems(release, changelog, {**ZENODO, "version": "1.0.0"}, address) == [
        ".zenodo.json gives version '1.0.0'"
    ]
    (problem,) = release_problems(release, changelog, ZENODO, "")
    assert problem.startswith("no published address: set EDITION_BASEURL")


def test_zenodo_fields_are_checked():
    assert zenodo_problems(ZENODO) == []
    assert zenodo_problems({**ZENODO, "upload_type": "essay"}) == [
        "upload_type 'essay' is not one of Zenodo's"
    ]
    assert zenodo_problems({**ZENODO, "creators": [{"given": "A"}]}) == [
        "creator {'given': 'A'} needs a name and only Zenodo's keys"
    ]


def test_the_editions_own_records_agree():
    """CITATION.cff, the changelog and .zenodo.json of this repository: all but the address,
    which only the publishing workflow knows, are ready for a release."""
    release = load_release(ROOT / "CITATION.cff")
    changelog = load_changelog(ROOT / "apparatus" / "changelog.toml")
    zenodo = load_zenodo(ROOT / ".zenodo.json")
    assert release_problems(release, changelog, zenodo, "https://example.org/edition/") == []


def test_make_release_refuses_without_an_address(monkeypatch):
    monkeypatch.delenv(BASEURL_VARIABLE, raising=False)
    script = ROOT / "scripts" / "check_release.py"
    refused = subprocess.run([sys.executable, script], capture_output=True, text=True)
    assert refused.returncode == 1
    assert "no published address" in refused.stderr
    env = {"EDITION_BASEURL": "https://owner.github.io/edition", "PATH": ""}
    ready = subprocess.run([sys.executable, script], capture_output=True, text=True, env=env)
    assert ready.returncode == 0, ready.stderr
    assert "https://owner.github.io/edition/" in ready.stdout


def test_the_environment_overrides_the_configured_address(monkeypatch):
    monkeypatch.delenv(BASEURL_VARIABLE, raising=False)
    assert published_baseurl("") == ""
    assert published_baseurl("https://a.org/b") == "https://a.org/b/"
    monkeypatch.setenv(BASEURL_VARIABLE, "https://owner.github.io/name/")
    assert published_baseurl("https://a.org/b/") == "https://owner.github.io/name/"


BASE = "https://owner.github.io/edition/"


@pytest.fixture
def published(make_app, tmp_path, monkeypatch):
    """The fixture project built as the publishing workflow builds: with EDITION_BASEURL."""
    shutil.copytree(FIXTURES / "project", tmp_path / "project")
    monkeypatch.setenv(BASEURL_VARIABLE, BASE.rstrip("/"))
    app = make_app("html", srcdir=tmp_path / "project", freshenv=True)
    app.build()
    assert app._warning.getvalue() == ""
    return app


def _page(app, name):
    return BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")


def test_with_an_address_every_published_url_is_absolute(published):
    out = published.outdir
    chapter = _page(published, "book/essays/whole")
    assert chapter.select_one('link[rel="canonical"]')["href"] == f"{BASE}book/essays/whole.html"
    meta = chapter.select_one('meta[name="citation_public_url"]')["content"]
    assert meta == f"{BASE}book/essays/whole.html"
    data = json.loads(chapter.select_one("#edition-cite-data").get_text())
    assert data["pageUrl"] == f"{BASE}book/essays/whole.html"
    for block in chapter.select(".cite-this pre"):
        assert f"{BASE}book/essays/whole.html" in block.get_text()
    for suffix in ("bib", "ris", "json"):
        text = (out / "bibliography" / f"from-ally-to-affinity.{suffix}").read_text("utf-8")
        urls = re.findall(r"https?://[^\s\"}]+|book/essays/[\w.-]+", text)
        assert urls and all(u.startswith(BASE) for u in urls), (suffix, urls)
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert f"<loc>{BASE}book/essays/whole.html</loc>" in sitemap
    assert f"<loc>{BASE}index.html</loc>" in sitemap


def test_the_version_comes_from_the_citation_file(published):
    assert published.config.release == "1.2.3"
    assert published.config.edition_year == "2025"
    assert "Version 1.2.3 (2025-06-01)" in published.config.epub_copyright
    assert "CC BY 4.0" in published.config.epub_copyright
