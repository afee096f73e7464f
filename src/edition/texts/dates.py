"""Dates as the captures write them, read only as far as they are unambiguous."""

from __future__ import annotations

import re
from dataclasses import dataclass

UNKNOWN = "unknown"
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{4})$")
_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day; nothing is filled in."""

    year: int
    month: int | None = None
    day: int | None = None

    def parts(self) -> list[int]:
        return [p for p in (self.year, self.month, self.day) if p is not None]


def parse_date(text: str) -> PartialDate | None:
    """Read "Aug 28, 2017", "Nov 2023", "1/11/2016" or "2013"; None for "unknown".

    A numeric date whose day and month could be either way round keeps only its year.
    """
    text = text.strip()
    if text == UNKNOWN:
        return None
    if match := _YEAR.match(text):
        return PartialDate(int(match[1]))
    if match := _MONTH_DAY_YEAR.match(text):
        return PartialDate(int(match[3]), _month(match[1], text), int(match[2]))
    if match := _MONTH_YEAR.match(text):
        return PartialDate(int(match[2]), _month(match[1], text))
    if match := _NUMERIC.match(text):
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        if first <= 12 and second <= 12 and first != second:
            return PartialDate(year)
        month, day = (first, second) if second > 12 else (second, first)
        return PartialDate(year, month, day)
    raise ValueError(f"unreadable date {text!r}")


def _month(name: str, text: str) -> int:
    try:
        return _MONTHS.index(name.lower()) + 1
    except ValueError:
        raise ValueError(f"unreadable month in {text!r}") from None
