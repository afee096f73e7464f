"""Page furniture: the parts of a captured web page that are not the text.

Rules are general (patterns of what such furniture says), never line numbers of one file.
A *line rule* removes the lines it matches.  A *block rule* matches a short label (never a
sentence) that opens a block of furniture: a comment form, a teaser list, a rating prompt
followed by trending lists, a subscription box.  The block runs until the first line that
reads as prose (``edition.texts.prose``), so a mid-article "Subscribe" box takes only itself and
its labels, never the paragraphs after it.  No rule removes a line that reads as prose.
Inside a block each line is credited to the line rule it matches or else to the block's
opener, so the textual notes say which kind of furniture each line was.

Some labels are words an author may write too. A rule for labels that come in runs
("Facebook", "Email": share buttons) fires only outside the text and only next to another
label; a rule for labels after the text ("Reply") removes nothing, and only tells
``edition.texts.endmatter`` where the page's end matter and its comment thread are. Before the
text, a row of short labels of which a rule knows two is the page's (``label-row``), with
the labels no rule knows ("Tweet", "Save"). Each rule names the platforms its wording was
taken from (``tuned_on``), so that the benchmark scores it on the others.

Lines the rules keep but the editor knows to be furniture are set aside by the editor's
decision (``editor_furniture``), recorded in the provenance record and listed as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from edition.texts.document import Line, SetAside
from edition.texts.prose import is_sentence, reads_as_prose
from edition.texts.structure import is_byline, is_dateline, is_title_line

# A furniture opener is a widget label, never a sentence of prose.
_MAX_OPENER_WORDS = 12


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    pattern: re.Pattern[str]
    trailing: bool
    # The platforms whose pages the rule's wording was taken from: scored on the others only
    # (scripts/benchmark_import.py holds each platform out in turn).
    tuned_on: frozenset[str] = frozenset()
    # Labels that are words an author may also set alone ("Email", "Print") count only in a
    # row of two or more labels (a row of share buttons), never one by itself.
    in_runs: bool = False
    # Labels an author may also write ("Reply") remove no line: they only show where the
    # page's end matter and its comment thread are (edition.texts.endmatter).
    after_text: bool = False


def _rule(
    id: str,
    description: str,
    pattern: str,
    *,
    trailing: bool = False,
    tuned_on: str = "",
    in_runs: bool = False,
    after_text: bool = False,
) -> Rule:
    return Rule(
        id,
        description,
        re.compile(pattern, re.IGNORECASE),
        trailing,
        frozenset(tuned_on.split()),
        in_runs,
        after_text,
    )


EDITOR_RULE = "editor-furniture"
EDITOR_DESCRIPTION = (
    "Set aside by the editor as the page's furniture; the rules kept these lines, since they "
    "read as prose (recorded in sources/provenance.toml)."
)


RULES: tuple[Rule, ...] = (
    _rule(
        "comment-form",
        "A comment form with its login prompts, from “Leave a Reply” on.",
        r"^\s*leave a (reply|comment)\s*$",
        trailing=True,
        tuned_on="wordpress",
    ),
    _rule(
        "teaser-block",
        "Teasers of other articles (“Continue Reading”, “More from …”, “Read More”).",
        r"^\s*(continue reading|read more|more from\b.*|related (articles|posts|stories))\s*$",
        trailing=True,
        tuned_on="roar",
    ),
    _rule(
        "rating-prompt",
        "A rating prompt (“Rate this article”) and the related-article titles after it.",
        r"^\s*rate this (article|post|story|page)\b",
        trailing=True,
        tuned_on="filmsforaction",
    ),
    _rule(
        "trending-block",
        "“Trending” lists of other videos and articles, with their blurbs.",
        r"^\s*trending( videos| articles| now| posts)?\s*$",
        trailing=True,
        tuned_on="filmsforaction",
    ),
    _rule(
        "subscription-block",
        "Subscription and patronage appeals of the hosting site.",
        r"^\s*(subscribe\b|become a patron\b)",
        trailing=True,
        tuned_on="filmsforaction",
    ),
    _rule(
        "tag-list",
        "A “Tagged” line whose tags were lost in the capture (only commas remain).",
        r"^\s*tagged[\s,]*$",
        tuned_on="wordpress",
    ),
    _rule(
        "login-prompt",
        "Login and notification prompts of a comment system.",
        r"^\s*(fill in your details below|you are commenting using your\b|"
        r"(google\+|twitter|facebook|wordpress\.com) (photo|picture|logo)\s*$|"
        r"connecting to %s\s*$|%d bloggers like this|notify me of (new|follow-up))",
        tuned_on="wordpress",
    ),
    _rule(
        "sharing-plugin",
        "Lines of a social-sharing plugin.",
        r"(^.{0,40}\bsharing icons\b|\bpowered by \w*social\b|^\s*share this:?\s*$|"
        r"^\s*(click to share|share on (facebook|twitter|x))\b)",
        tuned_on="wordpress",
    ),
    _rule(
        "comment-count",
        "Counters and links of the page's comment system (“View comments (27)”, “12 comments”).",
        r"^\s*(?:(?:view|show|read|see|load)\s+(?:all\s+)?(?:\d[\d,]*\s+)?comments?"
        r"|(?:there\s+(?:are|is)\s+)?(?:\d[\d,]*|no)\s+comments?)"
        r"\s*(?:\(\d[\d,]*\)|\d[\d,]*)?\s*:?\s*$",
        tuned_on="drupal wordpress blogger",
    ),
    _rule(
        "comment-actions",
        "The buttons under each reader comment (“Reply”, “Report”).",
        r"^\s*(?:reply|report|flag|permalink)\s*$",
        after_text=True,
        tuned_on="wordpress drupal",
    ),
    _rule(
        "share-links",
        "Share buttons (“Share this story”, “Share on Facebook”, “Click to share on …”).",
        r"^\s*(?:share\s+(?:this(?:\s+(?:story|article|post|page))?|(?:on|via|to)\s+\S+)"
        r"|\d*\s*click\s+to\s+(?:share|email|print)\b.*|like\s+this)\s*:?\s*$",
        tuned_on="wordpress",
    ),
    _rule(
        "share-targets",
        "A row of share and follow buttons named by their service alone (“Facebook”, “Email”).",
        r"^\s*(?:facebook|twitter|reddit|e-?mail|print|share)\s*$",
        in_runs=True,
        tuned_on="drupal",
    ),
    _rule(
        "copyright",
        "Copyright notices and “powered by” lines of the site.",
        r"^\s*(?:©|copyright\s+(?:©|\(c\)|\d{4})|(?:proudly\s+)?powered\s+by\b)"
        r"|\ball rights reserved\b",
    ),
    _rule(
        "advertisement",
        "Advertisement labels (“Advertisement”, “From our sponsor”).",
        r"^\s*(?:advertisement|advertising|sponsored|paid\s+partner|from\s+our\s+sponsor"
        r"|advertiser\s+content(?:\s+from)?)\s*$",
        tuned_on="news-custom chorus",
    ),
    _rule(
        "related-block",
        "Lists of related and popular articles (“Related Stories”, “Most Popular”).",
        r"^\s*(?:related(?:\s+(?:stories|articles|posts|content|links|reading))?"
        r"|most\s+(?:popular|viewed|shared)|recent\s+posts)\s*:?\s*$",
        trailing=True,
        tuned_on="drupal wordpress chorus",
    ),
    _rule(
        "post-navigation",
        "Links to the previous and next posts (“Previous Post: …”, “Older Post”).",
        r"^\s*(?:(?:previous|next)\s+(?:post|story|article)\b|(?:newer|older)\s+posts?\b|←)",
        tuned_on="wordpress blogger",
    ),
    _rule(
        "recommended-block",
        "Lists of recommended and top stories (“More on this story”, “Recommended”, “Top "
        "Stories”).",
        r"^\s*(?:more\s+on\s+this\s+story|related\s+coverage|recommended|top\s+stories"
        r"|most\s+read|you\s+(?:might|may)\s+also\s+like"
        r"|elsewhere\s+on\s+.+|from\s+around\s+the\s+web)\s*$",
        trailing=True,
        tuned_on="news-custom",
    ),
    _rule(
        "copy-button",
        "The copy buttons of code listings and links (“Copy”, “Copied!”).",
        r"^\s*(?:copy|copied!?|copy\s+link|link\s+copied)\s*$",
        tuned_on="aem news-custom",
    ),
)

# Rules of shape, not wording: they match no line by themselves, and stand in the rule set so
# that a benchmark holds them out like the others (edition.texts.endmatter applies them).
# Their tuned_on names the platforms whose captures were read while they were written or
# mended (kinja's "8:14am" showed that a clock time may run into its "am"; a wordpress
# heading with a year over release notes, that a shape alone is weak evidence).
COMMENT_SHAPE = Rule(
    "comment-shape",
    "A comment thread recognised by its shape: the same short button under each comment, "
    "with a timestamp and a reader's sentence in each.",
    re.compile(r"(?!)"),
    trailing=False,
    tuned_on=frozenset({"drupal", "wordpress", "kinja"}),
)
PAGE_MARKS = Rule(
    "page-marks",
    "After the text, lines whose shape marks them as the page's: repeated, timestamps, or "
    "teasers cut off with an ellipsis.",
    re.compile(r"(?!)"),
    trailing=False,
    tuned_on=frozenset({"blogger", "aem", "wordpress", "drupal", "kinja"}),
)
SHAPE_RULES = (COMMENT_SHAPE, PAGE_MARKS)
RULES = (*RULES, *SHAPE_RULES)

# The editor's decisions are listed like a rule's removals, but match nothing by themselves.
EDITOR = Rule(EDITOR_RULE, EDITOR_DESCRIPTION, re.compile(r"(?!)"), trailing=False)
# Neither does a row of labels, which two labels a rule knows among them show to be the page's.
LABEL_ROW = Rule(
    "label-row",
    "A row of short labels above the text's first paragraphs, two of which a rule knows "
    "(“Share”, “Tweet”, “Email”, “Save”).",
    re.compile(r"(?!)"),
    trailing=False,
)
RULES_BY_ID = {rule.id: rule for rule in (*RULES, LABEL_ROW, EDITOR)}
# A label is a word or three ("Tweet", "Privacy & Technology"); a row of them is the page's
# where a rule knows two (a heading next to one "Share" button stays the author's).
_MAX_LABEL_WORDS = 3
_MIN_KNOWN_IN_ROW = 2


@dataclass(frozen=True)
class _Kinds:
    openers: tuple[Rule, ...]
    lines: tuple[Rule, ...]
    runs: tuple[Rule, ...]
    after_text: tuple[Rule, ...]


# The rules sorted by kind, for the last set of rules asked about: each line is matched
# against them in several passes.
_last_kinds: list[tuple[tuple[Rule, ...], _Kinds]] = []


def _kinds(rules: tuple[Rule, ...]) -> _Kinds:
    if _last_kinds and _last_kinds[0][0] is rules:
        return _last_kinds[0][1]
    kinds = _Kinds(
        tuple(r for r in rules if r.trailing and not r.after_text),
        tuple(r for r in rules if not r.trailing and not r.after_text and not r.in_runs),
        tuple(r for r in rules if not r.trailing and not r.after_text and r.in_runs),
        tuple(r for r in rules if r.after_text),
    )
    _last_kinds[:] = [(rules, kinds)]
    return kinds


def _opener(line: str, rules: tuple[Rule, ...]) -> Rule | None:
    """The block rule whose label ``line`` is: short, and not a sentence."""
    if len(line.split()) > _MAX_OPENER_WORDS or is_sentence(line):
        return None
    return next((r for r in _kinds(rules).openers if r.pattern.search(line)), None)


def _line_rule(line: str, rules: tuple[Rule, ...], *, in_runs: bool = False) -> Rule | None:
    if reads_as_prose(line) or (in_runs and len(line.split()) > _MAX_OPENER_WORDS):
        return None
    kinds = _kinds(rules)
    return next(
        (r for r in (kinds.runs if in_runs else kinds.lines) if r.pattern.search(line)), None
    )


def prose_runs(lines: list[str]) -> list[tuple[int, int]]:
    """The indexes of each two non-blank lines that follow each other and both read as
    prose. The author's paragraphs stand together; a standfirst, a caption, the blurbs and
    notices of the page's end matter stand alone."""
    filled = [i for i, text in enumerate(lines) if text.strip()]
    prose = {i for i in filled if reads_as_prose(lines[i])}
    return [
        (here, after)
        for here, after in pairwise(filled)
        if here in prose and after in prose
    ]


