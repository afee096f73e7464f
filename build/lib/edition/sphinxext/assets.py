"""The extension's own static files, and one fix to what the theme's extensions add."""

from __future__ import annotations

from pathlib import Path

from sphinx.application import Sphinx

STATIC = Path(__file__).parent / "static"


def add_static_path(app: Sphinx) -> None:
    app.config.html_static_path.append(str(STATIC))


def scripts_once(app: Sphinx, pagename: str, templatename: str, context: dict, doctree) -> None:
    """Keep one copy of each script.

    Under Jupyter Book, inline scripts (sphinx-thebe's configuration, togglebutton's selector)
    are registered twice, once with the file name None and once with "", which Sphinx does
    not see as equal; the second ``const THEBE_JS_URL`` is then a console error.
    """
    seen: set[tuple] = set()
    unique = []
    for script in context.get("script_files", []):
        key = (script.filename or "", script.priority, tuple(sorted(script.attributes.items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    context["script_files"] = unique
