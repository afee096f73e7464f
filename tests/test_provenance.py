import pytest
from conftest import RECORD_TOML as GOOD

from edition.errors import EditionError
from edition.texts.provenance import UNKNOWN, line_numbers, load_provenance, parse_provenance


def test_a_good_record_loads_with_its_display_title():
    record = parse_provenance(GOOD, "p.toml")["first-text"]
    assert record.display_title == "A Title"
    assert record.author == UNKNOWN
    assert record.docname == "book/essays/first-text"


def test_a_supplied_title_is_shown_in_square_brackets():
    text = GOOD.replace('title = "A Title"', 'supplied_title = "Editor’s Title"')
    assert parse_provenance(text, "p.toml")["first-text"].display_title == "[Editor’s Title]"


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        (
            GOOD.replace(
                'rights = "No licence stated"', 'rights = "No licence stated"\nlicence = "CC0"'
            ),
            "unknown key 'licence'",
            13,
        ),
        (GOOD.replace('venue = "unknown"\n', ""), "missing key(s): venue", 1),
        (GOOD.replace('date = "unknown"', 'date = ""'), "'date' must be a non-empty string", 9),
        (
            GOOD.replace('title = "A Title"', 'title = "A"\nsupplied_title = "B"'),
            "give exactly one of",
            1,
        ),
        (GOOD.replace('slug = "first-text"', 'slug = "First Text"'), "bad slug", 3),
        (GOOD + "\n" + GOOD, "second record for 000_a.txt", 15),
        (GOOD.replace('slug = "first-text"', 'slug = "first-text'), "not valid TOML", 3),
        ("", "no [[text]] records", None),
        (
            GOOD.replace('author = "unknown"', 'author = "Ann Lee"\nauthor_family = "Li"'),
            "author_given and author_family spell 'Li', not 'Ann Lee'",
            6,
        ),
        (
            GOOD.replace('author = "unknown"', 'author = "Ann"\nauthor_given = "Ann"'),
            "author_given needs author_family",
            6,
        ),
        (
            GOOD + 'excerpt_of = "no-such-text"\n',
            "excerpt_of names no record: 'no-such-text'",
            13,
        ),
    ],
)
def test_bad_records_name_the_file_and_line(text, message, line):
    with pytest.raises(EditionError) as caught:
        parse_provenance(text, "sources/provenance.toml")
    assert message in caught.value.message
    assert caught.value.line == line
    assert str(caught.value).startswith("sources/provenance.toml")


def test_the_edition_records_claim_no_licence_and_no_guessed_facts(records):
    for record in records.values():
        assert record.rights == "No licence stated"
    assert records["not-enough"].author == UNKNOWN
    assert records["allyship-just-isnt-enough"].author == UNKNOWN
    assert records["moving-past-performative-action"].date == UNKNOWN
    assert records["moving-past-performative-action"].title is None


def test_a_personal_name_is_split_and_a_signature_kept_as_written(records):
    assert records["moving-past-performative-action"].author_name == {
        "family": "Malibiran",
        "given": "Regine",
    }
    assert records["critique-of-ally-politics"].author_name == {"literal": "M."}
    assert records["not-enough"].author_name is None


def test_the_editors_furniture_decisions_are_line_numbers_and_ranges():
    record = parse_provenance(GOOD + 'furniture_lines = "3, 7-9"\n', "p.toml")["first-text"]
    assert record.editor_furniture == {3, 7, 8, 9}
    assert line_numbers("") == frozenset()
    with pytest.raises(EditionError) as caught:
        parse_provenance(GOOD + 'furniture_lines = "3, nine"\n', "p.toml")
    assert "not a line number or range: 'nine'" in str(caught.value)


@pytest.mark.parametrize(
    ("file", "message"),
    [
        ("../../../../etc/passwd", "'file' must be a file name of the captures folder"),
        ("sub/000_a.txt", "'file' must be a file name of the captures folder"),
        ("..", "'file' must be a file name of the captures folder"),
        ("000_a.md", "'file' must end in .txt, .html or .htm"),
        ("000 a.txt", "bad capture name '000 a.txt'"),
        (".hidden.txt", "bad capture name '.hidden.txt'"),
        ("a`b.txt", "bad capture name 'a`b.txt'"),
    ],
)
def test_a_capture_file_is_a_plain_name_of_the_captures_folder(file, message):
    with pytest.raises(EditionError) as caught:
        parse_provenance(GOOD.replace('"000_a.txt"', f'"{file}"'), "p.toml")
    assert message in caught.value.message
    assert caught.value.line == 2


@pytest.mark.parametrize("file", ["000_a.v2.html", "000_a.htm"])
def test_html_captures_and_dotted_ids_are_accepted(file):
    text = GOOD.replace('"000_a.txt"', f'"{file}"')
    assert parse_provenance(text, "p.toml")["first-text"].file == file


def test_a_duplicate_slug_names_both_records_lines():
    other = GOOD.replace("000_a.txt", "001_b.txt")
    with pytest.raises(EditionError) as caught:
        parse_provenance(GOOD + "\n" + other, "p.toml")
    assert str(caught.value) == "p.toml:16: slug 'first-text' is already 000_a.txt's (line 3)"


def test_line_numbers_are_not_shifted_by_a_line_separator_in_a_comment():
    # TOML ends lines at line feeds only; str.splitlines would also break at U+2028.
    other = GOOD.replace("000_a.txt", "001_b.txt")
    with pytest.raises(EditionError) as caught:
        parse_provenance("# a note\u2028that runs on\n" + GOOD + "\n" + other, "p.toml")
    assert str(caught.value) == "p.toml:17: slug 'first-text' is already 000_a.txt's (line 4)"


def test_two_captures_with_one_id_are_refused():
    other = GOOD.replace("000_a.txt", "000_a.html").replace("first-text", "second-text")
    with pytest.raises(EditionError) as caught:
        parse_provenance(GOOD + "\n" + other, "p.toml")
    assert caught.value.line == 15
    assert caught.value.message == (
        "second record for 000_a.html (its id '000_a' is 000_a.txt's, line 2)"
    )


def test_provenance_that_is_not_utf8_is_one_error_naming_its_line(tmp_path):
    path = tmp_path / "provenance.toml"
    path.write_bytes(GOOD.encode().replace(b"A Title", b"A T\xeftle"))
    with pytest.raises(EditionError) as caught:
        load_provenance(path)
    assert str(caught.value) == f"{path}:4: not UTF-8 text (byte 0xef)"