def outside_text(lines: list[str]) -> list[bool]:
    """For each line, whether it stands where the author's text has not begun or has ended:
    before the first two lines of prose that stand together, or after the last."""
    runs = prose_runs(lines)
    if not runs:
        return [True] * len(lines)
    return [i < runs[0][0] or i > runs[-1][1] for i in range(len(lines))]


def line_rules(lines: list[str], rules: tuple[Rule, ...]) -> list[Rule | None]:
    """The line rule that matches each line, if any. A rule for labels that come in runs
    fires only outside the text (``outside_text``), where the next or previous non-blank
    line is a label too."""
    found = [_line_rule(text, rules) if text.strip() else None for text in lines]
    outside = outside_text(lines)
    in_run = [
        _line_rule(text, rules, in_runs=True) if text.strip() and out else None
        for text, out in zip(lines, outside, strict=True)
    ]
    filled = [i for i, text in enumerate(lines) if text.strip()]
    befores, afters = [None, *filled][: len(filled)], [*filled[1:], None][: len(filled)]
    for before, here, after in zip(befores, filled, afters, strict=True):
        neighbours = [n for n in (before, after) if n is not None]
        if (
            in_run[here]
            and not found[here]
            and any(found[n] or in_run[n] or _opener(lines[n], rules) for n in neighbours)
        ):
            found[here] = in_run[here]
    return found


