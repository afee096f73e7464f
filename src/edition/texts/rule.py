"""A furniture rule: what it matches, how it applies, and the platforms it was written from."""

from __future__ import annotations

import re
from dataclasses import dataclass


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


def make_rule(
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


def shape_rule(id: str, description: str, *, tuned_on: str = "") -> Rule:
    """A rule of shape, not wording: it matches no line by itself (edition.texts.endmatter and
    edition.texts.furniture apply it), and stands in the rule set so that a benchmark holds it
    out like the others."""
    return Rule(id, description, re.compile(r"(?!)"), False, frozenset(tuned_on.split()))
