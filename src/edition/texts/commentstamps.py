"""A comment thread recognised by its timestamps, whatever its buttons say.

Each reader's comment carries when it was written, to the minute or by its age ("March 5,
2015 at 10:23 AM", "8:14am", "2 years ago"), over its words (with the writer's name) or
under them. So a thread is a run of timestamps of the same kind, at least ``MIN_UNITS``,
each not far from the last, with a reader's words between each two, most of them holding a
sentence. Its first unit is read with the layout of the second: where the words follow the
timestamp, the unit begins at the name above it; where they come first, above them. A
thread begins only after the page's matter has stood between it and the text (a live blog's
or a diary's dated entries follow the text's paragraphs closely, or are the text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from edition.texts.prose import CUT_OFF, MIN_PROSE_WORDS, is_sentence
from edition.texts.structure import DATE
from edition.texts.words import word_count

# Three comments at least: two dated paragraphs could be the author's. (With each platform
# held out, 2 does best on the others' captures for every platform, tied for chorus, by one
# furniture line in all; 3 is kept for that reason.)
MIN_UNITS = 3
# A header (a name, an avatar's label) stands right above its timestamp or its words: at
# most so many short lines.
MAX_HEADER_LINES = 2
# Lines from one unit's timestamp to the next, at most: a comment of a few paragraphs and
# its buttons; further on, a dated line belongs to something else (a footer, a teaser).
# With each platform held out, 10, 20 and 30 tie on the others' captures, but where the
# kinja page is among them: 30 takes its thread (87.6 % held out in all), a gain on that
# capture alone, where the three tie. 20, set before any score, is kept.
MAX_UNIT_LINES = 20
# Lines between the text's last paragraphs and the first comment (its name, the page's
# matter), at least.
MIN_GAP = 3
MAX_STAMP_WORDS = 12

# A clock time as English, French and German pages write it ("10:23", "10h23", "10.23 Uhr").
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2}(?!\d)|\s?h\s?\d{2}\b|\.\d{2}\s*uhr\b)", re.IGNORECASE)
_AGE = re.compile(
    r"\b(?:\d+|an?)\s*(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+ago\b|\byesterday\b"
    # German ("vor 3 Tagen", "1 Monat her") and French ("il y a 2 jours").
    r"|\bvor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?"
    r"|monat(?:en)?|jahr(?:en)?)\b|\b(?:\d+|ein|eine)\s+(?:sekunden?|minuten?|stunden?|tagen?"
    r"|tage|wochen?|monate?|jahre?)\s+her\b|\bgestern\b"
    r"|\bil\s+y\s+a\s+(?:\d+|une?)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois"
    r"|ans?)\b|\bhier\b"
    # Spanish, Portuguese, Italian, Dutch, Polish, Czech and Russian ("hace 3 horas", "há 2
    # dias", "2 giorni fa", "3 dagen geleden", "2 dni temu", "před 3 dny", "2 часа назад"),
    # written from how sites word them; and Japanese, Chinese and Korean ("3時間前", "3天前",
    # "3시간 전"), whose words no word boundary parts from a number.
    r"|\b(?:hace|há)\s+(?:\d+|una?|uma?)\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?"
    r"|mes(?:es)?|m[êe]s|anos?|años?)\b|\b(?:ayer|ontem|ieri|gisteren|wczoraj|včera|вчера)\b"
    r"|\b(?:\d+|un|una)\s+(?:secondi?|minuti?|ore|ora|giorni?|settimane?|mesi?|anni?)\s+fa\b"
    r"|\b\d+\s+(?:seconden|minuten|minuut|uur|dagen|dag|weken|week|maanden|maand|jaar)\s+geleden\b"
    r"|\b\d+\s+(?:sekund\w*|minut\w*|godzin\w*|dni|dzień|tygodni\w*|miesi\w*|lat|rok\w*)\s+temu\b"
    r"|\bpřed\s+(?:\d+\s+)?(?:sekund\w*|minut\w*|hodin\w*|dn\w*|dny|týdn\w*|týdnem|měsíc\w*"
    r"|rok\w*|let)\b|\b\d+\s+(?:секунд\w*|минут\w*|час\w*|дн\w*|день|недел\w*|месяц\w*|лет|год\w*)"
    r"\s+назад\b|\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年|分钟|分鐘|小时|小時|天|周|週|个月|個月)前"
    r"|\d+\s*(?:초|분|시간|일|주|개월|년)\s*전",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SENTENCE_INSIDE = re.compile(r"\w[.!?][\"'”’)\]]*\s+\S")
_KINDS = (("date", DATE), ("clock", _CLOCK), ("age", _AGE), ("year", _YEAR))


def stamp_kind(text: str) -> str | None:
    """The kind of timestamp a short line that is not a sentence carries ("date clock",
    "age"), or None: units of one thread carry the same kind. A day alone is no comment's."""
    if word_count(text) > MAX_STAMP_WORDS or is_sentence(text):
        return None
    kinds = [name for name, pattern in _KINDS if pattern.search(text)]
    if "date" in kinds and "year" in kinds:
        kinds.remove("year")
    # A comment is stamped to the minute or by its age; an article (a teaser's, an
    # archive's) by its day.
    if "clock" not in kinds and "age" not in kinds:
        return None
    return " ".join(kinds)