def is_label(line: str, rules: tuple[Rule, ...], matched: Rule | None = None) -> bool:
    """Whether ``line`` is a label of the page's furniture that some rule knows, wherever it
    stands (an end-matter label such as "Comments" included); ``matched`` is the line rule
    ``line_rules`` found for it."""
    if matched or _opener(line, rules):
        return True
    if len(line.split()) > _MAX_OPENER_WORDS or is_sentence(line):
        return False
    return any(r.pattern.search(line) for r in _kinds(rules).after_text)


def rules_not_tuned_on(platform: str) -> tuple[Rule, ...]:
    """The rules whose wording did not come from ``platform``'s pages."""
    return tuple(rule for rule in RULES if platform not in rule.tuned_on)


def _is_short_label(text: str, title: str | None) -> bool:
    # A button or tag has no full stop; a short caption ("Sony's PlayStation VR.") may end in
    # what reads as an initial, not as a sentence.
    return (
        len(text.split()) <= _MAX_LABEL_WORDS
        and not is_sentence(text)
        and not text.rstrip().endswith(".")
        and not is_title_line(text, title)
        and not is_byline(text)
        and not is_dateline(text)
    )


def _label_rows(
    lines: list[str], rules: tuple[Rule, ...], matched: list[Rule | None], title: str | None
) -> list[Rule | None]:
    """``LABEL_ROW`` for each line of a row of short labels before the author's text has
    begun (share buttons and tags between the title and the first paragraphs) in which
    some rule knows two labels: a rule for labels that come in runs counts here, in a row."""
    outside = outside_text(lines)
    first = outside.index(False) if False in outside else len(lines)
    found: list[Rule | None] = [None] * len(lines)
    row: list[int] = []
    for i, text in enumerate([*lines[:first], "A line that is not a label."]):
        if not text.strip():
            continue
        if i < first and _is_short_label(text, title):
            row.append(i)
            continue
        known = [
            matched[j] or _opener(lines[j], rules) or _line_rule(lines[j], rules, in_runs=True)
            for j in row
        ]
        if sum(bool(k) for k in known) >= _MIN_KNOWN_IN_ROW:
            for j in row:
                found[j] = LABEL_ROW
        row = []
    return found


