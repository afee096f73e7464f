"""Score each kind of page of the built book with Lighthouse's mobile preset.

    .venv/bin/python scripts/benchmark_lighthouse.py [PAGE …] [--runs 3] [--against DIR] [--json]

Serves _build/html gzip-compressed, as static hosts do, and runs Lighthouse (npm, pinned in
package-lock.json) on each page in Debian's Chromium, or the one EDITION_CHROMIUM names, with
its default settings: a mid-range phone on a slow 4G connection, throttling simulated. Each
figure is the median of --runs runs. Prints per page the performance and accessibility
scores, first and largest contentful paint, total blocking time, cumulative layout shift,
speed index and the bytes transferred; for a score under its target (performance 0.98,
accessibility 1.0), the audits of that category that fail. With --against DIR (the HTML of
another book, such as the default Jupyter Book of the same texts that
scripts/build_default_book.py builds), the same page of that book is scored in the same run
and printed under each of ours. JSON instead with --json. Exits with status 1 when a page of
ours misses a target. Scores vary from run to run and machine to machine, so the test suite
checks the budgets of bytes, hosts and console errors (tests/test_weight.py), never these
figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path

from edition.site.webcheck import BENCHMARK_PAGES, CHROMIUM_ARGS, chromium_executable, serve

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "_build" / "html"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
TARGETS = {"performance": 0.98, "accessibility": 1.0}
# Lighthouse's own pass mark for an audit: under it, the report lists the audit as failed.
AUDIT_PASS = 0.9
METRICS = {
    "fcp": "first-contentful-paint",
    "lcp": "largest-contentful-paint",
    "tbt": "total-blocking-time",
    "cls": "cumulative-layout-shift",
    "si": "speed-index",
    "bytes": "total-byte-weight",
}


class LighthouseError(Exception):
    pass


@dataclass
class Score:
    page: str
    scores: dict[str, float | None]
    metrics: dict[str, float | None]
    # For each category under its target, the audits that cost it: id, title, and what
    # Lighthouse says of it ("Est savings of 59 KiB"), if anything.
    failing: dict[str, list[tuple[str, str, str]]]


def missed(scores: dict[str, float | None]) -> list[str]:
    """The categories under their target; a score is missing when one of its metrics failed."""
    return [name for name, target in TARGETS.items() if (scores[name] or 0) < target]


def run_lighthouse(url: str, browser: str) -> dict:
    """Lighthouse's report (its JSON result) for ``url``, with the default mobile settings."""
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    command = [
        str(LIGHTHOUSE), url, f"--chrome-flags={flags}",
        "--only-categories=performance,accessibility",
        "--output=json", "--output-path=stdout", "--quiet",
    ]  # fmt: skip
    # The server is a thread of this process: it goes on answering while this thread waits.
    done = subprocess.run(
        command, env={**os.environ, "CHROME_PATH": browser}, capture_output=True, text=True
    )
    if done.returncode != 0:
        raise LighthouseError(f"lighthouse exited with status {done.returncode}: {done.stderr}")
    report = json.loads(done.stdout)
    if report.get("runtimeError"):
        raise LighthouseError(f"{url}: {report['runtimeError']['message']}")
    return report


def failing_audits(report: dict, category: str) -> list[tuple[str, str, str]]:
    """The audits of ``category`` that Lighthouse counts as failed."""
    failed = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if audit["scoreDisplayMode"] == "error" or (
            audit["score"] is not None and audit["score"] < AUDIT_PASS
        ):
            failed.append((audit["id"], audit["title"], audit.get("displayValue", "")))
    return failed


def _median(values: list[float | None]) -> float | None:
    """The median of the runs that gave a figure, or None if none did."""
    present = [value for value in values if value is not None]
    return statistics.median(present) if present else None


def score(page: str, reports: list[dict]) -> Score:
    """The median of each score and metric over ``reports`` (runs of one page); the failing
    audits are the last run's."""
    scores = {
        name: _median([report["categories"][name]["score"] for report in reports])
        for name in TARGETS
    }
    metrics = {
        key: _median([report["audits"][audit].get("numericValue") for report in reports])
        for key, audit in METRICS.items()
    }
    failing = {name: failing_audits(reports[-1], name) for name in missed(scores)}
    return Score(page, scores, metrics, failing)


def print_table(results: list[Score], others: list[Score] | None = None) -> None:
    print(
        f"{'page':<44} {'perf':>4} {'a11y':>4} {'FCP ms':>6} {'LCP ms':>6} {'TBT ms':>6} "
        f"{'CLS':>5} {'SI ms':>6} {'KB':>6}"
    )
    for index, result in enumerate(results):
        _print_row(result.page, result)
        if others:
            _print_row("  the same page, other book", others[index])
        for category, audits in result.failing.items():
            for audit_id, title, says in audits:
                detail = f" ({says})" if says else ""
                print(f"    {category} under target: {audit_id}: {title}{detail}")


def _print_row(label: str, result: Score) -> None:
    scores, metrics = result.scores, result.metrics
    kilobytes = metrics["bytes"] / 1024 if metrics["bytes"] is not None else None
    print(
        f"{label:<44} {_figure(scores['performance'], 4, 2)} "
        f"{_figure(scores['accessibility'], 4, 2)} {_figure(metrics['fcp'], 6, 0)} "
        f"{_figure(metrics['lcp'], 6, 0)} {_figure(metrics['tbt'], 6, 0)} "
        f"{_figure(metrics['cls'], 5, 3)} {_figure(metrics['si'], 6, 0)} "
        f"{_figure(kilobytes, 6, 1)}"
    )


def _figure(value: float | None, width: int, decimals: int) -> str:
    """``value`` right-aligned in ``width``, or a dash where Lighthouse gave none."""
    return f"{value:>{width}.{decimals}f}" if value is not None else "-".rjust(width)


def measure(base: str, pages: list[str], browser: str, runs: int) -> list[Score]:
    return [
        score(page, [run_lighthouse(f"{base}/{page}", browser) for _ in range(runs)])
        for page in pages
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", nargs="*", metavar="PAGE", help="paths under _build/html")
    parser.add_argument("--runs", type=int, default=3, help="runs per page (the median counts)")
    parser.add_argument("--against", type=Path, metavar="DIR", help="another book's HTML")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    browser = chromium_executable()
    if browser is None:
        parser.error("no Chromium: apt-get install chromium, or set EDITION_CHROMIUM")
    if not LIGHTHOUSE.is_file():
        parser.error(f"{LIGHTHOUSE} is missing: run `npm ci`")
    for site in (SITE, args.against):
        if site and not (site / "index.html").is_file():
            parser.error(f"{site} has no built book")
    pages = args.pages or BENCHMARK_PAGES
    others = None
    try:
        with ExitStack() as servers:
            results = measure(servers.enter_context(serve(SITE)), pages, browser, args.runs)
            if args.against:
                other = servers.enter_context(serve(args.against))
                others = measure(other, pages, browser, args.runs)
    except LighthouseError as error:
        print(error, file=sys.stderr)
        return 1
    if args.json:
        report = {"book": [asdict(r) for r in results]}
        if others:
            report["against"] = [asdict(r) for r in others]
        print(json.dumps(report, indent=2))
    else:
        print(f"median of {args.runs} run(s) per page")
        print_table(results, others)
    return 1 if any(result.failing for result in results) else 0


if __name__ == "__main__":
    sys.exit(main())
