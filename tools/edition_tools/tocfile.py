"""Placing a new text's pages in ``_toc.yml``: its chapter and its notebook, each beside the
same page of the text recorded before it.

The file is the editor's (its order, comments and layout are theirs), so it is edited as
lines, not loaded and dumped: one line is added per page, indented as its neighbour."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import yaml

from edition.errors import EditionError
from edition.texts.provenance import Record

# "  - file: book/essays/slug", the file optionally quoted, a comment allowed after it.
_ENTRY = re.compile(
    r"""^(?P<indent>\s*)- file:\s*(?P<q>["']?)(?P<file>[^"'#\s]+)(?P=q)\s*(#.*)?$"""
)


def _entries(lines: list[str]) -> dict[str, int]:
    found = {}
    for number, line in enumerate(lines):
        match = _ENTRY.match(line)
        if match:
            found.setdefault(match["file"], number)
    return found


def _end_of_entry(lines: list[str], start: int) -> int:
    """The line after the entry at ``start`` and everything nested under it (sections)."""
    dash = len(lines[start]) - len(lines[start].lstrip())
    end = start + 1
    while end < len(lines):
        line = lines[end]
        if line.strip() and len(line) - len(line.lstrip()) <= dash:
            break
        end += 1
    # Blank lines and comments after the entry belong to what follows it.
    while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip()[0] == "#"):
        end -= 1
    return end


def _place(
    lines: list[str], page: Callable[[Record], str], record: Record, order: list[Record], path
) -> None:
    entries = _entries(lines)
    file = page(record)
    if file in entries:
        return
    position = order.index(record)
    before = [page(r) for r in reversed(order[:position]) if page(r) in entries]
    after = [page(r) for r in order[position + 1 :] if page(r) in entries]
    if before:
        neighbour = entries[before[0]]
        at = _end_of_entry(lines, neighbour)
    elif after:
        neighbour = at = entries[after[0]]
    else:
        raise EditionError(
            path, f"no other text's page like {file!r} to place it beside: add it by hand"
        )
    indent = _ENTRY.match(lines[neighbour])["indent"]
    lines.insert(at, f"{indent}- file: {file}")


def add_text(
    toc: str, record: Record, order: list[Record], pages: list[Callable[[Record], str]], path
) -> str:
    """``toc`` with an entry for each of ``record``'s ``pages`` (functions from a record to
    a docname): after the same page of the nearest text before it in ``order`` (the
    provenance records), or before that of the nearest after it. A page already listed is
    left where it is, so running this twice changes nothing."""
    _check(toc, path)
    lines = toc.splitlines()
    for page in pages:
        _place(lines, page, record, order, path)
    result = "\n".join(lines) + ("\n" if toc.endswith("\n") else "")
    _check(result, path)
    return result


def _check(text: str, path: str | Path) -> None:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        message = f"not valid YAML: {getattr(error, 'problem', error)}"
        raise EditionError(path, message, line) from None
    if not isinstance(data, dict) or "root" not in data:
        raise EditionError(path, "not a table of contents: it has no 'root'")
