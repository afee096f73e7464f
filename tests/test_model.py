"""The edition model: one place that reads the settings' files and cleans each text once."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT

from edition.apparatus import model
from edition.apparatus.model import EditionModel, Settings
from edition.errors import EditionError


def test_texts_are_named_by_slug_and_pages_map_to_them(project):
    edition = EditionModel(project)
    assert list(edition.records) == ["whole", "part"]
    assert edition.record("part").file == "001_part.txt"
    assert edition.by_docname["book/essays/whole"].slug == "whole"
    with pytest.raises(EditionError, match=re.escape("provenance.toml: no record for '000_whole'")):
        edition.record("000_whole")


def test_each_text_is_cleaned_once_however_often_it_is_asked_for(project, cleanings):
    edition = EditionModel(project)
    first = edition.text("whole")
    assert edition.text("whole") is first
    edition.texts()
    edition.parallels  # noqa: B018 (computed on first use, from every text)
    assert cleanings == {"000_whole.txt": 1, "001_part.txt": 1}


def test_every_file_is_read_where_the_settings_place_it(project):
    (project / "sources").rename(project / "texts")
    (project / "apparatus" / "concepts.toml").rename(project / "lexicon.toml")
    (project / "apparatus" / "notes.toml").rename(project / "my-notes.toml")
    edition = EditionModel(
        project, Settings(sources="texts", lexicon="lexicon.toml", notes="my-notes.toml")
    )
    assert edition.provenance_file == project / "texts" / "provenance.toml"
    assert [c.id for c in edition.lexicon] == ["paragraph"]
    assert edition.notes == []
    assert edition.text_inputs("part") == [
        project / "texts" / "provenance.toml",
        project / "texts" / "captures" / "001_part.txt",
    ]
    # Nothing is read from the default paths instead.
    default = EditionModel(project, Settings(sources="texts"))
    with pytest.raises(EditionError, match=re.escape("concepts.toml: no such file")):
        default.lexicon  # noqa: B018
    with pytest.raises(EditionError, match=re.escape("notes.toml: no such file")):
        default.notes  # noqa: B018


def test_headnotes_are_keyed_by_slug(project):
    path = project / "apparatus" / "headnotes.toml"
    path.write_text('[whole]\ntext = "On the whole."\n', encoding="utf-8")
    assert EditionModel(project).headnotes["whole"].text == "On the whole."
    path.write_text('[whole]\ntext = "On the whole."\n\n[000_whole]\ntext = "Again."\n')
    with pytest.raises(EditionError, match="a headnote for '000_whole', which no record names"):
        EditionModel(project).headnotes  # noqa: B018
    with pytest.raises(EditionError) as error:
        EditionModel(project).headnotes  # noqa: B018
    assert error.value.line == 4


def test_a_note_on_a_text_no_record_names_is_an_error_at_its_line(project):
    path = project / "apparatus" / "notes.toml"
    note = (
        '[[note]]\ntext = "{}"\nparagraph = "1"\nphrase = "whole"\ntitle = "A name"\n'
        'body = "Not identified. The editor found no source."\nidentified = false\n'
    )
    path.write_text(note.format("whole"), encoding="utf-8")
    assert [n.text for n in EditionModel(project).notes] == ["whole"]
    path.write_text(note.format("whole") + "\n" + note.format("hole"), encoding="utf-8")
    with pytest.raises(EditionError, match="a note on 'hole', which no record names") as error:
        EditionModel(project).notes  # noqa: B018
    lines = path.read_text(encoding="utf-8").split("\n")
    assert lines[error.value.line - 1] == 'text = "hole"'


def test_the_shared_passages_are_found_by_place(project, monkeypatch):
    # The fixture's shared paragraph is shorter than a real text's shortest shared passage.
    find = model.find_parallels
    monkeypatch.setattr(model, "find_parallels", lambda passages: find(passages, size=3))
    parallels = EditionModel(project).parallels
    assert [p.target.text for p in parallels[("whole", "1")]] == ["part"]
    assert [p.target.text for p in parallels[("part", "1")]] == ["whole"]


def test_the_repositorys_book_gives_the_defaults():
    config = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))
    book = config["sphinx"]["config"]
    assert {name: book[f"edition_{name}"] for name in Settings.names()} == vars(Settings())
    assert Settings.from_book(ROOT) == Settings()


def test_the_settings_are_read_from_the_books_configuration(tmp_path):
    config = tmp_path / "_config.yml"
    config.write_text(
        'title: "A book"\nsphinx:\n  config:\n    edition_lexicon: "my/lexicon.toml"\n',
        encoding="utf-8",
    )
    assert Settings.from_book(tmp_path) == Settings(lexicon="my/lexicon.toml")
    config.write_text("title: A book\nsphinx:\n  config: [unclosed\n", encoding="utf-8")
    with pytest.raises(EditionError) as caught:
        Settings.from_book(tmp_path)
    assert caught.value.path == config and caught.value.line == 4
    config.unlink()
    with pytest.raises(EditionError, match=r"_config\.yml: cannot read the book's configuration"):
        Settings.from_book(tmp_path)
