"""The edition as a versioned work: its version and date (CITATION.cff), its changelog
(apparatus/changelog.toml), and what a release needs before it is published.

CITATION.cff is the one place the version is written; everything that prints it (the book's
footer, its citations, the EPUB and the PDFs) reads it through ``load_release``.
"""

from __future__ import annotations

import datetime
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from edition.errors import EditionError
from edition.tomlfile import check_keys, line_of, load_toml

_VERSION = re.compile(r"^\d+\.\d+\.\d+$")
_RELEASE_KEYS = {"version", "date", "summary", "change"}
_CHANGE_KINDS = ("correction", "change", "addition")
LICENCE_STATEMENT = (
    "The edition's code is under the MIT licence and its editorial apparatus (headnotes, "
    "notes, glossary, questions, charts) under CC BY 4.0; the texts it reproduces are not "
    "covered by either, and their rights remain with their authors and publishers."
)


BASEURL_VARIABLE = "EDITION_BASEURL"


def published_baseurl(configured: str) -> str:
    """The address the book is published at: ``EDITION_BASEURL`` if the environment sets it
    (the publishing workflow does), else ``html.baseurl``; with one closing slash, or ""."""
    url = os.environ.get(BASEURL_VARIABLE, "").strip() or configured.strip()
    return url.rstrip("/") + "/" if url else ""


@dataclass(frozen=True)
class Release:
    """What CITATION.cff says of the edition."""

    title: str
    version: str
    date: str
    editors: str
    licenses: tuple[str, ...]


@dataclass(frozen=True)
class Change:
    kind: str
    text: str


@dataclass(frozen=True)
class ChangelogEntry:
    version: str
    date: str
    summary: str
    changes: tuple[Change, ...]
    line: int


