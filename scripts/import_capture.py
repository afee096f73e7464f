"""Turn a capture into a draft chapter of the edition.

    python scripts/import_capture.py sources/captures/002_c9f1f77838594bad.txt [--force]

The capture (plain text, or a saved web page, .html or .htm) must have a record in
sources/provenance.toml.  The draft is written to book/essays/<slug>.md; the lines set aside
are listed on standard output, and for a web page what it says of its origin beside what the
record says, for the editor to compare (the record is never changed).  Then comes the review
list (the decisions the import was least sure of), which is also written beside the draft as
book/essays/<slug>.review.txt for the editor to confirm before publishing.  On bad input the
script prints one error naming the file (and line), exits with status 1 and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edition import paths
from edition.errors import EditionError, error_line
from edition.texts import bidi
from edition.texts.importer import (
    Imported,
    prepare_import,
    review_list,
    review_path,
    write_chapter,
)
from edition.texts.review import render_review

ROOT = Path(__file__).resolve().parent.parent


def report(imported: Imported) -> str:
    """What the import set aside, what a web page says of its origin beside the record, and
    the review list."""
    show = bidi.show_controls
    lines = [
        f"set aside  line {line.line:>4}  [{line.rule}]  {show(line.text.strip())}"
        for line in imported.text.set_aside
    ]
    if imported.metadata:
        page, record = imported.metadata, imported.record
        for what, found, recorded in (
            ("title", page.title, record.title),
            ("author", page.author, record.author),
            ("date", page.date, record.date),
            ("site", page.site_name, record.venue),
        ):
            found, recorded = show(found or "not found"), show(recorded or "none")
            lines.append(f"page {what:<6}  {found}  (record: {recorded})")
    items = review_list(imported)
    lines.append(f"\nto review ({len(items)}):")
    lines += [f"  {item}" for item in items] or ["  nothing"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("capture", type=Path, help="the capture file (UTF-8 text or HTML)")
    parser.add_argument("--provenance", type=Path, default=ROOT / "sources/provenance.toml")
    parser.add_argument("--essays", type=Path, default=ROOT / paths.ESSAYS)
    parser.add_argument("--force", action="store_true", help="replace an existing chapter")
    args = parser.parse_args(argv)
    try:
        imported = prepare_import(args.capture, args.provenance, args.essays)
        review = render_review(str(args.capture), review_list(imported))
        write_chapter(imported, force=args.force, beside={review_path(imported.target): review})
    except (EditionError, OSError) as error:
        print(error_line(error, args.capture), file=sys.stderr)
        return 1
    print(report(imported))
    print(f"wrote {imported.target} and {review_path(imported.target).name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
