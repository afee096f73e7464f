"""Adding a text: a capture and its record, then one command, give a book that builds
strictly; bad input gets one error and nothing written. Also the command's parts: the
notebook template (and that every committed notebook is its rendering) and the _toc.yml
insertion."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SOURCES
from site_text import article, broken_links, essay_text, page

from edition.apparatus.registry import load_registry
from edition.errors import EditionError
from edition.texts.cleaning import clean_record
from edition.texts.paragraphs import citable_paragraphs
from edition.texts.provenance import load_provenance, parse_provenance
from edition.texts.words import words
from edition_tools.bookbuild import STRICT, BuildError, run_build
from edition_tools.notebook_template import ACROSS, notebook_path, render_notebook
from edition_tools.tocfile import add_text

sys.path.insert(0, str(ROOT / "scripts"))
import add_text as command

# A synthetic text in words of its own, recorded as synthetic (as edition_tools.synthetic records
# its texts): its title says so, and so does every note of its record.
SLUG = "synthetic-added-text"
FILE = "900_synthetic-added-text.txt"
TITLE = "Synthetic text added by the test"
CAPTURE = "\n".join(
    [
        TITLE,
        "This text is synthetic. The edition's test of adding a text wrote it, and no one "
        "published it; it stands for the next text an editor adds to the edition.",
        "It speaks of solidarity and of mutual aid so that the concept figure and the "
        "notebook have uses to count, and of charity once, so that three concepts appear.",
        "Its paragraphs are numbered as any text's are, and each number is a stable anchor "
        "that the registry records when the command adds the text to the edition.",
        "It has no headnote, no editorial notes and no study questions, which are optional: "
        "the book must build strictly without them.",
    ]
)
NOTE = "A synthetic text written by tests/test_add_text.py; no one wrote or published it."
RECORD = f"""
[[text]]
file = "{FILE}"
slug = "{SLUG}"
title = "{TITLE}"
author = "unknown"
author_note = "{NOTE}"
venue = "unknown"
venue_note = "{NOTE}"
date = "unknown"
date_note = "{NOTE}"
original_publication = "unknown"
rights = "No licence stated"
"""


def _repository_files() -> list[str]:
    """What a build needs: the repository's files as git sees them (committed or new, not
    ignored), so no .venv, _build or node_modules."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def copy_repository(target: Path, only: tuple[str, ...] = ()) -> Path:
    for name in _repository_files():
        if only and not name.startswith(only):
            continue
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    return target


def add_synthetic_text(root: Path) -> Path:
    capture = root / "sources" / "captures" / FILE
    capture.write_text(CAPTURE + "\n", encoding="utf-8")
    with (root / "sources" / "provenance.toml").open("a", encoding="utf-8") as out:
        out.write(RECORD)
    return capture


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


# ------------------------------------------------------------------ the notebook template


def test_every_texts_notebook_is_the_templates_rendering(records):
    """The committed notebooks are up to date: `scripts/render_notebooks.py` rewrites them."""
    for record in records.values():
        path = ROOT / f"{notebook_path(record.slug)}.ipynb"
        assert path.read_text(encoding="utf-8") == render_notebook(record), (
            f"{path.name} differs from the template: run scripts/render_notebooks.py"
        )
    names = {p.stem for p in (ROOT / "notebooks").glob("*.ipynb")}
    assert names == {r.slug for r in records.values()} | {ACROSS}


