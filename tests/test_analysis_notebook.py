"""The notebooks' entry point (edition.analysis.notebook.Corpus): the edition a notebook finds
above it, read where the book's configuration places its files."""

import pytest

from edition.analysis.notebook import Corpus
from edition.errors import EditionError


def _book(project, lexicon: str) -> None:
    (project / "_config.yml").write_text(
        f'title: "A book"\nsphinx:\n  config:\n    edition_lexicon: "{lexicon}"\n',
        encoding="utf-8",
    )


def test_a_notebook_reads_the_lexicon_where_the_book_places_it(project, monkeypatch):
    (project / "apparatus" / "concepts.toml").rename(project / "lexicon.toml")
    _book(project, "lexicon.toml")
    (project / "notebooks").mkdir()
    monkeypatch.chdir(project / "notebooks")
    corpus = Corpus()
    assert corpus.root == project
    assert [c.id for c in corpus.concepts] == ["paragraph"]
    assert set(corpus.paragraphs["text"]) == {"whole", "part"}


def test_a_lexicon_the_book_does_not_place_is_not_read_from_the_default_path(project):
    _book(project, "elsewhere.toml")
    with pytest.raises(EditionError, match=r"elsewhere\.toml: no such file"):
        Corpus(project)


def test_outside_an_edition_a_notebook_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(EditionError, match="no edition here or above: no folder holds a _config"):
        Corpus()


def test_a_concept_the_lexicon_lacks_is_an_error_naming_the_lexicon(project):
    _book(project, "apparatus/concepts.toml")
    corpus = Corpus(project)
    assert corpus.concept("paragraph").id == "paragraph"
    with pytest.raises(EditionError, match=r"concepts\.toml: no concept 'paragrap'"):
        corpus.concept("paragrap")
