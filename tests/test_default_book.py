"""The default book the Lighthouse comparison measures against (scripts/build_default_book.py):
it replaces only a folder it made."""

import importlib.util

from conftest import ROOT

spec = importlib.util.spec_from_file_location(
    "build_default_book", ROOT / "scripts" / "build_default_book.py"
)
build_default_book = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_default_book)


def test_a_folder_the_script_did_not_make_is_left_alone(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert build_default_book.main([str(tmp_path)]) == 1
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert f"error: {tmp_path}: not a folder this script made" in capsys.readouterr().err


def test_the_pages_lose_the_editions_directives_and_keep_their_prose():
    page = "# Title\n\nProse stays.\n\n```{cite-this} whole\n```\n\nMore prose.\n"
    cleaned = build_default_book.without_directives(page, {"cite-this"})
    assert "cite-this" not in cleaned and "Prose stays." in cleaned and "More prose." in cleaned
