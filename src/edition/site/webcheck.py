"""Serving the built site as static hosts do (gzip-compressed) and weighing a first visit.

Used by the page-weight benchmark and by the tests of the budgets: every request a page makes
on a first visit, its bytes as transferred, the hosts it reaches and its console errors.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import io
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

COMPRESSED = (".html", ".css", ".js", ".json", ".svg", ".txt", ".xml", ".bib", ".ris")
# The pages the benchmarks visit: each kind of page, and the heaviest of each kind.
BENCHMARK_PAGES = [
    "book/index.html",
    "book/essays/critique-of-ally-politics.html",
    "book/essays/not-enough.html",
    "book/glossary.html",
    "book/concepts/ally.html",
    "notebooks/critique-of-ally-politics.html",
    "notebooks/across-the-texts.html",
]
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]  # fmt: skip


def chromium_executable() -> str | None:
    """Debian's Chromium, or the browser ``EDITION_CHROMIUM`` names; never a downloaded one.
    Other names cover hosts that ship Chromium or Chrome under them (GitHub's runners)."""
    named = os.environ.get("EDITION_CHROMIUM")
    if named:
        return named
    candidates = ("chromium", "chromium-browser", "google-chrome")
    return next((path for name in candidates if (path := shutil.which(name))), None)


class _Handler(SimpleHTTPRequestHandler):
    """Static files, text gzip-compressed when the browser accepts it, as CDNs serve them."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSED):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@contextlib.contextmanager
def serve(site: Path) -> Iterator[str]:
    """Serve ``site`` on a free loopback port; yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


@dataclass
class Visit:
    url: str
    requests: list[tuple[str, int]] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)

    @property
    def transferred(self) -> int:
        return sum(size for _, size in self.requests)

    def hosts(self) -> set[str]:
        return {urlsplit(url).netloc for url, _ in self.requests}


def first_visit(browser, url: str) -> Visit:
    """Load ``url`` in a fresh context (empty cache) and record what it transfers."""
    context = browser.new_context()
    page = context.new_page()
    visit = Visit(url)
    page.on("console", lambda m: m.type == "error" and visit.console_errors.append(m.text))
    page.on("pageerror", lambda e: visit.console_errors.append(str(e)))
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.on("requestfailed", lambda r: visit.console_errors.append(f"failed: {r.url}"))
    page.goto(url, wait_until="networkidle")
    for request in finished:
        sizes = request.sizes()
        visit.requests.append(
            (request.url, sizes["responseBodySize"] + sizes["responseHeadersSize"])
        )
    context.close()
    return visit
