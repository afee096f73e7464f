"""The concept lexicon (apparatus/concepts.toml) and finding concepts in text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from edition.errors import EditionError
from edition.tomlfile import check_keys, line_of, load_toml

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ALLOWED = {"id", "label", "glossary", "forms", "exclude"}
_REQUIRED = {"id", "label", "glossary", "forms"}


@dataclass(frozen=True)
class Concept:
    id: str
    label: str
    glossary: str
    pattern: re.Pattern[str]
    exclusions: tuple[re.Pattern[str], ...] = ()

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every use of the concept in ``text``, exclusions left out."""
        excluded = [m.span() for x in self.exclusions for m in x.finditer(text)]
        return [
            m.span()
            for m in self.pattern.finditer(text)
            if not any(s <= m.start() and m.end() <= e for s, e in excluded)
        ]


def _compile(patterns: list[str]) -> re.Pattern[str]:
    """One pattern matching any of ``patterns`` as whole words (hyphens join words)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(f'(?:{p})' for p in patterns)})(?![\w-])", re.I)


def parse_lexicon(data: dict, text: str, path: Path) -> list[Concept]:
    concepts: list[Concept] = []
    entries = data.get("concept", [])
    if not entries:
        raise EditionError(path, "no [[concept]] entries")
    for entry, table in enumerate(entries):
        check_keys(table, _ALLOWED, _REQUIRED, path, text, "concept", entry)
        for key in ("id", "label", "glossary"):
            if not isinstance(table[key], str) or not table[key].strip():
                raise EditionError(
                    path,
                    f"{key!r} must be a non-empty string",
                    line_of(text, "concept", entry, key),
                )
        if not _ID.match(table["id"]):
            raise EditionError(
                path, f"bad id {table['id']!r}", line_of(text, "concept", entry, "id")
            )
        if any(c.id == table["id"] for c in concepts):
            raise EditionError(
                path, f"duplicate id {table['id']!r}", line_of(text, "concept", entry, "id")
            )
        compiled = []
        for key in ("forms", "exclude"):
            patterns = table.get(key, [])
            where = line_of(text, "concept", entry, key)
            if key == "forms" and not patterns:
                raise EditionError(path, "'forms' is empty", where)
            if not isinstance(patterns, list) or not all(
                isinstance(p, str) and p.strip() for p in patterns
            ):
                raise EditionError(path, f"{key!r} must be a list of non-empty strings", where)
            try:
                compiled.append([_compile([p]) for p in patterns])
            except re.error as error:
                raise EditionError(path, f"invalid pattern in {key!r}: {error}", where) from None
            if key == "forms" and any(p.search("") for p in compiled[-1]):
                raise EditionError(path, "a form matches the empty string", where)
        concepts.append(
            Concept(
                id=table["id"],
                label=table["label"],
                glossary=table["glossary"],
                pattern=_compile(table["forms"]),
                exclusions=tuple(compiled[1]),
            )
        )
    return concepts


def load_lexicon(path: str | Path) -> list[Concept]:
    path = Path(path)
    data, text = load_toml(path)
    return parse_lexicon(data, text, path)
