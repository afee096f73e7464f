"""Smoke test in a real headless Chromium (Debian's), driven by Playwright, over a local server."""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

pytestmark = pytest.mark.browser

# Without these, Chromium reaches for Google's services, which this network refuses.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    path = os.environ.get("EDITION_CHROMIUM") or shutil.which("chromium")
    if path:
        return path
    message = "Debian's chromium is not installed (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    page = browser.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    page.close()


@pytest.mark.parametrize(
    ("path", "title", "first_words"),
    [
        ("book/index.html", "From Ally to Affinity", "This edition gathers five short texts"),
        (
            "book/essays/critique-of-ally-politics.html",
            "A Critique of Ally Politics",
            "This essay is a love letter to you",
        ),
    ],
)
def test_a_page_opens_with_its_title_and_first_paragraph_and_no_console_error(
    server, page, path, title, first_words
):
    response = page.goto(f"{server}/{path}", wait_until="load")
    assert response.ok
    assert page.title().startswith(title)
    assert page.locator("article h1").first.inner_text().startswith(title)
    paragraph = page.locator("article p", has_text=first_words).first
    assert paragraph.is_visible()
    assert paragraph.bounding_box()["height"] > 0
    page.wait_for_load_state("networkidle")
    assert page.errors == []
