"""`make preview` (scripts/preview.py): the configuration it derives, and, in Chromium, a saved
change to a page reloading the open page."""

from __future__ import annotations

import contextlib
import importlib.util
import time
from pathlib import Path

import pytest
from chromium import chromium_path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "preview.py"
# The first build of the small book below takes a few seconds; the allowance is generous so
# that a loaded machine does not fail the test (how long it takes is printed, not asserted).
STARTUP = 120
RELOAD = 60


def _preview_module():
    spec = importlib.util.spec_from_file_location("preview", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_configuration_is_the_books_with_paths_made_absolute_and_the_preview_flag():
    text = _preview_module().sphinx_configuration(ROOT)
    settings: dict[str, object] = {}
    exec(compile(text, "conf.py", "exec"), settings)
    assert settings["edition_preview"] is True
    assert "edition.sphinxext" in settings["extensions"]
    paths = [*settings["html_static_path"], settings["html_favicon"], *settings["bibtex_bibfiles"]]
    for path in paths:
        assert Path(path).is_absolute() and Path(path).exists(), path
    assert settings["nb_execution_cache_path"] == str(ROOT / "_build" / ".jupyter_cache")
    assert not (ROOT / "conf.py").exists(), "the derived conf.py must not stay in the book"


def test_a_conf_py_in_the_book_stops_the_preview_before_it_is_overwritten(tmp_path):
    (tmp_path / "conf.py").write_text("project = 'mine'\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=r"conf\.py is in the way"):
        _preview_module().sphinx_configuration(tmp_path)
    assert (tmp_path / "conf.py").read_text(encoding="utf-8") == "project = 'mine'\n"


def _small_book(root: Path) -> Path:
    (root / "_config.yml").write_text('title: "Preview"\nexecute:\n  execute_notebooks: "off"\n')
    (root / "_toc.yml").write_text("format: jb-book\nroot: index\nchapters:\n  - file: chapter\n")
    (root / "index.md").write_text("# Preview\n\nThe book's first page.\n")
    chapter = root / "chapter.md"
    chapter.write_text("# A chapter\n\nThe first wording of the paragraph.\n")
    return chapter


@pytest.mark.browser
def test_saving_a_chapter_rebuilds_it_and_reloads_the_open_page(tmp_path):
    from playwright.sync_api import sync_playwright

    from edition.site.webcheck import CHROMIUM_ARGS

    executable = chromium_path()
    chapter = _small_book(tmp_path)
    preview = _preview_module()
    log = tmp_path / "preview.log"
    with log.open("w") as out, contextlib.ExitStack() as stack:
        try:
            base = stack.enter_context(preview.served(tmp_path, timeout=STARTUP, output=out))
        except preview.PreviewError as error:
            pytest.fail(f"{error}: {log.read_text(errors='replace')[-2000:]}")
        address = f"{base}chapter.html"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            tab = browser.new_page()
            tab.goto(address)
            assert "The first wording" in tab.inner_text("main")
            saved = time.monotonic()
            chapter.write_text("# A chapter\n\nThe second wording of the paragraph.\n")
            # No navigation by the test: only the preview's own reload can bring the new text.
            tab.wait_for_function(
                "document.body.innerText.includes('The second wording')", timeout=RELOAD * 1000
            )
            print(f"saved change visible after {time.monotonic() - saved:.1f} s")
            browser.close()
    assert not (tmp_path / "conf.py").exists()
    assert (tmp_path / "_build" / "preview" / "html" / "chapter.html").exists()
