import pytest

from edition.texts.dates import PartialDate, parse_date


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Aug 28, 2017", PartialDate(2017, 8, 28)),
        ("Nov 2023", PartialDate(2023, 11)),
        ("November 2023", PartialDate(2023, 11)),
        ("2013", PartialDate(2013)),
        ("13/1/2016", PartialDate(2016, 1, 13)),
        ("1/13/2016", PartialDate(2016, 1, 13)),
        ("unknown", None),
    ],
)
def test_dates_are_read_as_far_as_they_go(text, date):
    assert parse_date(text) == date


def test_a_numeric_date_that_reads_both_ways_keeps_only_its_year():
    assert parse_date("1/11/2016") == PartialDate(2016)
    assert parse_date("1/11/2016").parts() == [2016]


@pytest.mark.parametrize("text", ["yesterday", "Foo 3, 2017", "2017-13"])
def test_an_unreadable_date_is_an_error(text):
    with pytest.raises(ValueError, match="unreadable"):
        parse_date(text)
