import pytest

from edition.apparatus.status import load_statuses
from edition.errors import EditionError

GOOD = """\
[[paragraph]]
text = "a"
paragraph = "1"
status = "Authorship uncertain"
note = "Perhaps the site's summary."
"""


def write(tmp_path, text):
    path = tmp_path / "paragraph-status.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_status_is_read_with_its_line(tmp_path):
    (status,) = load_statuses(write(tmp_path, "# doubts\n" + GOOD), {"a"})
    assert (status.text, status.paragraph, status.status, status.line) == (
        "a",
        "1",
        "Authorship uncertain",
        2,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace('text = "a"', 'text = "z"'), ":1: unknown text 'z'"),
        (GOOD.replace('note = "Perhaps the site\'s summary."', 'note = " "'), ":1: 'note' must"),
        (GOOD + "\n" + GOOD, ":7: a second status for a ¶ 1"),
        (GOOD.replace('status = "Authorship uncertain"\n', ""), ":1: missing key(s): status"),
    ],
)
def test_a_broken_entry_is_named_by_file_and_line(tmp_path, text, message):
    path = write(tmp_path, text)
    with pytest.raises(EditionError) as caught:
        load_statuses(path, {"a"})
    assert str(caught.value).startswith(f"{path}{message}")


def test_an_edition_without_doubts_needs_no_file(tmp_path):
    assert load_statuses(tmp_path / "paragraph-status.toml", {"a"}) == []
