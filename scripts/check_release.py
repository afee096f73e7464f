"""Refuse a release that is not ready: run by `make release` before a version is tagged.

    .venv/bin/python scripts/check_release.py

A release needs a version and date in CITATION.cff, a changelog entry for that version with
the same date (apparatus/changelog.toml), a .zenodo.json that Zenodo accepts and that agrees
with CITATION.cff, and the address the book is published at (EDITION_BASEURL or html.baseurl
in _config.yml), so that every citation in it resolves. Prints what is missing and exits 1,
or says the release is ready.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from edition.apparatus.release import (
    load_changelog,
    load_release,
    load_zenodo,
    published_baseurl,
    release_problems,
)
from edition.errors import EditionError

ROOT = Path(__file__).resolve().parent.parent


def main(root: Path = ROOT) -> int:
    try:
        release = load_release(root / "CITATION.cff")
        changelog = load_changelog(root / "apparatus" / "changelog.toml")
        zenodo = load_zenodo(root / ".zenodo.json")
        config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    except (EditionError, OSError, yaml.YAMLError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    baseurl = published_baseurl((config.get("html") or {}).get("baseurl") or "")
    problems = release_problems(release, changelog, zenodo, baseurl)
    if problems:
        print(f"error: version {release.version} cannot be released:", file=sys.stderr)
        print("\n".join(f"  {p}" for p in problems), file=sys.stderr)
        return 1
    print(f"Version {release.version} ({release.date}) is ready to release at {baseurl}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