def test_the_template_names_the_text_and_is_a_notebook_without_outputs():
    hostile = RECORD.replace(TITLE, "A `title` <with> [marks]")
    record = next(iter(parse_provenance(hostile, "provenance.toml").values()))
    notebook = json.loads(render_notebook(record))
    assert notebook["nbformat"] == 4 and notebook["nbformat_minor"] == 5
    cells = notebook["cells"]
    assert len({c["id"] for c in cells}) == len(cells)
    code = [c for c in cells if c["cell_type"] == "code"]
    assert all(c["outputs"] == [] and c["execution_count"] is None for c in code)
    assert f'text = corpus.text("{SLUG}")' in "".join(code[0]["source"])
    title = "".join(cells[0]["source"])
    assert title.startswith(f"(notebook-{SLUG})=\n# Concepts in “A \\`title\\` \\<with\\> ")
    # The title in a Markdown link, escaped, never in a role, which cannot escape a backtick.
    assert f"[A \\`title\\` \\<with\\> \\[marks\\]](/book/essays/{SLUG}.md)" in title
    assert "{doc}`A" not in title


# ------------------------------------------------------------------------ _toc.yml insertion

TOC = """\
format: jb-book
root: book/index
parts:
  # The editor's order, not the records'.
  - caption: The texts
    chapters:
      - file: book/essays/b
      - file: book/essays/a   # the longest
  - caption: Concepts
    chapters:
      - file: notebooks/across-the-texts
      - file: book/concepts/index
        sections:
          - file: book/concepts/ally
      - file: notebooks/b

      - file: notebooks/a
"""
PAGES = [lambda r: r.docname, lambda r: notebook_path(r.slug)]


def _records(*slugs: str):
    text = "".join(
        RECORD.replace(FILE, f"{n:03d}_x.txt").replace(SLUG, s) for n, s in enumerate(slugs)
    )
    return list(parse_provenance(text, "provenance.toml").values())


def test_a_new_text_goes_right_after_the_text_recorded_before_it():
    order = _records("a", "b", "c")
    toc = add_text(TOC, order[2], order, PAGES, "_toc.yml")
    # b stands first in the editor's order; c follows b, and nothing else moves.
    assert toc == TOC.replace(
        "      - file: book/essays/b\n",
        "      - file: book/essays/b\n      - file: book/essays/c\n",
    ).replace(
        "      - file: notebooks/b\n", "      - file: notebooks/b\n      - file: notebooks/c\n"
    )


def test_a_text_recorded_between_others_follows_its_predecessor_wherever_it_stands():
    order = _records("b", "m", "a")
    toc = add_text(TOC, order[1], order, PAGES, "_toc.yml")
    lines = toc.splitlines()
    assert lines[lines.index("      - file: book/essays/b") + 1] == "      - file: book/essays/m"
    # After b's notebook, before the blank line and a's.
    assert lines[lines.index("      - file: notebooks/b") + 1] == "      - file: notebooks/m"


def test_a_first_text_goes_before_the_text_recorded_after_it_and_after_nested_sections():
    order = _records("m", "b", "a")
    toc = add_text(TOC, order[0], order, PAGES, "_toc.yml")
    lines = toc.splitlines()
    assert lines[lines.index("      - file: book/essays/b") - 1] == "      - file: book/essays/m"
    assert lines[lines.index("      - file: notebooks/b") - 1] == "      - file: notebooks/m"


def test_adding_twice_changes_nothing_and_comments_stay():
    order = _records("a", "b", "c")
    once = add_text(TOC, order[2], order, PAGES, "_toc.yml")
    assert add_text(once, order[2], order, PAGES, "_toc.yml") == once
    assert "  # The editor's order, not the records'.\n" in once


def test_a_toc_with_no_text_to_place_it_beside_or_bad_yaml_is_an_error():
    order = _records("a", "b", "c")
    bare = "format: jb-book\nroot: book/index\n"
    with pytest.raises(EditionError, match="no other text's page like 'book/essays/c'"):
        add_text(bare, order[2], order, PAGES, "_toc.yml")
    with pytest.raises(EditionError) as error:
        add_text(TOC + "  - caption: [unclosed\n", order[2], order, PAGES, "_toc.yml")
    assert str(error.value).startswith("_toc.yml:19: not valid YAML")


# ------------------------------------------------------------------- the command, bad input