def strip_furniture(
    lines: list[str],
    editor_furniture: frozenset[int] = frozenset(),
    rules: tuple[Rule, ...] = RULES,
    title: str | None = None,
) -> tuple[list[Line], list[SetAside]]:
    """Split a capture's lines into kept text lines and furniture set aside.

    ``editor_furniture`` holds the numbers of lines the editor has set aside by decision;
    ``rules`` are the rules to apply (all of them, but when a benchmark holds some out);
    ``title`` is the text's title as the capture gives it: a block of the site's furniture
    above the title (a menu's "Subscribe" link) ends there, where the text begins.
    Blank lines are dropped: they only separate paragraphs, which are one line each.
    """
    kept: list[Line] = []
    removed: list[SetAside] = []
    block: Rule | None = None
    matched = line_rules(lines, rules)
    rows = _label_rows(lines, rules, matched, title)
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        if number in editor_furniture:
            removed.append(SetAside(number, text, EDITOR_RULE))
            continue
        opener = _opener(text, rules)
        if opener:
            block = opener
        elif reads_as_prose(text) or is_title_line(text, title):
            block = None
        # Inside a block, a line that a line rule knows is credited to that, more exact, rule.
        rule = opener or matched[number - 1] or block or rows[number - 1]
        if rule is None:
            kept.append(Line(number, text))
        else:
            removed.append(SetAside(number, text, rule.id))
    return kept, removed
