"""One stylesheet and one script per page of the HTML site (edition.site.bundle)."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

from edition.site.bundle import bundle_site


def bundle_assets(app: Sphinx, exception: Exception | None) -> None:
    """After every page is written and the theme's stylesheet trimmed: the EPUB has its own
    assets and no scripts, so only the HTML builders bundle."""
    if exception or app.builder.name not in ("html", "dirhtml"):
        return
    bundle_site(Path(app.outdir))