@pytest.fixture
def edition_copy(tmp_path: Path) -> Path:
    """The files the command reads and writes (not the whole book), with the new text's
    capture and record in place."""
    only = ("sources/", "_toc.yml", "registry/", "apparatus/", "book/essays/", "notebooks/")
    root = copy_repository(tmp_path / "edition", only)
    add_synthetic_text(root)
    return root


def run_command(root: Path, capture: str = FILE, *extra: str) -> int:
    return command.main([str(root / "sources" / "captures" / capture), "--root", str(root), *extra])


def test_the_command_writes_chapter_notebook_toc_and_anchors(edition_copy, capsys):
    before = snapshot(edition_copy)
    assert run_command(edition_copy) == 0
    after = snapshot(edition_copy)
    changed = sorted(name for name in after if before.get(name) != after[name])
    assert changed == [
        "_toc.yml",
        f"book/essays/{SLUG}.md",
        f"book/essays/{SLUG}.review.txt",
        f"notebooks/{SLUG}.ipynb",
        "registry/paragraphs.json",
        "sources/SHA256SUMS",
    ]
    assert after["sources/SHA256SUMS"].decode().endswith(f"  sources/captures/{FILE}\n")
    records = load_provenance(edition_copy / "sources" / "provenance.toml")
    record = next(r for r in records.values() if r.slug == SLUG)
    assert after[f"notebooks/{SLUG}.ipynb"].decode() == render_notebook(record)
    toc = after["_toc.yml"].decode().splitlines()
    last = list(records.values())[-2]
    assert toc[toc.index(f"      - file: {last.docname}") + 1] == f"      - file: {record.docname}"
    assert f"      - file: notebooks/{SLUG}" in toc
    registered = load_registry(edition_copy / "registry" / "paragraphs.json")
    expected = [
        p.anchor for p in citable_paragraphs(clean_record(edition_copy / "sources", record))
    ]
    assert [e.anchor for e in registered if e.text == SLUG] == expected
    assert len(expected) >= 3
    out = capsys.readouterr().out
    assert f"book/essays/{SLUG}.md" in out and "make book" in out and "headnote" in out
    # Run again with --force: the same files, nothing else changes.
    assert run_command(edition_copy, FILE, "--force") == 0
    assert snapshot(edition_copy) == after


