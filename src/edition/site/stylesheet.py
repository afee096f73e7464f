"""Trimming a stylesheet to the rules a site can use.

The theme's stylesheet (all of Bootstrap and the theme's own rules, 400 KB) holds up every
page's first paint, and most of it styles components the book never shows. ``trim`` keeps a
selector unless it requires a class or an id that is not a word anywhere in the site's pages
and scripts (so classes that scripts add, such as Bootstrap's ``show``, stay), and a rule
with the selectors it keeps. It errs towards keeping: names inside ``:not()``, ``:is()``,
``:where()`` and ``:has()`` are not required, nor are attributes; at-rules other than
conditional groups are kept whole, and so are nested rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

WORD = re.compile(r"[A-Za-z0-9_-]+")
# Conditional groups: their rules are trimmed like the top level's.
GROUPS = ("@media", "@supports", "@container", "@layer")
_ATTRIBUTE = re.compile(r"\[[^\]]*\]")
_FUNCTIONAL = re.compile(r":(?:not|is|where|has|-webkit-any|-moz-any)\(")
_NAME = re.compile(r"[.#]((?:[A-Za-z0-9_-]|\\.)+)")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_CHARSET = re.compile(r'@charset "[^"]*";')


def words(text: str) -> set[str]:
    """Every word of ``text`` that could be a class or an id."""
    return set(WORD.findall(text))


def trim(css: str, used: set[str], dynamic_prefixes: Iterable[str] = ()) -> str:
    """``css`` without the selectors that need a name missing from ``used``.

    Names starting with one of ``dynamic_prefixes`` count as used: scripts build them from
    parts (Bootstrap's tooltips add ``bs-tooltip-auto`` as ``bs-${name}-auto``). Licence
    comments (``/*! … */``) are kept; other comments, and the source map link, which would no
    longer match, are not.
    """
    licences = "".join(c for c in _COMMENT.findall(css) if c.startswith("/*!"))
    rules = _trim_rules(_COMMENT.sub("", css), used, tuple(dynamic_prefixes))
    # @charset counts only as the very first thing in the file.
    charset = _CHARSET.match(rules)
    first = charset.group(0) if charset else ""
    return first + licences + rules[len(first) :]


def _trim_rules(css: str, used: set[str], prefixes: tuple[str, ...]) -> str:
    kept = []
    for prelude, body in _statements(css):
        if body is None:
            kept.append(prelude + ";")
        elif prelude.startswith(GROUPS):
            inner = _trim_rules(body, used, prefixes)
            if inner:
                kept.append(f"{prelude}{{{inner}}}")
        elif prelude.startswith("@") or "{" in body:
            kept.append(f"{prelude}{{{body}}}")
        else:
            selectors = [s for s in _selectors(prelude) if _usable(s, used, prefixes)]
            if selectors:
                kept.append(f"{','.join(selectors)}{{{body}}}")
    return "".join(kept)


def _usable(selector: str, used: set[str], prefixes: tuple[str, ...]) -> bool:
    required = _NAME.findall(_without_functional(_ATTRIBUTE.sub("", selector)))
    return all(name.replace("\\", "") in used or name.startswith(prefixes) for name in required)


def _without_functional(selector: str) -> str:
    """``selector`` with the arguments of its functional pseudo-classes left out."""
    out, start = [], 0
    while match := _FUNCTIONAL.search(selector, start):
        out.append(selector[start : match.start()])
        start = _closing(selector, match.end() - 1) + 1
    return "".join(out) + selector[start:]


def _selectors(prelude: str) -> list[str]:
    """The selectors of a list, split at the commas outside parentheses."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(prelude):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    return [*parts, prelude[start:]]


def _statements(css: str) -> Iterator[tuple[str, str | None]]:
    """Each top-level statement as (prelude, body); the body is None for ``@import …;``."""
    i = 0
    while i < len(css):
        end = _next_outside_strings(css, i, "{;")
        if end is None:
            return
        prelude = css[i:end].strip()
        if css[end] == ";":
            if prelude:
                yield prelude, None
            i = end + 1
            continue
        close = _closing(css, end)
        yield prelude, css[end + 1 : close]
        i = close + 1


def _outside_strings(css: str, start: int) -> Iterator[tuple[int, str]]:
    """Each character of ``css`` from ``start`` on, with its index, that is not inside a
    quoted string (nor one of the string's quotes)."""
    quote, i = None, start
    while i < len(css):
        char = css[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        else:
            yield i, char
        i += 1


def _next_outside_strings(css: str, start: int, targets: str) -> int | None:
    """The index of the first of ``targets`` at ``start`` or after, outside strings and
    parentheses (a ``;`` inside ``url(data:…;base64,…)`` ends nothing)."""
    depth = 0
    for i, char in _outside_strings(css, start):
        if char in "()":
            depth += 1 if char == "(" else -1
        elif char in targets and depth == 0:
            return i
    return None


def _closing(css: str, opening: int) -> int:
    """The index of the bracket that closes the one at ``opening``, outside strings."""
    pairs = {"{": "}", "(": ")"}
    open_char, close_char = css[opening], pairs[css[opening]]
    depth = 0
    for i, char in _outside_strings(css, opening):
        if char == open_char:
            depth += 1
        elif char == close_char:
            depth -= 1
            if depth == 0:
                return i
    raise ValueError(f"the {open_char!r} at offset {opening} is never closed")
