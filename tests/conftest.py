"""Shared fixtures: the repository's paths, its records and cleaned texts, the labelled
corpus's held-out scores, the built site, one headless Chromium per module."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from chromium import chromium_path

from edition.site.webcheck import CHROMIUM_ARGS
from edition.texts import cleaning
from edition.texts.cleaning import clean_sources
from edition.texts.document import CleanText
from edition.texts.provenance import Record, load_provenance
from edition_tools.htmlscore import StructureScore, score_plain_corpus
from edition_tools.importscore import Score, corpus

pytest_plugins = ["sphinx.testing.fixtures"]

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sources"
SITE = ROOT / "_build" / "html"
# Every text, by its slug (the records are keyed by it).
SLUGS = list(load_provenance(SOURCES / "provenance.toml"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def pytest_collection_modifyitems(items):
    """Mark every test that reads the built book as `site`, whichever fixture brings it in,
    so that the fast tier (`make test-fast`: not site, browser or build) never needs a book."""
    for item in items:
        if "site" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.site)


@pytest.fixture(scope="session")
def records() -> dict[str, Record]:
    return load_provenance(SOURCES / "provenance.toml")


@pytest.fixture(scope="session")
def cleaned() -> dict[str, CleanText]:
    return {record.slug: text for record, text in clean_sources(SOURCES)}


@pytest.fixture(scope="session")
def corpus_held_out() -> dict[str, tuple[Score, StructureScore]]:
    """Each capture of the labelled corpus (tests/corpus/) cleaned once with its platform's
    rules held out: its scores and its structure, by name (tests/test_corpus.py and
    tests/test_htmlscore.py read both)."""
    items = corpus(ROOT / "tests" / "corpus")
    return {
        item.path.stem: scores
        for item, scores in zip(items, score_plain_corpus(items), strict=True)
    }


@pytest.fixture(scope="session")
def site() -> Path:
    """The built HTML book; the test command builds it first (`make test`)."""
    if not (SITE / "index.html").is_file():
        pytest.fail(f"{SITE} has no built book: run `make book` (or `make test`) first")
    return SITE


# One small, valid provenance record for unit tests to vary.
RECORD_TOML = (FIXTURES / "record.toml").read_text(encoding="utf-8")


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the small fixture project (tests/fixtures/project) to build or change."""
    shutil.copytree(FIXTURES / "project", tmp_path / "project")
    return tmp_path / "project"


@pytest.fixture
def cleanings(monkeypatch) -> Counter:
    """How often each capture is cleaned, by file name, by whichever part of the code."""
    counted: Counter = Counter()
    clean = cleaning.clean_capture

    def counting(path, *args, **kwargs):
        counted[path.name] += 1
        return clean(path, *args, **kwargs)

    monkeypatch.setattr(cleaning, "clean_capture", counting)
    return counted


@pytest.fixture(scope="module")
def browser():
    """One headless Chromium for a module's browser tests."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
