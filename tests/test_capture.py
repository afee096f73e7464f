import pytest

from edition.capture import decode_capture, read_capture
from edition.errors import EditionError


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
