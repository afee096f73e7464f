"""Debian's Chromium for the browser tests: where it is, and a watched tab on a served site."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from edition.site.webcheck import CHROMIUM_ARGS, chromium_executable, serve


def chromium_path() -> str:
    path = chromium_executable()
    if path:
        return path
    message = "Debian's chromium is not installed (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@contextlib.contextmanager
def watched_tab(site: Path) -> Iterator[tuple[str, object, list[str]]]:
    """A Chromium tab on ``site``, served: the site's address, the tab, and the messages of
    every dialog a script of the page opened (each dismissed)."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with serve(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        tab = browser.new_page()
        dialogs: list[str] = []
        tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        yield base, tab, dialogs
        browser.close()
