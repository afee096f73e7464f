"""The extension reads one edition model per build: every setting honoured, each text cleaned
once, and an incremental build renders only what changed."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from conftest import FIXTURES

from edition import cleaning
from edition.sphinxext import context


@pytest.fixture
def project(tmp_path):
    shutil.copytree(FIXTURES / "project", tmp_path / "project")
    return tmp_path / "project"


@pytest.fixture
def cleanings(monkeypatch) -> Counter:
    """How often each capture is cleaned, by file name, by whichever part of the build."""
    counted: Counter = Counter()
    clean = cleaning.clean_capture

    def counting(path, *args, **kwargs):
        counted[path.name] += 1
        return clean(path, *args, **kwargs)

    monkeypatch.setattr(cleaning, "clean_capture", counting)
    return counted


def html(app, name: str) -> BeautifulSoup:
    return BeautifulSoup((app.outdir / f"{name}.html").read_text(encoding="utf-8"), "html.parser")


def _with_concept_page(project) -> None:
    (project / "concept.md").write_text(
        "# Paragraph\n\n```{concept-occurrences} paragraph\n```\n", encoding="utf-8"
    )
    index = project / "index.md"
    index.write_text(index.read_text() + "\n```{toctree}\n:hidden:\nconcept\n```\n")


def test_sources_and_lexicon_at_other_paths_are_the_ones_every_part_reads(make_app, project):
    """Each file where its setting places it; a broken file at the default path is never read."""
    (project / "sources").rename(project / "texts")
    (project / "sources").mkdir()
    (project / "sources" / "provenance.toml").write_text("not TOML [", encoding="utf-8")
    (project / "apparatus" / "concepts.toml").rename(project / "lexicon.toml")
    (project / "apparatus" / "concepts.toml").write_text("not TOML [", encoding="utf-8")
    _with_concept_page(project)
    settings = {"edition_sources": "texts", "edition_lexicon": "lexicon.toml"}
    app = make_app("html", srcdir=project, freshenv=True, confoverrides=settings)
    app.build()
    assert app._warning.getvalue() == ""
    assert app.edition_model.provenance_file == project / "texts" / "provenance.toml"
    whole = html(app, "book/essays/whole")
    # The records (metadata block, numbering), the texts (textual notes), the lexicon
    # (glossary links and the concept page) all come from the settings' paths.
    assert "A Venue" in whole.select_one("div.source-record").get_text()
    assert [a.get_text() for a in whole.select("a.para-num")] == ["1", "2"]
    assert whole.select("a[href$='glossary.html#term-paragraph']")
    assert "line 9: “Tagged , , ,”" in html(app, "notes").get_text()
    assert "“paragraph” in each text" in html(app, "concept").get_text()


def test_each_text_is_cleaned_once_per_build(make_app, project, cleanings):
    _with_concept_page(project)
    app = make_app("html", srcdir=project, freshenv=True)
    app.build()
    assert app._warning.getvalue() == ""
    # Read by the textual notes, the notes' placing, the author's notes, the shared
    # passages and the concept analysis: cleaned once.
    assert cleanings == {"000_whole.txt": 1, "001_part.txt": 1}


def test_an_incremental_build_renders_the_citations_of_the_changed_chapter_only(
    make_app, project, monkeypatch
):
    make_app("html", srcdir=project, freshenv=True).build()
    rendered: Counter = Counter()
    templates = context.templates

    def counting(record, config):
        rendered[record.slug] += 1
        return templates(record, config)

    monkeypatch.setattr(context, "templates", counting)
    page = project / "book" / "essays" / "part.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA new last paragraph.\n", "utf-8")
    app = make_app("html", srcdir=project)
    app.build()
    assert rendered == {"part": 1}
    # The passages' data still holds every chapter, with its citations.
    data = (app.outdir / "_static" / "edition-passages.js").read_text(encoding="utf-8")
    assert "The Whole" in data and "A new last paragraph." in data