def _error(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ")
    return err[0]


def _bad(root: Path, capsys, *extra: str, capture: str = FILE) -> str:
    before = snapshot(root)
    assert run_command(root, capture, *extra) == 1
    assert snapshot(root) == before, "bad input must leave every file as it was"
    return _error(capsys)


def test_a_capture_without_a_record(edition_copy, capsys):
    shutil.copy(
        edition_copy / "sources/captures" / FILE, edition_copy / "sources/captures/901_x.txt"
    )
    assert "provenance.toml: no [[text]] record with file = '901_x.txt'" in _bad(
        edition_copy, capsys, capture="901_x.txt"
    )


def test_a_capture_outside_the_captures_folder(edition_copy, capsys):
    outside = edition_copy / FILE
    shutil.copy(edition_copy / "sources/captures" / FILE, outside)
    before = snapshot(edition_copy)
    assert command.main([str(outside), "--root", str(edition_copy)]) == 1
    assert snapshot(edition_copy) == before
    assert "not in the captures folder" in _error(capsys)


def test_a_capture_that_is_a_link(edition_copy, capsys):
    capture = edition_copy / "sources/captures" / FILE
    real = edition_copy / "elsewhere.txt"
    capture.rename(real)
    capture.symlink_to(real)
    assert FILE in _bad(edition_copy, capsys)


def test_a_slug_already_taken(edition_copy, capsys):
    provenance = edition_copy / "sources/provenance.toml"
    taken = next(iter(load_provenance(SOURCES / "provenance.toml").values())).slug
    provenance.write_text(provenance.read_text().replace(f'"{SLUG}"', f'"{taken}"'), "utf-8")
    line = _bad(edition_copy, capsys)
    assert f"slug {taken!r} is already" in line and "provenance.toml:" in line


def test_an_existing_chapter_or_a_different_notebook_without_force(edition_copy, capsys):
    chapter = edition_copy / "book/essays" / f"{SLUG}.md"
    chapter.write_text("the editor's draft\n", encoding="utf-8")
    assert "the chapter already exists; use --force" in _bad(edition_copy, capsys)
    chapter.unlink()
    (edition_copy / "notebooks" / f"{SLUG}.ipynb").write_text("{}\n", encoding="utf-8")
    assert f"{SLUG}.ipynb: already exists and differs; use --force" in _bad(edition_copy, capsys)


def test_a_broken_toc(edition_copy, capsys):
    toc = edition_copy / "_toc.yml"
    toc.write_text(toc.read_text() + "  - caption: [unclosed\n", encoding="utf-8")
    line = _bad(edition_copy, capsys)
    assert "_toc.yml:" in line and "not valid YAML" in line


def test_a_capture_that_no_longer_matches_its_listed_checksum(edition_copy, capsys):
    sums = edition_copy / "sources/SHA256SUMS"
    with sums.open("a", encoding="utf-8") as out:
        out.write(f"{'0' * 64}  sources/captures/{FILE}\n")
    assert f"SHA256SUMS:6: sources/captures/{FILE} no longer has this checksum" in _bad(
        edition_copy, capsys
    )


def test_a_published_anchor_that_would_change(edition_copy, capsys):
    registry = edition_copy / "registry/paragraphs.json"
    data = json.loads(registry.read_text(encoding="utf-8"))
    data["paragraphs"][0]["first_words"] = "words the paragraph never had"
    registry.write_text(json.dumps(data), encoding="utf-8")
    assert "paragraphs.json: published anchors would change" in _bad(edition_copy, capsys)


# ------------------------------------------------- a sixth text, end to end, built strictly


@pytest.mark.build
def test_a_new_text_in_two_files_and_one_command_builds_strictly(tmp_path):
    root = copy_repository(tmp_path / "edition")
    capture = add_synthetic_text(root)
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    result = subprocess.run(
        [sys.executable, "scripts/add_text.py", str(capture.relative_to(root))],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    print(result.stdout)
    for name in (f"book/essays/{SLUG}.md", f"notebooks/{SLUG}.ipynb"):
        assert (root / name).is_file(), name
    try:
        seconds = run_build([".", "--all", *STRICT], cwd=root, env=env)
    except BuildError as error:
        pytest.fail(error.tail())
    print(f"strict build of the copy with the new text: {seconds:.0f} s")

    site = root / "_build" / "html"
    # The downloads (EPUB, PDFs) are made after the HTML build, by `make book`'s export step,
    # which this test does not run.
    broken, checked = broken_links(site, skip=("downloads",))
    assert broken == [] and checked > 100
    record = next(
        r for r in load_provenance(root / "sources/provenance.toml").values() if r.slug == SLUG
    )
    text = clean_record(root / "sources", record)
    chapter = page(site / f"{record.docname}.html")
    assert words(essay_text(chapter)) == [w for b in text.blocks() for w in words(b.text)]
    numbers = [a.get_text() for a in article(chapter).select("a.para-num")]
    assert numbers == [p.number for p in citable_paragraphs(text)]
    assert article(chapter).select_one(f".concept-figure a[href$='notebooks/{SLUG}.html']")
    notebook = article(page(site / f"notebooks/{SLUG}.html"))
    assert notebook.select_one(f"a[href$='book/essays/{SLUG}.html']")
    assert notebook.select("figure.edition-chart svg")
    for where, label in (
        ("book/about/textual-notes.html", f"textual-notes-{SLUG}"),
        ("book/about/sources.html", f"sources-{SLUG}"),
    ):
        assert page(site / where).select_one(f"section#{label}"), where
    # No headnote, notes or questions: no empty blocks for them on the chapter.
    assert not article(chapter).select(".headnote, .study-questions")
