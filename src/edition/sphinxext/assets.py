"""The extension's own static files, and one fix to what the theme's extensions add."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"
# What the theme's extensions load that this book does not use: a live-code library (Thebe),
# toggle buttons, tabs. Matched against the end of each script or stylesheet's file name,
# or, for inline scripts, their text.
UNUSED = ("sphinx-thebe.js", "sphinx-thebe.css", "togglebutton.js", "togglebutton.css",
          "design-tabs.js", "sphinx-design.min.css")  # fmt: skip
# Notebook output styles, needed on notebook pages only.
NOTEBOOK_ONLY = "mystnb."
UNUSED_INLINE = ("THEBE_JS_URL", "toggleHint", "toggleOpenOnPrint", "togglebuttonSelector")


def add_paths(app: Sphinx, config) -> None:
    config.html_static_path.append(str(STATIC))
    # Our webpack-macros.html replaces the theme's, to leave out its 1.5 MB icon script.
    config.templates_path.insert(0, str(TEMPLATES))


def _unused(asset) -> bool:
    name = str(asset.filename or "").split("?")[0]
    body = asset.attributes.get("body", "")
    return name.endswith(UNUSED) or any(marker in body for marker in UNUSED_INLINE)


def trim_assets(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Keep one copy of each script, and none of the assets of features the book leaves out.

    Under Jupyter Book, inline scripts (sphinx-thebe's configuration, togglebutton's selector)
    are registered twice, once with the file name None and once with "", which Sphinx does
    not see as equal; the second ``const THEBE_JS_URL`` would be a console error.
    """
    notebook = pagename.startswith("notebooks/")
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
            unique.append(script)
    context["script_files"] = unique
