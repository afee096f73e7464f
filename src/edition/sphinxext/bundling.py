"""One stylesheet and one script per page of the HTML site (edition.site.bundle)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from sphinx.application import Sphinx

from edition.site.bundle import bundle_site

# The theme's Bootstrap serves only its tooltips (shown on a pointer or a focus) and its
# dropdown menus (opened by a click or a key): run on the first input, it costs a reader
# nothing, where at load it was the longest task of every page (about 80 KB to compile and
# a tooltip object for each of some thirty buttons). The theme's own script, which runs at
# load, uses Bootstrap only for the button that collapses the sidebar, which the book's
# theme does not show; a theme that used it at load would log an error, which the page
# checks (tests/test_weight.py, tests/test_browser.py) fail on. Upstream: the fix belongs in
# pydata-sphinx-theme (load Bootstrap when a tooltip or dropdown is first used); no issue
# for it was found.
ON_FIRST_INPUT = frozenset({PurePosixPath("_static/scripts/bootstrap.js")})


def bundle_assets(app: Sphinx, exception: Exception | None) -> None:
    """After every page is written and the theme's stylesheet trimmed: the EPUB has its own
    assets and no scripts, so only the HTML builders bundle."""
    if exception or app.builder.name not in ("html", "dirhtml"):
        return
    bundle_site(Path(app.outdir), ON_FIRST_INPUT)
