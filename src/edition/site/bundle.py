"""One stylesheet and one script per page: the site's assets bundled after the build.

A page of the theme links seven stylesheets and a dozen scripts, each a request of its own
on a reader's first visit, and the first paint waits for every stylesheet. Bundling them
in the order the page gives keeps the cascade and the order in which deferred scripts run
(deferred scripts run in document order, after parsing): the stylesheets become one file
linked where the first was, the deferred scripts one deferred file where the first was (two
around a script that reads its settings from its own tag, which stays as it is), and
Sphinx's options script, the one that must run at once, is written into the page (a few
hundred bytes, the same on every page). Bundles are named by a digest of their content, so a
browser never keeps an old one, and pages with the same assets share them. Scripts that run
at once (the search page's tools) and inline scripts stay where they are.

A script whose work waits for the reader anyway (tooltips, menus that open on a click) can be
named to run on the first input instead: its bundle carries it uncompiled, and runs it when
the reader first points at, touches, scrolls with a wheel, focuses or presses anything on the
page, before the page's own handlers see that event. The browser then spends the time it
takes to compile and run only when a reader acts, not while the page loads.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

BUNDLES = PurePosixPath("_static") / "bundles"
INLINED = "documentation_options.js"
PLAIN = {"src", "defer"}
_STYLESHEET = re.compile(r'[ \t]*<link\b(?=[^>]*\brel="stylesheet")[^>]*>\n?')
_SCRIPT = re.compile(r"[ \t]*<script\b([^>]*)></script>\n?")
_ATTRIBUTE = re.compile(r'([\w-]+)(?:="([^"]*)")?')
_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
# The first input of any kind, seen before any element's handler sees it: a pointer entering
# an element comes before its mouseenter, a press before its click, a focus before its keys;
# a wheel turned before the pointer has moved scrolls the page (the theme's back-to-top
# button watches the scrolling).
FIRST_INPUT = ("pointerover", "pointerdown", "touchstart", "wheel", "focusin", "keydown", "click")


@dataclass
class Bundles:
    """The bundles made so far, by path under the site's folder, and their contents."""

    files: dict[PurePosixPath, str] = field(default_factory=dict)

    def add(self, content: str, suffix: str) -> PurePosixPath:
        name = hashlib.sha256(content.encode()).hexdigest()[:20]
        path = BUNDLES / f"{name}{suffix}"
        self.files[path] = content
        return path


def attributes(tag: str) -> dict[str, str]:
    """The attributes of ``tag``'s opening tag (``<link …>`` or ``<script …>``)."""
    opening = tag.strip().split(">", 1)[0]
    inside = opening.removeprefix("<link").removeprefix("<script").rstrip("/")
    return {name: value or "" for name, value in _ATTRIBUTE.findall(inside)}


def local_file(reference: str, page: PurePosixPath) -> PurePosixPath | None:
    """The site's file that ``reference``, written in ``page``, names, if it is one of ours."""
    if re.match(r"^[a-z][a-z0-9+.-]*:|^//|^/", reference):
        return None
    path = reference.split("?")[0].split("#")[0]
    parts: list[str] = []
    for part in (page.parent / path).parts:
        if part == "..":
            if not parts:
                return None
            parts.pop()
        elif part != ".":
            parts.append(part)
    return PurePosixPath(*parts)


def relative(target: PurePosixPath, start: PurePosixPath) -> str:
    """``target`` as a URL relative to the folder ``start`` (both under the site's folder)."""
    return PurePosixPath(os.path.relpath(target, start)).as_posix()


def rebase_urls(css: str, source: PurePosixPath, folder: PurePosixPath) -> str:
    """The stylesheet ``source`` with its relative url()s made relative to ``folder``."""

    def rebased(match: re.Match) -> str:
        quote, url = match.groups()
        if url.startswith(("data:", "#")):
            return match.group(0)
        target = local_file(url, source)
        if target is None:
            return match.group(0)
        rest = url[len(url.split("?")[0].split("#")[0]) :]
        return f"url({quote}{relative(target, folder)}{rest}{quote})"

    return _URL.sub(rebased, css)


