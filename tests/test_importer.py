"""The import script end to end: a draft chapter, or one clear error and nothing written."""

import importlib.util
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SOURCES

spec = importlib.util.spec_from_file_location(
    "import_capture", ROOT / "scripts" / "import_capture.py"
)
import_capture = importlib.util.module_from_spec(spec)
spec.loader.exec_module(import_capture)

CAPTURE = "002_c9f1f77838594bad.txt"
RECORD = (SOURCES / "provenance.toml").read_text(encoding="utf-8")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "captures").mkdir()
    (tmp_path / "essays").mkdir()
    shutil.copy(SOURCES / "captures" / CAPTURE, tmp_path / "captures" / CAPTURE)
    (tmp_path / "provenance.toml").write_text(RECORD, encoding="utf-8")
    return tmp_path


def run(workspace: Path, name: str = CAPTURE, *extra: str) -> int:
    return import_capture.main(
        [
            str(workspace / "captures" / name),
            "--provenance",
            str(workspace / "provenance.toml"),
            "--essays",
            str(workspace / "essays"),
            *extra,
        ]
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_a_capture_becomes_a_draft_chapter(workspace, capsys):
    assert run(workspace) == 0
    chapter = (workspace / "essays" / "critique-of-ally-politics.md").read_text(encoding="utf-8")
    assert chapter.startswith("(critique-of-ally-politics)=\n# A Critique of Ally Politics\n")
    assert "renters.[^1] I made friends" in chapter
    assert "[^4]: For every Scandinavia" in chapter
    assert "(critique-of-ally-politics-allyship-as-identity)=\n## Allyship as Identity" in chapter
    assert "Trending" not in chapter
    out = capsys.readouterr().out
    assert "line  136  [rating-prompt]  Rate this article" in out


def test_the_importer_records_every_line_it_does_not_keep(cleaned):
    """Every non-blank capture line is either kept in a block or set aside with a rule."""
    for id, text in cleaned.items():
        lines = (SOURCES / "captures" / f"{id}.txt").read_text(encoding="utf-8").splitlines()
        nonblank = {n for n, line in enumerate(lines, start=1) if line.strip()}
        accounted = {b.line for b in text.blocks()} | {s.line for s in text.set_aside}
        assert accounted == nonblank, id


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", ": the capture is empty"),
        (b"Title\n\nGood line.\n\xff\xfe broken\n", ":4: not UTF-8 text"),
        (b"Title\n\nText\x00\x01\x02 binary\n", ":3: binary content"),
        (
            b"A Critique of Ally Politics\n\nLeave a Reply\n\nConnecting to %s\n",
            ": nothing of the text is left",
        ),
    ],
)
def test_bad_input_is_one_clear_error_and_writes_nothing(workspace, capsys, content, message):
    (workspace / "captures" / CAPTURE).write_bytes(content)
    before = snapshot(workspace)
    assert run(workspace) == 1
    err = capsys.readouterr().err.strip()
    path = str(workspace / "captures" / CAPTURE)
    assert err.startswith(f"error: {path}{message}")
    assert len(err.splitlines()) == 1
    assert snapshot(workspace) == before


def test_a_missing_capture_is_named(workspace, capsys):
    before = snapshot(workspace)
    assert run(workspace, "404_missing.txt") == 1
    assert (
        capsys.readouterr().err.strip()
        == f"error: {workspace / 'captures' / '404_missing.txt'}: no such file"
    )
    assert snapshot(workspace) == before


def test_a_capture_without_a_provenance_record_is_refused(workspace, capsys):
    shutil.copy(workspace / "captures" / CAPTURE, workspace / "captures" / "005_new.txt")
    before = snapshot(workspace)
    assert run(workspace, "005_new.txt") == 1
    assert "no [[text]] record with file = '005_new.txt'" in capsys.readouterr().err
    assert snapshot(workspace) == before


def test_an_existing_chapter_is_kept_unless_forced(workspace, capsys):
    chapter = workspace / "essays" / "critique-of-ally-politics.md"
    chapter.write_text("an editor's work\n", encoding="utf-8")
    assert run(workspace) == 1
    assert "the chapter already exists; use --force" in capsys.readouterr().err
    assert chapter.read_text(encoding="utf-8") == "an editor's work\n"
    assert run(workspace, CAPTURE, "--force") == 0
    assert chapter.read_text(encoding="utf-8").startswith("(critique-of-ally-politics)=")
    assert sorted(p.name for p in (workspace / "essays").iterdir()) == [
        "critique-of-ally-politics.md",
        "critique-of-ally-politics.review.txt",
    ]


def test_the_import_writes_its_review_list_beside_the_draft(workspace, capsys):
    assert run(workspace) == 0
    review = (workspace / "essays" / "critique-of-ally-politics.review.txt").read_text("utf-8")
    assert review.startswith(f"Review list for {workspace / 'captures' / CAPTURE}")
    assert "structure guessed" in review
    assert "to review (" in capsys.readouterr().out
