"""Where the author's text ends on a captured page, and the page's end matter begins.

After the text, a page goes on with its own matter: share buttons, tags, related-story lists,
newsletter boxes, reader comments, footers. Its labels are short, and the sentences among
them stand alone: a teaser's blurb, a box's appeal, a footer's notice, each between labels.
The author's paragraphs stand together. So the end matter begins at the first line whose
shape marks it as the page's (``page_marks``: repeated, a date, a teaser cut off) after
the last two lines of prose that stand together, or at the first label a furniture rule knows
after the text's first such lines, where few of the lines that follow read as prose and the
text does not go on (a page's teaser blurbs and quotations after the text may stand together
too). Reader comments are the
exception, since their replies are prose: a comment thread is recognised by its counter and
its reply buttons, or by the shape of its units (``comment_thread_shape``), and taken out
first.

Nothing here removes a line. The cleaning keeps every line that reads as prose, in the end
matter too, and lists it for the editor's review.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from edition.texts.commentbuttons import buttoned_thread_start
from edition.texts.commentheaders import headed_thread_start
from edition.texts.commentstamps import stamped_thread_start
from edition.texts.furniture import (
    COMMENT_BUTTONS,
    COMMENT_HEADERS,
    COMMENT_SHAPE,
    COMMENT_STAMPS,
    ECHOED_RUNS,
    HEADLINE_LISTS,
    HEADLINE_RUNS,
    LABEL_RUN_END,
    LABEL_RUNS,
    PAGE_MARKS,
    RUNNING_HEADS,
    TEASER_BLURBS,
    Rule,
    is_label,
    line_rules,
)
from edition.texts.lineshapes import is_word_label, prose_runs, running_heads
from edition.texts.prose import (
    CUT_OFF,
    MIN_PROSE_WORDS,
    is_sentence,
    is_title_case,
    led_in,
    reads_as_prose,
)
from edition.texts.structure import names_a_day
from edition.texts.words import word_count

# The rules whose labels head reader comments ("View comments (27)"), and the rule of the
# buttons each comment carries ("Reply").
COMMENT_HEADINGS = frozenset({"comment-count", "comments-opener", "comment-counters"})
COMMENT_ACTIONS = frozenset({"comment-actions", "reply-buttons"})
# A thread has a button under more than one comment.
_MIN_ACTIONS = 2
# In the page's end matter a line in four at most reads as prose, in the lines that follow its
# first label (the corpus's have one in five at most; a text's last paragraphs, each under
# its heading, make one in two).
_MAX_PROSE_SHARE = 0.25
_WINDOW = 12


def end_matter_start(
    lines: list[str], rules: tuple[Rule, ...], until: int | None = None, title: int = 0
) -> int | None:
    """The number of the line where the page's end matter begins, or None.

    It begins at the first label a rule knows after the text's first two lines of prose that
    stand together, where few of the lines that follow read as prose: a stray widget among
    the text's last paragraphs, each under its heading, is not the end of the text. Before
    the last two such lines, no stretch may begin to read like the text within ``_HORIZON``
    lines, nor may two paragraphs stand together soon after the label (a box inside the
    text). Where the
    page-marks rule applies, a line whose shape marks it as the page's (``page_marks``) may
    begin it too, where few long lines follow it either, nor any later stretch that reads
    like the text. Where the headline-runs rule applies, a run of other articles' headlines
    under its heading (``headline_runs``) after the last such lines is weighed as a label a
    rule knows, where the text does not come back after it; where the teaser-blurbs rule
    applies, the blurbs of a list of other articles (``teaser_lists``) are weighed as no
    lines at all. A text whose paragraphs never stand together tells too little. ``until``
    is the line where the readers' responses begin (a comment thread,
    ``comment_thread_start``): the search stops there; ``title`` the title's line, where
    the text has not begun yet (a cookie notice's paragraphs above it stand together too).
    """
    before = lines if until is None else lines[: until - 1]
    runs = prose_runs(before)
    if not runs:
        return None
    matched = line_rules(lines, rules)
    marks = page_marks(before, runs[-1][1] + 1) if PAGE_MARKS in rules else [False] * len(before)
    in_runs = label_runs(before, runs[-1][1] + 1) if LABEL_RUNS in rules else [False] * len(before)
    marks = [a or b for a, b in zip(marks, in_runs, strict=True)]
    through = in_runs if LABEL_RUN_END in rules else [False] * len(before)
    headlined = (
        headline_runs(before, runs[-1][1] + 1) if HEADLINE_RUNS in rules else [False] * len(before)
    )
    # A teaser's blurb is weighed as no line at all: it reads as prose, but is not the text
    # going on (teaser-blurbs).
    blurbs, listed = (
        teaser_lists(before, runs[-1][1] + 1)
        if TEASER_BLURBS in rules
        else ([False] * len(before), [False] * len(before))
    )
    headlined = [h or t for h, t in zip(headlined, listed, strict=True)]
    # A label a rule knows may begin it after the text's first paragraphs that stand
    # together under the title; a line marked by its shape alone, after the last.
    opening = next((b for a, b in runs if a >= title), runs[-1][1])
    known = {
        number: is_label(text, rules, matched[number - 1])
        for number, text in enumerate(before, start=1)
        if number - 1 > opening and text.strip() and not reads_as_prose(text)
    }
    if ECHOED_RUNS in rules:
        echoed = echoed_runs(before, opening + 1, title)
        known = {number: k or echoed[number - 1] for number, k in known.items()}
    known = {number: k for number, k in known.items() if k or number - 1 > runs[-1][1]}
    # A printed page's running head stands inside the text on every page: not where it ends.
    heads = running_heads(before) if RUNNING_HEADS in rules else [False] * len(before)
    labels = {
        number: k
        for number, k in known.items()
        if (k or marks[number - 1] or headlined[number - 1]) and not heads[number - 1]
    }
    filled = [
        "" if blurbs[number - 1] else text
        for number, text in enumerate(before, start=1)
        if text.strip()
    ]
    position = {
        number: i for i, number in enumerate(n for n, t in enumerate(before, 1) if t.strip())
    }
    # The text's return needs its sentences, where a list of headlines may follow (headline-lists).
    sentences = _MIN_RETURN_SENTENCES if HEADLINE_LISTS in rules else 0
    text_like = _text_like(filled, sentences)
    text_again = _again(text_like)
    # After each line (the last line has none after it).
    paragraph_after = [*_again([_is_a_full_paragraph(text) for text in filled])[1:], False]
    # A run of headlines under its heading is weighed as a label a rule knows is, where the
    # text does not come back after it (its headlines left out: they are long lines too).
    # Without such a run nothing asks, and the windows need not be counted again.
    returns = (
        _returns(before, [h or b for h, b in zip(headlined, blurbs, strict=True)], sentences)
        if any(headlined)
        else headlined
    )
    for number, known in labels.items():
        if not known and headlined[number - 1]:
            if returns[number - 1]:
                continue
            known = True
        window = filled[position[number] : position[number] + _WINDOW]
        # A line marked by its shape alone stands among the text's long items as easily
        # (a heading with a year over release notes): there, long lines must be few too.
        like_text = reads_as_prose if known else _reads_as_text
        if sum(like_text(text) for text in window) > len(window) * _MAX_PROSE_SHARE:
            continue
        # Before the last paragraphs that stand together, a label begins the end matter
        # only where no stretch reads like the text again within a few windows after it (an
        # advertisement's label over a long list of the author's, then the text going on),
        # and no two paragraphs stand together soon after it (a newsletter box in the text).
        if (
            known
            and number - 1 <= runs[-1][1]
            and (
                any(text_like[position[number] : position[number] + _HORIZON])
                or _resumes(runs, position, number)
            )
        ):
            continue
        # Where only its shape marks it, no later stretch may read like the text again (an
        # article going on after an embedded video player's labels), nor may the next line
        # (an interviewer's question trailing off over the answer), nor may a full paragraph
        # come later (a post whose sections, each a paragraph and a code listing, go on
        # after the listings' repeated lines).
        if not known and (
            reads_as_prose(window[1] if len(window) > 1 else "")
            or (not through[number - 1] and text_again[position[number]])
            or _says_a_sentence(before[number - 1])
            or paragraph_after[position[number]]
        ):
            continue
        return number
    return None


# A sentence inside a line, up to its end and the space after it.
_SENTENCE = re.compile(r".+?[.!?][\"'”’)\]]*(?=\s)")


def _says_a_sentence(text: str) -> bool:
    """Whether a line cut off with an ellipsis first says a whole sentence of prose (an
    author's closing note trailing off: "… well, I used PopSQL. It's a new editor …"); a
    teaser is cut off in its first sentence or soon after a short one."""
    return bool(CUT_OFF.search(text.strip())) and any(
        reads_as_prose(sentence.group()) for sentence in _SENTENCE.finditer(text.strip())
    )


def _resumes(runs: list[tuple[int, int]], position: dict[int, int], number: int) -> bool:
    """Whether two lines of prose stand together within ``_WINDOW`` lines after line
    ``number``: the text goes on there."""
    return any(a >= number and position[a + 1] - position[number] < _WINDOW for a, _ in runs)


# How far after a label inside the text its paragraphs may come back: a few windows (a long
# list of the author's under a stray widget), not the rest of the page (a feed's quotations).
_HORIZON = 3 * _WINDOW


# A stretch that reads like the text holds sentences of prose; a list of other articles'
# headlines holds long lines that end none, and a notice or a teaser's blurb one (the news
# page's comment notice under its teasers). With the rule held out on news-custom and
# sciencex, on the others' captures one takes 182 lines of furniture more out, two 187 (a
# kontext page's five too), three loses 35 lines of the text (a serendipity review's book
# details, a football report's line-ups: long lines that end no sentence, between
# paragraphs that stand alone).
_MIN_RETURN_SENTENCES = 2


def _text_like(filled: list[str], sentences: int = 0) -> list[bool]:
    """For each line, whether the stretch of ``_WINDOW`` lines from it on reads like the text:
    more than a share ``_MAX_PROSE_SHARE`` of its lines (``_reads_as_text``), and at least
    ``sentences`` of them prose that ends a sentence (``reads_as_prose``)."""
    like = _window_counts([_reads_as_text(text) for text in filled])
    prose = _window_counts([reads_as_prose(text) for text in filled])
    return [
        count > _WINDOW * _MAX_PROSE_SHARE and said >= sentences
        for count, said in zip(like, prose, strict=True)
    ]


def _window_counts(flags: list[bool]) -> list[int]:
    """For each position, how many of ``flags`` hold in the ``_WINDOW`` from it on."""
    sums = [0] * (len(flags) + 1)
    for i in range(len(flags) - 1, -1, -1):
        sums[i] = sums[i + 1] + flags[i]
    return [sums[i] - sums[min(i + _WINDOW, len(flags))] for i in range(len(flags))]


# A paragraph this long is the text's wherever it stands: the page's blurbs and notices are
# shorter. With every platform held out, a later paragraph of 60 words or more kept the
# sections of a post of code listings (unseen set 11, 46 lines) at the cost of 42 lines of
# furniture on 170 captures (a sitecore and a brightspot page's long notices after the text).
_FULL_PARAGRAPH_WORDS = 60


def _is_a_full_paragraph(text: str) -> bool:
    return word_count(text) >= _FULL_PARAGRAPH_WORDS and reads_as_prose(text)


def _again(text_like: list[bool]) -> list[bool]:
    """For each line, whether a stretch that reads like the text begins there or later."""
    again = [False] * (len(text_like) + 1)
    for i in range(len(text_like) - 1, -1, -1):
        again[i] = again[i + 1] or text_like[i]
    return again[: len(text_like)]


def _reads_as_text(text: str) -> bool:
    """Prose, or a long line of the text's kind: not a headline, a timestamp or a teaser."""
    return reads_as_prose(text) or (
        word_count(text) >= MIN_PROSE_WORDS
        and not is_title_case(text)
        and not _is_stamp(text)
        and not CUT_OFF.search(text.strip())
    )


# Lines repeated after the text, at least, for repetition to mark the page's: one line said
# again is a poem's refrain as easily; a page repeats several (its menus, its teasers'
# buttons).
_MIN_REPEATED = 2


# A teaser's date or a post's footer is a few words about a date ("Posted on 3 May 2019 by
# Jo"); a longer line with a year in it is a rule or an item of the text as often ("… no
# space between day, month and year (e.g. 9.9.2019)", a journal's guidelines of set 14,
# unseen data: 32 of its lines kept, 28 lines of furniture kept too on 196 captures). The date
# names its day, and the line does not lead on: a clock time alone is a match report's kick-off
# ("Hora: 14:00"), a month and year a reference's or a printed page's running head, and a line
# ending in a comma a wrapped reference's ("W3C Candidate Recommendation 29 January 2013",").
# With every platform held out on 208 captures, 64 of the 133 lines lost were kept so, and 28
# lines of furniture too (teasers' headlines with a year: "› Festival de Cannes 2014").
_MAX_MARK_STAMP_WORDS = 8


def _is_dated_mark(text: str) -> bool:
    return (
        _is_stamp(text)
        and word_count(text) <= _MAX_MARK_STAMP_WORDS
        and names_a_day(text)
        and not text.rstrip().endswith(_LEADS_ON)
    )


def page_marks(lines: list[str], after: int) -> list[bool]:
    """For each line after line ``after``, whether its shape, whatever its wording, marks it
    as the page's: repeated there, where several lines are (a menu, a teaser list's "Read the
    blog" buttons), a date to the day (a post's footer, a teaser's date), or cut off with an
    ellipsis (a teaser). A line repeated only above (a table of contents) may be the text's
    closing heading."""
    seen: dict[str, int] = {}
    for text in lines[after:]:
        if text.strip():
            seen[text.strip().casefold()] = seen.get(text.strip().casefold(), 0) + 1
    if sum(count > 1 for count in seen.values()) < _MIN_REPEATED:
        seen = {}
    return [
        number > after
        and bool(text.strip())
        and not reads_as_prose(text)
        and (
            seen.get(text.strip().casefold(), 0) > 1
            or _is_dated_mark(text)
            or bool(CUT_OFF.search(text.strip()))
        )
        for number, text in enumerate(lines, start=1)
    ]


# A run of labels (a menu, a tag list, a share row, pagination "1 2 3 Next") has this many at
# least. With each platform held out, 3 does best on the others' captures (of 3-6) for every
# platform, but with every rule it takes a signature of initials ("kb") over a byline and
# tags on a squarespace page: 4, the next best everywhere, is kept. A label is a word or a
# few, and no sentence. A line that leads into what follows
# ("Sources:", "Love,") is the author's, and so is the line it leads into (a signature); a web
# address is a source as often (ghost's closing list of sources, read when the rule first lost
# it; a liferay note's address without its scheme, unseen data of set 4).
_MIN_RUN = 4
_MAX_RUN_LABEL_WORDS = 4
# A web address, also without its scheme ("example.org/a/1.html", a note's source).
_ADDRESS = re.compile(r"://|\bwww\.|^\s*[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*\s*$", re.IGNORECASE)
_LEADS_ON = (":", ",", ";")
# A price ("84,80 Euro", "$12.99"): the details of a book or a thing the text is about.
_PRICE = re.compile(r"\d[\d.,]*\s*(?:€|euro|eur|\$|usd|£|chf)(?!\w)|(?:€|\$|£)\s*\d", re.IGNORECASE)


def _is_run_label(text: str, previous: str) -> bool:
    return (
        word_count(text) <= _MAX_RUN_LABEL_WORDS
        and not is_sentence(text)
        and not text.rstrip().endswith(_LEADS_ON)
        and not previous.rstrip().endswith(_LEADS_ON)
        and not _ADDRESS.search(text)
        and not _PRICE.search(text)
    )


def _returns(lines: list[str], left_out: list[bool], sentences: int) -> list[bool]:
    """For each line, whether a stretch that reads like the text (``_text_like``) begins at or
    after it, the lines ``left_out`` not counted."""
    kept = [i for i, text in enumerate(lines) if text.strip() and not left_out[i]]
    again = _again(_text_like([lines[i] for i in kept], sentences))
    flags = [False] * len(lines)
    later = False
    for i in range(len(lines) - 1, -1, -1):
        if kept and i == kept[-1]:
            later = again[len(kept) - 1]
            kept.pop()
        flags[i] = later
    return flags


# A list of other articles after the text (related, most read, more from the site) gives
# their headlines one under the other: lines of a few words that begin with a capital and
# end no sentence, but for a question ("Could an astronaut … get around?"), under a short
# heading ("Weitere Interessante Informationen", "More Great WIRED Stories"). With the rule
# held out on the 69 platforms read for it, on the others' captures it takes 101 lines of
# furniture more out (98 on news-custom, wordpress, drupal, aspnet, kinja and sciencex) and
# loses none. Without the heading it took 146 there and lost 11 lines of the text on one
# page. A code listing's imports ("from django.conf import settings") and a hard-wrapped
# paragraph's lines, which begin low or name a dotted identifier, are no headlines. Three
# headlines at least: with two, on the platforms read for it, a match report's line-ups, a
# journal's guidelines and a post's sources lose 43 lines. Lines of three words are
# headlines no more often than the text's items: with them, 2 lines fewer are taken.
_MIN_HEADLINES = 3
_MIN_HEADLINE_WORDS = 4
_MAX_HEADLINE_WORDS = 16
_MAX_HEADING_WORDS = 6
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_IDENTIFIER = re.compile(r"[^\W\d_]\.[^\W\d_]")


def _is_headline(text: str) -> bool:
    first = _FIRST_LETTER.search(text)
    return (
        first is not None
        and not first.group().islower()
        and _MIN_HEADLINE_WORDS <= word_count(text) <= _MAX_HEADLINE_WORDS
        and (not is_sentence(text) or text.rstrip().endswith("?"))
        and is_word_label(text)
        and not text.rstrip().endswith(_LEADS_ON)
        and not _IDENTIFIER.search(text)
        and not _ADDRESS.search(text)
        and not _PRICE.search(text)
    )


def _is_heading(text: str) -> bool:
    return (
        word_count(text) <= _MAX_HEADING_WORDS
        and not is_sentence(text)
        and not text.rstrip().endswith(_LEADS_ON)
    )


def headline_runs(lines: list[str], after: int) -> list[bool]:
    """For each line after line ``after``, whether it stands in a run of at least
    ``_MIN_HEADLINES`` headlines one under the other, with the short heading above them
    (``_is_heading``; a headline in headline capitals heads the ones under it as well). A run
    a lead-in leads into is a list of the text's, and a run under no heading may be too."""
    filled = [i for i, text in enumerate(lines) if text.strip() and i >= after]
    led = led_in(lines)
    flags = [False] * len(lines)
    run: list[int] = []
    for k, i in enumerate([*filled, None]):
        if i is not None and _is_headline(lines[i]):
            run.append(i)
            continue
        above = k - len(run) - 1
        if run and above >= 0 and _is_heading(lines[filled[above]]):
            run = [filled[above], *run]
        elif run and not (is_title_case(lines[run[0]]) and _is_heading(lines[run[0]])):
            run = []
        if len(run) > _MIN_HEADLINES and not led[run[0]]:
            for j in run:
                flags[j] = True
        run = []
    return flags


# A list of other articles may give each headline its blurb, a sentence or two that reads as
# prose, standing alone between two headlines (and perhaps a kicker, a date, an author, a
# "Read more" button): so that the lines after the list's heading seem to read like the text
# and hold the end matter off. Three units at least, as for a run of headlines. A blurb is
# shorter than a full paragraph of the text's (``_FULL_PARAGRAPH_WORDS``): on the platforms
# read for the rule, the blurbs of such lists have 11 to 58 words (a brightspot page's up to
# 58), where a text's last sections, each a question under its heading, have paragraphs of
# 75 words or more (a news agency's debate questions on an hdn page). Between two blurbs stand
# a headline and at most four more lines (a clay page's units: blurb, date, kicker, byline,
# headline). Run over every line of the read platforms' captures, text too, these figures
# flag 50 blurbs and 176 other lines of such lists, none of the text (one a publication's
# note); as first written (40 words, three lines between blurbs), 23 blurbs, and 3 lines of
# a mailing list's hard-wrapped paragraphs. The list's lines, from its heading on, are
# weighed as a run of headlines is (held out, on the read platforms' captures, 2 lines of
# furniture more out, on an enonic page whose teasers' heading no rule knows).
_MIN_BLURBS = 3
_MAX_BLURB_GAP = 5


def _is_blurb(lines: list[str], filled: list[int], k: int) -> bool:
    """Whether filled line ``k`` is prose of a blurb's length that stands alone."""

    def prose(j: int) -> bool:
        return 0 <= j < len(filled) and reads_as_prose(lines[filled[j]])

    return (
        prose(k)
        and not prose(k - 1)
        and not prose(k + 1)
        and word_count(lines[filled[k]]) < _FULL_PARAGRAPH_WORDS
    )


def _headed(lines: list[str], filled: list[int], gap: range) -> bool:
    """Whether the filled lines ``gap`` between two blurbs (or above the first) are a teaser's
    headline and its few short lines: none reads as prose, one is a headline."""
    return (
        0 < len(gap) <= _MAX_BLURB_GAP
        and not any(reads_as_prose(lines[filled[g]]) for g in gap)
        and any(_is_headline(lines[filled[g]]) for g in gap)
    )


def teaser_lists(lines: list[str], after: int) -> tuple[list[bool], list[bool]]:
    """For each line after line ``after``, whether it is a teaser's blurb, and whether it is
    one of the other lines of a list of teasers with blurbs: short lines of prose standing
    alone (``_is_blurb``), at least ``_MIN_BLURBS`` of them, each under a headline and a few
    short lines (``_headed``), the first too (its lines, from the list's heading on, begin
    the list)."""
    filled = [i for i, text in enumerate(lines) if text.strip() and i >= after]
    blurbs = [k for k in range(len(filled)) if _is_blurb(lines, filled, k)]
    flags = [False] * len(lines)
    heads = [False] * len(lines)
    run: list[int] = []
    for k in [*blurbs, None]:
        if k is not None and run and _headed(lines, filled, range(run[-1] + 1, k)):
            run.append(k)
            continue
        if len(run) >= _MIN_BLURBS:
            first = top = run[0]
            while (
                top > 0
                and first - top < _MAX_BLURB_GAP
                and not reads_as_prose(lines[filled[top - 1]])
            ):
                top -= 1
            if _headed(lines, filled, range(top, first)):
                for j in range(top, run[-1] + 1):
                    flags[filled[j]] = j in run
                    heads[filled[j]] = j not in run
        run = [] if k is None else [k]
    return flags, heads


def label_runs(lines: list[str], after: int) -> list[bool]:
    """For each line after line ``after``, whether it stands in a run of at least
    ``_MIN_RUN`` short labels one under the other (blank lines apart). A run whose first
    line a lead-in leads into (``led_in``) is a list of the text's."""
    filled = [i for i, text in enumerate(lines) if text.strip()]
    led = led_in(lines)
    flags = [False] * len(lines)
    run: list[int] = []
    above_run = ""
    for previous, i in zip([None, *filled], [*filled, None], strict=True):
        above = lines[previous] if previous is not None else ""
        if i is not None and i >= after and _is_run_label(lines[i], above):
            if not run:
                above_run = above
            run.append(i)
            continue
        if len(run) >= _MIN_RUN:
            run = _past_the_list_above(lines, above_run, run)
        if len(run) >= _MIN_RUN and not led[run[0]]:
            for j in run:
                flags[j] = True
        run = []
    return flags


# What a line's shape is made of, besides its words: its punctuation and numbers.
_WORDS = re.compile(r"[^\W\d_]+|\s+")
_NUMBER = re.compile(r"\d+")


def _marks(text: str) -> str:
    """A line's punctuation and numbers, each number as one mark: a list's items share them
    ("Marcel Hernández (Cartaginés) 7", "Randall Azofeifa (Sporting FC) 6": "()9")."""
    return _WORDS.sub("", _NUMBER.sub("9", text))


def _past_the_list_above(lines: list[str], above: str, run: list[int]) -> list[int]:
    """A run of labels without its first lines where they go on with the list above it, the
    line ``above`` the run: lines of the same marks as it are that list's last items (a match
    report's top scorers, the last two short enough to read as labels), not the page's."""
    shape = _marks(above)
    if not shape:
        return run
    going_on = next((k for k, i in enumerate(run) if _marks(lines[i]) != shape), len(run))
    return run[going_on:]


# Labels of a run said above the title too, at least: one could be a word of the text's.
_MIN_ECHOED = 2


def echoed_runs(lines: list[str], after: int, title: int) -> list[bool]:
    """For each line after line ``after``, whether it stands in a run of short labels
    (``label_runs``) of which ``_MIN_ECHOED`` or more the page also shows above its title
    (line ``title``): its menu or share row said again. The author's lists (names, sources,
    lines of code) are not the page's head."""
    above = {text.strip().casefold() for text in lines[: max(title - 1, 0)] if text.strip()}
    in_runs = label_runs(lines, after)
    flags = [False] * len(lines)
    run: list[int] = []
    for i in [*(i for i, text in enumerate(lines) if text.strip()), None]:
        if i is not None and in_runs[i]:
            run.append(i)
            continue
        if sum(lines[j].strip().casefold() in above for j in run) >= _MIN_ECHOED:
            for j in run:
                flags[j] = True
        run = []
    return flags


def _is_button(buttons: list[Rule], text: str) -> bool:
    return word_count(text) <= _MAX_BUTTON_LABEL_WORDS and _matches(buttons, text)


# A reply button says a few words at most ("Reply to this comment").
_MAX_BUTTON_LABEL_WORDS = 5


def _matches(wanted: list[Rule], text: str) -> bool:
    return any(r.pattern.search(text) for r in wanted)


def comment_thread_start(lines: list[str], rules: tuple[Rule, ...]) -> int | None:
    """The number of the heading line of reader comments after the text, or None: a comment
    heading or counter, after some prose, followed by prose and by reply buttons under more
    than one comment; or the first line of a thread recognised by its shape
    (``comment_thread_shape``), where that comes first."""
    shaped = comment_thread_shape(lines) if COMMENT_SHAPE in rules else None
    stamped = stamped_thread_start(lines, prose_runs(lines)) if COMMENT_STAMPS in rules else None
    buttons = [r for r in rules if r.id in COMMENT_ACTIONS]
    buttoned = (
        buttoned_thread_start(lines, prose_runs(lines), lambda text: _is_button(buttons, text))
        if COMMENT_BUTTONS in rules
        else None
    )
    headed = headed_thread_start(lines, prose_runs(lines)) if COMMENT_HEADERS in rules else None
    found = [_thread_by_labels(lines, rules), shaped, stamped, buttoned, headed]
    return min((n for n in found if n is not None), default=None)


def _thread_by_labels(lines: list[str], rules: tuple[Rule, ...]) -> int | None:
    filled = [(n, t) for n, t in enumerate(lines, start=1) if t.strip()]
    prose = [reads_as_prose(t) for _, t in filled]
    headings = [r for r in rules if r.id in COMMENT_HEADINGS]
    buttons = [r for r in rules if r.id in COMMENT_ACTIONS]
    actions = [_matches(buttons, t) for _, t in filled]
    # From the end: the reply buttons and the lines of prose at or after each position.
    actions_after = [0] * (len(filled) + 1)
    prose_after = [False] * (len(filled) + 1)
    for i in range(len(filled) - 1, -1, -1):
        actions_after[i] = actions_after[i + 1] + actions[i]
        prose_after[i] = prose_after[i + 1] or prose[i]
    matched = line_rules(lines, rules)
    seen_prose = False
    for i, (number, text) in enumerate(filled):
        heading = not prose[i] and _matches(headings, text)
        if (
            heading
            and seen_prose
            and is_label(text, rules, matched[number - 1])
            and actions_after[i + 1] >= _MIN_ACTIONS
            and prose_after[i + 1]
        ):
            return number
        seen_prose = seen_prose or prose[i]
    return None


# A comment thread's shape, whatever its wording: the same one-word button under each comment
# ("Reply", "Antworten"), under at least three comments (two could be a coincidence of the
# author's text), each comment holding a timestamp (a clock time or a year, on a line of at
# most twelve words) and a reader's sentence. The shape was read from the drupal, wordpress
# and kinja threads, so the rule is held out on those platforms (furniture.COMMENT_SHAPE).
# The figures were checked platform by platform held out (`scripts/benchmark_import.py
# --choose-shape-figures`: for each platform, the figures that do best on the other
# platforms' captures, over 2-4 units, 1-3 button words and 8-16 stamp words). Sixteen of the
# seventeen choices include the figures set here (1-3 button words tie since a button must be
# made of letters; 12 and 16 stamp words tie). With kinja held out, 2 units and three-word
# buttons do best on the others (they take a two-comment thread on a wordpress page) and
# score 77.2 % on kinja; three units are kept, as two could be the author's.
_MIN_UNITS = 3
_MAX_BUTTON_WORDS = 1
# Lines said once in the capture (a name, a timestamp) between two buttons, besides the
# reader's words, at most (in the middle unit). Set for safety from a page outside the corpus
# (a code listing's "SELECT"s have 7 or more between them; the corpus's threads 1 to 3).
_MAX_HEADER_LINES = 4
# Lines of the page's matter above a thread, at least (set for safety, not by a score: it can
# only keep more lines in the text).
_MIN_GAP = 3
_MAX_STAMP_WORDS = 12
# A clock time may run into its "am"/"pm" ("8:14am"); a year stands alone.
_STAMP = re.compile(r"\b(?:\d{1,2}:\d{2}(?!\d)|(?:19|20)\d{2}\b)")


def _is_words(text: str) -> bool:
    """A reader's words: a sentence, or a long line that is not a commenter's name and
    timestamp."""
    return is_sentence(text) or (word_count(text) >= MIN_PROSE_WORDS and not _is_stamp(text))


def _is_stamp(text: str) -> bool:
    return (
        word_count(text) <= _MAX_STAMP_WORDS and not is_sentence(text) and bool(_STAMP.search(text))
    )


# A button's label is made of letters ("Reply", "Antworten"); a code listing's lines repeat
# too ("SELECT", "}", "),"), as do a table's one-letter links.
_BUTTON = re.compile(r"[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})*")


def _button_key(text: str) -> str | None:
    stripped = text.strip()
    if word_count(stripped) > _MAX_BUTTON_WORDS or not _BUTTON.fullmatch(stripped):
        return None
    return stripped.casefold()


def _running(flags: list[bool]) -> list[int]:
    """How many of ``flags`` are true before each position (and in all, at the end)."""
    counts = [0]
    for flag in flags:
        counts.append(counts[-1] + flag)
    return counts


def comment_thread_shape(lines: list[str]) -> int | None:
    """The number of the first line of a comment thread recognised by its shape alone, or None.

    A thread is a run of units, each a commenter's name and timestamp, their words and a
    button under them; the button is the same short label in every unit. So: a word of letters
    that recurs on a line of its own at least ``_MIN_UNITS`` times, with a reader's sentence
    and a timestamp between each two of its occurrences, and few other lines said once
    (``_MAX_HEADER_LINES``, in the middle unit). The thread begins at the header of
    its first unit, read upwards from its button with the second unit's layout: its trailer
    (the short lines between a comment's words and its button), its words, then as many short
    lines as the second unit's header; never above a line that reads as prose (the text's
    last paragraph) nor before the text's first two paragraphs, and only where at least
    ``_MIN_GAP`` lines of the page's matter stand between the text and the thread. Where
    several short lines recur so (a name, a like count, a button), the reading that starts
    latest is taken.
    """
    filled = [(n, t) for n, t in enumerate(lines, start=1) if t.strip()]
    runs = prose_runs(lines)
    if not runs:
        return None
    keys = [_button_key(t) for _, t in filled]
    keys_all = [t.strip().casefold() for _, t in filled]
    said: dict[str, int] = {}
    for key in keys_all:
        said[key] = said.get(key, 0) + 1
    words = [_is_words(t) for _, t in filled]
    # Counts up to each position, so that any stretch between two buttons is weighed at once.
    sentences = _running([is_sentence(t) for _, t in filled])
    stamps = _running([_is_stamp(t) for _, t in filled])
    once = _running([said[k] == 1 and not w for k, w in zip(keys_all, words, strict=True)])
    index = {n: i for i, (n, _) in enumerate(filled)}
    # The text's paragraphs that stand together end at these positions.
    run_ends = sorted(index[b + 1] for _, b in runs)
    text_begins = runs[0][1] + 1
    positions: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            positions.setdefault(key, []).append(i)
    starts = []
    for found in positions.values():
        units = [
            (a, b)
            for a, b in pairwise(found)
            if sentences[b] > sentences[a + 1] and stamps[b] > stamps[a + 1]
        ]
        if len(units) + 1 < _MIN_UNITS:
            continue
        # A comment's lines besides the reader's words are a name and a timestamp among the
        # thread's recurring buttons; between two "SELECT"s of a code listing stand many
        # lines said once. Counted in the middle unit, as one comment may quote a list.
        said_once = sorted(once[b] - once[a + 1] for a, b in units)
        if said_once[len(said_once) // 2] > _MAX_HEADER_LINES:
            continue
        first_button, second_button = units[0]
        second_words = [i for i in range(first_button + 1, second_button) if words[i]]
        # The second unit's layout: a header above its words, a trailer (a like count)
        # between them and its button. The first unit is read upwards with the same layout.
        header = second_words[0] - first_button - 1
        trailer = second_button - second_words[-1] - 1
        i = first_button - 1
        while trailer and i >= 0 and not words[i]:
            i, trailer = i - 1, trailer - 1
        while i >= 0 and words[i]:
            i -= 1
        # Above the first comment's words: its header (a name, a timestamp), as long as the
        # second unit's; a unit without one could be the text's own paragraphs.
        start, climbed = i + 1, 0
        while climbed < header and i >= 0 and not words[i]:
            start, i, climbed = i, i - 1, climbed + 1
        # The page's own matter (buttons, a counter, a form) stands between the text's last
        # paragraphs that stand together and its readers' comments; a live blog's entries
        # follow its opening paragraphs closely.
        before = bisect_left(run_ends, start)
        gap = start - run_ends[before - 1] - 1 if before else 0
        if climbed and gap >= _MIN_GAP and filled[start][0] > text_begins:
            starts.append(filled[start][0])
    return max(starts, default=None)
