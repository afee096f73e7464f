"""Write every text's concept notebook from the one template (edition_tools.notebook_template).

    python scripts/render_notebooks.py            # rewrite the notebooks that differ
    python scripts/render_notebooks.py --check    # list them and exit 1; write nothing

Run it after changing the template; `scripts/add_text.py` writes a new text's notebook
itself. The notebook across the texts is the editor's own and is left alone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from edition.errors import EditionError
from edition.site.exports import replace_file
from edition.texts.provenance import load_provenance
from edition_tools.notebook_template import notebook_path, render_notebook

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT)
    parser.add_argument("--check", action="store_true", help="only list stale notebooks")
    args = parser.parse_args(argv)
    try:
        records = load_provenance(args.root / "sources" / "provenance.toml")
    except EditionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    stale = []
    for record in records.values():
        path = args.root / f"{notebook_path(record.slug)}.ipynb"
        content = render_notebook(record)
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            stale.append(path)
            if not args.check:
                replace_file(path, lambda tmp, c=content: tmp.write_text(c, encoding="utf-8"))
    verb = "out of date" if args.check else "written"
    for path in stale:
        print(f"{verb}: {path.relative_to(args.root)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
