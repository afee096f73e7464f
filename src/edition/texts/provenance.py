"""The provenance record of the captures (sources/provenance.toml)."""

from __future__ import annotations

import re
from dataclasses import MISSING, dataclass, fields
from pathlib import Path

from edition import paths
from edition.errors import EditionError
from edition.texts.capture import CAPTURE_ID, CAPTURE_SUFFIXES, SUFFIXES_NAMED
from edition.texts.dates import UNKNOWN, parse_date
from edition.tomlfile import line_of, load_toml, parse_toml


@dataclass(frozen=True)
class Record:
    """What one capture shows of its text's origin; ``unknown`` where it shows nothing."""

    file: str
    slug: str
    author: str
    author_note: str
    venue: str
    venue_note: str
    date: str
    date_note: str
    original_publication: str
    rights: str
    title: str | None = None
    supplied_title: str | None = None
    # The slug of the text this one is an excerpt of.
    excerpt_of: str | None = None
    first_published: str | None = None
    # The editor's short title (siglum) for citing in a study group: "Critique ¶ 12".
    short_title: str | None = None
    author_family: str | None = None
    author_given: str | None = None
    # Lines the rules keep as possible text that the editor has judged to be the page's
    # furniture ("153, 157" or "40-45"); set aside and listed as the editor's decision.
    furniture_lines: str | None = None

    @property
    def editor_furniture(self) -> frozenset[int]:
        return line_numbers(self.furniture_lines or "")

    @property
    def id(self) -> str:
        return Path(self.file).stem

    @property
    def display_title(self) -> str:
        """The chapter title: the capture's, or the editor's in square brackets."""
        return self.title if self.title else f"[{self.supplied_title}]"

    @property
    def siglum(self) -> str:
        """The short title the edition cites the text by; the full title if none is given."""
        return self.short_title or self.display_title

    @property
    def author_name(self) -> dict[str, str] | None:
        """The author as a CSL name: family and given parts, or the name as written (a
        signature such as "M."); None if unknown."""
        if self.author == UNKNOWN:
            return None
        if self.author_family:
            return {"family": self.author_family, "given": self.author_given or ""}
        return {"literal": self.author}

    @property
    def docname(self) -> str:
        return paths.chapter(self.slug)


_LINE_SPEC = re.compile(r"^\s*(\d+)(?:\s*-\s*(\d+))?\s*$")


def line_numbers(spec: str) -> frozenset[int]:
    """The line numbers of "153, 157, 160-162"; ValueError if it is not such a list."""
    numbers: set[int] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        match = _LINE_SPEC.match(part)
        if not match or int(match[2] or match[1]) < int(match[1]):
            raise ValueError(f"not a line number or range: {part!r}")
        numbers.update(range(int(match[1]), int(match[2] or match[1]) + 1))
    return frozenset(numbers)


_REQUIRED = {f.name for f in fields(Record) if f.default is MISSING}
_ALLOWED = {f.name for f in fields(Record)}
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def parse_provenance(text: str, path: str | Path, data: dict | None = None) -> dict[str, Record]:
    """Records by slug, in the file's order; raise naming the file and line of the first
    problem. ``data`` is the text already parsed, where the caller has it."""
    data = parse_toml(text, path) if data is None else data
    records: dict[str, Record] = {}
    by_id: dict[str, Record] = {}
    entries: dict[str, int] = {}
    for entry, table in enumerate(data.get("text", [])):
        for key, value in table.items():
            if key not in _ALLOWED:
                raise EditionError(path, f"unknown key {key!r}", _line_of(text, entry, key))
            if not isinstance(value, str) or not value.strip():
                raise EditionError(
                    path, f"{key!r} must be a non-empty string", _line_of(text, entry, key)
                )
        missing = sorted(_REQUIRED - table.keys())
        if missing:
            raise EditionError(path, f"missing key(s): {', '.join(missing)}", _line_of(text, entry))
        if ("title" in table) == ("supplied_title" in table):
            raise EditionError(
                path,
                "give exactly one of 'title' (as the capture shows it) and 'supplied_title'",
                _line_of(text, entry),
            )
        _check_name_parts(table, path, text, entry)
        for key in ("date", "first_published"):
            try:
                parse_date(table.get(key, UNKNOWN))
            except ValueError as error:
                raise EditionError(path, str(error), _line_of(text, entry, key)) from None
        try:
            line_numbers(table.get("furniture_lines", ""))
        except ValueError as error:
            raise EditionError(path, str(error), _line_of(text, entry, "furniture_lines")) from None
        if not _SLUG.match(table["slug"]):
            raise EditionError(path, f"bad slug {table['slug']!r}", _line_of(text, entry, "slug"))
        try:
            _check_file(table["file"])
        except ValueError as error:
            raise EditionError(path, str(error), _line_of(text, entry, "file")) from None
        record = Record(**table)
        # Each id and slug once: a second record of a capture, or two texts with one slug
        # (they would share, and overwrite, one chapter).
        if record.id in by_id:
            earlier = by_id[record.id]
            raise EditionError(
                path,
                f"second record for {record.file} (its id {record.id!r} is "
                f"{earlier.file}'s, line {_line_of(text, entries[earlier.slug], 'file')})",
                _line_of(text, entry, "file"),
            )
        if record.slug in records:
            earlier = records[record.slug]
            raise EditionError(
                path,
                f"slug {record.slug!r} is already {earlier.file}'s "
                f"(line {_line_of(text, entries[earlier.slug], 'slug')})",
                _line_of(text, entry, "slug"),
            )
        by_id[record.id] = record
        entries[record.slug] = entry
        records[record.slug] = record
    if not records:
        raise EditionError(path, "no [[text]] records")
    slugs = {record.slug for record in records.values()}
    for entry, record in enumerate(records.values()):
        if record.excerpt_of and record.excerpt_of not in slugs:
            raise EditionError(
                path,
                f"excerpt_of names no record: {record.excerpt_of!r}",
                _line_of(text, entry, "excerpt_of"),
            )
    return records


def _check_file(file: str) -> None:
    """A capture is named by its file name in the captures folder: no folder, no link out.

    Its stem is the capture's id, which the textual notes carry, so it has no spaces."""
    if Path(file).name != file or file in {".", ".."}:
        raise ValueError(f"'file' must be a file name of the captures folder: {file!r}")
    if Path(file).suffix not in CAPTURE_SUFFIXES:
        raise ValueError(f"'file' must end in {SUFFIXES_NAMED}: {file!r}")
    if not CAPTURE_ID.match(Path(file).stem):
        raise ValueError(
            f"bad capture name {file!r}: letters, digits, '_', '.' and '-' only, "
            "starting with a letter or digit"
        )


def _check_name_parts(table: dict[str, str], path: str | Path, text: str, entry: int) -> None:
    """author_family and author_given must spell the author's name as ``author`` gives it."""
    if "author_family" not in table:
        if "author_given" in table:
            key = "author_given"
            raise EditionError(path, "author_given needs author_family", _line_of(text, entry, key))
        return
    parts = " ".join(filter(None, [table.get("author_given"), table["author_family"]]))
    if parts != table.get("author"):
        raise EditionError(
            path,
            f"author_given and author_family spell {parts!r}, not {table.get('author')!r}",
            _line_of(text, entry, "author_family"),
        )


def _line_of(text: str, entry: int, key: str | None = None) -> int:
    return line_of(text, "text", entry, key)


def load_provenance(path: str | Path) -> dict[str, Record]:
    path = Path(path)
    data, text = load_toml(path)
    return parse_provenance(text, path, data)
