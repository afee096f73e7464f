"""Where an editorial paragraph (MyST) can be folded after its first sentences.

A chapter shows the opening of its headnote and folds the rest, so that the author's words
start on the first screen. The split falls only between sentences at the top level of the
Markdown: never inside a role, a literal, a link or emphasis, and never after an initial
("M. Smith") or a common abbreviation.
"""

from __future__ import annotations

import re

# A sentence ends with . ? or ! (and a closing quotation mark or bracket), then a space and
# what can open a sentence: a capital, a digit or an opening quotation mark or bracket.
_END = re.compile(r"[.?!][”’\")]*(?=\s+[A-Z0-9“‘\"(\[])")
_ABBREVIATIONS = ("e.g.", "i.e.", "cf.", "etc.", "vs.", "St.", "Dr.", "Mr.", "Ms.", "Mrs.",
                  "No.", "p.", "pp.", "ed.", "eds.", "vol.")  # fmt: skip
_OPENERS = {"[": "]", "(": ")", "`": "`", "*": "*", "_": "_", "{": "}"}


def _top_level(text: str) -> list[bool]:
    """For each character of ``text``, whether it stands outside all inline markup."""
    flags, stack, escaped = [], [], False
    for char in text:
        flags.append(not stack)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif stack and char == stack[-1]:
            stack.pop()
        elif char in _OPENERS and (not stack or stack[-1] != "`"):
            stack.append(_OPENERS[char])
    return flags


def _is_sentence_end(text: str, end: int) -> bool:
    """Whether the full stop ending at ``end`` (exclusive) ends a sentence."""
    word = text[:end].rsplit(None, 1)[-1] if text[:end].strip() else ""
    word = word.rstrip('”’")')
    if re.fullmatch(r"[(“‘\"]*[A-Z]\.", word):
        return False
    return not any(word.endswith(a) for a in _ABBREVIATIONS)


def split_lead(markdown: str, minimum: int = 100) -> tuple[str, str]:
    """``markdown`` (one paragraph) as its lead, the fewest whole sentences that reach
    ``minimum`` characters, and the rest; the rest is empty when there is nothing to fold."""
    text = markdown.strip()
    top = _top_level(text)
    for match in _END.finditer(text):
        end = match.end()
        if end < minimum or not top[match.start()]:
            continue
        if text[match.start()] == "." and not _is_sentence_end(text, match.start() + 1):
            continue
        rest = text[end:].strip()
        return (text[:end], rest) if rest else (text, "")
    return text, ""
