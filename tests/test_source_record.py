from conftest import RECORD_TOML as GOOD

from edition.apparatus.source_record import render_source_record
from edition.texts.provenance import parse_provenance

PART = (
    GOOD.replace("000_a.txt", "001_b.txt")
    .replace('slug = "first-text"', 'slug = "part"')
    .replace('author = "unknown"', 'author = "M."')
    + 'excerpt_of = "first-text"\n'
)
RECORDS = parse_provenance(GOOD + "\n" + PART, "p.toml")


def test_unknowns_are_marked_and_no_licence_is_claimed():
    text = render_source_record(RECORDS["first-text"], RECORDS)
    assert "- **Author:** *unknown* (No byline.)" in text
    assert "- **Original publication:** *unknown* (the capture does not say)" in text
    assert (
        "- **Rights:** No licence stated, as far as the capture shows. No permission from an "
        "author or rights holder is recorded. The edition claims no licence for this text, and "
        "its own licences do not cover it."
    ) in text
    assert "{ref}`textual notes <textual-notes-first-text>`" in text


def test_an_excerpt_and_its_whole_link_to_each_other():
    part = render_source_record(RECORDS["part"], RECORDS)
    whole = render_source_record(RECORDS["first-text"], RECORDS)
    assert "- **Author:** M. (No byline.)" in part
    assert "an excerpt of [A Title](/book/essays/first-text.md)" in part
    assert "an excerpt of this text appears as [A Title](/book/essays/part.md)" in whole


def test_a_title_with_backticks_and_markup_is_link_text_not_markup():
    hostile = "Evil `{download}`../../etc/hostname` <b>x</b>"
    records = parse_provenance(
        GOOD.replace('title = "A Title"', f"title = {hostile!r}") + "\n" + PART, "p.toml"
    )
    part = render_source_record(records["part"], records)
    assert "an excerpt of [Evil \\`\\{download\\}\\`../../etc/hostname\\` \\<b\\>x\\</b\\>]" in part
    assert "{download}`" not in part