def load_release(path: str | Path) -> Release:
    """Read CITATION.cff; raise naming the file (and the line, for bad YAML) on a problem."""
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise EditionError(path, f"cannot read: {error.strerror}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise EditionError(path, "not valid YAML", mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise EditionError(path, "not a citation file")
    version = str(data.get("version", ""))
    if not _VERSION.match(version):
        raise EditionError(path, f"version must be MAJOR.MINOR.PATCH, not {version!r}")
    date = str(data.get("date-released", ""))
    _check_date(path, date, "date-released")
    authors = data.get("authors") or [{}]
    licenses = data.get("license", [])
    return Release(
        title=str(data.get("title", "")),
        version=version,
        date=date,
        editors=str(authors[0].get("name", "")),
        licenses=tuple([licenses] if isinstance(licenses, str) else licenses),
    )


def _check_date(path: Path, date: str, what: str, line: int | None = None) -> None:
    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        raise EditionError(path, f"{what} must be a date YYYY-MM-DD, not {date!r}", line) from None


def load_changelog(path: str | Path) -> list[ChangelogEntry]:
    """The releases of apparatus/changelog.toml, newest first, each with its changes."""
    path = Path(path)
    data, text = load_toml(path)
    entries = []
    for entry, table in enumerate(data.get("release", [])):
        required = {"version", "date", "summary"}
        check_keys(table, _RELEASE_KEYS, required, path, text, "release", entry)
        line = line_of(text, "release", entry)
        if not _VERSION.match(str(table["version"])):
            raise EditionError(path, f"version {table['version']!r} is not MAJOR.MINOR.PATCH", line)
        _check_date(path, str(table["date"]), "date", line)
        changes = []
        for change in table.get("change", []):
            if set(change) != {"kind", "text"} or change["kind"] not in _CHANGE_KINDS:
                raise EditionError(
                    path,
                    f"each change needs a kind ({', '.join(_CHANGE_KINDS)}) and a text",
                    line,
                )
            changes.append(Change(change["kind"], change["text"].strip()))
        entries.append(
            ChangelogEntry(
                table["version"], str(table["date"]), table["summary"].strip(), tuple(changes), line
            )
        )
    return sorted(entries, key=lambda e: tuple(int(p) for p in e.version.split(".")), reverse=True)


def render_changelog(entries: list[ChangelogEntry]) -> str:
    """The changelog as MyST: a heading per release, its changes grouped by kind."""
    headings = {"correction": "Corrections", "change": "Changes", "addition": "Additions"}
    parts = []
    for entry in entries:
        label = f"changelog-{entry.version.replace('.', '-')}"
        parts.append(f"({label})=\n## Version {entry.version} ({entry.date})")
        parts.append(entry.summary)
        for kind in _CHANGE_KINDS:
            items = [c.text for c in entry.changes if c.kind == kind]
            if items:
                parts.append(f"**{headings[kind]}**\n\n" + "\n".join(f"- {i}" for i in items))
    return "\n\n".join(parts) + "\n"


def release_problems(
    release: Release, changelog: list[ChangelogEntry], zenodo: dict, baseurl: str
) -> list[str]:
    """Why the edition cannot be released as it stands; empty when it can."""
    problems = []
    entry = next((e for e in changelog if e.version == release.version), None)
    if entry is None:
        problems.append(f"the changelog has no entry for version {release.version}")
    elif entry.date != release.date:
        problems.append(
            f"the changelog dates version {release.version} {entry.date}, CITATION.cff "
            f"{release.date}"
        )
    if changelog and changelog[0].version != release.version:
        problems.append(
            f"the changelog's newest version is {changelog[0].version}, not {release.version}"
        )
    problems += [f".zenodo.json: {p}" for p in zenodo_problems(zenodo)]
    if zenodo.get("version") != release.version:
        problems.append(f".zenodo.json gives version {zenodo.get('version')!r}")
    if zenodo.get("title") != release.title:
        problems.append(".zenodo.json gives another title than CITATION.cff")
    if not re.match(r"^https://[^/\s]+/", baseurl):
        problems.append(
            "no published address: set EDITION_BASEURL (or html.baseurl) to the https:// "
            "address the book is published at"
        )
    return problems


# The fields Zenodo's GitHub integration reads from .zenodo.json, and the values it accepts
# (https://developers.zenodo.org/#representation, "Deposit metadata").
_UPLOAD_TYPES = {
    "publication",
    "poster",
    "presentation",
    "dataset",
    "image",
    "video",
    "software",
    "lesson",
    "physicalobject",
    "other",
}
_PUBLICATION_TYPES = {
    "annotationcollection",
    "book",
    "section",
    "conferencepaper",
    "datamanagementplan",
    "article",
    "patent",
    "preprint",
    "deliverable",
    "milestone",
    "proposal",
    "report",
    "softwaredocumentation",
    "taxonomictreatment",
    "technicalnote",
    "thesis",
    "workingpaper",
    "other",
}
_CREATOR_KEYS = {"name", "affiliation", "orcid", "gnd"}


def zenodo_problems(data: dict) -> list[str]:
    """What in ``.zenodo.json`` Zenodo would reject or the edition's record needs."""
    problems = [
        f"{key} is missing or empty"
        for key in ("title", "description", "upload_type", "creators", "license", "version")
        if not data.get(key)
    ]
    if data.get("upload_type") not in _UPLOAD_TYPES:
        problems.append(f"upload_type {data.get('upload_type')!r} is not one of Zenodo's")
    if data.get("upload_type") == "publication" and (
        data.get("publication_type") not in _PUBLICATION_TYPES
    ):
        problems.append(f"publication_type {data.get('publication_type')!r} is not one of Zenodo's")
    for creator in data.get("creators", []):
        if not isinstance(creator, dict) or not creator.get("name") or set(creator) - _CREATOR_KEYS:
            problems.append(f"creator {creator!r} needs a name and only Zenodo's keys")
    if data.get("access_right", "open") != "open":
        problems.append("the edition is open access")
    return problems


def load_zenodo(path: str | Path) -> dict:
    path = Path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise EditionError(path, f"cannot read: {error.strerror}") from None
    except json.JSONDecodeError as error:
        raise EditionError(path, f"not valid JSON: {error.msg}", error.lineno) from None