def bundle_page(
    html: str,
    page: PurePosixPath,
    read,
    bundles: Bundles,
    on_input: frozenset[PurePosixPath] = frozenset(),
) -> str:
    """``html`` of ``page`` (its path under the site's folder) with its local stylesheets and
    deferred scripts bundled; ``read(path)`` gives a site file's text, or None if there is no
    such file (then its tag is left as it is). The deferred scripts among ``on_input`` (paths
    under the site's folder) run on the reader's first input."""
    texts: dict[PurePosixPath, str] = {}

    def ours(reference: str) -> PurePosixPath | None:
        path = local_file(reference, page)
        if path is not None and path.parent == BUNDLES:
            # A page an earlier run bundled, which this build did not write again.
            if path not in bundles.files and (text := read(path)) is not None:
                bundles.files[path] = text
            return None
        if path is not None and path not in texts and (text := read(path)) is not None:
            texts[path] = text
        return path if path in texts else None

    styles = [(m, ours(attributes(m.group(0)).get("href", ""))) for m in _STYLESHEET.finditer(html)]
    styles = [(m, path) for m, path in styles if path is not None]
    scripts = []
    for m in _SCRIPT.finditer(html):
        found = attributes(m.group(0))
        path = ours(found["src"]) if "src" in found else None
        if path is not None:
            scripts.append((m, path, found))
    # Deferred scripts run in document order; one that carries settings or an id reads them
    # from its own tag (document.currentScript), which a bundle would not have. So it stays,
    # and the plain deferred scripts on either side of it make two bundles, run in turn.
    groups: list[list[tuple[re.Match, PurePosixPath]]] = [[]]
    for m, path, found in scripts:
        if "defer" not in found:
            continue
        if set(found) <= PLAIN:
            groups[-1].append((m, path))
        elif groups[-1]:
            groups.append([])
    inlined = [(m, path) for m, path, _ in scripts if path.name == INLINED]
    replacements: dict[int, tuple[int, str]] = {}
    if styles:
        parts = []
        for m, path in styles:
            css = texts[path]
            media = attributes(m.group(0)).get("media", "all")
            css = rebase_urls(css, path, BUNDLES)
            parts.append(css if media in ("", "all") else f"@media {media} {{\n{css}\n}}")
        target = bundles.add("\n".join(parts), ".css")
        link = f'<link rel="stylesheet" href="{relative(target, page.parent)}" />\n'
        _replace_all(replacements, [m for m, _ in styles], link)
    for group in (g for g in groups if g):
        code = script_bundle(
            [texts[path] for _, path in group if path not in on_input],
            [texts[path] for _, path in group if path in on_input],
        )
        target = bundles.add(code, ".js")
        tag = f'<script defer="defer" src="{relative(target, page.parent)}"></script>\n'
        _replace_all(replacements, [m for m, _ in group], tag)
    for m, path in inlined:
        replacements[m.start()] = (m.end(), f"<script>{texts[path]}</script>\n")
    out, position = [], 0
    for start in sorted(replacements):
        end, text = replacements[start]
        out += [html[position:start], text]
        position = end
    return "".join([*out, html[position:]])


def script_bundle(scripts: list[str], on_input: list[str] | None = None) -> str:
    """One file that runs ``scripts`` in turn, each as a script of its own, and ``on_input``
    in turn on the first input (``FIRST_INPUT``).

    Concatenated, an error thrown by one script (the theme's, when the browser refuses its
    storage) would stop every script after it in the file; run as separate scripts, as the
    page ran them, each error stops only its own script. Each still runs in the global scope,
    so its declarations are seen by the scripts after it, as before. A script waiting for the
    first input is kept as a string, which the browser reads but does not compile; the
    listener that waits is passive, so that it never holds up a touch scroll.
    """
    now = ",\n".join(json.dumps(code) for code in scripts)
    if not on_input:
        return "[\n" + now + "\n].forEach(function (code) {\n" + _RUN + "});\n"
    later = ",\n".join(json.dumps(code) for code in on_input)
    events = json.dumps(list(FIRST_INPUT))
    return (
        "(function (now, later, events) {\n"
        "  function run(code) {\n" + _RUN + "  }\n"
        "  function first() {\n"
        "    events.forEach(function (name) { window.removeEventListener(name, first, true); });\n"
        "    later.forEach(run);\n"
        "  }\n"
        "  now.forEach(run);\n"
        "  events.forEach(function (name) {\n"
        "    window.addEventListener(name, first, { capture: true, passive: true });\n"
        "  });\n"
        f"}})([\n{now}\n], [\n{later}\n], {events});\n"
    )


_RUN = (
    '  var script = document.createElement("script");\n'
    "  script.text = code;\n"
    "  document.head.appendChild(script).remove();\n"
)


def _replace_all(replacements: dict[int, tuple[int, str]], matches: list, first: str) -> None:
    """The first of ``matches`` becomes ``first``; the others go."""
    for index, match in enumerate(matches):
        replacements[match.start()] = (match.end(), first if index == 0 else "")


def bundle_site(site: Path, on_input: frozenset[PurePosixPath] = frozenset()) -> int:
    """Bundle every page's assets under ``site``, the scripts among ``on_input`` (paths under
    ``site``) to run on the first input; how many bundles were written."""
    bundles = Bundles()

    def read(path: PurePosixPath) -> str | None:
        file = site / path
        return file.read_text(encoding="utf-8") if file.is_file() else None

    for page in sorted(site.rglob("*.html")):
        name = PurePosixPath(page.relative_to(site).as_posix())
        html = page.read_text(encoding="utf-8")
        bundled = bundle_page(html, name, read, bundles, on_input)
        if bundled != html:
            page.write_text(bundled, encoding="utf-8")
    folder = site / BUNDLES
    folder.mkdir(parents=True, exist_ok=True)
    # Every page was just bundled: a bundle no page names is an earlier build's.
    for old in folder.iterdir():
        if PurePosixPath(old.relative_to(site).as_posix()) not in bundles.files:
            old.unlink()
    for path, content in bundles.files.items():
        (site / path).write_text(content, encoding="utf-8")
    return len(bundles.files)
