"""The import script end to end: a draft chapter, or one clear error and nothing written."""

import errno
import importlib.util
import os
import shutil
import stat
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT, SOURCES

from edition.errors import EditionError
from edition.texts.capture import MAX_CAPTURE_BYTES
from edition.texts.html_capture import read_html_capture

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


def test_the_importer_records_every_line_it_does_not_keep(records, cleaned):
    """Every non-blank capture line is either kept in a block or set aside with a rule."""
    for id, text in cleaned.items():
        capture = SOURCES / "captures" / records[id].file
        lines = capture.read_text(encoding="utf-8").splitlines()
        nonblank = {n for n, line in enumerate(lines, start=1) if line.strip()}
        spanned = {n for b in text.blocks() for n in range(b.line, (b.through or b.line) + 1)}
        accounted = (spanned & nonblank) | {s.line for s in text.set_aside}
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


def refused(workspace: Path, capsys, name: str = CAPTURE, *extra: str) -> str:
    """Run an import that must fail: the one error line, with nothing written."""
    before = snapshot(workspace)
    assert run(workspace, name, *extra) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    [line] = captured.err.splitlines()
    assert line.startswith("error: ")
    assert snapshot(workspace) == before
    return line


def test_a_capture_outside_the_captures_folder_is_refused(workspace, capsys):
    (workspace / "elsewhere").mkdir()
    shutil.copy(workspace / "captures" / CAPTURE, workspace / "elsewhere" / CAPTURE)
    before = snapshot(workspace)
    code = import_capture.main(
        [
            str(workspace / "elsewhere" / CAPTURE),
            "--provenance",
            str(workspace / "provenance.toml"),
            "--essays",
            str(workspace / "essays"),
        ]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err == (
        f"error: {workspace / 'elsewhere' / CAPTURE}: not in the captures folder "
        f"{workspace / 'captures'}\n"
    )
    assert snapshot(workspace) == before


def test_a_capture_with_another_suffix_is_refused_though_its_stem_has_a_record(workspace, capsys):
    other = CAPTURE.replace(".txt", ".md")
    shutil.copy(workspace / "captures" / CAPTURE, workspace / "captures" / other)
    line = refused(workspace, capsys, other)
    assert line.endswith(f"{other}: not a capture: the file name must end in .txt, .html or .htm")


def test_a_symbolic_link_in_the_captures_folder_is_not_followed(workspace, capsys, tmp_path):
    outside = tmp_path / "host-file"
    outside.write_text("Host secret\n\nA line of a host file.\n", encoding="utf-8")
    (workspace / "captures" / CAPTURE).unlink()
    (workspace / "captures" / CAPTURE).symlink_to(outside)
    line = refused(workspace, capsys)
    assert line.endswith(
        f"{CAPTURE}: a symbolic link; a capture must be a regular file in the captures folder"
    )


def test_a_fifo_is_refused_for_what_it_is_without_waiting(workspace, capsys):
    (workspace / "captures" / CAPTURE).unlink()
    os.mkfifo(workspace / "captures" / CAPTURE)
    assert refused(workspace, capsys).endswith(": not a regular file but a FIFO (named pipe)")


def test_a_capture_of_invisible_characters_is_empty(workspace, capsys):
    (workspace / "captures" / CAPTURE).write_text("\u200b\n\u00a0\u3000\n", encoding="utf-8")
    assert refused(workspace, capsys).endswith(f"{CAPTURE}: the capture is empty")


def test_a_directory_where_the_chapter_goes_is_one_error_even_with_force(workspace, capsys):
    (workspace / "essays" / "critique-of-ally-politics.md").mkdir()
    line = refused(workspace, capsys, CAPTURE, "--force")
    assert line.endswith("critique-of-ally-politics.md: a directory stands where the chapter goes")


def test_a_dangling_link_where_the_chapter_goes_counts_as_a_chapter(workspace, capsys):
    (workspace / "essays" / "critique-of-ally-politics.md").symlink_to(workspace / "nowhere.md")
    assert refused(workspace, capsys).endswith(
        "the chapter already exists; use --force to replace it"
    )


def test_an_essays_path_that_is_a_file_is_one_error(workspace, capsys):
    shutil.rmtree(workspace / "essays")
    (workspace / "essays").write_text("not a folder\n", encoding="utf-8")
    line = refused(workspace, capsys)
    assert line == (
        f"error: {workspace / 'essays'}: cannot write the chapter here: a file, not a folder, "
        "is in the way"
    )


def test_an_unwritable_essays_folder_is_one_error(workspace, capsys, monkeypatch):
    # The suite may run as root, which may write anywhere: the refusal is simulated.
    def refuse(**kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    line = refused(workspace, capsys)
    assert (
        line == f"error: {workspace / 'essays'}: cannot write the chapter here: Permission denied"
    )


def test_a_directory_where_the_review_list_goes_leaves_the_chapter_unwritten(workspace, capsys):
    review = workspace / "essays" / "critique-of-ally-politics.review.txt"
    review.mkdir()
    assert refused(workspace, capsys) == f"error: {review}: a directory stands where the file goes"


def test_the_chapter_and_its_review_list_are_written_both_or_neither(
    workspace, capsys, monkeypatch
):
    made = tempfile.mkstemp

    def chapter_only(**kwargs):
        if kwargs["prefix"].endswith(".review.txt."):
            raise OSError(errno.ENOSPC, "No space left on device")
        return made(**kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", chapter_only)
    line = refused(workspace, capsys)
    review = workspace / "essays" / "critique-of-ally-politics.review.txt"
    assert line == f"error: {review.parent}: cannot write the file here: No space left on device"


def test_provenance_that_is_not_utf8_is_one_error(workspace, capsys):
    provenance = workspace / "provenance.toml"
    provenance.write_bytes(provenance.read_bytes().replace(b"Critique", b"Crit\xefque", 1))
    line = refused(workspace, capsys)
    assert line.startswith(f"error: {provenance}:")
    assert line.endswith("not UTF-8 text (byte 0xef)")


def test_a_slug_taken_by_another_text_is_refused_before_anything_is_written(workspace, capsys):
    provenance = workspace / "provenance.toml"
    text = provenance.read_text(encoding="utf-8")
    provenance.write_text(
        text.replace('slug = "from-charity-to-solidarity"', 'slug = "critique-of-ally-politics"'),
        encoding="utf-8",
    )
    line = refused(workspace, capsys)
    assert "slug 'critique-of-ally-politics' is already" in line


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_a_chapter_has_the_mode_of_any_new_file_also_when_replaced(workspace, umask):
    old = os.umask(umask)
    try:
        assert run(workspace) == 0
        chapter = workspace / "essays" / "critique-of-ally-politics.md"
        assert stat.S_IMODE(chapter.stat().st_mode) == 0o666 & ~umask
        assert run(workspace, CAPTURE, "--force") == 0
        assert stat.S_IMODE(chapter.stat().st_mode) == 0o666 & ~umask
    finally:
        os.umask(old)


def test_a_response_number_markdown_cannot_number_is_refused(workspace, capsys):
    # Ten digits: not a list item, and the response's continuation would be a code block.
    name = "000_0f25cc0ca37dc048.txt"
    text = (SOURCES / "captures" / name).read_text(encoding="utf-8")
    assert "\n  2. Love the piece" in text
    (workspace / "captures" / name).write_text(
        text.replace("\n  2. Love the piece", "\n  1234567890. Love the piece"), encoding="utf-8"
    )
    line = refused(workspace, capsys, name)
    assert line == (
        f"error: {workspace / 'captures' / name}:24: a response numbered 1234567890: "
        "the edition numbers up to nine digits"
    )


def test_a_capture_over_the_size_limit_is_refused_before_it_is_read(workspace, capsys):
    capture = workspace / "captures" / CAPTURE
    text = capture.read_bytes()
    # The real capture, grown past the limit by paragraphs of its own: still a valid text.
    capture.write_bytes(text * (MAX_CAPTURE_BYTES // len(text) + 1))
    assert capture.stat().st_size > MAX_CAPTURE_BYTES
    assert refused(workspace, capsys).endswith(
        f"{CAPTURE}: too large ({capture.stat().st_size:,} bytes; a capture is at most 5 MB)"
    )


@pytest.mark.parametrize("kind", ["too large", "a symbolic link"])
def test_a_saved_page_is_read_as_safely_as_a_text(tmp_path, kind):
    page = tmp_path / "page.html"
    body = "<p>A paragraph of the page, long enough to be the text of it.</p>\n"
    if kind == "too large":
        page.write_text(body * (MAX_CAPTURE_BYTES // len(body) + 1), encoding="utf-8")
    else:
        (tmp_path / "host.html").write_text(body, encoding="utf-8")
        page.symlink_to(tmp_path / "host.html")
    with pytest.raises(EditionError, match=kind):
        read_html_capture(page, None)
