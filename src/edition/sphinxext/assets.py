"""The extension's own static files, and fixes to what the theme and its extensions add."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from sphinx.application import Sphinx

from edition import paths
from edition.site.stylesheet import trim, words

STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"
# What the theme's extensions load that this book does not use: a live-code library (Thebe),
# toggle buttons, tabs. Matched against the end of each script or stylesheet's file name,
# or, for inline scripts, their text. Upstream: Jupyter Book 1 adds these extensions to
# every book and offers no way to leave one out (jupyter-book #1603, "Allow disabling
# Thebe", closed with a configuration that hides the button but still loads the files).
UNUSED = ("sphinx-thebe.js", "sphinx-thebe.css", "togglebutton.js", "togglebutton.css",
          "design-tabs.js", "sphinx-design.min.css")  # fmt: skip
# Notebook output styles, needed on notebook pages only.
NOTEBOOK_ONLY = "mystnb."
UNUSED_INLINE = ("THEBE_JS_URL", "toggleHint", "toggleOpenOnPrint", "togglebuttonSelector")
# The one script of the head that must run at once: the inline scripts after it set its options.
RUN_AT_ONCE = "documentation_options.js"
# The theme's stylesheet, served trimmed to what the book uses (edition.site.stylesheet); pages
# link it with a digest of its content, so that a browser never keeps an older trim.
THEME_STYLESHEET = Path("styles") / "pydata-sphinx-theme.css"
THEME_STYLESHEET_LINK = re.compile(r"(styles/pydata-sphinx-theme\.css\?digest=)[0-9a-f]+")
# Class names that Bootstrap's scripts build from parts (a tooltip's placement).
DYNAMIC_CLASSES = ("bs-tooltip-", "bs-popover-")
# Where the classes and ids the site uses can be written.
SITE_TEXT = ("*.html", "*.js", "*.json")


def add_paths(app: Sphinx, config) -> None:
    config.html_static_path.append(str(STATIC))
    # Our layout.html extends the theme's, to leave out its search tools, and
    # sections/sidebar-primary.html wraps the theme's (see both files); themefiles adds the
    # overrides derived from the theme's own files.
    config.templates_path.insert(0, str(TEMPLATES))


def _unused(asset) -> bool:
    name = str(asset.filename or "").split("?")[0]
    body = asset.attributes.get("body", "")
    return name.endswith(UNUSED) or any(marker in body for marker in UNUSED_INLINE)


def _deferred(script):
    """``script`` run once the page is parsed, so that the first paint does not wait for it."""
    name = str(script.filename or "").split("?")[0]
    if not name or name.endswith(RUN_AT_ONCE) or {"defer", "async"} & script.attributes.keys():
        return script
    return type(script)(
        script.filename, priority=script.priority, **{**script.attributes, "defer": "defer"}
    )


def trim_assets(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Keep one copy of each script, and none of the assets of features the book leaves out;
    defer the scripts of the head (doctools, the copy button, the theme's own), which wait for
    the page to be parsed anyway, except on the search page, whose search tools need them first.

    Under Jupyter Book, inline scripts (sphinx-thebe's configuration, togglebutton's selector)
    are registered twice, once with the file name None and once with "", which Sphinx does
    not see as equal; the second ``const THEBE_JS_URL`` would be a console error.
    """
    notebook = pagename.startswith(f"{paths.NOTEBOOKS}/")
    defer = _deferred if pagename != "search" else lambda script: script
    context["css_files"] = [
        c for c in context.get("css_files", [])
        if not _unused(c) and (notebook or NOTEBOOK_ONLY not in str(c.filename))
    ]  # fmt: skip
    seen: set[tuple] = set()
    unique = []
    for script in context.get("script_files", []):
        if _unused(script):
            continue
        key = (script.filename or "", script.priority, tuple(sorted(script.attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(defer(script))
    context["script_files"] = unique


def trim_theme_stylesheet(app: Sphinx, exception: Exception | None) -> None:
    """Write the theme's stylesheet without the rules that nothing in the built site can use,
    and link it from every page with a digest of what was written."""
    if exception or app.builder.name not in ("html", "dirhtml"):
        return
    source = _theme_static_file(app, THEME_STYLESHEET)
    if source is None:
        return
    outdir = Path(app.outdir)
    used = set().union(
        *(words(path.read_text(encoding="utf-8", errors="replace"))
          for pattern in SITE_TEXT for path in outdir.rglob(pattern))
    )  # fmt: skip
    trimmed = trim(source.read_text(encoding="utf-8"), used, DYNAMIC_CLASSES)
    (outdir / "_static" / THEME_STYLESHEET).write_text(trimmed, encoding="utf-8")
    digest = hashlib.sha256(trimmed.encode()).hexdigest()[:20]
    for page in outdir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        linked = THEME_STYLESHEET_LINK.sub(rf"\g<1>{digest}", html)
        if linked != html:
            page.write_text(linked, encoding="utf-8")


def _theme_static_file(app: Sphinx, relative: Path) -> Path | None:
    """The theme's own copy of a static file (never the one a previous build trimmed)."""
    theme = getattr(app.builder, "theme", None)
    for directory in theme.get_theme_dirs() if theme else ():
        candidate = Path(directory) / "static" / relative
        if candidate.is_file():
            return candidate
    return None
