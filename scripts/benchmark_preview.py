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
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(address: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("error: the preview stopped before serving the book")
        try:
            with urllib.request.urlopen(address, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"error: no preview at {address} after {TIMEOUT} s")


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
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="edition-preview-") as folder:
        root = Path(folder)
        copy_repository(root)
        source = root / f"{paths.chapter(args.chapter)}.md"
        original = source.read_text(encoding="utf-8")
        port = free_port()
        started = time.monotonic()
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "scripts" / "preview.py"), "--root", str(root),
             "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        try:
            address = f"http://127.0.0.1:{port}/{paths.page(paths.chapter(args.chapter))}"
            wait_for(address, process)
            print(f"first build of the preview: {time.monotonic() - started:.1f} s")
            seconds = []
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
                tab = browser.new_page()
                tab.goto(address)
                for save in range(1, args.saves + 1):
                    line = f"Preview check {save}."
                    saved = time.monotonic()
                    source.write_text(f"{original}\n{line}\n", encoding="utf-8")
                    tab.wait_for_function(
                        f"document.body.innerText.includes({line!r})", timeout=TIMEOUT * 1000
                    )
                    seconds.append(time.monotonic() - saved)
                    print(f"save {save}: visible after {seconds[-1]:.1f} s")
                browser.close()
            print(f"median from save to the reloaded page: {statistics.median(seconds):.1f} s")
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
