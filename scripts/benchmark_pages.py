"""Weigh a reader's first visit to each kind of page of the built book.

    .venv/bin/python scripts/benchmark_pages.py [PAGE …]

Serves _build/html gzip-compressed, as static hosts do, opens each page in Debian's Chromium
(or the one EDITION_CHROMIUM names) with an empty cache, and prints what the visit transferred
(all requests), how many requests, which hosts, how long the visit took until the network was
idle (half a second of quiet included), and any console error. Lighthouse's scores of the same
pages come from scripts/benchmark_lighthouse.py.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from edition.site.webcheck import (
    BENCHMARK_PAGES,
    CHROMIUM_ARGS,
    chromium_executable,
    first_visit,
    serve,
)

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    pages = argv or BENCHMARK_PAGES
    executable = chromium_executable()
    if executable is None:
        sys.exit("no Chromium: apt-get install chromium, or set EDITION_CHROMIUM")
    with serve(ROOT / "_build" / "html") as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        print(f"{'page':<46} {'KB (gzip)':>9} {'requests':>8} {'idle ms':>8}  hosts / errors")
        for page in pages:
            start = time.perf_counter()
            visit = first_visit(browser, f"{base}/{page}")
            elapsed = (time.perf_counter() - start) * 1000
            hosts = ", ".join(sorted(visit.hosts())) or "-"
            errors = f"; {len(visit.console_errors)} console errors" if visit.console_errors else ""
            print(
                f"{page:<46} {visit.transferred / 1024:>9.1f} {len(visit.requests):>8} "
                f"{elapsed:>8.0f}  {hosts}{errors}"
            )
        browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
