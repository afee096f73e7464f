"""Add a text to the edition: from its capture and record to everything the build needs.

    make add-text CAPTURE=sources/captures/FILE.txt
    python scripts/add_text.py sources/captures/FILE.txt [--force]

Before running it, put the capture in sources/captures/ and its [[text]] record in
sources/provenance.toml.  The command then writes, from those two files alone:

- the capture's checksum in sources/SHA256SUMS;
- the chapter, book/essays/<slug>.md, as scripts/import_capture.py does (with its review list
  beside it, book/essays/<slug>.review.txt);
- the text's concept notebook, notebooks/<slug>.ipynb, from the one template
  (edition_tools.notebook_template), without outputs;
- the chapter's and the notebook's entries in _toc.yml, each after the same page of the text
  recorded before it;
- the new anchors in registry/paragraphs.json, as `make anchors` does; a published anchor is
  never changed.

The textual notes, the sources page and the study guide list every text of the records by
themselves.  A headnote, editorial notes and study questions are optional; the book builds
without them.  Every check is made and every file rendered before anything is written: on
bad input the command prints one error naming the file (and line), exits with status 1 and
writes nothing.  An existing chapter or a different notebook is replaced only with --force.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Callable
from pathlib import Path

from import_capture import report

from edition.apparatus.registry import check, current_entries, dump_registry, load_registry
from edition.errors import EditionError, error_line
from edition.texts.importer import (
    Imported,
    prepare_import,
    review_list,
    review_path,
    write_chapter,
)
from edition.texts.provenance import load_provenance
from edition.texts.review import render_review
from edition_tools.notebook_template import notebook_path, render_notebook
from edition_tools.tocfile import add_text

ROOT = Path(__file__).resolve().parent.parent

NEXT_STEPS = """\
next, optionally (the book builds without them):
  - a headnote: a [{slug}] table in apparatus/headnotes.toml
  - editorial notes: [[note]] entries with text = "{slug}" in apparatus/notes.toml
  - study questions: [[question]] entries with text = "{slug}" in apparatus/study-guide.toml
    (and the text's place in its reading_order); then `make anchors` registers them
  - the home page (book/index.md) introduces the texts one by one, by hand: a line for this one
then: confirm the review list above, and run `make book`"""


def _unchanged_or_forced(path: Path, content: str, force: bool) -> bool:
    """Whether ``path`` already holds ``content``; raise if it holds something else and the
    command was not told to replace it."""
    if not path.exists():
        return False
    if path.is_file() and path.read_text(encoding="utf-8") == content:
        return True
    if not force:
        raise EditionError(path, "already exists and differs; use --force to replace it")
    return False


def checksums_with(sums: Path, capture: Path, root: Path) -> str | None:
    """The checksum list with the capture's line added (in order of path), or None if it is
    listed already; a listed checksum that no longer matches is an error."""
    name = f"sources/captures/{capture.name}"
    digest = hashlib.sha256(capture.read_bytes()).hexdigest()
    try:
        text = sums.read_text(encoding="utf-8") if sums.exists() else ""
    except OSError as error:
        raise EditionError(sums, f"cannot read it: {error.strerror}") from None
    lines = text.splitlines()
    for number, line in enumerate(lines, start=1):
        if line.split(maxsplit=1)[1:] == [name]:
            if not line.startswith(digest):
                raise EditionError(sums, f"{name} no longer has this checksum", number)
            return None
    lines.append(f"{digest}  {name}")
    return "\n".join(sorted(lines, key=lambda line: line.split(maxsplit=1)[-1])) + "\n"


def plan(capture: Path, root: Path, force: bool) -> tuple[Imported, dict[Path, str]]:
    """Check everything and render every file in memory: the import, and the other files to
    write with their new content (write_chapter checks where each goes, and writes all of
    them or none). Raises EditionError; writes nothing."""
    provenance = root / "sources" / "provenance.toml"
    imported = prepare_import(capture, provenance, root / "book" / "essays")
    record = imported.record
    order = list(load_provenance(provenance).values())
    files: dict[Path, str] = {
        review_path(imported.target): render_review(str(capture), review_list(imported))
    }

    notebook = root / f"{notebook_path(record.slug)}.ipynb"
    rendered = render_notebook(record)
    if not _unchanged_or_forced(notebook, rendered, force):
        files[notebook] = rendered

    toc_path = root / "_toc.yml"
    try:
        toc = toc_path.read_text(encoding="utf-8")
    except OSError as error:
        raise EditionError(toc_path, f"cannot read it: {error.strerror}") from None
    pages: list[Callable] = [lambda r: r.docname, lambda r: notebook_path(r.slug)]
    new_toc = add_text(toc, record, order, pages, toc_path)
    if new_toc != toc:
        files[toc_path] = new_toc

    sums = root / "sources" / "SHA256SUMS"
    listed = checksums_with(sums, capture, root)
    if listed is not None:
        files[sums] = listed

    registry = root / "registry" / "paragraphs.json"
    current = current_entries(root / "sources", root / "apparatus" / "study-guide.toml")
    registered = load_registry(registry) if registry.exists() else []
    problems = check(registered, current)
    breaking = [p for p in problems if "not in the registry yet" not in p]
    if breaking:
        raise EditionError(
            registry,
            "published anchors would change: "
            + "; ".join(breaking)
            + " (settle them with `scripts/register_anchors.py` first)",
        )
    if problems:
        files[registry] = dump_registry(current)
    return imported, files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("capture", type=Path, help="the capture, in sources/captures/")
    parser.add_argument("--root", type=Path, default=ROOT, help="the edition's folder")
    parser.add_argument("--force", action="store_true", help="replace the chapter or notebook")
    args = parser.parse_args(argv)
    try:
        imported, files = plan(args.capture, args.root, args.force)
        write_chapter(imported, force=args.force, beside=files)
    except (EditionError, OSError) as error:
        print(error_line(error, args.capture), file=sys.stderr)
        return 1
    print(report(imported))
    print("\nwrote:")
    for path in [imported.target, *files]:
        print(f"  {path.relative_to(args.root) if path.is_relative_to(args.root) else path}")
    record = imported.record
    print("\n" + NEXT_STEPS.format(slug=record.slug))
    return 0


if __name__ == "__main__":
    sys.exit(main())