def is_reader_words(text: str) -> bool:
    """A reader's words: a sentence or a long line, not cut off as a teaser's blurb is."""
    return not CUT_OFF.search(text.strip()) and (
        is_sentence(text) or word_count(text) >= MIN_PROSE_WORDS
    )


def holds_sentence(text: str) -> bool:
    return is_sentence(text) or bool(_SENTENCE_INSIDE.search(text))


def thread_chain(marks: list, words: list[bool], said: list[bool]) -> list[int]:
    """The positions of the first run of equal marks that reads as a thread (a comment's
    timestamp of one kind, its reply button, its header): at least ``MIN_UNITS``, each at
    most ``MAX_UNIT_LINES`` after the last, a reader's ``words`` between each two, and most
    units holding a sentence (``said``); or an empty list."""
    found = [i for i, mark in enumerate(marks) if mark]
    for k, first in enumerate(found):
        chain = [first]
        for later in found[k + 1 :]:
            if later - chain[-1] > MAX_UNIT_LINES:
                break
            if marks[later] == marks[first] and any(words[chain[-1] + 1 : later]):
                chain.append(later)
        pairs = list(pairwise(chain))
        # Readers write sentences; a teaser's headline under its timestamp has no full stop
        # (read on a news page's "latest" list): most units must hold one, ended or going
        # on (a comment's button may run into its last word, as on a wordpress thread).
        holding = sum(any(said[a + 1 : b]) for a, b in pairs)
        if len(chain) >= MIN_UNITS and 2 * holding > len(pairs):
            return chain
    return []


def climb(i: int, count: int, lines: list[bool]) -> int:
    """From position ``i``, up over at most ``count`` lines for which ``lines`` holds."""
    while count and i > 0 and lines[i - 1]:
        i, count = i - 1, count - 1
    return i


def stamped_thread_start(lines: list[str], runs: list[tuple[int, int]]) -> int | None:
    """The number of the first line of a thread recognised by its timestamps, or None.

    ``runs`` are the pairs of lines of prose that stand together
    (``edition.texts.lineshapes.prose_runs``): the thread begins after the text's first ones,
    and at least ``MIN_GAP`` lines after the last ones above it.
    """
    if not runs:
        return None
    filled = [(n, t) for n, t in enumerate(lines, start=1) if t.strip()]
    index = {n - 1: i for i, (n, _) in enumerate(filled)}
    kinds = [stamp_kind(t) for _, t in filled]
    words = [is_reader_words(t) for _, t in filled]
    chain = thread_chain(kinds, words, [holds_sentence(t) for _, t in filled])
    if not chain:
        return None
    # The second unit's layout: lines between the first timestamp and the words, and
    # between the words and the next timestamp.
    first, second = chain[0], chain[1]
    said = [i for i in range(first + 1, second) if words[i]]
    after, before = said[0] - first - 1, second - said[-1] - 1
    other = [not w and not k for w, k in zip(words, kinds, strict=True)]
    # The unit's core (its timestamp, or the words above it) and its header above that (a
    # name, or what the second unit's layout takes for one: the page's own lines). The layout
    # is ambiguous where a name and a button stand on either side of the words (a drupal
    # thread: name, words, "reply", date, time): the reading that fits the lines above the
    # first timestamp is taken, the likelier first.
    heads = (first, min(before, MAX_HEADER_LINES))
    closes = (
        climb(climb(first, before, other), MAX_UNIT_LINES, words),
        min(after, MAX_HEADER_LINES),
    )
    run_ends = sorted(index[b] for _, b in runs)
    text_begins = index[runs[0][1]]
    for core, header in (heads, closes) if after <= before else (closes, heads):
        start = climb(core, header, other)
        above = bisect_left(run_ends, core)
        gap = core - run_ends[above - 1] - 1 if above else 0
        # A reader's words right above the unit read so would be a unit of their own.
        if start > text_begins and gap >= MIN_GAP and not words[start - 1]:
            return filled[start][0]
    return None
