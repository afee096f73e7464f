"""Make the book's downloads from the built site: the EPUB and the PDFs.

    .venv/bin/python scripts/export_book.py [--site DIR] [--epub FILE]

Run by ``make book`` after the HTML and EPUB builds. Copies the EPUB that Sphinx built
(``_build/epub/``) into ``_build/html/downloads/`` and prints there, with Debian's Chromium
(or ``EDITION_CHROMIUM``), a PDF of the whole book, one per text and one per study session.
Each file is replaced only when its new version is complete; on any error the script names
the file, exits 1, and leaves the downloads already there as they were.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

import yaml

from edition.apparatus.release import load_release, published_baseurl
from edition.errors import EditionError
from edition.site.downloads import BOOK, BOOK_EPUB
from edition.site.exports import print_jobs, print_pdfs, replace_file, toc_pages
from edition.site.printbook import page_title

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
EPUB = ROOT / "_build" / "epub" / f"{BOOK}.epub"


def book_config() -> dict:
    path = ROOT / "_config.yml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise EditionError(path, f"cannot read the book's configuration: {error}") from error


def copy_epub(epub: Path, target: Path) -> None:
    if not epub.is_file():
        raise EditionError(epub, "no EPUB: build it first (make book)")
    replace_file(target, lambda temporary: shutil.copyfile(epub, temporary))


def title_of(page: Path) -> str:
    try:
        return page_title(page.read_text(encoding="utf-8"))
    except ValueError as error:
        raise EditionError(page, str(error)) from error


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=SITE, help="the built HTML book")
    parser.add_argument("--epub", type=Path, default=EPUB, help="the EPUB Sphinx built")
    args = parser.parse_args(argv)
    site = args.site
    try:
        config = book_config()
        pages = toc_pages(ROOT / "_toc.yml")
        for path in pages:
            if not (site / path).is_file():
                raise EditionError(site / path, "the page is not built: run make book")
        titles = {path: title_of(site / path) for path in pages}
        jobs = print_jobs(pages, titles, config["title"])
        copy_epub(args.epub, site / BOOK_EPUB)
        start = time.perf_counter()
        baseurl = published_baseurl((config.get("html") or {}).get("baseurl") or "")
        release = load_release(ROOT / "CITATION.cff")
        print_pdfs(site, jobs, baseurl, release)
        elapsed = time.perf_counter() - start
    except EditionError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for target in [BOOK_EPUB, *(job.target for job in jobs)]:
        print(f"{target:<58} {(site / target).stat().st_size / 1024:>8.0f} KB")
    print(f"{len(jobs)} PDFs printed in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
