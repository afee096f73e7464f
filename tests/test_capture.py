import errno
import os

import pytest

from edition.errors import EditionError
from edition.texts.capture import decode_capture, is_invisible, read_capture


def test_lines_are_returned_without_line_ends_or_bom():
    assert decode_capture("\ufeffTitle\r\n\r\nText “quoted”.\n".encode(), "x.txt") == [
        "Title",
        "",
        "Text “quoted”.",
    ]


@pytest.mark.parametrize(
    ("data", "message", "line"),
    [
        (b"", "the capture is empty", None),
        (b" \n\n\t\n", "the capture is empty", None),
        (b"fine\nalso fine\nbad \xff byte\n", "not UTF-8 text (byte 0xff)", 3),
        (b"fine\nbinary\x00data\n", "binary content (control character U+0000)", 2),
        (b"\x89PNG\r\n\x1a\n", "not UTF-8 text (byte 0x89)", 1),
    ],
)
def test_bad_captures_name_the_file_and_line(data, message, line):
    with pytest.raises(EditionError) as caught:
        decode_capture(data, "captures/bad.txt")
    assert caught.value.message == message
    assert caught.value.line == line
    where = "captures/bad.txt" + (f":{line}" if line else "")
    assert str(caught.value) == f"{where}: {message}"


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(EditionError, match=r"nope\.txt: no such file"):
        read_capture(tmp_path / "nope.txt")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_unicode_line_separators_stay_inside_their_line(separator):
    data = f"Title\n\nOne paragraph{separator}still the same.\nLast line.\n".encode()
    assert decode_capture(data, "x.txt") == [
        "Title",
        "",
        f"One paragraph{separator}still the same.",
        "Last line.",
    ]


def test_line_numbers_count_lone_cr_and_crlf_line_ends_alike_for_every_error():
    assert decode_capture(b"a\rb\r\nc\n", "x.txt") == ["a", "b", "c"]
    for data in (b"a\rb\r\nc\r\xff\n", b"a\rb\r\nc\r\x00\n"):
        with pytest.raises(EditionError) as caught:
            decode_capture(data, "x.txt")
        assert caught.value.line == 4


@pytest.mark.parametrize(("char", "code"), [("\f", "000C"), ("\v", "000B")])
def test_a_form_feed_or_vertical_tab_is_named_at_its_line_not_taken_as_a_line_end(char, code):
    with pytest.raises(EditionError) as caught:
        decode_capture(f"Title\n\nOne{char}paragraph.\nLast.\n".encode(), "x.txt")
    assert str(caught.value) == f"x.txt:3: binary content (control character U+{code})"


@pytest.mark.parametrize(
    "text", ["\u00a0\n\u3000\u2003\n", "\u200b\n", "\ufeff\u200d\u2060\n\u00ad", "\ufeff \n"]
)
def test_a_capture_of_only_invisible_characters_is_empty(text):
    with pytest.raises(EditionError, match="the capture is empty"):
        decode_capture(text.encode(), "x.txt")


def test_invisible_means_nothing_a_reader_could_see():
    assert is_invisible("\u200b\u200c\u200d\u2060\ufeff\u00ad \u00a0\u3000\u202e")
    assert not is_invisible("\u200bA")


def test_a_symbolic_link_is_refused_even_to_a_good_capture(tmp_path):
    (tmp_path / "real.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    with pytest.raises(EditionError, match=r"link\.txt: a symbolic link"):
        read_capture(tmp_path / "link.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(EditionError, match=r"dangling\.txt: a symbolic link"):
        read_capture(tmp_path / "dangling.txt")


def test_a_directory_or_fifo_is_named_for_what_it_is(tmp_path):
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(EditionError, match=r"folder\.txt: not a regular file but a directory$"):
        read_capture(tmp_path / "folder.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(EditionError, match=r"pipe\.txt: not a regular file but a FIFO"):
        read_capture(tmp_path / "pipe.txt")


def test_an_unreadable_file_is_one_error(tmp_path, monkeypatch):
    capture = tmp_path / "locked.txt"
    capture.write_text("Title\n\nText.\n", encoding="utf-8")

    # The suite may run as root, which may open any file: the refusal is simulated.
    def refuse(*args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(EditionError, match=r"locked\.txt: cannot open: Permission denied$"):
        read_capture(capture)
