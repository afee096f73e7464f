"""Page furniture: the parts of a captured web page that are not the text.

Rules are general (patterns of what such furniture says), never line numbers of one file.
A *line rule* removes the lines it matches.  A *block rule* matches a short label (never a
sentence) that opens a block of furniture: a comment form, a teaser list, a rating prompt
followed by trending lists, a subscription box.  The block runs until the first line that
reads as prose (``edition.prose``), so a mid-article "Subscribe" box takes only itself and
its labels, never the paragraphs after it.  No rule removes a line that reads as prose.
Inside a block each line is credited to the line rule it matches or else to the block's
opener, so the textual notes say which kind of furniture each line was.

Lines the rules keep but the editor knows to be furniture are set aside by the editor's
decision (``editor_furniture``), recorded in the provenance record and listed as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edition.document import Line, SetAside
from edition.prose import is_sentence, reads_as_prose
from edition.structure import is_title_line

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


def _rule(
    id: str, description: str, pattern: str, *, trailing: bool = False, tuned_on: str = ""
) -> Rule:
    return Rule(
        id, description, re.compile(pattern, re.IGNORECASE), trailing, frozenset(tuned_on.split())
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
)

# The editor's decisions are listed like a rule's removals, but match nothing by themselves.
EDITOR = Rule(EDITOR_RULE, EDITOR_DESCRIPTION, re.compile(r"(?!)"), trailing=False)
RULES_BY_ID = {rule.id: rule for rule in (*RULES, EDITOR)}


def _opener(line: str, rules: tuple[Rule, ...]) -> Rule | None:
    """The block rule whose label ``line`` is: short, and not a sentence."""
    if len(line.split()) > _MAX_OPENER_WORDS or is_sentence(line):
        return None
    return next((r for r in rules if r.trailing and r.pattern.search(line)), None)


def _line_rule(line: str, rules: tuple[Rule, ...]) -> Rule | None:
    if reads_as_prose(line):
        return None
    return next((r for r in rules if not r.trailing and r.pattern.search(line)), None)


def rules_not_tuned_on(platform: str) -> tuple[Rule, ...]:
    """The rules whose wording did not come from ``platform``'s pages."""
    return tuple(rule for rule in RULES if platform not in rule.tuned_on)


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
        rule = opener or _line_rule(text, rules) or block
        if rule is None:
            kept.append(Line(number, text))
        else:
            removed.append(SetAside(number, text, rule.id))
    return kept, removed
