"""Measure how long the book takes to build and how large the built site is.

    .venv/bin/python scripts/benchmark_build.py [--repeat N] [--overhead] [--json]

It times a clean build (`jupyter-book build . --all -W -n --keep-going`) and then a rebuild
with nothing changed (the same command without `--all`, repeated N times, min and median
reported), both writing to a fresh temporary directory through `--path-output`, so the
repository's own _build/ is never touched.  It then reports the size of _build/html (bytes and
files) and of the HTML pages under _build/html/book/, raw and gzip-compressed (level 6, per
file, summed).  A table goes to standard output, or JSON with --json.  If a build fails, its
last 40 lines of output go to standard error and the script exits with status 1.
With --overhead it first builds the book from scratch with and without the edition's
extension, one after the other, and prints the ratio of the two times.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
from pathlib import Path

from edition_tools.bookbuild import STRICT, BuildError, run_build

ROOT = Path(__file__).resolve().parent.parent
GZIP_LEVEL = 6


def build(
    output_dir: Path, *, rebuild_all: bool, strict: bool = True, config: Path | None = None
) -> float:
    """Run one build into output_dir and return its wall-clock time in seconds."""
    arguments = ["."]
    if rebuild_all:
        arguments.append("--all")
    if strict:
        arguments += STRICT
    if config:
        arguments += ["--config", str(config)]
    arguments += ["--path-output", str(output_dir)]
    return run_build(arguments, cwd=ROOT)


def extension_overhead(folder: Path) -> tuple[float, float]:
    """Clean builds of the same book with and without the edition's extension, one after the
    other. Without it the chapters' directives are unknown, so that build is not strict."""
    config = (ROOT / "_config.yml").read_text(encoding="utf-8")
    without = folder / "_config.yml"
    without.write_text(config.replace("    - edition.sphinxext\n", ""), encoding="utf-8")
    with_it = build(folder / "with", rebuild_all=True)
    without_it = build(folder / "without", rebuild_all=True, strict=False, config=without)
    return with_it, without_it


def tree_size(directory: Path) -> tuple[int, int]:
    """Return (total bytes, number of files) under directory."""
    sizes = [path.stat().st_size for path in directory.rglob("*") if path.is_file()]
    return sum(sizes), len(sizes)


def gzip_size(path: Path) -> int:
    # mtime=0 keeps the figure reproducible: the header would otherwise carry the current time.
    return len(gzip.compress(path.read_bytes(), compresslevel=GZIP_LEVEL, mtime=0))


def page_sizes(book_dir: Path) -> list[dict[str, int | str]]:
    """Return the raw and gzip size of each HTML page under book_dir, sorted by path."""
    return [
        {
            "page": page.relative_to(book_dir).as_posix(),
            "bytes": page.stat().st_size,
            "gzip_bytes": gzip_size(page),
        }
        for page in sorted(book_dir.rglob("*.html"))
    ]


def measure(repeat: int, overhead: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="benchmark-build-") as tmp:
        with_it, without_it = extension_overhead(Path(tmp)) if overhead else (None, None)
        output_dir = Path(tmp)
        clean = build(output_dir, rebuild_all=True)
        rebuilds = [build(output_dir, rebuild_all=False) for _ in range(repeat)]
        html_dir = output_dir / "_build" / "html"
        site_bytes, site_files = tree_size(html_dir)
        pages = page_sizes(html_dir / "book")
    return {
        "with_extension_s": with_it,
        "without_extension_s": without_it,
        "clean_build_s": clean,
        "rebuild_s": rebuilds,
        "rebuild_min_s": min(rebuilds),
        "rebuild_median_s": statistics.median(rebuilds),
        "site_bytes": site_bytes,
        "site_files": site_files,
        "pages_bytes": sum(page["bytes"] for page in pages),
        "pages_gzip_bytes": sum(page["gzip_bytes"] for page in pages),
        "pages": pages,
    }


def format_table(results: dict) -> str:
    rows = []
    if results["with_extension_s"] is not None:
        ratio = results["with_extension_s"] / results["without_extension_s"]
        rows.append(
            (
                "with / without the extension",
                f"{results['with_extension_s']:.2f} s / {results['without_extension_s']:.2f} s"
                f" = {ratio:.2f}",
            )
        )
    rows += [
        ("clean build (--all)", f"{results['clean_build_s']:.2f} s"),
        (
            f"no-change rebuild, min of {len(results['rebuild_s'])}",
            f"{results['rebuild_min_s']:.2f} s",
        ),
        ("no-change rebuild, median", f"{results['rebuild_median_s']:.2f} s"),
        ("_build/html", f"{results['site_bytes']:,} bytes in {results['site_files']} files"),
        ("book/ pages, raw", f"{results['pages_bytes']:,} bytes"),
        ("book/ pages, gzip -6", f"{results['pages_gzip_bytes']:,} bytes"),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{label:<{width}}  {value}" for label, value in rows]
    page_width = max((len(page["page"]) for page in results["pages"]), default=4)
    lines += ["", f"{'page':<{page_width}}  {'bytes':>9}  {'gzip':>9}"]
    lines += [
        f"{page['page']:<{page_width}}  {page['bytes']:>9,}  {page['gzip_bytes']:>9,}"
        for page in results["pages"]
    ]
    return "\n".join(lines)


def positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--repeat",
        type=positive_int,
        default=1,
        metavar="N",
        help="how many times to time the no-change rebuild (default 1)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument(
        "--overhead",
        action="store_true",
        help="also time clean builds with and without the extension",
    )
    args = parser.parse_args(argv)
    try:
        results = measure(args.repeat, args.overhead)
    except BuildError as error:
        print(error.tail(), file=sys.stderr)
        return 1
    print(json.dumps(results, indent=2) if args.json else format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
