"""How fast `make preview` shows a saved change to a chapter of this book.

    .venv/bin/python scripts/benchmark_preview.py [--chapter SLUG] [--saves 3]

Copies the repository's tracked files (and the notebook cache of the last `make book`, so
that no notebook runs again) to a temporary folder, starts the preview there
(scripts/preview.py --root), and reports how long its first build takes; then, with the
chapter open in Debian's Chromium, saves the chapter with a new closing line ``--saves``
times and reports, each time, the seconds from the save to the new line on the open page,
reloaded by the preview itself. The repository is not touched.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from preview import PreviewError, served

from edition import paths
from edition.site.webcheck import CHROMIUM_ARGS, chromium_executable

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 900


def copy_repository(target: Path) -> None:
    names = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split("\0")
    for name in filter(None, names):
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target / name)
    cache = ROOT / "_build" / ".jupyter_cache"
    if cache.is_dir():
        shutil.copytree(cache, target / "_build" / ".jupyter_cache")


def time_saves(address: str, executable: str, source: Path, saves: int) -> list[float]:
    """With ``address`` open in Chromium, save ``source`` with a new closing line ``saves``
    times; the seconds from each save to the new line on the page, reloaded by the preview."""
    from playwright.sync_api import sync_playwright

    original = source.read_text(encoding="utf-8")
    seconds = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        tab = browser.new_page()
        tab.goto(address)
        for save in range(1, saves + 1):
            line = f"Preview check {save}."
            saved = time.monotonic()
            source.write_text(f"{original}\n{line}\n", encoding="utf-8")
            tab.wait_for_function(
                f"document.body.innerText.includes({line!r})", timeout=TIMEOUT * 1000
            )
            seconds.append(time.monotonic() - saved)
            print(f"save {save}: visible after {seconds[-1]:.1f} s")
        browser.close()
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapter", default="critique-of-ally-politics")
    parser.add_argument("--saves", type=int, default=3)
    args = parser.parse_args()
    executable = chromium_executable()
    if not executable:
        message = "Debian's chromium is not installed (apt-get install chromium)"
        print(f"error: {message}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="edition-preview-") as folder:
        root = Path(folder)
        copy_repository(root)
        source = root / f"{paths.chapter(args.chapter)}.md"
        started = time.monotonic()
        try:
            with served(root, timeout=TIMEOUT) as base:
                print(f"first build of the preview: {time.monotonic() - started:.1f} s")
                address = base + paths.page(paths.chapter(args.chapter))
                seconds = time_saves(address, executable, source, args.saves)
        except PreviewError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    print(f"median from save to the reloaded page: {statistics.median(seconds):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
